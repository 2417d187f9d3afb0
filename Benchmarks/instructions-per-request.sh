#!/usr/bin/env bash
# Instructions the server spends per request, counted by callgrind (repeatable, unlike wall-clock
# figures on a shared 2-core machine): N requests of one kind on one keep-alive connection, minus a
# run with one request, divided by N. One event loop; the log level from LEVEL (default info).
#
#   bash Benchmarks/instructions-per-request.sh [healthz|guide|identify]     (N=3000 by default)
#   BINARY=/tmp/old/renewal-guide bash Benchmarks/instructions-per-request.sh identify
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
KIND=${1:-healthz}
N=${N:-3000}
LEVEL=${LEVEL:-info}
PORT=${PORT:-18099}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# BINARY: another build to measure (an earlier commit's, to state before and after); by default
# this tree's release build.
if [ -z "${BINARY:-}" ]; then
  swift build -c release --product renewal-guide >/dev/null
  BINARY="$(swift build -c release --show-bin-path)/renewal-guide"
fi
# valgrind cannot read the release binary's debug info: measure a stripped copy.
cp "$BINARY" "$WORK/renewal-guide"
# Without debug information: valgrind's reader gives up on the DWARF that linking Yams' C library
# produces; the instruction counts do not need it.
strip --strip-debug "$WORK/renewal-guide"
strip -g "$WORK/renewal-guide"

run() {
  local count=$1 out=$2
  valgrind --tool=callgrind --callgrind-out-file="$out" "$WORK/renewal-guide" --host 127.0.0.1 --port "$PORT" \
    --log-level "$LEVEL" --event-loops 1 >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break; sleep 0.2; done
  python3 - "$count" "$KIND" "$PORT" <<'PY'
import socket, sys
count, kind, port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
if kind == "healthz":
    request = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
elif kind == "guide":
    request = b"GET /guide/allsoft HTTP/1.1\r\nHost: x\r\n\r\n"
else:
    body = b'{"query":"22122857"}'
    request = (b"POST /identify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Content-Length: %d\r\n\r\n" % len(body)) + body
connection = socket.create_connection(("127.0.0.1", port))
pending = b""
for _ in range(count):
    connection.sendall(request)
    while True:
        end = pending.find(b"\r\n\r\n")
        if end >= 0:
            head = pending[:end].decode()
            length = int(next(l.split(":")[1] for l in head.split("\r\n") if l.lower().startswith("content-length")))
            if len(pending) >= end + 4 + length:
                pending = pending[end + 4 + length:]
                break
        pending += connection.recv(65536)
connection.close()
PY
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
}

total() { callgrind_annotate "$1" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}'; }
run 1 "$WORK/base.out"
run $((N + 1)) "$WORK/load.out"
echo "$KIND (log level $LEVEL): $(( ($(total "$WORK/load.out") - $(total "$WORK/base.out")) / N )) instructions per request"
