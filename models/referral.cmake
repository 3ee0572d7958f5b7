# The referral tree model (issue 6, read side). Included by models/CMakeLists.txt.
target_sources(partnero_models PRIVATE
  referraltreemodel.cpp referraltreemodel.h
)
