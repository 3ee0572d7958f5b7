# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` and the package put where (GNUInstallDirs; the package's prefix is
# /usr). Only the two programs and their desktop files: tests, benchmarks, test helpers and the
# screenshot tool have no install rule, and packaging/check-package.sh fails if one appears.
include(GNUInstallDirs)

# Side by side in bin/: the console starts the sandbox from its own folder (--sandbox).
install(TARGETS partnero-console partnero-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# One reverse-DNS id names the desktop entry, the metainfo and the icon, and is the console's
# desktop file name (app/main.cpp), so desktops match its windows to the entry.
set(PARTNERO_APP_ID io.partnero.Console)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${PARTNERO_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${PARTNERO_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${PARTNERO_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The console's translations are compiled into the executable (qt_add_translations, read from
# :/i18n), so there is nothing to install for them; Qt's own come from qt6-translations-l10n.

# Debian keeps the licence in the copyright file; the user guide and the sandbox's reference
# are read offline.
set(_partnero_docdir ${CMAKE_INSTALL_DATADIR}/doc/partnero-console)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${_partnero_docdir})
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/sandbox.md
        DESTINATION ${_partnero_docdir})

# systemd user units that refresh a profile's customer index on a timer (the README's
# "Exporting and indexing from the command line"). In lib/systemd/user under the prefix,
# where systemd looks for units a package installs.
# The service names the installed program by its full path, and the prefix is only known when
# installing (cpack installs under /usr, a build is configured for /usr/local): the unit is
# written then, from the prefix of that install.
install(CODE "
  set(PARTNERO_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(PARTNERO_DOCDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/doc/partnero-console\")
  configure_file(\"${PROJECT_SOURCE_DIR}/packaging/systemd/partnero-console-sync@.service.in\"
                 \"${PROJECT_BINARY_DIR}/systemd/partnero-console-sync@.service\" @ONLY)
")
install(FILES ${PROJECT_BINARY_DIR}/systemd/partnero-console-sync@.service
              ${PROJECT_SOURCE_DIR}/packaging/systemd/partnero-console-sync@.timer
        DESTINATION lib/systemd/user)
