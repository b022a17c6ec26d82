#!/usr/bin/env bash
# Casting alone, to compare builds: for each WAR given, on the database the benchmark suite seeded (run.sh), deletes
# the open round's ballots, starts the WAR, casts for a minute at 16 at once to warm it (first casts), then measures
# 20 s more of first casts and prints one line: casts/s, p99, the server's processor time per cast (the JIT
# compilers' apart, counted per thread from /proc) and the database's statements per cast.
#
#   bash src/test/bench/casting.sh target/laureate.war other.war target/laureate.war other.war
#
# Settings (environment): BENCH_DB, BENCH_PORT, BENCH_JAVA_OPTS, BENCH_KEY_SEAL as for run.sh; CASTING_WARMUP=60s.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
OUT=$ROOT/target/bench
DB=${BENCH_DB:-laureate_bench}
PORT=${BENCH_PORT:-18280}
WARMUP=${CASTING_WARMUP:-60s}
JAVA_OPTS=${BENCH_JAVA_OPTS-"-Xms352m -Xmx352m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000"}
TESTS_SEAL="the seal of the integration tests' signing keys"
SEAL=${BENCH_KEY_SEAL:-$TESTS_SEAL}
[ -s "$OUT/seed.env" ] || { echo "no seeded database: run src/test/bench/run.sh first" >&2; exit 2; }
# shellcheck disable=SC1091
source "$OUT/seed.env"
URL=http://127.0.0.1:$PORT/api/scoring/ballots
CAST=(-s "$ROOT/src/test/bench/cast.lua")

SERVER_PID=
stop() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    SERVER_PID=
}
trap stop EXIT

# shellcheck source=src/test/bench/common.sh
source "$ROOT/src/test/bench/common.sh"

for war in "$@"; do
    mysql -h127.0.0.1 -uroot "$DB" -e "DELETE s FROM cast_ballot_score s JOIN cast_ballot b ON b.id = s.ballot_id
        WHERE b.round_id = $CASTING_ROUND; DELETE FROM cast_ballot WHERE round_id = $CASTING_ROUND"
    # shellcheck disable=SC2086
    LAUREATE_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" LAUREATE_DB_USER=laureate_test \
        LAUREATE_DB_PASSWORD=laureate_test LAUREATE_DEMO=false LAUREATE_KEY_SEAL="$SEAL" \
        java $JAVA_OPTS -jar target/payara-micro.jar --deploy "$war" --contextroot / --port "$PORT" --nocluster \
        --interfaces 127.0.0.1 --prebootcommandfile "$ROOT/src/main/payara/pre-boot-commands.txt" \
        --postbootcommandfile "$ROOT/src/main/payara/single-server.txt" > "$OUT/casting-server.log" 2>&1 &
    SERVER_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped: $OUT/casting-server.log" >&2; exit 1; }
        sleep 0.5
    done
    warm=$(wrk -t2 -c16 -d"$WARMUP" "${CAST[@]}" "$URL" -- "$OUT/ballots.txt" 0 2 | awk '/requests in/ {print $1}')
    read -r others0 compilers0 <<<"$(ticks)"
    questions0=$(statements)
    report=$(wrk -t2 -c16 -d20s --latency "${CAST[@]}" "$URL" -- "$OUT/ballots.txt" "$warm" 2)
    read -r others1 compilers1 <<<"$(ticks)"
    questions1=$(statements)
    casts=$(awk '/requests in/ {print $1}' <<<"$report")
    hz=$(getconf CLK_TCK)
    echo "$war: $(awk '/^Requests\/sec/ {print $2}' <<<"$report") casts/s, p99 $(awk '$1 == "99%" {print $2}' \
        <<<"$report"), $(grep 'not counted' <<<"$report"); processor per cast $(echo "scale=2; 1000 * \
        ($others1 - $others0) / $hz / $casts" | bc) ms (JIT compilers $(echo "scale=2; 1000 * \
        ($compilers1 - $compilers0) / $hz / $casts" | bc) ms); statements per cast $(echo "scale=2; \
        ($questions1 - $questions0) / $casts" | bc)"
    stop
done
