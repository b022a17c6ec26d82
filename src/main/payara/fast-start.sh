#!/usr/bin/env bash
# A faster start, from a class data archive (CDS) of the classes a start loads, Payara's and the application's:
#
#   JAVA_OPTS="…" bash src/main/payara/fast-start.sh prepare DIR --deploy target/laureate.war …
#   JAVA_OPTS="…" bash src/main/payara/fast-start.sh start DIR --deploy target/laureate.war …
#
# prepare unpacks Payara Micro into DIR with its own launcher and writes DIR/classes.jsa by a start that exits once
# the application is deployed (Payara Micro's --warmup), with the options and environment of the real start (about
# a minute); start starts the server from them (the script's process becomes the server's). Payara Micro keeps in DIR
# what a start deploys, so that the next start would deploy it twice: each start begins from DIR's configuration as
# the launcher wrote it.
# The archive belongs to one JDK and one build of Payara Micro: a JVM that cannot use it says so and starts without
# it, and a class of the WAR whose bytes have changed since is read from the WAR as usual. Prepare again after an
# upgrade of either.
set -euo pipefail
COMMAND=${1:?prepare or start}
DIR=${2:?the directory of the unpacked server}
shift 2
MICRO=${PAYARA_MICRO:-$(dirname "$0")/../../../target/payara-micro.jar}

# DIR's configuration as the launcher wrote it, without what a start deployed
fresh() {
    rm -rf "${DIR:?}/config" "$DIR/applications" "$DIR/autodeploy" "$DIR/generated"
    cp -a "$DIR/config.launcher" "$DIR/config"
}

case $COMMAND in
prepare)
    rm -rf "${DIR:?}"
    mkdir -p "$DIR"
    java -jar "$MICRO" --rootdir "$DIR" --outputlauncher > "$DIR/launcher.log" 2>&1
    cp -a "$DIR/config" "$DIR/config.launcher"
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$DIR/classes.jsa" -jar "$DIR/launch-micro.jar" "$@" --warmup \
        > "$DIR/archive.log" 2>&1
    [ -s "$DIR/classes.jsa" ] || { echo "no class data archive was written: $DIR/archive.log" >&2; exit 1; }
    fresh
    ;;
start)
    fresh
    # shellcheck disable=SC2086
    exec java ${JAVA_OPTS:-} -XX:SharedArchiveFile="$DIR/classes.jsa" -jar "$DIR/launch-micro.jar" "$@"
    ;;
*)
    echo "prepare or start, not $COMMAND" >&2
    exit 2
    ;;
esac
