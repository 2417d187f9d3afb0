# Shared helpers for the benchmark scripts (sourced, not run).

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/.." && pwd)"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# require COMMAND...: stops with the apt-get line when a tool is missing, rather than measuring
# nothing (wrk missing once made a run print no figures and exit 0).
require() {
    local missing=() tool
    for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    if ((${#missing[@]})); then
        echo "missing ${missing[*]}: apt-get install -y ${missing[*]/nginx/nginx-light}" >&2
        exit 1
    fi
}

raise_fd_limit() {
    local want=${1:-65536}
    ulimit -Hn "$want" 2>/dev/null || true
    ulimit -n "$want" 2>/dev/null || ulimit -n "$(ulimit -Hn)"
}

# build_all: renewal-guide and the peers in release mode, one build at a time, niced.
# Then copies the binaries to $1, so a rebuild in the work tree cannot change them mid-run.
build_all() {
    local dest=$1
    if [ "${BUILD:-1}" = 1 ]; then
        log "building renewal-guide (release)"
        (cd "$ROOT_DIR" && nice -n 10 swift build -c release --product renewal-guide >&2)
        if [ "${NEED_PEERS:-1}" = 1 ]; then
            log "building the peers (release)"
            (cd "$BENCH_DIR" && nice -n 10 swift build -c release >&2)
        fi
    fi
    mkdir -p "$dest"
    # RENEWAL_GUIDE: another renewal-guide binary to measure (an earlier commit's release build),
    # to state before and after with the same script: RENEWAL_GUIDE=/tmp/old/renewal-guide BUILD=0
    if [ -n "${RENEWAL_GUIDE:-}" ]; then
        cp "$RENEWAL_GUIDE" "$dest/renewal-guide"
    else
        cp "$(cd "$ROOT_DIR" && swift build -c release --show-bin-path)/renewal-guide" "$dest/"
    fi
    if [ "${NEED_PEERS:-1}" = 1 ]; then
        local peers
        peers="$(cd "$BENCH_DIR" && swift build -c release --show-bin-path)"
        cp "$peers/HummingbirdPeer" "$peers/FlyingFoxPeer" "$dest/"
    fi
}

# wait_ready URL [seconds]: until a GET answers 200.
wait_ready() {
    local url=$1 limit=${2:-15} i
    for ((i = 0; i < limit * 20; i++)); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" 2>/dev/null)" = 200 ]; then
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# free_port START: the first port from START on that nothing listens on.
free_port() {
    local port=$1
    while ss -Htan "( sport = :$port )" 2>/dev/null | grep -q .; do port=$((port + 1)); done
    echo "$port"
}

# status_kb PID FIELD: a /proc/PID/status field (VmRSS, VmHWM) in kB, or 0.
status_kb() {
    awk -v f="$2:" '$1 == f { print $2; found = 1 } END { if (!found) print 0 }' "/proc/$1/status" 2>/dev/null || echo 0
}

# stop_pid PID: SIGTERM, then SIGKILL after 10 s. Sets STOP_RC to the exit status (call it
# directly, not in $(...): only this shell can wait for its children).
stop_pid() {
    local pid=$1 i
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    STOP_RC=0
    wait "$pid" 2>/dev/null || STOP_RC=$?
}

# proc_ticks PID: CPU time (utime + stime, in clock ticks) of PID and its children (nginx's workers).
proc_ticks() {
    local total=0 p t
    for p in "$1" $(pgrep -P "$1" 2>/dev/null || true); do
        t=$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{ print $12 + $13 }')
        total=$((total + ${t:-0}))
    done
    echo "$total"
}
