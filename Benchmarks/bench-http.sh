#!/usr/bin/env bash
# make bench-http: renewal-guide against its peers (Hummingbird, FlyingFox) and nginx's fixed
# /healthz, with wrk on loopback. Each (server, call, connections) case gets a fresh server:
# start, wait for /healthz, warm up, measure for DURATION, read the peak RSS (VmHWM), stop.
# Rounds alternate the server order. Prints one results table and one ratio table.
#
# wrk and the server share this machine's cores, so absolute figures mean little: compare
# ratios from the same run only.
#
# Environment (defaults in brackets):
#   ROUNDS [2]  DURATION [10s]  WARMUP [2s]  CONNS ["64 256"]  THREADS [2]
#   SERVERS ["renewal-guide renewal-guide-warning hummingbird flyingfox nginx"]
#   CALLS ["healthz guide identify page page-answer"]  BASE_PORT [18200]  BUILD [1: 0 uses the last release builds]
#   OUT [a new temp dir]: where raw wrk output, server stderr and results.tsv go.
#   BASELINE [unset]: another renewal-guide binary (an earlier commit's release build), run as the
#     server "baseline" at its default log level, so that before and after come from the same run:
#     BASELINE=/tmp/old/renewal-guide SERVERS="renewal-guide baseline" make bench-http
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require wrk curl

ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
CONNS=${CONNS:-"64 256"}
THREADS=${THREADS:-2}
SERVERS=${SERVERS:-"renewal-guide renewal-guide-warning hummingbird flyingfox nginx"}
CALLS=${CALLS:-"healthz guide identify page page-answer"}
BASE_PORT=${BASE_PORT:-18200}
OUT=${OUT:-$(mktemp -d /tmp/bench-http.XXXXXX)}
mkdir -p "$OUT/bin" "$OUT/raw"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [[ " $SERVERS " == *" baseline "* ]] && [ ! -x "${BASELINE:-}" ]; then
    echo "the server baseline needs BASELINE=<a renewal-guide binary>" >&2
    exit 1
fi
if [[ " $SERVERS " == *" nginx "* ]] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    echo "nginx is missing: apt-get install nginx-light" >&2
    exit 1
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
raise_fd_limit 65536

NEED_PEERS=0
[[ " $SERVERS " == *" hummingbird "* || " $SERVERS " == *" flyingfox "* ]] && NEED_PEERS=1
build_all "$OUT/bin"

SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then stop_pid "$SERVER_PID"; fi
}
trap cleanup EXIT

path_of() {
    case $1 in
        healthz) echo /healthz ;;
        guide) echo /guide/allsoft ;;
        identify) echo /identify ;;
        page) echo / ;;
        page-answer) echo "/?q=%E6%B3%A8%E6%96%87%E7%95%AA%E5%8F%B7%3A%2022122857" ;;
    esac
}

supports() { # supports SERVER CALL: nginx serves /healthz only, the peers have no page
    case $2 in
        healthz) true ;;
        page | page-answer) [ "${1#renewal-guide}" != "$1" ] || [ "$1" = baseline ] ;;
        *) [ "$1" != nginx ] ;;
    esac
}

