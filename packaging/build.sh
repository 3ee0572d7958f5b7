#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, then configures and builds Partnero Console in ./build (Ninja,
# ccache) with the ci preset of CMakePresets.json: a warning fails the build, as in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout, so a second clone or worktree reuses the cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
bash packaging/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
# Configuring again is quick and changes nothing when nothing changed; it also turns warnings
# into errors in a build folder that was first configured without the preset.
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$jobs"
