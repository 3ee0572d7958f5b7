# Referral tree, stats and balance (issue 6, read side). Included by tests/ui/CMakeLists.txt.
# The model test needs no sandbox: its loaders are an in-memory tree.
partnero_add_test(tst_referraltreemodel
  SOURCES tst_referraltreemodel.cpp referraltreefake.h
  LIBS partnero_models LABEL ui)
target_include_directories(tst_referraltreemodel PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
