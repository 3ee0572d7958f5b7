#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's screenshots from the real application, against a private sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
# Arguments go to the tool: `--theme dark` writes the dark theme's to docs/screenshots/dark.
build/bin/partnero-screenshots "$@"
