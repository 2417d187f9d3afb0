#!/usr/bin/env bash
# Instructions per identification, input by input, counted by callgrind: a figure the machine's
# load cannot move, to compare two versions of the rules where wall-clock runs differ by ±30 %.
#
#   bash Benchmarks/instructions-per-identification.sh            # the inputs of `make bench`
#   bash Benchmarks/instructions-per-identification.sh "DR*EFMSPL" "22122857"
#
# Each input runs 1,000 and 2,000 times; the difference over 1,000 leaves out start-up and the
# rule tables' construction. Needs valgrind (Debian: apt-get install -y valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
# RULES_BENCHMARK: another build's rules-benchmark (an earlier commit's), to state before and after.
if [ -z "${RULES_BENCHMARK:-}" ]; then
    swift build -c release --product rules-benchmark >/dev/null
    RULES_BENCHMARK="$(swift build -c release --show-bin-path)/rules-benchmark"
fi
# A copy without debug information: valgrind's reader gives up on the DWARF that linking Yams'
# C library produces ("Possibly corrupted debuginfo file"); the instruction counts do not need it.
bin=$(mktemp /tmp/rules-benchmark.XXXXXX)
trap 'rm -f "$bin"' EXIT
cp "$RULES_BENCHMARK" "$bin"
strip --strip-debug "$bin"
chmod +x "$bin"
if [ "$#" -eq 0 ]; then
    # The inputs of `make bench`, read from its source so that the two never drift apart.
    mapfile -t inputs < <(python3 - <<'PY'
import ast, re
source = open("Sources/rules-benchmark/main.swift", encoding="utf-8").read()
for name in ("orderNumbers", "statementLines"):
    block = re.search(r"let %s = \[(.*?)\n\]" % name, source, re.S).group(1)
    for literal in re.findall(r'"(?:[^"\\]|\\.)*"', block):
        print(ast.literal_eval(literal))
PY
    )
    set -- "${inputs[@]}"
fi
count() {
    N="$1" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$2" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
total=0
for input in "$@"; do
    once=$(count 1000 "$input")
    twice=$(count 2000 "$input")
    per=$(((twice - once) / 1000))
    total=$((total + per))
    printf '%8d  %s\n' "$per" "$input"
done
printf '%8d  total over %d inputs\n' "$total" "$#"
