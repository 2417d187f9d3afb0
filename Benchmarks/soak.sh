#!/usr/bin/env bash
# Soak: renewal-guide's RSS before and after SOAK_SECONDS of wrk at 64 connections on a mix of
# the three calls (mix.lua). The "before" figure is taken after a WARMUP-second load, so the
# allocator's first growth is not counted; growth over the soak must stay under 5 % (a leak
# otherwise). Also reports errors wrk saw and whether the server survived.
#
# Environment: SOAK_SECONDS [300]  WARMUP [15]  CONNS [64]  THREADS [2]  PORT [18160]  BUILD [1]
#   LIMIT_PERCENT [5]  SERVER_ARGS [extra arguments to `renewal-guide serve`]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require wrk curl

SOAK_SECONDS=${SOAK_SECONDS:-300}
WARMUP=${WARMUP:-15}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
LIMIT_PERCENT=${LIMIT_PERCENT:-5}
OUT=$(mktemp -d /tmp/soak.XXXXXX)
raise_fd_limit 65536
NEED_PEERS=0 build_all "$OUT/bin"
PORT=$(free_port "${PORT:-18160}")

SWIFT_BACKTRACE="enable=yes,interactive=no,output-to=$OUT/crash.txt" \
    "$OUT/bin/renewal-guide" serve --host 127.0.0.1 --port "$PORT" ${SERVER_ARGS:-} >/dev/null 2>"$OUT/stderr" &
SERVER_PID=$!
trap '[ -z "${SERVER_PID:-}" ] || stop_pid "$SERVER_PID"' EXIT
wait_ready "http://127.0.0.1:$PORT/healthz" 20 || { cat "$OUT/stderr" >&2; exit 1; }

url="http://127.0.0.1:$PORT"
idle=$(status_kb "$SERVER_PID" VmRSS)
wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -s "$BENCH_DIR/mix.lua" "$url" >"$OUT/warmup.wrk" 2>&1 || true
sleep 2
before=$(status_kb "$SERVER_PID" VmRSS)
log "RSS idle $((idle / 1024)) MB; after the ${WARMUP}s warm-up $((before / 1024)) MB; soaking ${SOAK_SECONDS}s at $CONNS connections"

# Sample the RSS every 10 s in the background, to show its course.
(
    while kill -0 "$SERVER_PID" 2>/dev/null; do
        printf '%s %s\n' "$(date -u +%H:%M:%S)" "$(status_kb "$SERVER_PID" VmRSS)"
        sleep 10
    done
) >"$OUT/rss.log" &
SAMPLER=$!
wrk -t"$THREADS" -c"$CONNS" -d"${SOAK_SECONDS}s" --latency --timeout 5s -s "$BENCH_DIR/mix.lua" "$url" >"$OUT/soak.wrk" 2>&1 || true
sleep 2
after=$(status_kb "$SERVER_PID" VmRSS)
hwm=$(status_kb "$SERVER_PID" VmHWM)
kill "$SAMPLER" 2>/dev/null || true
wait "$SAMPLER" 2>/dev/null || true
alive=1
kill -0 "$SERVER_PID" 2>/dev/null || alive=0

echo "# soak $(date -u +%Y-%m-%dT%H:%M:%SZ): renewal-guide $(git -C "$ROOT_DIR" rev-parse --short HEAD), ${SOAK_SECONDS}s at $CONNS connections, mix of the three calls"
grep -E 'requests in|Requests/sec|Non-2xx|Socket errors' "$OUT/soak.wrk" || true
grep -E '^ +(50|99)%' "$OUT/soak.wrk" | sed 's/^ */latency /' || true
echo "RSS samples (every 10 s, MB): $(awk '{ printf "%.1f ", $2 / 1024 }' "$OUT/rss.log")"
growth=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", (b > 0 ? (a - b) * 100 / b : 0) }')
awk -v b="$before" -v a="$after" -v g="$growth" -v h="$hwm" \
    'BEGIN { printf "RSS before %.1f MB, after %.1f MB, growth %s %% (peak %.1f MB)\n", b / 1024, a / 1024, g, h / 1024 }'
rc=0
if [ "$alive" = 0 ]; then
    echo "renewal-guide DIED during the soak"
    rc=1
fi
stop_pid "$SERVER_PID"
SERVER_PID=""
[ ! -s "$OUT/crash.txt" ] || { echo "BACKTRACE:"; cat "$OUT/crash.txt"; rc=1; }
if [ -n "$growth" ] && awk -v g="$growth" -v l="$LIMIT_PERCENT" 'BEGIN { exit !(g + 0 < l + 0) }' && [ "$rc" = 0 ]; then
    echo "RESULT: PASS (growth $growth % < $LIMIT_PERCENT %)"
else
    echo "RESULT: FAIL (growth $growth %, limit $LIMIT_PERCENT %)"
    rc=1
fi
exit "$rc"
