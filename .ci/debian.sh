#!/usr/bin/env bash
# Usage: debian.sh PROBE PACKAGE...
# Install Debian PACKAGEs unless PROBE (an executable path, or a command name) is already there.
# Used by the CI scripts for what tests need from Debian (Chromium, a Java runtime).
set -euo pipefail
probe=$1; shift
if [ -x "$probe" ] || command -v "$probe" >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
        echo "debian.sh: no $probe, not root and no sudo: the tests that need it will be skipped" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
echo "debian.sh: installed $*"
