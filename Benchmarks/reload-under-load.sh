#!/usr/bin/env bash
# Reloading the rule book under load. renewal-guide (release) answers `GET /identify` under wrk while
# the rule file alternates between two valid versions, one SIGHUP after each write, every INTERVAL
# seconds. Prints wrk's totals (requests, non-2xx, socket errors), how many reloads the server made
# and refused (from /metrics), and the time from each SIGHUP to `/rules` showing the new version.
#
#   bash Benchmarks/reload-under-load.sh        # DURATION=20 CONNS=64 INTERVAL=0.2 BUILD=1
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require wrk curl

DURATION=${DURATION:-20}
CONNS=${CONNS:-64}
INTERVAL=${INTERVAL:-0.2}
OUT=$(mktemp -d /tmp/reload-under-load.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
NEED_PEERS=0 build_all "$OUT/bin"

mkdir -p "$OUT/rules"
cp "$ROOT_DIR/Sources/RenewalRules/Knowledge/rules.yaml" "$OUT/a.yaml"
sed 's/^    - DR\*EFMSPL$/    - DR*EFMSPL\n    - DRI*NEWSELLER/' "$OUT/a.yaml" >"$OUT/b.yaml"
cmp -s "$OUT/a.yaml" "$OUT/b.yaml" && { echo "could not make the second rule file" >&2; exit 1; }
cp "$OUT/a.yaml" "$OUT/rules/rules.yaml"
version_a=$("$OUT/bin/renewal-guide" rules check "$OUT/a.yaml" | sed -n 's/.*version \([0-9a-f]*\).*/\1/p')
version_b=$("$OUT/bin/renewal-guide" rules check "$OUT/b.yaml" | sed -n 's/.*version \([0-9a-f]*\).*/\1/p')

port=$(free_port 18170)
"$OUT/bin/renewal-guide" serve --host 127.0.0.1 --port "$port" --rules "$OUT/rules" --log-level notice \
    >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
trap 'stop_pid "$SERVER_PID" || true' EXIT
wait_ready "http://127.0.0.1:$port/healthz" || { log "the server did not start"; exit 1; }
base="http://127.0.0.1:$port"

log "wrk ${DURATION}s at $CONNS connections on /identify; a reload every ${INTERVAL}s"
wrk -t2 -c"$CONNS" -d"${DURATION}s" --timeout 5s "$base/identify?q=22122857" >"$OUT/wrk.txt" 2>&1 &
WRK_PID=$!
: >"$OUT/reload-ms.txt"
next=b
while kill -0 "$WRK_PID" 2>/dev/null; do
    cp "$OUT/$next.yaml" "$OUT/rules/rules.yaml.new" && mv "$OUT/rules/rules.yaml.new" "$OUT/rules/rules.yaml"
    expected=$([ "$next" = b ] && echo "$version_b" || echo "$version_a")
    started=$(date +%s%N)
    kill -HUP "$SERVER_PID"
    for ((i = 0; i < 400; i++)); do
        curl -s --max-time 1 "$base/rules" | grep -q "\"version\":\"$expected\"" && break
        sleep 0.005
    done
    echo $((($(date +%s%N) - started) / 1000000)) >>"$OUT/reload-ms.txt"
    next=$([ "$next" = b ] && echo a || echo b)
    sleep "$INTERVAL"
done
wait "$WRK_PID" || true

metrics=$(curl -s "$base/metrics")
failures=$(echo "$metrics" | sed -n 's/^renewal_rules_reload_failures_total \([0-9.]*\)/\1/p')
echo "# reload under load $(date -u +%Y-%m-%dT%H:%M:%SZ): renewal-guide $(git -C "$ROOT_DIR" rev-parse --short HEAD), ${DURATION}s at $CONNS connections"
grep -E "requests in|Requests/sec|Non-2xx|Socket errors" "$OUT/wrk.txt" || true
grep -q "Non-2xx\|Socket errors" "$OUT/wrk.txt" || echo "  no non-2xx answer, no socket error"
sort -n "$OUT/reload-ms.txt" | awk '{ a[NR] = $1 } END {
    printf "reloads: %d (SIGHUP to /rules showing the new version: median %d ms, worst %d ms)\n", NR, a[int((NR + 1) / 2)], a[NR] }'
echo "reloads refused (renewal_rules_reload_failures_total): ${failures:-0}"
