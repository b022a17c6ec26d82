#!/usr/bin/env bash
# Two Payara Micro instances in one data grid (Payara's Hazelcast, over loopback) behind nginx, on one MariaDB
# database: seeds the database (ClusterSeedIT), starts instances a and b and nginx (round-robin, passing a request to
# the other instance when one does not answer), measures the public pages on one instance and on both behind nginx,
# then runs the failover test (ClusterFailoverIT), which kills instances with kill -9 on the way. Stops everything at
# the end. See docs/cluster.md.
#
#   bash src/test/cluster/run.sh
#
# Settings (environment):
#   CLUSTER_DB=laureate_cluster     the database (dropped and seeded again unless CLUSTER_SEED=false)
#   CLUSTER_PORT_A=28081, CLUSTER_PORT_B=28082, CLUSTER_NGINX_PORT=28080 (CLUSTER_NGINX_PORT_A=28083: nginx to a only,
#                                   CLUSTER_NGINX_CACHE_PORT=28084: nginx keeping the public answers, to a and b)
#   CLUSTER_HZ_PORT=25701           the data grid's first port; CLUSTER_MAIL_PORT=2535 the test's SMTP server
#   CLUSTER_KEY_SEAL                the seal of the seeded secrets (default: the integration tests')
#   CLUSTER_BENCH=true              false: no throughput measurement; CLUSTER_DURATION=15s, CLUSTER_WARMUP=15s,
#                                   CLUSTER_CONNECTIONS="64" (wrk's connections, one measurement each)
#   CLUSTER_CPUS_A, CLUSTER_CPUS_B  the processors of each instance (taskset's lists); by default the first half of
#                                   the host's for a, the second for b (on 2 cores: 0 and 1); empty: both run on any
#   CLUSTER_FAILOVER=true           false: no failover test
#   CLUSTER_KEEP=false              true: leave the instances and nginx running at the end (stop them by their pids)
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
OUT=$ROOT/target/cluster
export CLUSTER_DB=${CLUSTER_DB:-laureate_cluster}
export CLUSTER_PORT_A=${CLUSTER_PORT_A:-28081}
export CLUSTER_PORT_B=${CLUSTER_PORT_B:-28082}
export CLUSTER_NGINX_PORT=${CLUSTER_NGINX_PORT:-28080}
export CLUSTER_HZ_PORT=${CLUSTER_HZ_PORT:-25701}
export CLUSTER_MAIL_PORT=${CLUSTER_MAIL_PORT:-2535}
# Each instance on its own processors: two JVMs taking turns on the same cores evict each other's code and data from
# the processors' caches, and each request costs more (docs/cluster.md, 5 December 2026)
CORES=$(nproc)
ALL_CPUS=0-$((CORES - 1))
if [ "$CORES" -ge 2 ]; then
    export CLUSTER_CPUS_A=${CLUSTER_CPUS_A-0-$((CORES / 2 - 1))}
    export CLUSTER_CPUS_B=${CLUSTER_CPUS_B-$((CORES / 2))-$((CORES - 1))}
fi
TESTS_SEAL="the seal of the integration tests' signing keys"
export CLUSTER_KEY_SEAL=${CLUSTER_KEY_SEAL:-$TESTS_SEAL}
export LAUREATE_CLUSTER_OUT=$OUT
# the instances count each client by the address nginx was reached from, not by nginx's own
export LAUREATE_PROXIES=127.0.0.1
NGINX_PORT_A=${CLUSTER_NGINX_PORT_A:-28083}
NGINX_CACHE_PORT=${CLUSTER_NGINX_CACHE_PORT:-28084}
DURATION=${CLUSTER_DURATION:-15s}
WARMUP=${CLUSTER_WARMUP:-15s}

need() { command -v "$1" >/dev/null || { echo "missing $1: apt-get install -y $2" >&2; exit 2; }; }
need wrk wrk
need nginx nginx-light
need curl curl

if [ ! -f target/laureate.war ] || [ ! -f target/payara-micro.jar ]; then
    mvn -B -q package -DskipTests
fi
mkdir -p "$OUT/nginx/logs" "$OUT/nginx/tmp"
# the instances run copies, so that a build during the run does not change the jar under them
cp target/laureate.war target/payara-micro.jar "$OUT/"
export CLUSTER_WAR=$OUT/laureate.war
export CLUSTER_MICRO_JAR=$OUT/payara-micro.jar

