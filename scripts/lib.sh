# What the check scripts share: the binary to check, and the PyPI packages they need.
# Sourced by api-check.sh, browser-check.sh and mcp-check.sh, each of which sets CHECK to its name.

# require_binary PATH: stops with exit 2 when PATH is not an executable.
require_binary() {
    if [[ ! -x "$1" ]]; then
        echo "$CHECK: no executable at $1" >&2
        exit 2
    fi
}

# pip_install_missing MODULE=WHEEL...: installs with pip each wheel whose module does not import.
pip_install_missing() {
    local wheels=() pair
    for pair in "$@"; do
        python3 -c "import ${pair%%=*}" 2>/dev/null || wheels+=("${pair#*=}")
    done
    if ((${#wheels[@]})); then
        echo "$CHECK: installing ${wheels[*]}"
        python3 -m pip install --quiet "${wheels[@]}"
    fi
}
