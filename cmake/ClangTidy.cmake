# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --build build --target tidy` runs clang-tidy (.clang-tidy) over the project's own
# sources with build/compile_commands.json. Run it after a build: the sources include what
# moc and uic generate.
find_program(CLANG_TIDY_PROGRAM NAMES clang-tidy clang-tidy-14)
find_program(RUN_CLANG_TIDY_PROGRAM NAMES run-clang-tidy run-clang-tidy-14)
if(CLANG_TIDY_PROGRAM AND RUN_CLANG_TIDY_PROGRAM)
  cmake_host_system_information(RESULT _partnero_tidy_jobs QUERY NUMBER_OF_LOGICAL_CORES)
  # The project's headers, not Qt's nor the generated ones in the build folder.
  set(_partnero_tidy_headers "^${PROJECT_SOURCE_DIR}/(app|models|ui|tests)/([a-z]+/)*[a-z0-9_]+\\.h$")
  add_custom_target(tidy
    COMMAND ${RUN_CLANG_TIDY_PROGRAM}
            -p ${CMAKE_BINARY_DIR}
            -clang-tidy-binary ${CLANG_TIDY_PROGRAM}
            -j ${_partnero_tidy_jobs}
            -quiet
            -header-filter=${_partnero_tidy_headers}
            "^${PROJECT_SOURCE_DIR}/(app|models|ui|tests)/.*\\.cpp$"
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-tidy on the project's sources (.clang-tidy)"
    USES_TERMINAL
    VERBATIM)
else()
  message(STATUS "No clang-tidy: the tidy target is not available")
endif()
