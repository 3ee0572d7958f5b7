# Tests of the changes area: create/edit/delete/status dialogs and actions against a private
# sandbox, the journal model and window, and a process killed mid-request.
# Included from tests/ui/CMakeLists.txt, so relative paths are tests/ui/.

foreach(name tst_changes_affiliate tst_changes_referral)
  partnero_add_test(${name} SOURCES ${name}.cpp changestest.h LIBS partnero_ui
                    LABEL ui NEEDS_SANDBOX TIMEOUT 120)
endforeach()

# Sends a change and waits to be killed; tst_journal_kill runs it.
add_executable(changes_kill_helper changes_kill_helper.cpp)
target_link_libraries(changes_kill_helper PRIVATE partnero_session partnero_settings)
partnero_add_test(tst_journal_kill SOURCES tst_journal_kill.cpp changestest.h LIBS partnero_ui
                  LABEL ui NEEDS_SANDBOX TIMEOUT 120)
add_dependencies(tst_journal_kill changes_kill_helper)
target_compile_definitions(tst_journal_kill PRIVATE
  CHANGES_KILL_HELPER="$<TARGET_FILE:changes_kill_helper>")

partnero_add_test(tst_journalmodel SOURCES tst_journalmodel.cpp LIBS partnero_journal LABEL unit)
partnero_add_test(tst_journalwindow SOURCES tst_journalwindow.cpp LIBS partnero_ui LABEL ui)
partnero_add_test(tst_customerforms SOURCES tst_customerforms.cpp LIBS partnero_ui LABEL ui)
