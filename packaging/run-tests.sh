#!/usr/bin/env bash
# Quick start (2): install, build and run every test, headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build -j"$jobs" --output-on-failure --timeout 600 -LE bench "$@"
