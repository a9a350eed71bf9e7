#!/usr/bin/env bash
# Debian's Chromium for the web application's browser tests (tests/web/test_web_browser.py).
# Playwright drives it via executable_path; it never downloads a browser.
exec bash "$(dirname "$0")/debian.sh" /usr/bin/chromium chromium fonts-dejavu-core
