#!/usr/bin/env bash
# 10,000 idle keep-alive connections held open against renewal-guide on loopback: the server's
# RSS before, while held and after, and /healthz must still answer while they are held.
# The server runs with --max-connections 12000 (the default 10000 would refuse the checks) and
# --idle-timeout 120, so the held connections are not closed by the idle timer.
#
# Environment: COUNT [10000]  HOLD [10] seconds  PORT [18150]  BUILD [1]
#   SERVER_ARGS [extra arguments to `renewal-guide serve`]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

COUNT=${COUNT:-10000}
HOLD=${HOLD:-10}
OUT=$(mktemp -d /tmp/idle-connections.XXXXXX)
raise_fd_limit 65536
NEED_PEERS=0 build_all "$OUT/bin"
PORT=$(free_port "${PORT:-18150}")

SWIFT_BACKTRACE="enable=yes,interactive=no,output-to=$OUT/crash.txt" \
    "$OUT/bin/renewal-guide" serve --host 127.0.0.1 --port "$PORT" \
    --max-connections 12000 --idle-timeout 120 ${SERVER_ARGS:-} >/dev/null 2>"$OUT/stderr" &
SERVER_PID=$!
trap '[ -z "${SERVER_PID:-}" ] || stop_pid "$SERVER_PID"' EXIT
wait_ready "http://127.0.0.1:$PORT/healthz" 20 || { cat "$OUT/stderr" >&2; exit 1; }

rc=0
python3 "$BENCH_DIR/idle_client.py" "$SERVER_PID" "$PORT" "$COUNT" "$HOLD" || rc=$?
kill -0 "$SERVER_PID" 2>/dev/null || { echo "renewal-guide DIED"; rc=1; }
stop_pid "$SERVER_PID"
SERVER_PID=""
echo "renewal-guide exit status after SIGTERM: $STOP_RC"
[ ! -s "$OUT/crash.txt" ] || { echo "BACKTRACE:"; cat "$OUT/crash.txt"; rc=1; }
[ ! -s "$OUT/stderr" ] || { echo "server stderr (last 20 lines):"; tail -20 "$OUT/stderr"; }
exit "$rc"
