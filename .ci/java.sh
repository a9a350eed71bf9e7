#!/usr/bin/env bash
# Make sure a Java runtime (17+) is there for the Spark tests (tests/scale, marked `spark`);
# the machine image normally has one. Installs Debian's openjdk-17-jre-headless otherwise.
set -euo pipefail
if command -v java >/dev/null; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
        echo "java.sh: no java, not root and no sudo: the Spark tests will be skipped" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null
echo "java.sh: installed $(java -version 2>&1 | head -1)"
