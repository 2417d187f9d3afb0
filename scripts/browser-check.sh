#!/usr/bin/env bash
# The page at / in a real browser (Tests/Browser/page_test.py): Debian's Chromium with the Noto
# CJK fonts (without them every Japanese character is a box in the screenshots), driven by
# Playwright from PyPI, with axe-core from PyPI's axe-selenium-python. Installs what is missing
# (apt-get as root, after apt-get update; pip otherwise), then runs the test against the binary.
#
#   scripts/browser-check.sh [path/to/renewal-guide]     (default: .build/debug/renewal-guide)
#
# Screenshots at phone and desktop widths go to .build/screenshots/ (SCREENSHOTS to change it).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
CHECK=browser-check
source scripts/lib.sh

BINARY="${1:-.build/debug/renewal-guide}"
require_binary "$BINARY"

missing=()
for package in chromium fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ "$(id -u)" != 0 ]]; then
        echo "browser-check: missing ${missing[*]}; install them with:" >&2
        echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "browser-check: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pip_install_missing "playwright=playwright" "axe_selenium_python=axe-selenium-python"

python3 Tests/Browser/page_test.py "$BINARY" "${SCREENSHOTS:-.build/screenshots}"
