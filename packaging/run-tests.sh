#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start (2): install, build and run every test, headless (the ci preset: warnings are
# errors, benchmarks are left out), build and check the Debian package (packaging/package.sh),
# then every libFuzzer target for about two minutes in all (packaging/run-fuzzers.sh;
# PARTNERO_SKIP_FUZZ=1 leaves them out of a local run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j"$jobs" "$@"
# The package people install, from the same build: written and checked (what it holds and
# declares, desktop-file-validate, appstreamcli validate --no-net, the programs start).
SECONDS=0
bash packaging/package.sh --no-build
echo "Package step: ${SECONDS} s"
if [ "${PARTNERO_SKIP_FUZZ:-0}" != 1 ]; then
  bash packaging/run-fuzzers.sh
fi
