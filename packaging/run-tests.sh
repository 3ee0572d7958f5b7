#!/usr/bin/env bash
# Quick start (2): install, build and run every test, headless (the ci preset: warnings are
# errors, benchmarks are left out).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j"$jobs" "$@"