# start_server NAME PORT ERRFILE: sets SERVER_PID.
start_server() {
    local name=$1 port=$2 err=$3
    case $name in
        renewal-guide)
            SWIFT_BACKTRACE="enable=yes,interactive=no,output-to=$OUT/crash-$name-$port.txt" \
                "$OUT/bin/renewal-guide" serve --host 127.0.0.1 --port "$port" >/dev/null 2>"$err" &
            ;;
        baseline)
            "${BASELINE:?BASELINE must name a renewal-guide binary}" serve --host 127.0.0.1 --port "$port" \
                >/dev/null 2>"$err" &
            ;;
        renewal-guide-warning)
            SWIFT_BACKTRACE="enable=yes,interactive=no,output-to=$OUT/crash-$name-$port.txt" \
                "$OUT/bin/renewal-guide" serve --host 127.0.0.1 --port "$port" --log-level warning >/dev/null 2>"$err" &
            ;;
        hummingbird) "$OUT/bin/HummingbirdPeer" --port "$port" >/dev/null 2>"$err" & ;;
        flyingfox) "$OUT/bin/FlyingFoxPeer" --port "$port" >/dev/null 2>"$err" & ;;
        nginx)
            mkdir -p "$OUT/nginx"
            sed "s/127\.0\.0\.1:18184/127.0.0.1:$port/" "$BENCH_DIR/nginx.conf" >"$OUT/nginx.conf"
            "$NGINX" -p "$OUT/nginx/" -c "$OUT/nginx.conf" -e stderr >/dev/null 2>"$err" &
            ;;
    esac
    SERVER_PID=$!
}

# peak_kb PID: VmHWM of the process plus its children (nginx's workers).
peak_kb() {
    local total child
    total=$(status_kb "$1" VmHWM)
    for child in $(pgrep -P "$1" 2>/dev/null || true); do
        total=$((total + $(status_kb "$child" VmHWM)))
    done
    echo "$total"
}

to_ms() { # wrk latency ("812.00us", "1.23ms", "1.01s") in ms
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
        else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.3f", v * 60000 }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
        else printf "nan" }'
}

# The machine is shared: anything else using the CPU during a measurement (a build, tests)
# skews it. "other CPU %" is the busy CPU time in /proc/stat that neither the server nor wrk
# used, as a share of all cores over the run; rows above OTHER_CPU_LIMIT (5) are flagged.
CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)
cpu_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

run_wrk() { # run_wrk CONNS DURATION URL CALL OUTFILE
    local args=(-t"$THREADS" -c"$1" -d"$2" --latency --timeout 5s)
    [ "$4" = identify ] && args+=(-s "$BENCH_DIR/identify.lua")
    local TIMEFORMAT='%R %U %S'
    { time wrk "${args[@]}" "$3" >"$5" 2>&1 || true; } 2>"$5.time"
}

check_call() { # check_call URL CALL: the HTTP status of one request
    if [ "$2" = identify ]; then
        curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
            --data '{"query":"22122857"}' "$1" || true
    else
        curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true
    fi
}

RESULTS="$OUT/results.tsv"
printf 'round\tserver\tcall\tconns\trps\tp50_ms\tp99_ms\tpeak_kb\tnon2xx\tsocket_errors\trequests\texit\tother_cpu_pct\n' >"$RESULTS"

{
    echo "# bench-http $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "# renewal-guide: $(git -C "$ROOT_DIR" rev-parse --short HEAD)$(git -C "$ROOT_DIR" diff --quiet -- Sources Package.swift || echo ' +uncommitted changes in Sources')"
    echo "# host: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
    echo "# ROUNDS=$ROUNDS DURATION=$DURATION WARMUP=$WARMUP CONNS=\"$CONNS\" THREADS=$THREADS"
} >"$OUT/header.txt"
cat "$OUT/header.txt" >&2

