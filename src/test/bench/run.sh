#!/usr/bin/env bash
# The benchmark suite: seeds a MariaDB database through the application's services (BenchmarkSeedIT), starts the
# application on it, and measures it with wrk beside nginx serving the very same bytes (saved from the application's
# answers), in the same run. Prints one table and saves it as target/bench/results.md (and a dated copy).
#
#   bash src/test/bench/run.sh
#
# Settings (environment), beside those of common.sh (BENCH_DB, BENCH_PORT, BENCH_JAVA_OPTS, BENCH_MICRO_OPTS,
# BENCH_KEY_SEAL):
#   BENCH_SEED=true               false: reuse the database of an earlier run (else BENCH_DB is dropped and seeded)
#   BENCH_DURATION=20s            wrk's duration of each measured case
#   BENCH_WARMUP=20s              load on the application before each case's measurement (JIT warm-up)
#   BENCH_NGINX_PORT=18281, BENCH_MAIL_PORT=2539
#   BENCH_WAR=target/laureate.war the application measured (another build's WAR, to compare with it)
#   BENCH_LABEL                   a label written above the table (what is being compared)
#   BENCH_PUBLIC=true             false: without the public pages' cases
#   BENCH_CASTING=true            false: without the casting of ballots
#   BENCH_CDS=true                false: a start without the class data archive (src/main/payara/fast-start.sh)
set -euo pipefail
cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/bench/common.sh
source src/test/bench/common.sh
NGINX_PORT=${BENCH_NGINX_PORT:-18281}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-20s}
WAR=${BENCH_WAR:-target/laureate.war}
mkdir -p "$OUT/www" "$OUT/nginx/logs"

need() { command -v "$1" >/dev/null || { echo "missing $1: apt-get install -y $2" >&2; exit 2; }; }
need wrk wrk
need nginx nginx-light
need curl curl
need sysbench sysbench
need oathtool oathtool

if [ "${BENCH_BUILD:-true}" = true ]; then
    mvn -B -q package -DskipTests
fi
if [ "${BENCH_SEED:-true}" = true ]; then
    echo "seeding $DB (output in $OUT/seed.log) ..."
    if ! LAUREATE_BENCH_OUT=$OUT mvn -B verify -Dbenchmark=true -Dit.db.name="$DB" \
        -Dit.mail.port="${BENCH_MAIL_PORT:-2539}" -Dit.key.seal="$SEAL" -Dtest=NONE \
        -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BenchmarkSeedIT > "$OUT/seed.log" 2>&1; then
        grep -E "Tests run:|ERROR" "$OUT/seed.log" | head -20 >&2
        exit 1
    fi
    grep "Benchmark data seeded" "$OUT/seed.log" || true
fi

NGINX_PID=
stop() {
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; fi
    stop_server
}
trap stop EXIT

# --- the application, on the seeded database (started as the README's faster start has it: from a class data archive
# written by a first start that exits once deployed)
# shellcheck disable=SC2086
LAUNCH=(java $JAVA_OPTS -jar target/payara-micro.jar)
if [ "${BENCH_CDS:-true}" = true ]; then
    echo "writing the class data archive ..."
    server_options "$WAR"
    env "${SERVER_ENV[@]}" JAVA_OPTS="$JAVA_OPTS" bash src/main/payara/fast-start.sh prepare "$OUT/micro" \
        "${SERVER_OPTS[@]}"
    LAUNCH=(env JAVA_OPTS="$JAVA_OPTS" bash src/main/payara/fast-start.sh start "$OUT/micro")
fi
started=$(date +%s.%N)
start_server "$WAR" "$OUT/server.log" "${LAUNCH[@]}"
READY=$(echo "$(date +%s.%N) - $started" | bc)

# --- nginx, serving the application's own bytes
cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    client_body_temp_path $OUT/nginx/tmp; proxy_temp_path $OUT/nginx/tmp; fastcgi_temp_path $OUT/nginx/tmp;
    uwsgi_temp_path $OUT/nginx/tmp; scgi_temp_path $OUT/nginx/tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $OUT/www;
        location ~ \.html\$ { default_type "text/html;charset=UTF-8"; }
        location ~ \.json\$ { default_type "application/json;charset=UTF-8"; }
    }
}
CONF
mkdir -p "$OUT/nginx/tmp"
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/logs/error.log"
until [ -s "$OUT/nginx/nginx.pid" ]; do sleep 0.1; done
NGINX_PID=$(cat "$OUT/nginx/nginx.pid")

