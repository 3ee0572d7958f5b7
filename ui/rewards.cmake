# Credits and invites: the credit form, bulk credits, invitations and bulk invitations.
target_sources(partnero_ui PRIVATE
  amountvalidator.cpp amountvalidator.h
  bulkcreditdialog.cpp bulkcreditdialog.h
  bulkinvitedialog.cpp bulkinvitedialog.h
  bulkinviterunner.cpp bulkinviterunner.h
  bulkrunstate.cpp bulkrunstate.h
  changeoutcome.h
  csvreader.cpp csvreader.h
  csvwriter.cpp csvwriter.h
  creditdialog.cpp creditdialog.h
  dialogparts.cpp dialogparts.h
  invitecsv.cpp invitecsv.h
  invitedialog.cpp invitedialog.h
  recentcredits.cpp recentcredits.h
)
