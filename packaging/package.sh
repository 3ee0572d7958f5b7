#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from ./build (building first when needed) and checks it:
# build/partnero-console_<version>_<arch>.deb. Install it with
#   sudo apt-get install ./build/partnero-console_*.deb
# --no-build: ./build was just built by packaging/build.sh (run-tests.sh), so the dependency
# check and configure step are not repeated; cpack still builds whatever is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != --no-build ]; then
  bash packaging/build.sh
fi
# One package in build/, so the name above and check-package.sh find it.
rm -f build/partnero-console_*.deb
# cpack installs into build/_CPack_Packages, strips the programs and asks dpkg-shlibdeps for
# the libraries they link; its progress lines are noise unless it fails.
if ! (cd build && cpack -G DEB >cpack.log 2>&1); then
  cat build/cpack.log >&2
  exit 1
fi
bash packaging/check-package.sh
