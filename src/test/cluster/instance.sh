#!/usr/bin/env bash
# Starts one instance of the cluster in the background (used by run.sh, and by ClusterFailoverIT to start again an
# instance it killed): Payara Micro with the WAR on the cluster's MariaDB database, in the data grid of the other
# instances over loopback. Its process id goes to target/cluster/NAME.pid, its output to target/cluster/NAME.log.
#
#   bash src/test/cluster/instance.sh a|b
#
# Settings (environment, as run.sh sets them): CLUSTER_DB, CLUSTER_PORT_A/B, CLUSTER_HZ_PORT, CLUSTER_MAIL_PORT,
# CLUSTER_JAVA_OPTS, CLUSTER_WAR, CLUSTER_KEY_SEAL (the seal the seed's secrets were sealed with: by default the
# integration tests', as the seed has it), CLUSTER_CPUS_A/B (the processors the instance runs on, as taskset's list:
# "0", "2-3"; empty: any).
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
OUT=$ROOT/target/cluster
NAME=${1:?a or b}
case "$NAME" in
    a) PORT=${CLUSTER_PORT_A:-28081} CPUS=${CLUSTER_CPUS_A:-} ;;
    b) PORT=${CLUSTER_PORT_B:-28082} CPUS=${CLUSTER_CPUS_B:-} ;;
    *) echo "an instance is a or b" >&2; exit 2 ;;
esac
DB=${CLUSTER_DB:-laureate_cluster}
HZ_PORT=${CLUSTER_HZ_PORT:-25701}
TESTS_SEAL="the seal of the integration tests' signing keys"
SEAL=${CLUSTER_KEY_SEAL:-$TESTS_SEAL}
JAVA_OPTS=${CLUSTER_JAVA_OPTS-"-Xms384m -Xmx384m -XX:+UseParallelGC"}
WAR=${CLUSTER_WAR:-$ROOT/target/laureate.war}
mkdir -p "$OUT"
PIN=()
if [ -n "$CPUS" ]; then
    PIN=(taskset -c "$CPUS")
fi

# Every instance names both data grid ports as the members to join (the first one up listens on the first, the next
# takes the following port), so an instance started again finds the other wherever it is; --nohostaware lets the
# members of one host keep each other's backups (the sessions).
# shellcheck disable=SC2086
LAUREATE_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" LAUREATE_DB_USER=laureate_test LAUREATE_DB_PASSWORD=laureate_test \
    LAUREATE_DEMO="${CLUSTER_DEMO:-false}" LAUREATE_MAIL_HOST=127.0.0.1 LAUREATE_MAIL_PORT="${CLUSTER_MAIL_PORT:-2535}" \
    LAUREATE_KEY_SEAL="$SEAL" \
    LAUREATE_AUDIT_ANCHOR_KEY="the audit anchors' key of the cluster test" \
    LAUREATE_AUDIT_ANCHOR_FILE="$OUT/audit-anchors.log" \
    nohup "${PIN[@]}" java $JAVA_OPTS -Duser.timezone=UTC -jar "${CLUSTER_MICRO_JAR:-$ROOT/target/payara-micro.jar}" \
    --deploy "$WAR" --contextroot / \
    --port "$PORT" --name "laureate-$NAME" --clustername laureate-cluster-test \
    --clustermode "tcpip:127.0.0.1:$HZ_PORT,127.0.0.1:$((HZ_PORT + 1))" --startport "$HZ_PORT" \
    --interfaces 127.0.0.1 --nohostaware \
    --prebootcommandfile "$ROOT/src/main/payara/pre-boot-commands.txt" >> "$OUT/$NAME.log" 2>&1 &
echo $! > "$OUT/$NAME.pid"
echo "instance $NAME: pid $(cat "$OUT/$NAME.pid"), http://127.0.0.1:$PORT/, log $OUT/$NAME.log"
