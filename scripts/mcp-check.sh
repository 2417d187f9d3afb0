#!/usr/bin/env bash
# The MCP tools driven by a client no one here wrote (Tests/MCP/mcp_test.py): the official MCP
# Python SDK from PyPI (`mcp`) and `jsonschema`, installed with pip when missing, over both
# transports against the binary.
#
#   scripts/mcp-check.sh [path/to/renewal-guide]     (default: .build/debug/renewal-guide)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

BINARY="${1:-.build/debug/renewal-guide}"
if [[ ! -x "$BINARY" ]]; then
    echo "mcp-check: no executable at $BINARY" >&2
    exit 2
fi

wheels=()
python3 -c "import mcp.client.streamable_http" 2>/dev/null || wheels+=("mcp==2.3.0")
python3 -c 'import jsonschema' 2>/dev/null || wheels+=(jsonschema)
if ((${#wheels[@]})); then
    echo "mcp-check: installing ${wheels[*]}"
    python3 -m pip install --quiet "${wheels[@]}"
fi

python3 Tests/MCP/mcp_test.py "$BINARY"
