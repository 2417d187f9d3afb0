#!/usr/bin/env python3
"""Issue 16's attacks against a release renewal-guide on loopback, each bounded in time and
connections, each on a fresh server. For every attack it prints the server's CPU-seconds, its peak
RSS, the p99 latency of /healthz probed every 25 ms (a new connection each, as an orchestrator
probes) while the attack runs, how soon RSS is back under 100 MB after it, and whether every
response read was complete and every drained request answered.

    python3 Benchmarks/hostile.py BINARY [ATTACK ...]

Targets (issue 16): /healthz p99 < 50 ms; peak RSS < 512 MB; RSS < 100 MB within 10 s after;
every drained request answered; every response complete.
"""

import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
BODY_LIMIT = 1_048_576


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, binary, extra=()):
        self.port = free_port()
        self.process = subprocess.Popen(
            [binary, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--log-level", "error", *extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 15
        while time.time() < deadline:
            try:
                status, _ = request(self.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", timeout=1)
                if status == 200:
                    return
            except OSError:
                time.sleep(0.05)
        raise SystemExit("the server did not become ready")

    @property
    def pid(self):
        return self.process.pid

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def read_response(sock):
    """Reads one response; returns (status, body, complete)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before a response head")
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(min(65536, length - len(body)))
        if not chunk:
            break
        body += chunk
    return status, body[:length], len(body) >= length, body[length:]


def request(port, payload, timeout=10):
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(payload)
        status, body, complete, _ = read_response(sock)
        if not complete:
            raise ConnectionError("short body")
        return status, body


def post(path, body, extra=""):
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def batch(item, limit=BODY_LIMIT):
    """A JSON batch of as many copies of `item` as fit under `limit` bytes (at most 1,000)."""
    entry = json.dumps({"query": item}, ensure_ascii=False).encode()
    count = min(1000, (limit - 2) // (len(entry) + 1))
    return b"[" + b",".join([entry] * count) + b"]"


def probe(port, stop, results):
    """Runs in its own process: the attackers' threads share one interpreter lock, and a probe
    waiting for it would measure Python, not the server."""
    latencies, failures = [], 0
    while not stop.is_set():
        started = time.perf_counter()
        try:
            status, _ = request(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout=5)
            failures += status != 200
        except OSError:
            failures += 1
        latencies.append((time.perf_counter() - started) * 1000)
        time.sleep(0.025)
    results.put((latencies, failures))


class Prober:
    """/healthz every 25 ms on a new connection, from another process."""

    def __init__(self, port):
        self.stop_event, self.results = multiprocessing.Event(), multiprocessing.Queue()
        self.process = multiprocessing.Process(target=probe, args=(port, self.stop_event, self.results))
        self.latencies, self.failures, self.stopped = [], 0, False

    def start(self):
        self.process.start()

    def stop(self):
        if not self.stopped:
            self.stopped = True
            self.stop_event.set()
            self.latencies, self.failures = self.results.get(timeout=30)
            self.process.join()

    def p99(self):
        ordered = sorted(self.latencies)
        return ordered[int(len(ordered) * 0.99)] if ordered else float("nan")


# Each attack takes the port and returns (note, complete: bool or None, answered "n/m" or None).

def attack_combining_marks(port):
    """Four connections, each pipelining three 1 MB batches of one letter and 999 combining marks."""
    body = batch("a" + "\u0301" * 999)
    results = []

    def client():
        with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
            sock.sendall(post("/identify", body) * 3)
            rest = b""
            for _ in range(3):
                status, _, complete, rest = read_response(RestSocket(sock, rest))
                results.append(status == 200 and complete)

    threads = [threading.Thread(target=client) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return f"{len(results)} answers of 12", all(results) and len(results) == 12, None


class RestSocket:
    """A socket that first yields bytes already read past the previous response."""

    def __init__(self, sock, rest):
        self.sock, self.rest = sock, rest

    def recv(self, size):
        if self.rest:
            chunk, self.rest = self.rest[:size], self.rest[size:]
            return chunk
        return self.sock.recv(size)


def attack_expansion_unread(port):
    """150 clients each send a 1 MB batch of U+FDFA (18 letters under NFKC) and never read."""
    body = post("/identify", batch("\ufdfa" * 300))
    sockets = []
    for _ in range(150):
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        try:
            sock.sendall(body)
        except OSError:
            pass
        sockets.append(sock)
    time.sleep(15)
    for sock in sockets:
        sock.close()
    return "150 clients, 15 s unread", None, None


def attack_large_bodies(port):
    """1,000 connections each send a body one byte short of its 1 MB Content-Length, then wait."""
    head = (f"POST /identify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {BODY_LIMIT}\r\n\r\n").encode()
    body = b"x" * (BODY_LIMIT - 1)
    sockets, lock = [], threading.Lock()

    def opener(count):
        for _ in range(count):
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=10)
                sock.sendall(head + body)
            except OSError:
                continue
            with lock:
                sockets.append(sock)

    threads = [threading.Thread(target=opener, args=(25,)) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    time.sleep(5)
    for sock in sockets:
        sock.close()
    return f"{len(sockets)} bodies sent", None, None


def attack_slow_reader(port):
    """A 1,000-item batch with its guides (each guide once since issue 27), read at 310 KB/s."""
    body = json.dumps([{"query": "22122857"}] * 1000).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        sock.sendall(post("/identify?include=guide", body))
        data, started = b"", time.time()
        while True:
            time.sleep(0.1)
            chunk = sock.recv(31_000)
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data:
                head, rest = data.split(b"\r\n\r\n", 1)
                length = int([line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")][0])
                if len(rest) >= length:
                    break
        head, rest = data.split(b"\r\n\r\n", 1)
        complete = len(rest) >= length
        return f"{len(rest) / 1e6:.1f} MB in {time.time() - started:.0f} s", complete, None


def attack_linger(port):
    """A batch with Connection: close, and the client goes on sending another body meanwhile."""
    body = batch("2CO.com*kaspersky 22122857", limit=400_000)
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(post("/identify", body, "Connection: close\r\n"))
        sock.sendall(f"POST /identify HTTP/1.1\r\nHost: x\r\nContent-Length: {BODY_LIMIT}\r\n\r\n".encode())
        sock.sendall(b"y" * 300_000)
        time.sleep(0.3)
        status, answer, complete, _ = read_response(sock)
        return f"{len(answer) / 1e3:.0f} kB answer", status == 200 and complete, None


def attack_drain(port, pid, prober_stop):
    """A costly batch in hand, 20 clients send a request, then SIGTERM: every one is answered."""
    costly = socket.create_connection(("127.0.0.1", port), timeout=30)
    costly.sendall(post("/identify", batch("\ufdfa" * 300)))
    clients = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(20)]
    for client in clients:
        client.sendall(b"GET /identify?q=22122857 HTTP/1.1\r\nHost: x\r\n\r\n")
    time.sleep(0.05)
    # Probes after the signal find the listener closed, as they should: stop probing first.
    prober_stop.set()
    time.sleep(0.05)
    os.kill(pid, signal.SIGTERM)
    answered, complete = 0, True
    for sock in [costly] + clients:
        try:
            status, _, whole, _ = read_response(sock)
            answered += status == 200
            complete &= whole
        except OSError:
            complete = False
        sock.close()
    return "SIGTERM with 21 in flight", complete, f"{answered}/21"


def looping(port, payload, clients=4, seconds=10):
    """`clients` connections each sending `payload` again and again for `seconds`: the largest
    answer seen, and how many were complete."""
    sizes, completes, lock = [], [], threading.Lock()
    deadline = time.time() + seconds

    def client():
        while time.time() < deadline:
            try:
                status, body = request(port, payload, timeout=30)
            except OSError:
                with lock:
                    completes.append(False)
                continue
            with lock:
                sizes.append(len(body))
                completes.append(status in (200, 400, 503))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    largest = max(sizes) if sizes else 0
    return f"{len(sizes)} answers, largest {largest / 1e6:.2f} MB", all(completes), None


def attack_page_render(port):
    """Issue 27: four clients looping GET /?q= with 673 lines of `kaspersky` (an 8 KB URL)."""
    query = "%0A".join(["kaspersky"] * 673)
    return looping(port, f"GET /?q={query} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())


def attack_page_form(port):
    """Issue 27: four clients looping POST / with a 16 KB form of statement lines."""
    form = ("q=" + "%0A".join(["KASPERSKYLAB+4980"] * 900)).encode()
    head = (f"POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(form)}\r\n\r\n").encode()
    return looping(port, head + form)


def attack_page_big_form(port):
    """Issue 27: one POST / with a 200 KB form of 20,000 lines: how large the page grows."""
    form = ("q=" + "%0A".join(["kaspersky"] * 20_000)).encode()
    head = (f"POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(form)}\r\n\r\n").encode()
    return looping(port, head + form, clients=2, seconds=5)


def attack_scan_repeated(port):
    """Issue 27: POST /scan with 20,000 identical matching lines: how large the answer grows."""
    body = "\n".join(["2025/04/03 KASPERSKYLAB 4,980"] * 20_000).encode()
    head = (f"POST /scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    return looping(port, head + body, clients=2, seconds=5)


def attack_batch_guides(port):
    """Issue 27: four clients looping a 1,000-item batch with `include=guide`: how large it grows."""
    body = json.dumps([{"query": "22122857"}] * 1000).encode()
    return looping(port, post("/identify?include=guide", body, extra="Connection: close\r\n"), clients=4, seconds=5)


def attack_slow_crowd(port):
    """Issue 27: 64 clients post the 20,000-line page form and read their answers 4 KB every 0.1 s
    for 10 s, then leave: what the server holds for them, and whether it gives it back."""
    form = ("q=" + "%0A".join(["kaspersky"] * 20_000)).encode()
    head = (f"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(form)}\r\n\r\n").encode()
    sockets, statuses = [], {}
    for _ in range(64):
        sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.sendall(head + form)
        sockets.append(sock)
    deadline = time.time() + 10
    first = {}
    while time.time() < deadline:
        for index, sock in enumerate(sockets):
            try:
                chunk = sock.recv(4096)
            except OSError:
                continue
            if index not in first and chunk:
                first[index] = chunk.split(b" ", 2)[1].decode()
        time.sleep(0.1)
    for sock in sockets:
        sock.close()
    for status in first.values():
        statuses[status] = statuses.get(status, 0) + 1
    return f"64 slow readers: {statuses}", None, None


def attack_header_row(port):
    """Issue 28: POST /scan whose CSV header row is one 900 KB field of `㌀` (each folds to several
    letters), then a row with the charge."""
    body = ("㌀" * 300_000 + ",店名,金額\n2025/05/03,KASPERSKYLAB,4980\n").encode()
    head = (f"POST /scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/csv\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    started = time.time()
    status, answer = request(port, head + body, timeout=60)
    found = b"allsoft" in answer
    return f"answered {status} in {time.time() - started:.2f} s", status == 200 and found, None


def attack_q_values(port):
    """Issue 28: four clients looping /identify with a 15 KB Accept-Language of many parameters."""
    value = ",".join(["en;" + ";".join(["a=b"] * 40)] * 90)[:15_000]
    payload = (f"GET /identify?q=22122857 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
               f"Accept-Language: {value}\r\n\r\n").encode()
    return looping(port, payload)


def attack_blank_rows(port):
    """Issue 28: a CSV of 15,000 rows with a blank line between each, its Kaspersky charge last."""
    rows = ["利用日,ご利用店名,利用金額", ""]
    rows += [f"2025/04/{day % 28 + 1},ローソン,{day % 900 + 100}\n" for day in range(14_999)]
    body = ("\n".join(rows) + "\n2025/05/03,KASPERSKYLAB,4980\n").encode()
    head = (f"POST /scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/csv\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    status, answer = request(port, head + body, timeout=60)
    found = b"allsoft" in answer
    return f"{status}, the last row's charge {'found' if found else 'LOST'}", status == 200 and found, None


def attack_drain_slow(port, pid, prober_stop):
    """Issue 28: ten slow scans queued (lines of `㌀`, slow to fold), then SIGTERM with a 0.1 s
    grace: each is answered, by its result or by a 503, never by a bare end of the connection."""
    body = "\n".join(["2025/04/03 " + "㌀" * 900] * 300).encode()
    head = (f"POST /scan HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    clients = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(10)]
    for client in clients:
        client.sendall(head + body)
    time.sleep(0.3)
    prober_stop.set()
    time.sleep(0.05)
    os.kill(pid, signal.SIGTERM)
    answered, statuses = 0, {}
    for sock in clients:
        try:
            status, _, whole, _ = read_response(sock)
            answered += whole
            statuses[status] = statuses.get(status, 0) + 1
        except OSError:
            statuses["EOF"] = statuses.get("EOF", 0) + 1
        sock.close()
    return f"SIGTERM with 10 scans in hand: {statuses}", answered == 10, f"{answered}/10"


SERVER_ARGS = {"drain-slow": ["--shutdown-grace", "0.1"]}

ATTACKS = {
    "combining-marks": attack_combining_marks,
    "expansion-unread": attack_expansion_unread,
    "large-bodies": attack_large_bodies,
    "slow-reader": attack_slow_reader,
    "linger": attack_linger,
    "drain": attack_drain,
    "page-render": attack_page_render,
    "page-form": attack_page_form,
    "page-big-form": attack_page_big_form,
    "scan-repeated": attack_scan_repeated,
    "batch-guides": attack_batch_guides,
    "slow-crowd": attack_slow_crowd,
    "header-row": attack_header_row,
    "q-values": attack_q_values,
    "blank-rows": attack_blank_rows,
    "drain-slow": attack_drain_slow,
}


def attack_process(name, port, pid, prober_stop, results):
    """Runs one attack niced: the attacker would be on another machine, not taking the server's
    cores; here it shares two of them, so it yields to the server and the probe."""
    os.nice(10)
    if name in ("drain", "drain-slow"):
        results.put(ATTACKS[name](port, pid, prober_stop))
    else:
        results.put(ATTACKS[name](port))


def run(binary, name):
    server = Server(binary, SERVER_ARGS.get(name, ()))
    prober = Prober(server.port)
    cpu_before = cpu_seconds(server.pid)
    rss_before = status_kb(server.pid, "VmRSS") / 1024
    prober.start()
    results = multiprocessing.Queue()
    attacker = multiprocessing.Process(
        target=attack_process, args=(name, server.port, server.pid, prober.stop_event, results))
    attacker.start()
    try:
        note, complete, answered = results.get(timeout=300)
    finally:
        attacker.join()
        prober.stop()
    alive = server.process.poll() is None
    cpu = cpu_seconds(server.pid) - cpu_before if alive else float("nan")
    peak = status_kb(server.pid, "VmHWM") / 1024 if alive else float("nan")
    back = "n/a"
    if alive:
        # Back means within 20 % of the level before the attack (or 8 MB, for a server that
        # started very small), within 10 s of its end.
        ceiling = max(rss_before * 1.2, rss_before + 8)
        for tenth in range(101):
            after = status_kb(server.pid, "VmRSS") / 1024
            if after <= ceiling:
                back = f"{rss_before:.0f}→{after:.0f} MB {tenth / 10:.1f} s"
                break
            time.sleep(0.1)
        else:
            back = f"no ({rss_before:.0f}→{after:.0f} MB at 10 s)"
    server.stop()
    verdict = [
        prober.p99() < 50, alive and peak < 512 or name.startswith("drain"), not back.startswith(("n/a", "no")) or name.startswith("drain"),
        complete is not False, answered in (None, "21/21", "10/10"),
    ]
    print(f"{name:17} {cpu:7.2f} {peak:8.0f} {prober.p99():9.1f} {prober.failures:6d} {back:>22} "
          f"{'-' if complete is None else ('yes' if complete else 'NO'):>9} {answered or '-':>8}  "
          f"{'ok' if all(verdict) else 'MISSED'}  {note}", flush=True)
    return all(verdict)


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    binary, names = sys.argv[1], sys.argv[2:] or list(ATTACKS)
    print(f"{'attack':17} {'CPU-s':>7} {'peak MB':>8} {'p99 ms':>9} {'fails':>6} {'RSS before→after':>22} "
          f"{'complete':>9} {'answered':>8}  verdict")
    results = [run(binary, name) for name in names]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
