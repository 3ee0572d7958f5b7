# Credits and invitations, against a private sandbox each.
partnero_add_test(tst_creditdialog SOURCES tst_creditdialog.cpp rewardstest.h
                  LIBS partnero_ui LABEL ui NEEDS_SANDBOX TIMEOUT 120)

# A headless bulk invitation that can kill itself part-way, for the resume test.
add_executable(bulkinvite_helper bulkinvite_helper.cpp)
target_link_libraries(bulkinvite_helper PRIVATE partnero_ui)
partnero_add_test(tst_bulkinvite SOURCES tst_bulkinvite.cpp rewardstest.h
                  LIBS partnero_ui LABEL ui NEEDS_SANDBOX TIMEOUT 120)
add_dependencies(tst_bulkinvite bulkinvite_helper)
target_compile_definitions(tst_bulkinvite PRIVATE
  BULKINVITE_HELPER="$<TARGET_FILE:bulkinvite_helper>")

partnero_add_test(tst_bulkcredit SOURCES tst_bulkcredit.cpp rewardstest.h
                  LIBS partnero_ui LABEL ui NEEDS_SANDBOX TIMEOUT 120)
partnero_add_test(tst_invitedialog SOURCES tst_invitedialog.cpp rewardstest.h
                  LIBS partnero_ui LABEL ui NEEDS_SANDBOX TIMEOUT 120)
# No server: CSV, amounts, the bulk run's state file, the recent-credit check.
partnero_add_test(tst_rewardsunits SOURCES tst_rewardsunits.cpp LIBS partnero_ui LABEL ui)
