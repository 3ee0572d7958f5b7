# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging: `cpack -G DEB` in the build folder writes partnero-console_<version>_<arch>.deb
# there, which `apt-get install ./partnero-console_*.deb` installs on Debian 12 with everything
# it needs. packaging/check-package.sh checks what it holds and declares.
set(CPACK_PACKAGE_NAME partnero-console)
set(CPACK_PACKAGE_VENDOR "Partnero Console developers")
set(CPACK_PACKAGE_CONTACT "maintainers@example.invalid")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for Partnero affiliate and referral programs")
set(CPACK_PACKAGE_DESCRIPTION
  "Look customers up, fix their records, credit reward balances and send invites for Partnero \
affiliate and refer-a-friend programs, with every change kept in a local audit journal and the \
API key in the keychain. Includes partnero-sandbox, a local server that behaves like the \
Partnero API, for trying and practising without touching real customers.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PARTNERO_HOMEPAGE}")
# The build is RelWithDebInfo: stripped, the programs are a fraction of the size and carry no
# paths of the build machine.
set(CPACK_STRIP_FILES ON)

# The libraries the programs link (Qt, QtKeychain, the C++ runtime) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What is loaded at run time, which dpkg-shlibdeps cannot see:
set(_partnero_runtime_depends
  # QtKeychain opens libsecret with dlopen: without it every keychain job fails with
  # "Unknown error"
  libsecret-1-0
  # the Qt SQL drivers are plugins: SQLite for the journal and the customer index, PostgreSQL
  # for a team's shared store ("Driver not loaded" without them)
  libqt6sql6-sqlite libqt6sql6-psql
  # the SVG icon engine and image plugin (the window and desktop icon are SVG); the xcb
  # platform plugin is part of libqt6gui6, which the console links
  libqt6svg6
  # Qt's TLS plugin opens OpenSSL with dlopen; verifying a server needs the system's CAs
  libssl3 ca-certificates
  # without fonts every glyph is an empty box, with no error: Latin, Greek, Cyrillic, Arabic,
  # Hebrew (DejaVu) and CJK (WenQuanYi) names
  fontconfig fonts-dejavu-core fonts-wqy-microhei
  # Qt's own dialogs and messages in the person's language, beside the console's
  qt6-translations-l10n)
list(JOIN _partnero_runtime_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Native Wayland windows (without it the console runs through XWayland), and a Secret Service
# for the keychain (without one the console says what to start and can keep a key for the
# session only).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | keepassxc | libkf5wallet-bin")

set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
include(CPack)
