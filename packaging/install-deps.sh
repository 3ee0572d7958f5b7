#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian package that building, testing and running Partnero Console needs.
# Idempotent: when everything is present it prints nothing and touches nothing.
set -euo pipefail

packages=(
  # build (qt6-base-dev has the Qt SQL headers and CMake files)
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  libgl-dev libqt6opengl6-dev
  # the libFuzzer targets (packaging/run-fuzzers.sh): clang and its sanitizer and libFuzzer
  # runtimes, which clang only recommends
  clang libclang-rt-dev
  # run time: QtKeychain loads libsecret at run time without depending on it; the fonts
  # cover Latin, Greek, Cyrillic, Arabic, Hebrew (DejaVu) and CJK (WenQuanYi) names
  libsecret-1-0 libqt6svg6 fonts-dejavu-core fonts-wqy-microhei fontconfig
  # the journal's SQLite driver and a team's PostgreSQL driver, Qt plugins loaded at run time
  # ("Driver not loaded" without)
  libqt6sql6-sqlite libqt6sql6-psql
  # Qt's own dialogs and messages in German beside ours
  qt6-translations-l10n
  # tests and screenshots: headless display, a real Secret Service
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  # tests through real proxies on loopback, each started by its test (no system service):
  # tinyproxy (HTTP with BasicAuth) and microsocks (SOCKS5 with a user and password)
  tinyproxy microsocks
  # tests of the shared store: a real PostgreSQL server each test starts in a temporary
  # folder (pg_trgm is part of it), psql, and openssl for its test certificates
  postgresql postgresql-client openssl
  # the package (packaging/package.sh): dpkg-shlibdeps finds the libraries the programs link,
  # then the desktop entry and the AppStream metainfo are validated
  dpkg-dev desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet.
if ! apt-cache policy qt6-base-dev 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  $sudo apt-get update -qq
fi
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

# Debian starts tinyproxy as a system service when it is installed. The tests run their own
# instance on a free port, so a proxy this script installed is not left running; one that was
# there before is left as it was.
if [[ " ${missing[*]} " == *" tinyproxy "* ]] && [ -d /run/systemd/system ]; then
  $sudo systemctl disable --now tinyproxy.service >/dev/null 2>&1 || true
fi
# The same for the cluster Debian creates and starts with the postgresql package: the tests
# never use it.
if [[ " ${missing[*]} " == *" postgresql "* ]] && [ -d /run/systemd/system ]; then
  $sudo systemctl disable --now postgresql.service >/dev/null 2>&1 || true
fi
