# Referral tree, stats and balance (issue 6, read side). Included by tests/ui/CMakeLists.txt.
# The model test needs no sandbox: its loaders are an in-memory tree.
partnero_add_test(tst_referraltreemodel
  SOURCES tst_referraltreemodel.cpp referraltreefake.h
  LIBS partnero_models LABEL ui)
target_include_directories(tst_referraltreemodel PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
# The model in a real QTreeView and the page, still without the network.
partnero_add_test(tst_referraltreeview
  SOURCES tst_referraltreeview.cpp referraltreefake.h
  LIBS partnero_ui LABEL ui)
target_include_directories(tst_referraltreeview PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

# The real loaders, the page and the widgets, each against a private sandbox.
foreach(name tst_referraltree_sandbox tst_statswidget tst_balancewidget)
  partnero_add_test(${name} SOURCES ${name}.cpp referraltest.h
                    LIBS partnero_ui LABEL ui NEEDS_SANDBOX TIMEOUT 120)
endforeach()
