#!/usr/bin/env bash
# Quick start (2): install, build and run every test, headless (the ci preset: warnings are
# errors, benchmarks are left out), then every libFuzzer target for about two minutes in all
# (packaging/run-fuzzers.sh; PARTNERO_SKIP_FUZZ=1 leaves them out of a local run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j"$jobs" "$@"
if [ "${PARTNERO_SKIP_FUZZ:-0}" != 1 ]; then
  bash packaging/run-fuzzers.sh
fi
