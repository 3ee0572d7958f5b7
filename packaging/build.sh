#!/usr/bin/env bash
# Installs what is missing, then configures and builds Partnero Console in ./build (Ninja, ccache).
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout, so a second clone or worktree reuses the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
bash packaging/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build -j"$jobs"
