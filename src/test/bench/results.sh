#!/usr/bin/env bash
# The secretariat's results page alone, to compare builds: for each WAR given, on the database the benchmark suite
# seeded (run.sh), starts the WAR, signs in bench-secretary-1, reads the first page of the closed round's ranking at 4
# connections for a minute to warm it, then measures 30 s more and prints one line: pages/s, p99, the server's
# processor time per page (the JIT compilers' apart, counted per thread from /proc) and the database's statements per
# page. Each request opens the page anew, as a reader following a link does.
#
#   bash src/test/bench/results.sh target/laureate.war other.war target/laureate.war other.war
#
# Settings (environment): BENCH_DB, BENCH_PORT, BENCH_JAVA_OPTS, BENCH_KEY_SEAL as for run.sh; RESULTS_WARMUP=60s.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
OUT=$ROOT/target/bench
DB=${BENCH_DB:-laureate_bench}
PORT=${BENCH_PORT:-18280}
APP=http://127.0.0.1:$PORT
WARMUP=${RESULTS_WARMUP:-60s}
JAVA_OPTS=${BENCH_JAVA_OPTS-"-Xms352m -Xmx352m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000"}
TESTS_SEAL="the seal of the integration tests' signing keys"
SEAL=${BENCH_KEY_SEAL:-$TESTS_SEAL}
[ -s "$OUT/seed.env" ] || { echo "no seeded database: run src/test/bench/run.sh first" >&2; exit 2; }
# shellcheck disable=SC1091
source "$OUT/seed.env"
# shellcheck source=src/test/bench/common.sh
source "$ROOT/src/test/bench/common.sh"
URL="$APP/scoring/council/results.xhtml?round=$RESULTS_ROUND"

SERVER_PID=
stop() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    SERVER_PID=
}
trap stop EXIT

for war in "$@"; do
    # shellcheck disable=SC2086
    LAUREATE_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" LAUREATE_DB_USER=laureate_test \
        LAUREATE_DB_PASSWORD=laureate_test LAUREATE_DEMO=false LAUREATE_KEY_SEAL="$SEAL" \
        java $JAVA_OPTS -jar target/payara-micro.jar --deploy "$war" --contextroot / --port "$PORT" --nocluster \
        --interfaces 127.0.0.1 --prebootcommandfile "$ROOT/src/main/payara/pre-boot-commands.txt" \
        --postbootcommandfile "$ROOT/src/main/payara/single-server.txt" > "$OUT/results-server.log" 2>&1 &
    SERVER_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP/health/ready")" = 200 ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped: $OUT/results-server.log" >&2; exit 1; }
        sleep 0.5
    done
    session=$(sign_in bench-secretary-1 "a long expert password")
    page=$(curl -s -H "$session" "$URL")
    grep -q 'id="results-rule"' <<<"$page" || { echo "$war: the results page did not open signed in" >&2; exit 1; }
    wrk -t2 -c4 -d"$WARMUP" -H "$session" "$URL" > /dev/null
    read -r others0 _ <<<"$(ticks)"
    questions0=$(statements)
    report=$(wrk -t2 -c4 -d30s --latency -H "$session" "$URL")
    read -r others1 _ <<<"$(ticks)"
    questions1=$(statements)
    pages=$(awk '/requests in/ {print $1}' <<<"$report")
    hz=$(getconf CLK_TCK)
    echo "$war: $(awk '/^Requests\/sec/ {print $2}' <<<"$report") pages/s, p99 $(awk '$1 == "99%" {print $2}' \
        <<<"$report"), $(awk '/Non-2xx/ {print $5}' <<<"$report" | grep . || echo 0) not 2xx/3xx; processor per page \
$(echo "scale=2; 1000 * ($others1 - $others0) / $hz / $pages" | bc) ms; statements per page \
$(echo "scale=2; ($questions1 - $questions0) / $pages" | bc)"
    stop
done
