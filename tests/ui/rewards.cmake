# Credits and invitations, against a private sandbox each.
partnero_add_test(tst_creditdialog SOURCES tst_creditdialog.cpp rewardstest.h
                  LIBS partnero_ui LABEL ui NEEDS_SANDBOX TIMEOUT 120)
