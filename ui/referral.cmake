# Referral tree page, stats and balance widgets (issue 6, read side). Included by
# ui/CMakeLists.txt.
target_sources(partnero_ui PRIVATE
  referralloader.cpp referralloader.h
  referraltreepage.cpp referraltreepage.h
  balancewidget.cpp balancewidget.h
  statswidget.cpp statswidget.h
)
