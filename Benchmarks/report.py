#!/usr/bin/env python3
"""Turns bench-http.sh's results.tsv into the results table, the ratio table and the target check."""
import csv
import os
import statistics
import sys
from collections import defaultdict

RG = "renewal-guide"
# Rows where other processes used more than this share of the CPU are flagged (see bench-http.sh).
OTHER_CPU_LIMIT = float(os.environ.get("OTHER_CPU_LIMIT", "5"))
CALL_PATHS = {
    "healthz": "GET /healthz", "guide": "GET /guide/allsoft", "identify": "POST /identify", "page": "GET /",
    "page-answer": "GET /?q=注文番号: 22122857",
}


def main(results_path, header_path=None):
    rows = list(csv.DictReader(open(results_path), delimiter="\t"))
    cases = defaultdict(list)  # (server, call, conns) -> rows
    servers, calls, conns_list = [], [], []
    for row in rows:
        for key, seen in (("server", servers), ("call", calls), ("conns", conns_list)):
            if row[key] not in seen:
                seen.append(row[key])
        cases[(row["server"], row["call"], row["conns"])].append(row)
    conns_list.sort(key=int)
    order = [s for s in [RG, RG + "-warning", "hummingbird", "flyingfox", "nginx"] if s in servers]
    order += [s for s in servers if s not in order]

    def mean(case, field):
        values = [float(r[field]) for r in cases[case] if r[field] not in ("", "nan")]
        return statistics.mean(values) if values else float("nan")

    def per_round(case, field):
        return {r["round"]: float(r[field]) for r in cases[case]}

    if header_path:
        print(open(header_path).read().rstrip())
        print()
    print("| server | call | conns | req/s | p50 ms | p99 ms | peak RSS MB | errors, notes | rounds |")
    print("|---|---|---:|---:|---:|---:|---:|---|---:|")
    for call in calls:
        for conns in conns_list:
            for server in order:
                case = (server, call, conns)
                if case not in cases:
                    continue
                errors = []
                for r in cases[case]:
                    if r["non2xx"] not in ("0", ""):
                        errors.append(f"r{r['round']}: {r['non2xx']} non-2xx")
                    if r["socket_errors"] not in ("-", ""):
                        errors.append(f"r{r['round']}: socket {r['socket_errors']}")
                    if r["exit"] not in ("0", "143") and server != "nginx":
                        errors.append(f"r{r['round']}: exit {r['exit']}")
                    other = float(r.get("other_cpu_pct") or 0)
                    if other > OTHER_CPU_LIMIT:
                        errors.append(f"r{r['round']}: other CPU {other:.0f} %")
                peak = max(int(r["peak_kb"]) for r in cases[case]) / 1024
                print(
                    f"| {server} | {CALL_PATHS.get(call, call)} | {conns} | {mean(case, 'rps'):,.0f} | "
                    f"{mean(case, 'p50_ms'):.2f} | {mean(case, 'p99_ms'):.2f} | {peak:.1f} | "
                    f"{'; '.join(errors) or 'none'} | {len(cases[case])} |"
                )
    print()
    print("Ratios: renewal-guide ÷ peer, from the means above; [min–max over rounds, each round's own ratio].")
    print("req/s: higher is better for renewal-guide; p99: lower is better (renewal-guide p99 ÷ peer p99).")
    print()
    print("| renewal-guide variant | call | conns | peer | req/s ratio | p99 ratio |")
    print("|---|---|---:|---|---:|---:|")
    checks = []
    for variant in [s for s in (RG, RG + "-warning") if s in servers]:
        for call in calls:
            for conns in conns_list:
                mine = (variant, call, conns)
                if mine not in cases:
                    continue
                for peer in order:
                    if peer.startswith(RG):
                        continue
                    theirs = (peer, call, conns)
                    if theirs not in cases:
                        continue
                    rps_ratio = mean(mine, "rps") / mean(theirs, "rps")
                    p99_ratio = mean(mine, "p99_ms") / mean(theirs, "p99_ms")
                    a, b = per_round(mine, "rps"), per_round(theirs, "rps")
                    rounds = [a[k] / b[k] for k in a if k in b and b[k] > 0]
                    spread = f" [{min(rounds):.2f}–{max(rounds):.2f}]" if len(rounds) > 1 else ""
                    print(
                        f"| {variant} | {CALL_PATHS.get(call, call)} | {conns} | {peer} | "
                        f"{rps_ratio:.2f}×{spread} | {p99_ratio:.2f} |"
                    )
                    if variant == RG and peer == "hummingbird":
                        checks.append((f"{call} c{conns}: req/s ≥ 1.5× Hummingbird", rps_ratio >= 1.5, f"{rps_ratio:.2f}×"))
                        checks.append((f"{call} c{conns}: p99 ≤ Hummingbird's", p99_ratio <= 1.0, f"{p99_ratio:.2f}"))
                    if variant == RG and peer == "nginx" and call == "healthz":
                        checks.append((f"healthz c{conns}: req/s ≥ 0.8× nginx", rps_ratio >= 0.8, f"{rps_ratio:.2f}×"))
    # The page has no peer: it is measured against renewal-guide's own GET /guide/allsoft.
    for variant in [s for s in (RG, RG + "-warning") if s in servers]:
        for call in ("page", "page-answer"):
            for conns in conns_list:
                mine, guide = (variant, call, conns), (variant, "guide", conns)
                if mine not in cases or guide not in cases:
                    continue
                ratio = mean(mine, "rps") / mean(guide, "rps")
                print(f"| {variant} | {CALL_PATHS[call]} | {conns} | its GET /guide/allsoft | {ratio:.2f}× | "
                      f"{mean(mine, 'p99_ms') / mean(guide, 'p99_ms'):.2f} |")
    if checks:
        print()
        print("| target (renewal-guide at its default log level) | result | measured |")
        print("|---|---|---:|")
        for name, ok, value in checks:
            print(f"| {name} | {'met' if ok else 'MISSED'} | {value} |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
