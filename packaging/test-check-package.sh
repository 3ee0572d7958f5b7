#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that packaging/check-package.sh fails when it should: from a good package (default:
# the one in ./build) it makes spoiled copies, each with one fault a packaging change could
# bring, and expects the check to refuse each one with a sentence that names the fault.
#   test-check-package.sh [PACKAGE.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
good="${1:-$(ls build/partnero-console_*.deb)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

# spoil NAME EXPECTED-TEXT SHELL-CODE: SHELL-CODE changes the unpacked package in $pkg.
spoil() {
  local name="$1" expected="$2" code="$3" pkg="$work/$1"
  rm -rf "$pkg"
  dpkg-deb -R "$good" "$pkg"
  (cd "$pkg" && eval "$code")
  # gzip at its fastest: the content matters here, not the size
  dpkg-deb --root-owner-group -Zgzip -z1 -b "$pkg" "$work/$name.deb" >/dev/null
  if out="$(bash packaging/check-package.sh "$work/$name.deb" 2>&1)"; then
    echo "FAILED: the check accepted a package with $name"
    failed=1
  elif ! grep -qF -- "$expected" <<<"$out"; then
    echo "FAILED: the check refused a package with $name without saying \"$expected\":"
    echo "$out"
    failed=1
  else
    echo "refused, as it should be: $name"
  fi
}

spoil "no icon" "missing: /usr/share/icons/hicolor/scalable/apps/io.partnero.Console.svg" \
  'rm usr/share/icons/hicolor/scalable/apps/io.partnero.Console.svg'
spoil "a test program" "a test, benchmark, fuzzer or helper: /usr/bin/tst_journal" \
  'cp usr/bin/partnero-sandbox usr/bin/tst_journal'
spoil "a benchmark" "a test, benchmark, fuzzer or helper: /usr/bin/bench_index" \
  'cp usr/bin/partnero-sandbox usr/bin/bench_index'
spoil "the SQLite driver undeclared" "Depends does not declare libqt6sql6-sqlite" \
  'sed -i "s/libqt6sql6-sqlite, //" DEBIAN/control'
spoil "a linked library undeclared" "which Depends does not declare" \
  'sed -i -E "s/libqt6keychain1 \([^)]*\), //" DEBIAN/control'
spoil "a build path" "the build machine's folder $PWD is in" \
  "printf '%s\n' '$PWD/build/bin' >>usr/share/doc/partnero-console/README.md"
spoil "an invalid desktop entry" "desktop-file-validate" \
  'sed -i "s/^Type=Application/Type=Program/" usr/share/applications/io.partnero.Console.desktop'
spoil "a stale release" "the metainfo's newest release is" \
  'sed -i "s/<release version=\"[^\"]*\"/<release version=\"0.0.1\"/" usr/share/metainfo/io.partnero.Console.metainfo.xml'

exit "$failed"
