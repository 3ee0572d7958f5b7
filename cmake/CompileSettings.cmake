# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the project's compile settings; every target links it.
add_library(partnero_settings INTERFACE)
# Includes are written from the project root ("app/api/apiclient.h", "ui/browse/customerpage.h"),
# so every include line shows the layer it crosses.
target_include_directories(partnero_settings INTERFACE ${PROJECT_SOURCE_DIR})
target_compile_features(partnero_settings INTERFACE cxx_std_17)
target_compile_options(partnero_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual)
# Off for people, so that a newer compiler's new warning does not stop a local build; the ci
# preset (packaging/build.sh, packaging/run-tests.sh) turns it on so that no warning lands.
option(PARTNERO_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
if(PARTNERO_WARNINGS_AS_ERRORS)
  target_compile_options(partnero_settings INTERFACE -Werror)
endif()
target_compile_definitions(partnero_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  # Qt 6.4's spelling: anything deprecated up to 6.4 does not compile.
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  PARTNERO_VERSION="${PROJECT_VERSION}")
