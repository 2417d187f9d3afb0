#!/usr/bin/env python3
"""Every kind of answer renewal-guide gives, captured byte for byte, to compare two builds.

    python3 scripts/capture-answers.py BINARY OUT        # then: diff OUT-before OUT-after

A refactoring that is meant to change no answer is checked by capturing with the old binary and
the new one and comparing the two files. The server is started on a free loopback port; each
request is sent on its own connection as raw bytes (so malformed requests, refusals at the head
and protocol errors are captured too), and the whole answer is written with its status line and
headers. What differs on every run is masked: `Date`, a generated `X-Request-ID`, the access log's
times, `/metrics`' durations and load times, `/rules`' `loadedAt`. The CLI's answers follow, and
the access-log lines the server wrote for the requests.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse

BINARY, OUT = sys.argv[1], sys.argv[2]

QUERIES = [
    "22122857", "1234567-12345678", "DR*EFMSPL", "NW*KASPERSKY", "2CO*KASPERSKY", "ALLSOFT",
    "APPLE.COM/BILL", "GOOGLE*KASPERSKY", "PAYPAL *KASPERSKY", "Amazon.co.jp order 123-1234567-1234567",
    "App Storeで買いました", "I bought it on Google Play", "", "x" * 300,
    "From: noreply@kaspersky.com\nYour order 22122857 has been renewed.\nKaspersky Lab",
]
STATEMENT = (
    "date,description,amount\n2025/01/03,DR*KASPERSKY LAB,4980\n2025/02/03,DR*KASPERSKY LAB,4980\n"
    "2025/03/03,DR*KASPERSKY LAB,4980\n2025/03/05,AMAZON.CO.JP,1200\n2025/03/09,APPLE.COM/BILL,480\n"
)


def request(method, target, headers=(), body=b""):
    lines = [f"{method} {target} HTTP/1.1", "Host: localhost", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers]
    if body and not any(name.lower() in ("content-length", "transfer-encoding") for name, _ in headers):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def cases():
    quoted = urllib.parse.quote
    for path in ["/healthz", "/readyz", "/openapi.yaml", "/page.css", "/page.js", "/guide", "/rules",
                 "/rules?lang=en", "/guide?lang=en", "/guide?format=text", "/nope", "/guide/", "/guide/nope",
                 "/guide/allsoft?product=nope", "/guide/allsoft?format=xml", "/identify?lang=fr&q=1"]:
        yield request("GET", path)
    for guide in ["allsoft", "nexway", "digital-river", "2checkout", "my-kaspersky", "app-store", "google-play",
                  "huawei", "customer-service", "Allsoft"]:
        for query in ["", "?lang=en", "?format=text", "?lang=en&format=text", "?product=plus"]:
            yield request("GET", f"/guide/{guide}{query}")
    for query in QUERIES:
        for extra in ["", "&lang=en", "&format=text", "&include=guide", "&kind=order-number"]:
            yield request("GET", f"/identify?q={quoted(query)}{extra}")
        yield request("POST", "/identify", [("Content-Type", "application/json")],
                      json.dumps({"query": query}).encode())
        yield request("POST", "/identify?lang=en", [("Content-Type", "text/plain")], query.encode())
        yield request("GET", f"/?q={quoted(query)}")
        yield request("GET", f"/?q={quoted(query)}&lang=en")
    yield request("POST", "/identify?include=guide", [("Content-Type", "application/json")],
                  json.dumps({"queries": QUERIES}).encode())
    yield request("POST", "/identify", [("Content-Type", "application/json")], json.dumps(QUERIES).encode())
    for body in [b"{", b'{"query": 5}', b"[]", b'{"queries": []}', b"\xff\xfe"]:
        yield request("POST", "/identify", [("Content-Type", "application/json")], body)
    yield request("POST", "/identify", [("Content-Type", "application/xml")], b"<q/>")
    yield request("POST", "/identify", [("Content-Length", "5")], b"hello")
    yield request("POST", "/scan", [("Content-Length", "5")], b"hello")
    for accept in ["text/plain", "application/json", "text/html"]:
        yield request("GET", "/identify?q=22122857", [("Accept", accept), ("Accept-Language", "en")])
    for kind, body in [("text/csv", STATEMENT), ("text/plain", "DR*KASPERSKY 4980\nAMAZON 1200\nNW*KASPERSKY")]:
        for query in ["", "?lang=en", "?format=text", "?dateColumn=1&amountColumn=3"]:
            yield request("POST", f"/scan{query}", [("Content-Type", kind)], body.encode())
    yield request("POST", "/", [("Content-Type", "application/x-www-form-urlencoded")],
                  b"q=" + quoted("DR*KASPERSKY").encode())
    yield request("POST", "/", [("Content-Type", "application/x-www-form-urlencoded")],
                  b"statement=" + quoted(STATEMENT).encode())
    yield request("GET", "/", [("Accept-Language", "en-US,en;q=0.9")])
    yield request("GET", "/?lang=ja")
    yield request("OPTIONS", "/identify", [("Origin", "https://example.com"), ("Access-Control-Request-Method", "POST")])
    yield request("OPTIONS", "*")
    yield request("HEAD", "/guide/allsoft")
    yield request("DELETE", "/identify")
    yield request("DELETE", "/identify", [("Content-Length", "3")], b"abc")
    yield request("PUT", "/nowhere", [("Content-Length", "3"), ("Content-Type", "text/plain")], b"abc")
    yield request("BREW", "/pot")
    yield request("GET", "/healthz", [("Origin", "https://example.com")])
    yield request("GET", "/identify?q=1", [("X-Request-ID", "fixed-id-1")])
    yield request("POST", "/identify", [("Content-Type", "text/plain"), ("Content-Length", "99999999")], b"")
    yield request("POST", "/identify?lang=en", [("Content-Type", "text/plain"), ("Content-Length", "99999999")], b"")
    yield request("POST", "/identify", [("Content-Type", "text/plain"), ("Transfer-Encoding", "chunked")],
                  b"8\r\n22122857\r\n0\r\n\r\n")
    mcp = [("Content-Type", "application/json"), ("Accept", "application/json, text/event-stream")]
    for message in [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "c", "version": "1"}}},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "identify", "arguments": {"query": "DR*EFMSPL"}}},
        {"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "get_guide", "arguments": {"id": "allsoft"}}},
        {"jsonrpc": "2.0", "id": 5, "method": "tools/call",
         "params": {"name": "scan_statement", "arguments": {"statement": STATEMENT}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 6, "method": "nope"},
    ]:
        yield request("POST", "/mcp", mcp, json.dumps(message).encode())
    yield request("POST", "/mcp", mcp, b"not json")
    yield request("GET", "/mcp")
    # What the parser refuses, with and without a head.
    yield b"GARBAGE\r\n\r\n"
    yield b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"
    yield b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
    yield b"GET / HTTP/2.0\r\nHost: x\r\n\r\n"
    yield b"GET / HTTP/1.1\r\n" + b"X-Big: " + b"b" * 70000 + b"\r\n\r\n"
    yield request("GET", "/metrics")


def exchange(port, raw):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        try:
            connection.sendall(raw)
        except OSError:
            pass
        chunks = []
        try:
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except OSError as error:
            chunks.append(f"<{type(error).__name__}>".encode())
        return b"".join(chunks)


MASKS = [
    (rb"Date: [^\r]*", b"Date: <masked>"),
    (rb"X-Request-ID: [0-9a-f]{16,}", b"X-Request-ID: <generated>"),
    (rb'"loadedAt":"[^"]*"', b'"loadedAt":"<masked>"'),
    (rb"(http_request_duration_seconds[^\n]*) [0-9.e+-]+\n", rb"\1 <masked>\n"),
    (rb"(renewal_rules_loaded_timestamp_seconds[^\n]*) [0-9.e+-]+\n", rb"\1 <masked>\n"),
    (rb"(process_[a-z_]+[^\n]*) [0-9.e+-]+\n", rb"\1 <masked>\n"),
    (rb"http_open_connections [0-9.]+", b"http_open_connections <masked>"),
    (rb"20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z", b"<time>"),
]


def masked(data):
    for pattern, replacement in MASKS:
        data = re.sub(pattern, replacement, data)
    return data


def main():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    log_path = OUT + ".log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen([BINARY, "serve", "--host", "127.0.0.1", "--port", str(port)], stdout=log,
                                  stderr=subprocess.STDOUT)
    try:
        for _ in range(200):
            try:
                if exchange(port, request("GET", "/healthz")).startswith(b"HTTP/1.1 200"):
                    break
            except OSError:
                time.sleep(0.05)
        with open(OUT, "wb") as out:
            for number, raw in enumerate(cases()):
                out.write(b"=== %d %s\n" % (number, raw.split(b"\r\n", 1)[0][:120]))
                answer = masked(exchange(port, raw))
                if raw.startswith(b"GET /metrics"):
                    # The exposition's order follows a dictionary's; its length, the values' digits.
                    head, _, body = answer.partition(b"\r\n\r\n")
                    head = re.sub(rb"Content-Length: [0-9]+", b"Content-Length: <masked>", head)
                    answer = head + b"\r\n\r\n" + b"\n".join(sorted(body.split(b"\n")))
                out.write(answer + b"\n")
            for arguments in [["identify", "--json", "22122857", "DR*EFMSPL", "App Store"],
                              ["identify", "22122857", "NW*KASPERSKY", "--lang", "en"],
                              ["guide", "allsoft"], ["guide", "nexway", "--json", "--lang", "en"],
                              ["rules", "show"], ["scan", "--json"], ["scan", "--lang", "en"]]:
                stdin = STATEMENT.encode() if arguments[0] == "scan" else b""
                result = subprocess.run([BINARY, *arguments], input=stdin, capture_output=True)
                out.write(b"=== cli %s (exit %d)\n" % (" ".join(arguments).encode(), result.returncode))
                out.write(masked(result.stdout + result.stderr) + b"\n")
    finally:
        server.terminate()
        server.wait()
    with open(log_path, "rb") as log, open(OUT, "ab") as out:
        out.write(b"=== access log\n")
        for line in log:
            line = re.sub(rb'"(time|timestamp)":"[^"]*"', rb'"\1":"<masked>"', line)
            line = re.sub(rb'"duration_ms":[0-9.]+', rb'"duration_ms":0', line)
            line = re.sub(rb'"port":"[0-9]+"', rb'"port":"<port>"', line)
            line = re.sub(rb'"bytes":[0-9]+(,.*"route":"/metrics")', rb'"bytes":0\1', line)
            line = re.sub(rb'"request_id":"[0-9a-f]{16,}"', rb'"request_id":"<generated>"', line)
            out.write(line)
    os.remove(log_path)


main()
