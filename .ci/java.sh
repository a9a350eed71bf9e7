#!/usr/bin/env bash
# A Java runtime (17+) for the Spark tests (tests/scale, marked `spark`); the machine image
# normally has one.
exec bash "$(dirname "$0")/debian.sh" java openjdk-17-jre-headless
