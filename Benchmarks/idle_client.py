#!/usr/bin/env python3
"""Holds N idle keep-alive connections to a server on loopback and reports its RSS.

Each connection sends one `GET /healthz`, reads the answer, then stays open and idle.
While they are held: the server's VmRSS (sampled every second, peak kept) and a fresh
`GET /healthz` must still answer 200. Then all are closed and the RSS is read again.
Usage: idle_client.py PID PORT [COUNT] [HOLD_SECONDS]
"""
import asyncio
import resource
import subprocess
import sys
import time

REQUEST = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n"


def rss_kb(pid, field="VmRSS"):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except FileNotFoundError:
        return 0
    return 0


async def one_request(reader, writer):
    writer.write(REQUEST)
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    body = await reader.readexactly(length)
    return head.split(b" ", 2)[1], body


async def open_one(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    status, _ = await one_request(reader, writer)
    if status != b"200":
        raise RuntimeError(f"status {status!r}")
    return reader, writer


async def main(pid, port, count, hold):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 1000), hard))
    print(f"server pid {pid}, port {port}: {count} connections, held {hold} s")
    before = rss_kb(pid)
    print(f"RSS before:            {before / 1024:8.1f} MB")
    conns, failures = [], 0
    started = time.monotonic()
    batch = 250
    for start in range(0, count, batch):
        results = await asyncio.gather(
            *(open_one(port) for _ in range(min(batch, count - start))), return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException):
                failures += 1
                if failures <= 3:
                    print(f"  connection failed: {result!r}")
            else:
                conns.append(result)
    print(f"opened {len(conns)} connections ({failures} failed) in {time.monotonic() - started:.1f} s")

    peak, healthz = 0, []
    deadline = time.monotonic() + hold
    while time.monotonic() < deadline:
        peak = max(peak, rss_kb(pid))
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
            status, body = await asyncio.wait_for(one_request(reader, writer), 5)
            healthz.append(status == b"200")
            writer.close()
        except Exception as error:  # noqa: BLE001 - any failure is a failed check
            healthz.append(False)
            print(f"  /healthz while held failed: {error!r}")
        await asyncio.sleep(1)
    established = subprocess.run(
        ["ss", "-Htn", "state", "established", f"( sport = :{port} )"], capture_output=True, text=True
    ).stdout.count("\n")
    held = rss_kb(pid)
    peak = max(peak, held)
    closed_by_server = sum(1 for reader, _ in conns if reader.at_eof())
    print(f"RSS with {len(conns)} held:  {held / 1024:8.1f} MB (peak while held {peak / 1024:.1f} MB, "
          f"+{(held - before) / 1024:.1f} MB, {(held - before) / max(len(conns), 1):.2f} kB a connection)")
    print(f"established on the server's port (ss): {established}")
    print(f"/healthz while held:   {sum(healthz)}/{len(healthz)} answered 200")
    print(f"closed by the server while held: {closed_by_server}")

    for _, writer in conns:
        writer.close()
    await asyncio.sleep(3)
    after = rss_kb(pid)
    print(f"RSS after closing:     {after / 1024:8.1f} MB (VmHWM {rss_kb(pid, 'VmHWM') / 1024:.1f} MB)")
    ok = failures == 0 and closed_by_server == 0 and healthz and all(healthz) and held < 150 * 1024
    print(f"RESULT: {'PASS' if ok else 'FAIL'} (all opened, none closed, /healthz answered, RSS held < 150 MB)")
    return 0 if ok else 1


if __name__ == "__main__":
    pid, port = int(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    hold = float(sys.argv[4]) if len(sys.argv) > 4 else 10
    sys.exit(asyncio.run(main(pid, port, count, hold)))
