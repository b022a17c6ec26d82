#!/usr/bin/env bash
# The secretariat's results page alone, to compare builds: for each WAR given, on the database the benchmark suite
# seeded (run.sh), starts the WAR, signs in bench-secretary-1, reads the first page of the closed round's ranking at 4
# connections for a minute to warm it, then measures 30 s more and prints one line: pages/s, p99, the server's
# processor time per page (the JIT compilers' apart, counted per thread from /proc) and the database's statements per
# page. Each request opens the page anew, as a reader following a link does.
#
#   bash src/test/bench/results.sh target/laureate.war other.war target/laureate.war other.war
#
# Settings (environment): those of common.sh (BENCH_DB, BENCH_PORT, BENCH_JAVA_OPTS, BENCH_MICRO_OPTS,
# BENCH_KEY_SEAL); RESULTS_WARMUP=60s.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/bench/common.sh
source src/test/bench/common.sh
seeded
WARMUP=${RESULTS_WARMUP:-60s}
URL="$APP/scoring/council/results.xhtml?round=$RESULTS_ROUND"
trap stop_server EXIT

for war in "$@"; do
    start_server "$war" "$OUT/results-server.log"
    session=$(sign_in bench-secretary-1 "a long expert password")
    page=$(curl -s -H "$session" "$URL")
    grep -q 'id="results-rule"' <<<"$page" || { echo "$war: the results page did not open signed in" >&2; exit 1; }
    wrk -t2 -c4 -d"$WARMUP" -H "$session" "$URL" > /dev/null
    read -r others0 _ <<<"$(ticks)"
    questions0=$(counter Questions)
    report=$(wrk -t2 -c4 -d30s --latency -H "$session" "$URL")
    read -r others1 _ <<<"$(ticks)"
    questions1=$(counter Questions)
    pages=$(awk '/requests in/ {print $1}' <<<"$report")
    echo "$war: $(awk '/^Requests\/sec/ {print $2}' <<<"$report") pages/s, p99 $(awk '$1 == "99%" {print $2}' \
        <<<"$report"), $(awk '/Non-2xx/ {print $5}' <<<"$report" | grep . || echo 0) not 2xx/3xx; processor per page \
$(ms_each $((others1 - others0)) "$pages") ms; statements per page \
$(echo "scale=2; ($questions1 - $questions0) / $pages" | bc)"
    stop_server
done
