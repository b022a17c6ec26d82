#!/usr/bin/env bash
# A faster start: Payara Micro unpacked into a directory with its own launcher, and a class data archive (CDS) of the
# classes a start loads (Payara's and the application's), written by a start that exits once the application is
# deployed (Payara Micro's --warmup) with the same settings and environment as the real start:
#
#   JAVA_OPTS="…" bash src/main/payara/class-archive.sh DIR --deploy target/laureate.war …
#   java $JAVA_OPTS -XX:SharedArchiveFile=DIR/classes.jsa -jar DIR/launch-micro.jar --deploy target/laureate.war …
#
# The archive belongs to one JDK and one build of Payara Micro: a JVM that cannot use it says so and starts without
# it, and a class of the WAR whose bytes have changed since is read from the WAR as usual. Write it again after an
# upgrade of either (it takes one start, about a minute).
set -euo pipefail
DIR=${1:?the directory to write}
shift
MICRO=${PAYARA_MICRO:-$(dirname "$0")/../../../target/payara-micro.jar}
mkdir -p "$DIR"
rm -f "$DIR/classes.jsa"
rm -rf "${DIR:?}/config" "$DIR/applications" "$DIR/autodeploy" "$DIR/generated"
java -jar "$MICRO" --rootdir "$DIR" --outputlauncher > "$DIR/launcher.log" 2>&1
# the start that writes the archive deploys the WAR into the directory's configuration, which keeps it: the real start
# would deploy it twice (the kept one answering first); the configuration is put back as the launcher wrote it
cp -a "$DIR/config" "$DIR/config.launcher"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$DIR/classes.jsa" \
    -jar "$DIR/launch-micro.jar" "$@" --warmup > "$DIR/archive.log" 2>&1
rm -rf "$DIR/config" "$DIR/applications" "$DIR/autodeploy" "$DIR/generated"
mv "$DIR/config.launcher" "$DIR/config"
[ -s "$DIR/classes.jsa" ] || { echo "no class data archive was written: $DIR/archive.log" >&2; exit 1; }