if [ "${CLUSTER_SEED:-true}" = true ]; then
    echo "seeding $CLUSTER_DB (output in $OUT/seed.log) ..."
    if ! mvn -B verify -Dcluster=true -Dit.db.name="$CLUSTER_DB" -Dit.mail.port="$CLUSTER_MAIL_PORT" \
        -Dit.key.seal="$CLUSTER_KEY_SEAL" -Dtest=NONE \
        -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterSeedIT > "$OUT/seed.log" 2>&1; then
        grep -E "Tests run:|ERROR" "$OUT/seed.log" | head -20 >&2
        exit 1
    fi
    grep "Cluster data seeded" "$OUT/seed.log" || true
fi

NGINX_PID=
stop() {
    if [ "${CLUSTER_KEEP:-false}" = true ]; then
        return
    fi
    if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; fi
    for name in a b; do
        if [ -f "$OUT/$name.pid" ]; then
            kill "$(cat "$OUT/$name.pid")" 2>/dev/null || true
        fi
    done
    for name in a b; do
        if [ -f "$OUT/$name.pid" ]; then
            while kill -0 "$(cat "$OUT/$name.pid")" 2>/dev/null; do sleep 0.5; done
            rm -f "$OUT/$name.pid"
        fi
    done
}
trap stop EXIT

ready() {
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ]
}

# --- the instances, side by side (the seed has migrated the schema; on a new database Flyway's lock lets one migrate)
rm -f "$OUT/a.log" "$OUT/b.log" "$OUT/audit-anchors.log"
started=$(date +%s.%N)
bash src/test/cluster/instance.sh a
bash src/test/cluster/instance.sh b
for name in a b; do
    port_var=CLUSTER_PORT_${name^^}
    until ready "${!port_var}"; do
        kill -0 "$(cat "$OUT/$name.pid")" 2>/dev/null || { echo "instance $name stopped: $OUT/$name.log" >&2; exit 1; }
        sleep 0.5
    done
done
READY=$(echo "$(date +%s.%N) - $started" | bc)
until grep -q "DG Size: 2" "$OUT/a.log" "$OUT/b.log"; do sleep 0.5; done
echo "both instances ready in ${READY%.*} s, one data grid of 2 members"

# --- nginx: round-robin over both, the next instance when one refuses or fails (passive failover); a casting of a
# ballot (idempotent by its credential) is passed on even when the instance died with it; the answering instance is
# named in a header for the failover test. A second server block sends everything to a alone, for the comparison; a
# third is the first with nginx's cache, which keeps what the public pages and the open data allow a proxy to keep
# (Cache-Control: public, max-age=10, a copy for each Cookie header) and revalidates it after (ETag: 304).
cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log;
events { worker_connections 2048; }
http {
    access_log off;
    proxy_cache_path $OUT/nginx/cache keys_zone=published:10m max_size=256m inactive=1m use_temp_path=off;
    client_body_temp_path $OUT/nginx/tmp; proxy_temp_path $OUT/nginx/tmp; fastcgi_temp_path $OUT/nginx/tmp;
    uwsgi_temp_path $OUT/nginx/tmp; scgi_temp_path $OUT/nginx/tmp;
    upstream laureate {
        server 127.0.0.1:$CLUSTER_PORT_A max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$CLUSTER_PORT_B max_fails=1 fail_timeout=10s;
        keepalive 64;
    }
    upstream laureate_a {
        server 127.0.0.1:$CLUSTER_PORT_A;
        keepalive 64;
    }
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_connect_timeout 2s;
    proxy_read_timeout 60s;
    proxy_next_upstream error timeout http_502 http_503;
    proxy_next_upstream_tries 2;
    server {
        listen 127.0.0.1:$CLUSTER_NGINX_PORT;
        client_max_body_size 60m;
        add_header X-Laureate-Upstream \$upstream_addr always;
        location / {
            proxy_pass http://laureate;
        }
        location = /api/scoring/ballots {
            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
            proxy_pass http://laureate;
        }
    }
    server {
        listen 127.0.0.1:$NGINX_PORT_A;
        location / {
            proxy_pass http://laureate_a;
        }
    }
    server {
        listen 127.0.0.1:$NGINX_CACHE_PORT;
        proxy_cache published;
        proxy_cache_revalidate on;
        proxy_cache_lock on;
        proxy_cache_use_stale updating;
        location / {
            proxy_pass http://laureate;
        }
        location = /api/scoring/ballots {
            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
            proxy_pass http://laureate;
        }
    }
}
CONF
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/logs/error.log"
until [ -s "$OUT/nginx/nginx.pid" ]; do sleep 0.1; done
NGINX_PID=$(cat "$OUT/nginx/nginx.pid")

