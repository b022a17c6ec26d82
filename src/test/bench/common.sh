# shellcheck shell=bash
# What the benchmark's scripts share (sourced from the project's root): their settings, the seeded database's ids,
# starting and stopping the server, signing in as a secretary, and the server's and the database's work.
#
# Settings (environment):
#   BENCH_DB=laureate_bench       the seeded database
#   BENCH_PORT=18280              the server's port
#   BENCH_JAVA_OPTS               JVM options of the measured server (default: the README's; empty: JVM defaults)
#   BENCH_MICRO_OPTS              extra Payara Micro options (default: the README's pre- and post-boot command files;
#                                 empty: none)
#   BENCH_KEY_SEAL                the seal of the seeded secrets (default: the integration tests', as the seed has it)
ROOT=$PWD
OUT=$ROOT/target/bench
DB=${BENCH_DB:-laureate_bench}
PORT=${BENCH_PORT:-18280}
APP=http://127.0.0.1:$PORT
JAVA_OPTS=${BENCH_JAVA_OPTS-"-Xms352m -Xmx352m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions \
-XX:TrimNativeHeapInterval=5000 -XX:+UseTransparentHugePages"}
MICRO_OPTS=${BENCH_MICRO_OPTS-"--prebootcommandfile $ROOT/src/main/payara/pre-boot-commands.txt \
--postbootcommandfile $ROOT/src/main/payara/single-server.txt"}
SEAL=${BENCH_KEY_SEAL:-"the seal of the integration tests' signing keys"}
# the server's environment: the seeded database, no demo data, the seed's seal
SERVER_ENV=(LAUREATE_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" LAUREATE_DB_USER=laureate_test
    LAUREATE_DB_PASSWORD=laureate_test LAUREATE_DEMO=false LAUREATE_KEY_SEAL="$SEAL")
# Payara Micro's options for the WAR $1 on $PORT
server_options() {
    # shellcheck disable=SC2206
    SERVER_OPTS=(--deploy "$1" --contextroot / --port "$PORT" --nocluster --interfaces 127.0.0.1 $MICRO_OPTS)
}
mkdir -p "$OUT"

# the ids the seed wrote (the rounds, the seeded cycle), or the script ends when the database was never seeded
seeded() {
    [ -s "$OUT/seed.env" ] || { echo "no seeded database: run src/test/bench/run.sh first" >&2; exit 2; }
    # shellcheck disable=SC1091
    source "$OUT/seed.env"
}

# starts the WAR $1 on the seeded database, its output in the file $2, and returns once it is ready (SERVER_PID; the
# script ends if it is not ready within five minutes); the words after those two, when given, start it instead of
# `java $JAVA_OPTS -jar target/payara-micro.jar`
SERVER_PID=
start_server() {
    local war=$1 log=$2
    shift 2
    # shellcheck disable=SC2086
    [ $# -gt 0 ] || set -- java $JAVA_OPTS -jar target/payara-micro.jar
    server_options "$war"
    env "${SERVER_ENV[@]}" "$@" "${SERVER_OPTS[@]}" > "$log" 2>&1 &
    SERVER_PID=$!
    local deadline=$((SECONDS + 300))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP/health/ready")" = 200 ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped: $log" >&2; exit 1; }
        # a server that runs without the application (it failed to deploy) is never ready
        [ $SECONDS -lt $deadline ] || { echo "the server is not ready after 5 minutes: $log" >&2; exit 1; }
        sleep 0.5
    done
}
stop_server() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    SERVER_PID=
}

# the view state of the Faces page read on standard input
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# the "Cookie:" header of a new session signed in as $1 with password $2 (the sign-in form, then the second factor's
# code of the demo's secret, oathtool)
sign_in() {
    local jar=$OUT/cookies-$1.txt page
    rm -f "$jar"
    form() {
        local fields=()
        for field in "$@"; do fields+=(--data-urlencode "$field"); done
        curl -s -c "$jar" -b "$jar" "${fields[@]}" "$APP/login.xhtml"
    }
    page=$(curl -s -c "$jar" -b "$jar" "$APP/login.xhtml")
    page=$(form login=login "login:username=$1" "login:password=$2" login:submit= \
        "jakarta.faces.ViewState=$(view_state <<<"$page")")
    if grep -q 'second:code' <<<"$page"; then
        form second=second "second:code=$(oathtool --totp -b LAUREATEDEMOSECRETFORTHEDEMOONLY)" second:confirm= \
            "jakarta.faces.ViewState=$(view_state <<<"$page")" > /dev/null
    fi
    # the session's cookies (the server keeps a version of the session beside its id)
    echo "Cookie: $(awk '$6 ~ /^JSESSIONID/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")"
}

# processor ticks of the server's threads: the JIT compilers' and the others'
ticks() {
    local compilers=0 others=0 task t
    for task in /proc/"$SERVER_PID"/task/*; do
        t=$(awk '{print $14 + $15}' "$task/stat" 2>/dev/null) || continue
        if grep -q Compiler "$task/comm" 2>/dev/null; then compilers=$((compilers + t)); else others=$((others + t)); fi
    done
    echo "$others $compilers"
}

# processor ticks of the database server (MariaDB's or MySQL's), which shares the machine's processors
database_ticks() {
    awk '{print $14 + $15}' "/proc/$(pidof mariadbd mysqld | cut -d' ' -f1)/stat"
}

# the database's counter $1 so far, of every client: Questions (the statements it was sent), Com_commit (the
# transactions it committed)
counter() {
    mysql -N -h127.0.0.1 -uroot -e "SHOW GLOBAL STATUS LIKE '$1'" | awk '{print $2}'
}

# milliseconds of processor for each of $2 items, from $1 processor ticks
ms_each() {
    echo "scale=2; 1000 * $1 / $(getconf CLK_TCK) / $2" | bc
}
