partnero_add_test(tst_connectiondialog
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_connectiondialog.cpp
  LIBS partnero_ui
  LABEL ui
  NEEDS_SANDBOX)

# The README's screenshots, from the real application (packaging/screenshots.sh runs it).
add_executable(partnero-screenshots ${CMAKE_CURRENT_SOURCE_DIR}/screenshots.cpp)
target_link_libraries(partnero-screenshots PRIVATE partnero_ui Qt6::Test partnero_settings)
add_dependencies(partnero-screenshots partnero-sandbox)
