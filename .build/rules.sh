#!/usr/bin/env bash
# Counts the numbered rules that the code states (R1.1 … in src/main/java: each feature's package-info.java and the
# javadoc of the classes it points to) and those that a test is named after (a test method whose name begins with
# the rule, e.g. r9_17_… or r13_1_r13_6_…), and lists the rules without one. A rule marked "(withdrawn)" needs none.
# Exit status 0 when every rule has a named test, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

stated=$(grep -rhoE '\bR[0-9]+\.[0-9]+\b' src/main/java --include='*.java' | sort -u -V)
withdrawn=$(grep -rhoE '\bR[0-9]+\.[0-9]+ \(withdrawn\)' src/main/java --include='*.java' | cut -d' ' -f1 | sort -u -V)
rules=$(comm -23 <(echo "$stated" | sort) <(echo "$withdrawn" | sort) | sort -V)
named=$(grep -rhoE '\bvoid r[0-9]+_[0-9]+_[A-Za-z0-9_]*' src/test/java --include='*.java' \
    | sed -E 's/^void //' \
    | grep -oE '^(r[0-9]+_[0-9]+_)+' \
    | grep -oE 'r[0-9]+_[0-9]+' \
    | sed -E 's/^r([0-9]+)_([0-9]+)$/R\1.\2/' | sort -u -V)
tested=$(comm -12 <(echo "$rules" | sort) <(echo "$named" | sort) | sort -V)
missing=$(comm -23 <(echo "$rules" | sort) <(echo "$named" | sort) | sort -V)
unknown=$(comm -13 <(echo "$stated" | sort) <(echo "$named" | sort) | sort -V)

count() { if [ -z "$1" ]; then echo 0; else echo "$1" | wc -l; fi; }
echo "numbered rules: $(count "$rules") (withdrawn, not counted: $(echo $withdrawn))"
echo "rules with a named test: $(count "$tested")"
echo "rules without: $(count "$missing")${missing:+ — $(echo $missing)}"
if [ -n "$unknown" ]; then
    echo "tests named after a rule that the code does not state: $(echo $unknown)"
fi
[ -z "$missing" ]
