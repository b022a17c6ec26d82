# shellcheck shell=bash
# What the benchmark's scripts share (sourced): signing in as a secretary, and the server's and the database's work.
# Expects APP (the application's address), OUT (target/bench) and, for ticks, SERVER_PID.

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

# the statements the database has been sent so far, by every client
statements() {
    mysql -N -h127.0.0.1 -uroot -e "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{print $2}'
}
