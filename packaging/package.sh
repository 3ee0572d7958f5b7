#!/usr/bin/env bash
# Builds the Debian package from ./build (building first when needed) and checks it:
# build/partnero-console_<version>_<arch>.deb. Install it with
#   sudo apt-get install ./build/partnero-console_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
# One package in build/, so the name above and check-package.sh find it.
rm -f build/partnero-console_*.deb
# cpack installs into build/_CPack_Packages, strips the programs and asks dpkg-shlibdeps for
# the libraries they link; its progress lines are noise unless it fails.
if ! (cd build && cpack -G DEB >cpack.log 2>&1); then
  cat build/cpack.log >&2
  exit 1
fi
bash packaging/check-package.sh
