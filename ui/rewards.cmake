# Credits and invites: the credit form, bulk credits, invitations and bulk invitations.
target_sources(partnero_ui PRIVATE
  amountvalidator.cpp amountvalidator.h
  bulkinviterunner.cpp bulkinviterunner.h
  bulkrunstate.cpp bulkrunstate.h
  changeoutcome.h
  csvreader.cpp csvreader.h
  csvwriter.cpp csvwriter.h
  creditdialog.cpp creditdialog.h
  dialogparts.cpp dialogparts.h
  recentcredits.cpp recentcredits.h
)