port=$BASE_PORT
anomalies=0
read -r -a server_list <<<"$SERVERS"
for ((round = 1; round <= ROUNDS; round++)); do
    order=("${server_list[@]}")
    if ((round % 2 == 0)); then
        order=()
        for ((i = ${#server_list[@]} - 1; i >= 0; i--)); do order+=("${server_list[i]}"); done
    fi
    log "round $round/$ROUNDS: ${order[*]}"
    for server in "${order[@]}"; do
        for call in $CALLS; do
            supports "$server" "$call" || continue
            for conns in $CONNS; do
                port=$(free_port $((port + 1)))
                tag="r$round-$server-$call-c$conns"
                err="$OUT/raw/$tag.stderr"
                start_server "$server" "$port" "$err"
                if ! wait_ready "http://127.0.0.1:$port/healthz" 20; then
                    log "$server did not start on port $port; stderr:"
                    cat "$err" >&2
                    exit 1
                fi
                url="http://127.0.0.1:$port$(path_of "$call")"
                status=$(check_call "$url" "$call")
                [ "$status" = 200 ] || { log "WARNING: $server $call answered $status"; anomalies=$((anomalies + 1)); }
                run_wrk "$conns" "$WARMUP" "$url" "$call" "$OUT/raw/$tag.warmup"
                busy0=$(cpu_busy_ticks)
                server0=$(proc_ticks "$SERVER_PID")
                run_wrk "$conns" "$DURATION" "$url" "$call" "$OUT/raw/$tag.wrk"
                busy1=$(cpu_busy_ticks)
                server1=$(proc_ticks "$SERVER_PID")
                read -r wall wrk_user wrk_sys <"$OUT/raw/$tag.wrk.time"
                foreign=$(awk -v b=$((busy1 - busy0)) -v s=$((server1 - server0)) -v hz="$CLK_TCK" -v n="$NCPU" \
                    -v wall="$wall" -v u="$wrk_user" -v y="$wrk_sys" \
                    'BEGIN { o = (b - s) / hz - u - y; if (o < 0) o = 0; printf "%.1f", 100 * o / (wall * n) }')
                sleep 1 # let the server settle: a crash after the load shows up here
                peak=$(peak_kb "$SERVER_PID")
                alive=1
                kill -0 "$SERVER_PID" 2>/dev/null || alive=0
                stop_pid "$SERVER_PID"
                SERVER_PID=""
                exit_status=$STOP_RC
                [ "$alive" = 1 ] || exit_status="died:$STOP_RC"
                w="$OUT/raw/$tag.wrk"
                rps=$(awk '/^Requests\/sec:/ { print $2 }' "$w")
                p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$w")")
                p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$w")")
                requests=$(awk '/requests in/ { print $1 }' "$w")
                non2xx=$(awk -F': ' '/Non-2xx or 3xx responses/ { print $2 }' "$w")
                sockerr=$(awk '/Socket errors/ { sub(/.*Socket errors: /, ""); gsub(/ /, ""); print }' "$w")
                printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$server" "$call" "$conns" \
                    "${rps:-0}" "$p50" "$p99" "$peak" "${non2xx:-0}" "${sockerr:--}" "${requests:-0}" "$exit_status" "${foreign:-0}" >>"$RESULTS"
                log "$(printf '%-22s %-8s c%-4s %10s req/s  p50 %7s ms  p99 %7s ms  peak %6s MB  non2xx %s  sockerr %s  exit %s%s' \
                    "$server" "$call" "$conns" "${rps:-0}" "$p50" "$p99" "$((peak / 1024))" "${non2xx:-0}" "${sockerr:--}" "$exit_status" \
                    "  other CPU ${foreign}%")"
                if [ "${non2xx:-0}" != 0 ] || [ -n "$sockerr" ] || [ "$alive" = 0 ] \
                    || { [ "$exit_status" != 0 ] && [ "$exit_status" != 143 ] && [ "$server" != nginx ]; }; then
                    anomalies=$((anomalies + 1))
                    log "ANOMALY in $tag: see $w and $err"
                    grep -E 'Non-2xx|Socket errors' "$w" >&2 || true
                    for f in "$OUT"/crash-*-"$port".txt; do [ -e "$f" ] && { log "backtrace: $f"; cat "$f" >&2; }; done
                    [ -s "$err" ] && tail -50 "$err" >&2
                fi
            done
        done
    done
done

python3 "$BENCH_DIR/report.py" "$RESULTS" "$OUT/header.txt" | tee "$OUT/report.md"
echo
echo "Raw wrk output, server stderr and results.tsv: $OUT"
[ "$anomalies" = 0 ] || echo "ANOMALIES: $anomalies (see the log above)"
