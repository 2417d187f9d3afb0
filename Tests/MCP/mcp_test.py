#!/usr/bin/env python3
"""The MCP tools driven by a client no one here wrote: the official Python SDK (PyPI `mcp`), over
both transports, Streamable HTTP at POST /mcp on a real server on a free loopback port, and stdio
through `renewal-guide mcp`. For each: initialise, list the tools, check each tool's hints and that
its outputSchema validates the structuredContent of real calls, in both languages; a bad input is a
tool result with isError in the asked language, never a protocol error.

    python3 Tests/MCP/mcp_test.py path/to/renewal-guide
"""
import asyncio
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import jsonschema
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

failures = []

CALLS = [
    ("identify", {"query": "注文番号: 22122857", "lang": "ja"}, "2checkout", "2Checkout"),
    ("identify", {"query": "DR*Kaspersky Lab Cork IE", "lang": "en", "includeGuide": True}, "digital-river",
     "Digital River"),
    ("identify", {"query": "App Storeで購入したカスペルスキーの自動更新を止めたい", "lang": "en"}, "app-store", "App Store"),
    ("scan_statement", {"statement": "2024/04/20 KASPERSKYLAB 4,980円\n2025/03/03 APPLE.COM/BILL ¥480\n"
                        "2025/04/03 APPLE.COM/BILL ¥480\n2025/04/20 KASPERSKYLAB 4,980円\n", "lang": "ja"},
     "allsoft", "おそらく毎年"),
    ("scan_statement", {"statement": "利用日,ご利用店名,利用金額\n2025/04/03,DR*EFMSPL,4980\n", "lang": "en"},
     "digital-river", "Digital River"),
    ("get_guide", {"provider": "2co", "lang": "en"}, "2checkout", "2Checkout myAccount"),
    ("get_guide", {"provider": "nexway", "product": "plus", "lang": "ja"}, "nexway", "ライセンス"),
]


def check(condition, what):
    print(f"  {'ok  ' if condition else 'FAIL'} {what}", flush=True)
    if not condition:
        failures.append(what)


async def exercise(session, transport):
    initialized = await session.initialize()
    check(initialized.protocol_version in ("2025-06-18", "2025-03-26"), f"{transport}: a protocol version agreed")
    listed = await session.list_tools()
    tools = {tool.name: tool for tool in listed.tools}
    check(sorted(tools) == ["get_guide", "identify", "scan_statement"], f"{transport}: the three tools are listed")
    for tool in tools.values():
        hints = tool.annotations
        check(hints is not None and hints.read_only_hint and hints.idempotent_hint,
              f"{transport}: {tool.name} is read-only and idempotent")
        jsonschema.Draft202012Validator.check_schema(tool.output_schema)
        check(len(tool.description) > 80, f"{transport}: {tool.name} says what it does")
    for name, arguments, expected, words in CALLS:
        result = await session.call_tool(name, arguments)
        check(not result.is_error, f"{transport}: {name} {arguments.get('lang')} answers")
        structured = result.structured_content
        try:
            jsonschema.validate(structured, tools[name].output_schema, cls=jsonschema.Draft202012Validator)
            check(True, f"{transport}: {name}'s structuredContent validates against its outputSchema")
        except jsonschema.ValidationError as error:
            check(False, f"{transport}: {name}'s structuredContent validates ({error.message[:200]})")
        found = json.dumps(structured, ensure_ascii=False)
        check(f'"{expected}"' in found, f"{transport}: {name} finds {expected}")
        text = "".join(part.text for part in result.content if part.type == "text")
        check(words in text, f"{transport}: {name}'s text says {words!r}")
    bad = await session.call_tool("identify", {"query": "", "lang": "en"})
    check(bad.is_error and "empty" in bad.content[0].text, f"{transport}: an empty query is a tool error in English")
    bad = await session.call_tool("get_guide", {"provider": "netflix", "lang": "ja"})
    check(bad.is_error and "netflix" in bad.content[0].text.lower(), f"{transport}: an unknown seller is a tool error")
    bad = await session.call_tool("scan_statement", {"lang": "ja"})
    check(bad.is_error and "statement" in bad.content[0].text, f"{transport}: a missing statement is a tool error")


async def over_stdio(binary):
    async with stdio_client(StdioServerParameters(command=binary, args=["mcp"])) as (read, write):
        async with ClientSession(read, write) as session:
            await exercise(session, "stdio")


async def over_http(url):
    async with streamable_http_client(url) as streams:
        read, write = streams[0], streams[1]
        async with ClientSession(read, write) as session:
            await exercise(session, "http")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def raw(url, body, headers):
    request = urllib.request.Request(url, data=body, method="POST" if body is not None else "GET")
    for name, value in headers.items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


def transport_rules(url):
    status, _, headers = raw(url, None, {})
    check(status == 405 and "POST" in headers.get("Allow", ""), "http: GET /mcp is 405 with Allow: POST")
    ping = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping"}).encode()
    status, _, _ = raw(url, ping, {"Content-Type": "application/json", "Origin": "https://evil.example"})
    check(status == 403, "http: an Origin not allowed is refused (403)")
    status, _, _ = raw(url, ping, {"Content-Type": "application/json", "MCP-Protocol-Version": "1999-01-01"})
    check(status == 400, "http: an unknown MCP-Protocol-Version is refused (400)")
    note = json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}).encode()
    status, body, _ = raw(url, note, {"Content-Type": "application/json"})
    check(status == 202 and body == b"", "http: a notification is accepted with no body (202)")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/renewal-guide"
    port = free_port()
    server = subprocess.Popen([binary, "--host", "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/mcp"
        print("-- Streamable HTTP", flush=True)
        asyncio.run(over_http(url))
        transport_rules(url)
        print("-- stdio", flush=True)
        asyncio.run(over_stdio(binary))
    finally:
        server.terminate()
        server.wait(timeout=10)
    if failures:
        print(f"mcp-check: {len(failures)} failed", file=sys.stderr)
        sys.exit(1)
    print("mcp-check: every check passed")


if __name__ == "__main__":
    main()