# the server's resident memory, sampled every second from here to the end of the run (the largest is reported)
RSS_SAMPLES=$OUT/rss.txt
(while kill -0 "$SERVER_PID" 2>/dev/null; do ps -o rss= -p "$SERVER_PID"; sleep 1; done) > "$RSS_SAMPLES" &
SAMPLER_PID=$!

# wrk's figures: requests/s, p99 (ms), answers that were not 2xx/3xx (or, casting, did not count) and socket errors,
# and the count of requests. Arguments: the address, connections, duration, then wrk's own options, and after "--" its
# script's arguments
measure() {
    local url=$1 connections=$2 duration=$3 options=() report
    shift 3
    while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
    report=$(wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"$duration" --latency "${options[@]}" "$url" "$@")
    local rps p99 bad requests
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$report")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)}
        else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.1f", v}' <<<"$report")
    bad=$(awk '/Non-2xx or 3xx/ {n=$5} /^not counted:/ {n=$3} /Socket errors/ {s+=$4+$6+$8+$10} END {print n+s}' \
        <<<"$report")
    requests=$(awk '/requests in/ {print $1}' <<<"$report")
    echo "$rps $p99 $bad $requests"
}

TABLE=$OUT/results.md
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "## Benchmark $(date -u '+%Y-%m-%d %H:%M UTC')${BENCH_LABEL:+ — $BENCH_LABEL}"
    echo
    echo "$(nproc) cores; load average before: $LOAD_BEFORE; $WAR; JVM: ${JAVA_OPTS:-defaults};"
    echo "started by: ${LAUNCH[*]};"
    echo "Payara: ${MICRO_OPTS:-defaults};"
    echo "wrk -t2, $DURATION per case after $WARMUP of warm-up; start to ready: ${READY%.*} s"
    echo
    echo "| case | conn. | Laureate req/s | p99 ms | errors | nginx req/s | nginx p99 ms | ratio | load avg |"
    echo "|---|---|---|---|---|---|---|---|---|"
} > "$TABLE"

# name | path on the application | file for nginx | connections | wrk script (uncached: a new address each request)
UNCACHED=$ROOT/src/test/bench/uncached.lua
CASES=(
    "laureates page|/publication/laureates.xhtml|laureates.html|16 64|"
    "archive, search \"симфония\"|/publication/archive.xhtml?text=%D1%81%D0%B8%D0%BC%D1%84%D0%BE%D0%BD%D0%B8%D1%8F|archive.html|16 64|"
    "/api/laureates|/api/laureates|laureates.json|16 64|"
    "archive, first page, uncached|/publication/archive.xhtml|archive-all.html|16|$UNCACHED"
    "/api/laureates, uncached|/api/laureates|laureates.json|16|$UNCACHED"
)
[ "${BENCH_PUBLIC:-true}" = true ] || CASES=()
for case in "${CASES[@]}"; do
    IFS='|' read -r name path file connections script <<<"$case"
    curl -s -o "$OUT/www/$file" "$APP$path"
    bytes=$(stat -c %s "$OUT/www/$file")
    wrk -t2 -c16 -d"$WARMUP" ${script:+-s "$script"} "$APP$path" > /dev/null
    for c in $connections; do
        read -r rps p99 bad _ <<<"$(measure "$APP$path" "$c" "$DURATION" ${script:+-s "$script"})"
        read -r nrps np99 _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT/$file" "$c" "$DURATION")"
        ratio=$(echo "scale=1; 100 * $rps / $nrps" | bc)
        echo "| $name ($bytes B) | $c | $rps | $p99 | $bad | $nrps | $np99 | $ratio % | $(cut -d' ' -f1 /proc/loadavg) |" \
            >> "$TABLE"
    done
done

# --- the secretariat's results page of the closed round (50,000 ballots on 1,000 petitions, its first page of the
# ranking), read by as many secretaries at once as there are connections, each signed in with a session of their own
# (bench-secretary-N: the sign-in form, then the second factor's code of the demo's secret, oathtool): one wrk with one
# connection for each, run together; their requests/s are added up and the largest p99 is kept
seeded
SESSIONS=()
for i in $(seq 1 16); do
    SESSIONS+=("$(sign_in "bench-secretary-$i" "a long expert password")")
