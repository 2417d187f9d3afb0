#!/usr/bin/env bash
# The MCP tools driven by a client no one here wrote (Tests/MCP/mcp_test.py): the official MCP
# Python SDK from PyPI (`mcp`) and `jsonschema`, installed with pip when missing, over both
# transports against the binary.
#
#   scripts/mcp-check.sh [path/to/renewal-guide]     (default: .build/debug/renewal-guide)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
CHECK=mcp-check
source scripts/lib.sh

BINARY="${1:-.build/debug/renewal-guide}"
require_binary "$BINARY"
pip_install_missing "mcp.client.streamable_http=mcp==2.3.0" "jsonschema=jsonschema"

python3 Tests/MCP/mcp_test.py "$BINARY"
