#!/usr/bin/env bash
# The third aim of the benchmark alone: the cold scorecard of a large company, timed as ./benchmarks/run.sh times it
# (the packaged app, the company built through the API, a measure recorded before each request).
#   ./benchmarks/cold-scorecard.sh            packages the app, starts it on a fresh data directory, builds the company
#   BENCH_DATA_DIR=/tmp/x ./benchmarks/...     keeps the data directory; a second run finds the company and skips it
#   BENCH_NO_BUILD=1                           uses the packaged app as it is
#   BENCH_APP=/tmp/before/quarkus-app          runs another packaged app (a copy kept from before a change); no build
#   BENCH_SAMPLES=24                           cold requests timed (one more warms the plan and is left out)
#   BENCH_WARMUP_SAMPLES=10                    cold requests before those, untimed, so the JIT has seen the path
#   BENCH_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/cold.jfr'   e.g. to profile the server
set -euo pipefail
cd "$(dirname "$0")/.."

BATON_PORT=${BENCH_PORT:-18080}
SAMPLES=${BENCH_SAMPLES:-24}
WARMUP_SAMPLES=${BENCH_WARMUP_SAMPLES:-10}
APP=${BENCH_APP:-bootstrap/target/quarkus-app}
[ -n "${BENCH_NO_BUILD:-}${BENCH_APP:-}" ] || ./mvnw -B -q -pl bootstrap -am package -DskipTests

work=$(mktemp -d)
data=${BENCH_DATA_DIR:-$work/pg}
baton_pid=
cleanup() { [ -z "$baton_pid" ] || { kill "$baton_pid" 2>/dev/null || true; wait "$baton_pid" 2>/dev/null || true; }; }
trap cleanup EXIT

wait_for() {  # url, curl args…
  local url=$1; shift
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")" = 200 ]; then return 0; fi
    sleep 0.1
  done
  echo "no answer from $url" >&2; return 1
}
# shellcheck disable=SC2086
BATON_DATA_DIR="$data" BATON_ADMIN_PASSWORD=bench-admin-password BATON_DEMO_DATA=true \
  java ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=bench -Dquarkus.http.port=$BATON_PORT \
  -jar "$APP/quarkus-run.jar" >"$work/baton.log" 2>&1 &
baton_pid=$!
wait_for "http://localhost:$BATON_PORT/scorecard" -u demo-executive:baton-demo-2026 || { tail -30 "$work/baton.log" >&2; exit 1; }

session() {
  curl -s -i -X POST -d "j_username=$1&j_password=baton-demo-2026" "http://localhost:$BATON_PORT/j_security_check" \
    | sed -n 's/^[Ss]et-[Cc]ookie: \(baton_session=[^;]*\).*/\1/p' | head -1
}
api_token() {
  curl -s -u "$1:baton-demo-2026" -H 'Content-Type: application/json' -d '{"name":"benchmark"}' \
    "http://localhost:$BATON_PORT/api/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
reader=$(session demo-executive)
writer_token=$(api_token demo-admin)
read -r owner has_company < <(curl -s -H "Authorization: Bearer $writer_token" \
  "http://localhost:$BATON_PORT/api/teams?kind=SALES&size=200" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
print([i for i in items if i["name"] == "Sales"][0]["owner"]["id"], int(any(i["name"].startswith("Large Co") for i in items)))')
if [ "$has_company" = 0 ]; then
  echo "== building the large company"
  python3 benchmarks/large-company.py "http://localhost:$BATON_PORT" "$writer_token" "$owner"
fi

# CPU seconds (user + system) of the JVM, and of the embedded PostgreSQL's server processes.
cpu_of() { awk '{s += $14 + $15} END {printf "%d", s}' "$@" 2>/dev/null || echo 0; }
jvm_cpu() { cpu_of "/proc/$baton_pid/stat"; }
pg_cpu() {
  local main; main=$(pgrep -f "postgres.*-D *$data" | head -1 || true)
  [ -n "$main" ] || { echo 0; return; }
  cpu_of "/proc/$main/stat" $(pgrep -P "$main" | sed 's|.*|/proc/&/stat|')
}
base=$((RANDOM * 1000))
cold_scorecard() {  # n: records a measure, then prints the scorecard's seconds
  printf 'period,measure,value\n2030-12,leads,%d\n' "$((base + $1))" >"$work/one-measure.csv"
  curl -s -o /dev/null -H "Authorization: Bearer $writer_token" -H "Content-Type: text/csv" \
    --data-binary @"$work/one-measure.csv" "http://localhost:$BATON_PORT/api/measures/import?mode=commit"
  curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $reader" "http://localhost:$BATON_PORT/scorecard?period=2030-Q4"
}
echo "== $WARMUP_SAMPLES cold scorecards to warm up, then $SAMPLES timed, a measure recorded before each"
for i in $(seq 1 "$WARMUP_SAMPLES"); do cold_scorecard "$((100000 + i))" >/dev/null; done
cold=()
jvm0=$(jvm_cpu); pg0=$(pg_cpu)
for i in $(seq 0 "$SAMPLES"); do cold+=("$(cold_scorecard "$i")"); done
jvm1=$(jvm_cpu); pg1=$(pg_cpu)
tick=$(getconf CLK_TCK)
python3 -c '
import statistics, sys
n, tick, jvm, pg = int(sys.argv[1]) + 1, int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
ms = sorted(float(v) * 1000 for v in sys.argv[6:])  # the first sample warms the new plan and is left out
print(f"cold scorecard of the large company: p50 {statistics.median(ms):.0f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.0f} ms,"
      f" min {ms[0]:.0f}, max {ms[-1]:.0f} ({len(ms)} samples); CPU per measure + scorecard:"
      f" JVM {jvm * 1000 / tick / n:.0f} ms, PostgreSQL {pg * 1000 / tick / n:.0f} ms")' \
  "$SAMPLES" "$tick" "$((jvm1 - jvm0))" "$((pg1 - pg0))" "${cold[@]}"
