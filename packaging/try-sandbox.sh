#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start (1): install, build, start the bundled sandbox and open the console on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: run this from a desktop session (or set DISPLAY)." >&2
  exit 1
fi
exec build/bin/partnero-console --sandbox "$@"
