# Tests of the changes area: create/edit/delete/status dialogs and actions against a private
# sandbox, the journal model and window, and a process killed mid-request.
# Included from tests/ui/CMakeLists.txt, so relative paths are tests/ui/.

foreach(name tst_changes_affiliate)
  partnero_add_test(${name} SOURCES ${name}.cpp changestest.h LIBS partnero_ui
                    LABEL ui NEEDS_SANDBOX TIMEOUT 120)
endforeach()