# moves every thread of an instance onto the processors given
pin() {
    taskset -a -p -c "$2" "$(cat "$OUT/$1.pid")" > /dev/null
}

# wrk's figures: requests/s, p99 (ms), non-2xx/3xx answers and socket errors
measure() {
    local url=$1 connections=$2 duration=$3 report
    report=$(wrk -t2 -c"$connections" -d"$duration" --latency "$url")
    local rps p99 bad
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$report")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)}
        else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.1f", v}' <<<"$report")
    bad=$(awk '/Non-2xx or 3xx/ {print $5} /Socket errors/ {s+=$4+$6+$8+$10} END {print s+0}' <<<"$report" \
        | paste -sd+ | bc)
    echo "$rps $p99 $bad"
}

if [ "${CLUSTER_BENCH:-true}" = true ]; then
    TABLE=$OUT/results.md
    {
        echo "## Cluster benchmark $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo
        echo "$(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg); both instances ready in" \
            "${READY%.*} s; wrk -t2, $DURATION per case after $WARMUP of warm-up; processors: a alone and nginx → a" \
            "$ALL_CPUS, a + b ${CLUSTER_CPUS_A:-any} and ${CLUSTER_CPUS_B:-any}"
        echo
        echo "| case | conn. | target | req/s | p99 ms | errors | ratio to one instance | load avg |"
        echo "|---|---|---|---|---|---|---|---|"
    } > "$TABLE"
    CASES=(
        "laureates page|/publication/laureates.xhtml"
        "archive, search \"симфония\"|/publication/archive.xhtml?text=%D1%81%D0%B8%D0%BC%D1%84%D0%BE%D0%BD%D0%B8%D1%8F"
        "/api/laureates|/api/laureates"
    )
    for case in "${CASES[@]}"; do
        IFS='|' read -r name path <<<"$case"
        for c in ${CLUSTER_CONNECTIONS:-64}; do
            one=
            # one instance is measured with the whole host (a's threads moved onto every processor), both on their own
            pin a "$ALL_CPUS"
            for target in "instance a alone|http://127.0.0.1:$CLUSTER_PORT_A" \
                "nginx → a|http://127.0.0.1:$NGINX_PORT_A" "nginx → a + b|http://127.0.0.1:$CLUSTER_NGINX_PORT" \
                "nginx, its cache → a + b|http://127.0.0.1:$NGINX_CACHE_PORT"; do
                IFS='|' read -r label base <<<"$target"
                if [ "$label" = "nginx → a + b" ]; then pin a "${CLUSTER_CPUS_A:-$ALL_CPUS}"; fi
                wrk -t2 -c"$c" -d"$WARMUP" "$base$path" > /dev/null
                read -r rps p99 bad <<<"$(measure "$base$path" "$c" "$DURATION")"
                one=${one:-$rps}
                ratio=$(echo "scale=1; 100 * $rps / $one" | bc)
                echo "| $name | $c | $label | $rps | $p99 | $bad | $ratio % | $(cut -d' ' -f1 /proc/loadavg) |" \
                    >> "$TABLE"
            done
        done
    done
    cat "$TABLE"
    cp "$TABLE" "$OUT/results-$(date -u +%Y%m%dT%H%M%S).md"
fi

if [ "${CLUSTER_FAILOVER:-true}" = true ]; then
    echo "failover test (output in $OUT/failover.log) ..."
    status=0
    mvn -B verify -Dcluster=true -Dit.db.name="$CLUSTER_DB" -Dit.mail.port="$CLUSTER_MAIL_PORT" -Dtest=NONE \
        -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClusterFailoverIT > "$OUT/failover.log" 2>&1 || status=$?
    sed -n '/^Cluster failover/,/^$/p' "$OUT/failover.log"
    grep -E "Tests run:|FAIL" "$OUT/failover.log" | head -20
    exit $status
fi
