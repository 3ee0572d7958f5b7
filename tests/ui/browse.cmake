# Customer browsing (issue 4): the main window, the customer page, the lookup and the detail
# dialog; and the window with every area wired in (tst_integration). Included by
# CMakeLists.txt.
partnero_add_test(tst_browsewidgets SOURCES tst_browsewidgets.cpp
  LIBS partnero_ui LABEL ui)
foreach(name tst_customerpage tst_customerlookup tst_customerdetail tst_mainwindow tst_integration)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${name}.cpp)
    partnero_add_test(${name} SOURCES ${name}.cpp browsetest.h
      LIBS partnero_ui LABEL ui NEEDS_SANDBOX TIMEOUT 120)
  endif()
endforeach()
