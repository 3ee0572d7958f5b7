# Packaging: `cpack -G DEB` in the build folder.
set(CPACK_PACKAGE_NAME partnero-console)
set(CPACK_PACKAGE_VENDOR "Partnero Console developers")
set(CPACK_PACKAGE_CONTACT "maintainers@example.invalid")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, fonts-dejavu-core, fonts-wqy-microhei, qt6-translations-l10n")
include(CPack)
