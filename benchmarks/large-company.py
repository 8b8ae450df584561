#!/usr/bin/env python3
"""Builds the benchmark's large company through Baton's own API, apart from the demo: 200 teams, 5 funnels of
8 stages, 2,000 targets for 2030-Q4 and 36 months of stage entries (2028-01 .. 2030-12), imported as one CSV.
Usage: benchmarks/large-company.py http://localhost:18080 <admin bearer token> <owner person id>"""
import http.client
import json
import sys
import urllib.parse

base, token, owner = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)
KINDS = ["MARKETING", "SALES", "PRODUCT", "CUSTOMER_SUCCESS", "FINANCE"]
STAGES = ["visitor", "lead", "mql", "sql", "opportunity", "customer", "active", "renewed"]
PERIOD = "2030-Q4"


def call(method, path, body, content_type="application/json"):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    conn.request(method, path, data, {"Authorization": f"Bearer {token}", "Content-Type": content_type})
    answer = conn.getresponse()
    text = answer.read()
    if answer.status >= 300:
        sys.exit(f"{method} {path}: HTTP {answer.status} {text[:300]!r}")
    return json.loads(text) if text else None


teams = [call("POST", "/api/teams", {"name": f"Large Co {KINDS[i % 5].title()} {i:03d}", "kind": KINDS[i % 5],
                                     "ownerId": owner})["id"] for i in range(200)]
funnels = []
for f in range(5):
    # The funnel's stages are owned by eight of the forty teams that work on it.
    stages = [{"key": f"big{f}-{s}", "name": s.title(), "team": teams[f * 40 + k * 5]} for k, s in enumerate(STAGES)]
    funnels.append(call("POST", "/api/funnels", {"name": f"Large Co funnel {f}", "stages": stages})["id"])

for i, team in enumerate(teams):
    f = (i // 40) % 5
    keys = [f"big{f}-{s}" for s in STAGES]
    for k, key in enumerate(keys):
        call("POST", "/api/targets", {"team": team, "metric": f"entered:{key}", "period": PERIOD, "ownerId": owner,
                                      "threshold": {"type": "AT_LEAST", "value": 10_000 // (k + 1)}})
    for k in (0, 1):
        call("POST", "/api/targets", {"team": team, "metric": "stage_conversion_rate",
                                      "scope": {"from": keys[k], "to": keys[k + 1]}, "period": PERIOD,
                                      "ownerId": owner, "threshold": {"type": "AT_LEAST", "value": 20 + k}})

rows = ["period,measure,value,funnel"]
for year in (2028, 2029, 2030):
    for month in range(1, 13):
        for f, funnel in enumerate(funnels):
            for k, s in enumerate(STAGES):
                rows.append(f"{year}-{month:02d},entered:big{f}-{s},{12_000 // (k + 1) + month * 7},{funnel}")
call("POST", "/api/measures/import?mode=commit", ("\n".join(rows) + "\n").encode(), "text/csv")
print(len(teams), "teams,", len(funnels), "funnels,", len(teams) * 10, "targets,", len(rows) - 1, "measures")
