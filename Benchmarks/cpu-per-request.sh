#!/usr/bin/env bash
# Server CPU time per request: what the access log costs, and how far renewal-guide is from nginx.
#
# Throughput on this shared 2-core machine swings by ±15 % from one minute to the next; the CPU a
# server spends per request swings much less, and it is what decides throughput when wrk and the
# server share the cores. For each round, each variant in turn: start it, warm up, run wrk for
# DURATION, and divide the server's CPU time (utime + stime from /proc, children included, so
# nginx's workers count) by the requests wrk completed.
#
# Variants: info (renewal-guide at its default level: one access-log line a request, to
# /dev/null), warning (--log-level warning: no access log), nginx (fixed /healthz, access log off).
#
# Environment: ROUNDS [5]  DURATION [5s]  CONNS [64]  THREADS [2]  CALL [/healthz]
#   VARIANTS ["info warning nginx"]  BUILD [1]
#   BASELINE [unset]: another renewal-guide binary (an earlier commit's release build) for the
#     variant "baseline", at the default level, to state before and after from the same run:
#     BASELINE=/tmp/old/renewal-guide VARIANTS="info baseline" make bench-cpu
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require wrk curl

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5s}
CONNS=${CONNS:-64}
THREADS=${THREADS:-2}
CALL=${CALL:-/healthz}
VARIANTS=${VARIANTS:-"info warning nginx"}
if [[ " $VARIANTS " == *" baseline "* ]] && [ ! -x "${BASELINE:-}" ]; then
    echo "the variant baseline needs BASELINE=<a renewal-guide binary>" >&2
    exit 1
fi
OUT=$(mktemp -d /tmp/cpu-per-request.XXXXXX)
raise_fd_limit 65536
NEED_PEERS=0 build_all "$OUT/bin"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
CLK_TCK=$(getconf CLK_TCK)

SERVER_PID=""
trap '[ -z "$SERVER_PID" ] || stop_pid "$SERVER_PID"' EXIT

start() { # start VARIANT PORT: sets SERVER_PID
    case $1 in
        info) "$OUT/bin/renewal-guide" serve --host 127.0.0.1 --port "$2" >/dev/null 2>&1 & ;;
        baseline) "${BASELINE:?BASELINE must name a renewal-guide binary}" serve --host 127.0.0.1 --port "$2" >/dev/null 2>&1 & ;;
        warning) "$OUT/bin/renewal-guide" serve --host 127.0.0.1 --port "$2" --log-level warning >/dev/null 2>&1 & ;;
        nginx)
            mkdir -p "$OUT/nginx"
            sed "s/127\.0\.0\.1:18184/127.0.0.1:$2/" "$BENCH_DIR/nginx.conf" >"$OUT/nginx.conf"
            "$NGINX" -p "$OUT/nginx/" -c "$OUT/nginx.conf" -e stderr >/dev/null 2>&1 &
            ;;
    esac
    SERVER_PID=$!
}

RESULTS="$OUT/results.tsv"
port=18400
for ((round = 1; round <= ROUNDS; round++)); do
    for variant in $VARIANTS; do
        [ "$variant" != nginx ] || [ "$CALL" = /healthz ] || continue
        port=$(free_port $((port + 1)))
        start "$variant" "$port"
        wait_ready "http://127.0.0.1:$port/healthz" 20 || { log "$variant did not start"; exit 1; }
        url="http://127.0.0.1:$port$CALL"
        wrk -t"$THREADS" -c"$CONNS" -d1s "$url" >/dev/null 2>&1 || true
        before=$(proc_ticks "$SERVER_PID")
        requests=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" "$url" 2>&1 | awk '/requests in/ { print $1 }')
        after=$(proc_ticks "$SERVER_PID")
        stop_pid "$SERVER_PID"
        SERVER_PID=""
        us=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v n="${requests:-0}" \
            'BEGIN { if (n > 0) printf "%.2f", t / hz * 1e6 / n; else print "nan" }')
        printf '%s\t%s\t%s\t%s\n' "$round" "$variant" "${requests:-0}" "$us" >>"$RESULTS"
        log "$(printf 'round %d  %-8s %9s requests  %6s µs CPU a request' "$round" "$variant" "${requests:-0}" "$us")"
    done
done

echo
echo "# cpu-per-request $(date -u +%Y-%m-%dT%H:%M:%SZ), renewal-guide $(git -C "$ROOT_DIR" rev-parse --short HEAD)"
echo "# ROUNDS=$ROUNDS DURATION=$DURATION CONNS=$CONNS THREADS=$THREADS CALL=$CALL"
awk -F'\t' '
    { sum[$2] += $4; n[$2]++; if (!($2 in lo) || $4 < lo[$2]) lo[$2] = $4; if ($4 > hi[$2]) hi[$2] = $4
      if (!($2 in seen)) { seen[$2] = 1; order[++k] = $2 } }
    END {
        print "| variant | server CPU µs a request: mean [min–max] |"
        print "|---|---:|"
        for (i = 1; i <= k; i++) { v = order[i]; printf "| %s | %.2f [%.2f–%.2f] |\n", v, sum[v] / n[v], lo[v], hi[v] }
        if (n["info"] && n["warning"])
            printf "\naccess log (info over warning): %+.1f %% CPU a request\n", 100 * (sum["info"] / n["info"] / (sum["warning"] / n["warning"]) - 1)
        if (n["info"] && n["nginx"])
            printf "renewal-guide (info) over nginx: %.2f× CPU a request\n", (sum["info"] / n["info"]) / (sum["nginx"] / n["nginx"])
    }' "$RESULTS"