done
RESULTS="/scoring/council/results.xhtml?round=$RESULTS_ROUND"
# wrk's figures (as measure) of $1 sessions reading the results page at once, each on its own connection
measure_sessions() {
    local sessions=$1 duration=$2 i pids=()
    for ((i = 0; i < sessions; i++)); do
        measure "$APP$RESULTS" 1 "$duration" --timeout 10s -H "${SESSIONS[$i]}" > "$OUT/session-$i.txt" &
        pids+=($!)
    done
    wait "${pids[@]}"
    cat "$OUT"/session-*.txt | awk '{rps += $1; if ($2 > p99) p99 = $2; bad += $3; n += $4}
        END {printf "%.1f %.1f %d %d\n", rps, p99, bad, n}'
    rm -f "$OUT"/session-*.txt
}
curl -s -H "${SESSIONS[0]}" -o "$OUT/www/results.html" "$APP$RESULTS"
grep -q 'id="results-rule"' "$OUT/www/results.html" || { echo "the results page did not open signed in" >&2; exit 1; }
bytes=$(stat -c %s "$OUT/www/results.html")
measure_sessions 4 "$WARMUP" > /dev/null
for c in 4 16; do
    read -r rps p99 bad _ <<<"$(measure_sessions "$c" "$DURATION")"
    read -r nrps np99 _ <<<"$(measure "http://127.0.0.1:$NGINX_PORT/results.html" "$c" "$DURATION")"
    ratio=$(echo "scale=1; 100 * $rps / $nrps" | bc)
    echo "| results of 1,000 petitions, first page, a session each ($bytes B) | $c | $rps | $p99 | $bad | $nrps |" \
        "$np99 | $ratio % | $(cut -d' ' -f1 /proc/loadavg) |" >> "$TABLE"
done

# --- ballot casting as members' browsers cast (cast.lua: the open round's credentials, each cast once, then revised),
# 1, 8 and 16 at once, beside MariaDB's own rate of durable commits at as many at once (sysbench oltp_insert, one
# insert a transaction, in a database of its own)
if [ "${BENCH_CASTING:-true}" = true ]; then
    {
        echo
        echo "| casting | at once | casts/s | p99 ms | not counted | first casts | MariaDB commits/s | p99 ms |" \
            "ratio | load avg |"
        echo "|---|---|---|---|---|---|---|---|---|---|"
    } >> "$TABLE"
    BALLOTS=$OUT/ballots.txt
    ballots() {
        mysql -N -h127.0.0.1 -uroot "$DB" -e "SELECT COUNT(*) FROM cast_ballot WHERE round_id = $CASTING_ROUND"
    }
    CAST=("-s" "$ROOT/src/test/bench/cast.lua")
    SYSBENCH=(sysbench oltp_insert --db-driver=mysql --mysql-host=127.0.0.1 --mysql-user=root
        --mysql-db="${DB}_sysbench" --tables=1 --table-size=1000 --percentile=99)
    mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${DB}_sysbench; CREATE DATABASE ${DB}_sysbench"
    "${SYSBENCH[@]}" prepare > /dev/null
    # the warm-up and every level go on through the file: a credential is cast once before any is revised (on a
    # database seeded earlier, casting starts again from the first credential: its first pass revises ballots with
    # their own scores)
    FROM=0
    warm=$(measure "$APP/api/scoring/ballots" 16 "$WARMUP" "${CAST[@]}" -- "$BALLOTS" "$FROM" 2)
    FROM=$((FROM + ${warm##* }))
    for c in 1 8 16; do
        before=$(ballots)
        read -r rps p99 bad requests <<<"$(measure "$APP/api/scoring/ballots" "$c" "$DURATION" "${CAST[@]}" -- \
            "$BALLOTS" "$FROM" "$((c < 2 ? 1 : 2))")"
        first=$(($(ballots) - before))
        FROM=$((FROM + requests))
        report=$("${SYSBENCH[@]}" --threads="$c" --time="${DURATION%s}" run)
        commits=$(awk '/transactions:/ {gsub(/\(/, "", $3); print $3}' <<<"$report")
        sp99=$(awk '/99th percentile:/ {print $3}' <<<"$report")
        ratio=$(echo "scale=1; 100 * $rps / $commits" | bc)
        echo "| ballots | $c | $rps | $p99 | $bad | $first of $requests | $commits | $sp99 | $ratio % |" \
            "$(cut -d' ' -f1 /proc/loadavg) |" >> "$TABLE"
    done
    mysql -h127.0.0.1 -uroot -e "DROP DATABASE ${DB}_sysbench"
fi

kill "$SAMPLER_PID" 2>/dev/null || true
RSS_MAX=$(sort -n "$RSS_SAMPLES" | tail -1)
{
    echo
    echo "RSS of the server under load (the largest of one sample a second): $((RSS_MAX / 1024)) MB"
} >> "$TABLE"
cat "$TABLE"
cp "$TABLE" "$OUT/results-$(date -u +%Y%m%dT%H%M%S).md"
