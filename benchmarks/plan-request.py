#!/usr/bin/env python3
"""Writes a POST /api/alignment/evaluate body with exactly N targets, shaped as PlanGenerator builds its plans:
one funnel per product line, thirty targets per line over its three teams, every 50th line infeasible.
Usage: benchmarks/plan-request.py N > plan.json"""
import json
import sys

MONTH, QUARTER, YEAR = "2026-09", "2026-Q3", "2026"
STAGES = ["visitor", "lead", "mql", "sql", "opp", "customer", "active", "renewed"]


def at_least(v):
    return {"type": "AT_LEAST", "value": v}


def at_most(v):
    return {"type": "AT_MOST", "value": v}


def line(n, teams, funnels, targets):
    p = f"p{n}-"
    mk, sa, cs = f"marketing-{n}", f"sales-{n}", f"success-{n}"
    teams += [{"key": mk, "name": f"Marketing {n}", "kind": "MARKETING"},
              {"key": sa, "name": f"Sales {n}", "kind": "SALES"},
              {"key": cs, "name": f"Customer Success {n}", "kind": "CUSTOMER_SUCCESS"}]
    owners = [mk, mk, mk, sa, sa, sa, cs, cs]
    funnels.append({"name": f"Product line {n}",
                    "stages": [{"key": p + s, "name": s, "team": o} for s, o in zip(STAGES, owners)]})
    infeasible = n % 50 == 49

    def entries(team, stage, period, threshold):
        targets.append({"team": team, "metric": "entered:" + p + stage, "period": period, "threshold": threshold})

    def conversion(team, a, b, period, threshold):
        targets.append({"team": team, "metric": "stage_conversion_rate", "scope": {"from": p + a, "to": p + b},
                        "period": period, "threshold": threshold})

    entries(mk, "visitor", MONTH, at_least(10000))
    entries(mk, "lead", MONTH, at_least(2000))
    entries(mk, "mql", MONTH, at_most(100) if infeasible else at_least(500))
    conversion(mk, "visitor", "lead", MONTH, at_least(15))
    conversion(mk, "lead", "mql", MONTH, at_least(20))
    conversion(mk, "mql", "sql", MONTH, at_least(30))
    entries(mk, "sql", MONTH, at_least(150))
    targets.append({"team": mk, "metric": "cac", "period": MONTH, "threshold": at_most(500 if n % 2 == 0 else 600)})
    entries(mk, "visitor", QUARTER, at_least(30000))
    conversion(mk, "visitor", "lead", YEAR, at_least(12))
    conversion(sa, "mql", "sql", MONTH, at_least(30))
    entries(sa, "sql", MONTH, at_least(150))
    entries(sa, "opp", MONTH, at_least(60))
    entries(sa, "customer", MONTH, at_least(20))
    conversion(sa, "sql", "opp", MONTH, at_least(40))
    conversion(sa, "opp", "customer", MONTH, at_least(30))
    conversion(sa, "customer", "active", MONTH, at_least(90))
    entries(sa, "customer", QUARTER, at_least(60))
    entries(sa, "opp", QUARTER, at_least(180))
    conversion(sa, "sql", "opp", YEAR, at_least(35))
    conversion(cs, "customer", "active", MONTH, at_least(90))
    entries(cs, "active", MONTH, at_least(18))
    entries(cs, "renewed", MONTH, {"type": "BETWEEN", "min": 15, "max": 18})
    conversion(cs, "active", "renewed", MONTH, at_least(80))
    entries(cs, "active", QUARTER, at_least(54))
    entries(cs, "renewed", QUARTER, at_least(45))
    conversion(cs, "active", "renewed", QUARTER, at_least(80))
    conversion(cs, "active", "renewed", YEAR, at_least(75))
    entries(cs, "renewed", YEAR, at_least(180))
    entries(cs, "active", YEAR, at_least(200))


def main():
    count = int(sys.argv[1])
    teams, funnels, targets = [], [], []
    n = 0
    while len(targets) < count:
        line(n, teams, funnels, targets)
        n += 1
    json.dump({"period": MONTH, "teams": teams, "funnels": funnels, "targets": targets[:count], "actuals": {}},
              sys.stdout)


main()
