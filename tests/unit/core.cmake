# Unit tests of the non-network core: profiles, command line, journal.
# Included from tests/unit/CMakeLists.txt, so relative paths are tests/unit/.

# Dies right after a begin line, as a crash would; tst_journal runs it.
add_executable(journal_crash_helper journal_crash_helper.cpp)
target_link_libraries(journal_crash_helper PRIVATE partnero_journal partnero_settings)

partnero_add_test(tst_journal SOURCES tst_journal.cpp LIBS partnero_journal LABEL unit)
add_dependencies(tst_journal journal_crash_helper)
target_compile_definitions(tst_journal PRIVATE
  JOURNAL_CRASH_HELPER="$<TARGET_FILE:journal_crash_helper>")

partnero_add_test(tst_profilestore SOURCES tst_profilestore.cpp
  LIBS partnero_profiles partnero_credentials LABEL unit)
partnero_add_test(tst_commandline SOURCES tst_commandline.cpp LIBS partnero_profiles LABEL unit)
