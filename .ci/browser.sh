#!/usr/bin/env bash
# Install Debian's Chromium for the web application's browser tests (tests/web/test_web_browser.py),
# unless it is already there. Playwright drives it via executable_path; it never downloads a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
        echo "browser.sh: not root and no sudo: the browser tests will be skipped" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "browser.sh: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
