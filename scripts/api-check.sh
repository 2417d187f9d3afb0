#!/usr/bin/env bash
# Checks the running service against openapi.yaml: validates the spec, starts the server on a free
# loopback port, runs schemathesis with every check, stops the server, and exits with schemathesis's
# status.
#
#   scripts/api-check.sh [path/to/renewal-guide]     (default: .build/debug/renewal-guide)
#
# Before schemathesis, scripts/openapi-examples.py checks that every response example in the spec is
# what the server answers; WRITE_EXAMPLES=1 rewrites them instead and skips schemathesis.
#
# Environment: MAX_EXAMPLES (default 100) examples per operation and phase; SCHEMATHESIS_ARGS for extra
# options (e.g. "--seed 1"); WORKERS (default 1; schemathesis 4 hits thread-safety errors in hypothesis with more).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
CHECK=api-check
source scripts/lib.sh

BINARY="${1:-.build/debug/renewal-guide}"
SPEC="openapi.yaml"
MAX_EXAMPLES="${MAX_EXAMPLES:-100}"
WORKERS="${WORKERS:-1}"

require_binary "$BINARY"
pip_install_missing "schemathesis=schemathesis" "openapi_spec_validator=openapi-spec-validator"
# pip may put the console script outside PATH; run schemathesis's CLI through the module if so.
if command -v schemathesis >/dev/null 2>&1; then
    SCHEMATHESIS=(schemathesis)
else
    SCHEMATHESIS=(python3 -c 'import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())')
fi

echo "api-check: validating $SPEC"
python3 -m openapi_spec_validator "$SPEC"

PORT="$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
LOG="$(mktemp -t renewal-guide-api-check.XXXXXX.log)"
# A config that turns off schemathesis's crash cache, which would otherwise write .schemathesis/ here.
CONFIG="$(mktemp -t renewal-guide-api-check.XXXXXX.toml)"
# Every check runs everywhere (schemathesis enables all by default; a CLI --checks would override
# the per-operation lines below), with two exceptions for POST /scan, whose body is a statement as
# text: its negative cases send JSON values of other types as text, which are statements like any
# other, and a column name it makes up is rightly a 400 (no schema can say "a header of the body").
# Every other check, response schemas and status codes among them, still runs on /scan. A text
# past the 64 KiB limit is refused with 413 Content Too Large (it says what to paste instead), which
# counts as rejecting it beside schemathesis's usual statuses.
cat >"$CONFIG" <<'TOML'
[cache]
enabled = false

[checks.negative_data_rejection]
expected-statuses = [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429, "5xx"]

[[operations]]
include-path = "/scan"
checks.negative_data_rejection.enabled = false
checks.positive_data_acceptance.enabled = false
TOML
SERVER_PID=""

stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
trap 'stop_server; rm -f "$LOG" "$CONFIG"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "api-check: starting $BINARY on $BASE"
"$BINARY" --host 127.0.0.1 --port "$PORT" --log-level warning >"$LOG" 2>&1 &
SERVER_PID=$!

ready=0
for _ in $(seq 1 100); do
    if curl -fsS -o /dev/null --max-time 1 "$BASE/healthz" 2>/dev/null; then
        ready=1
        break
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if ((ready == 0)); then
    echo "api-check: the server did not answer $BASE/healthz within 10 s" >&2
    cat "$LOG" >&2 || true
    exit 1
fi

status=0
if [[ "${WRITE_EXAMPLES:-0}" == 1 ]]; then
    python3 scripts/openapi-examples.py "$BASE" --write
    exit 0
fi
echo "api-check: checking the spec's response examples against the server"
python3 scripts/openapi-examples.py "$BASE" || status=$?

echo "api-check: running schemathesis (max $MAX_EXAMPLES examples per operation)"
# shellcheck disable=SC2086  # SCHEMATHESIS_ARGS is split on purpose
"${SCHEMATHESIS[@]}" --no-color --config-file "$CONFIG" run "$SPEC" \
    --url "$BASE" \
    --max-examples "$MAX_EXAMPLES" \
    --workers "$WORKERS" \
    --request-timeout 10 \
    --generation-database none \
    ${SCHEMATHESIS_ARGS:-} || status=$?

if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "api-check: the server exited during the run; its log:" >&2
    tail -n 50 "$LOG" >&2 || true
    ((status != 0)) || status=1
fi
stop_server
if ((status != 0)); then
    echo "api-check: failed (exit $status)" >&2
fi
exit "$status"
