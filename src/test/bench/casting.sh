#!/usr/bin/env bash
# Casting alone, to compare builds: for each WAR given, on the database the benchmark suite seeded (run.sh), deletes
# the open round's ballots, starts the WAR, casts for a minute at 16 at once to warm it (first casts; once the 50,000
# credentials are used, revisions), then measures 20 s more and prints one line: casts/s, p99, the server's processor
# time per cast (the JIT compilers' apart, counted per thread from /proc), the database server's, the statements it
# was sent per cast and the casts written per transaction.
#
#   bash src/test/bench/casting.sh target/laureate.war other.war target/laureate.war other.war
#
# Settings (environment): those of common.sh (BENCH_DB, BENCH_PORT, BENCH_JAVA_OPTS, BENCH_MICRO_OPTS,
# BENCH_KEY_SEAL); CASTING_WARMUP=60s.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/bench/common.sh
source src/test/bench/common.sh
seeded
WARMUP=${CASTING_WARMUP:-60s}
URL=$APP/api/scoring/ballots
CAST=(-s "$ROOT/src/test/bench/cast.lua")
trap stop_server EXIT

for war in "$@"; do
    mysql -h127.0.0.1 -uroot "$DB" -e "DELETE FROM cast_ballot WHERE round_id = $CASTING_ROUND"
    start_server "$war" "$OUT/casting-server.log"
    warm=$(wrk -t2 -c16 -d"$WARMUP" "${CAST[@]}" "$URL" -- "$OUT/ballots.txt" 0 2 | awk '/requests in/ {print $1}')
    read -r others0 compilers0 <<<"$(ticks)"
    database0=$(database_ticks)
    questions0=$(counter Questions)
    commits0=$(counter Com_commit)
    report=$(wrk -t2 -c16 -d20s --latency "${CAST[@]}" "$URL" -- "$OUT/ballots.txt" "$warm" 2)
    read -r others1 compilers1 <<<"$(ticks)"
    database1=$(database_ticks)
    questions1=$(counter Questions)
    commits1=$(counter Com_commit)
    casts=$(awk '/requests in/ {print $1}' <<<"$report")
    echo "$war: $(awk '/^Requests\/sec/ {print $2}' <<<"$report") casts/s, p99 $(awk '$1 == "99%" {print $2}' \
        <<<"$report"), $(grep 'not counted' <<<"$report"); processor per cast $(ms_each $((others1 - others0)) \
        "$casts") ms (JIT compilers $(ms_each $((compilers1 - compilers0)) "$casts") ms), the database's $(ms_each \
        $((database1 - database0)) "$casts") ms; statements per cast $(echo "scale=2; \
        ($questions1 - $questions0) / $casts" | bc), casts per commit $(echo "scale=1; \
        $casts / ($commits1 - $commits0)" | bc)"
    stop_server
done
