# Changing customers (create, edit, delete, suspend/approve, archive/restore) and the journal
# window. Included from ui/CMakeLists.txt.
target_sources(partnero_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bulkactiondialog.cpp ${CMAKE_CURRENT_LIST_DIR}/bulkactiondialog.h
  ${CMAKE_CURRENT_LIST_DIR}/changeerror.cpp ${CMAKE_CURRENT_LIST_DIR}/changeerror.h
  ${CMAKE_CURRENT_LIST_DIR}/changesummary.cpp ${CMAKE_CURRENT_LIST_DIR}/changesummary.h
  ${CMAKE_CURRENT_LIST_DIR}/createcustomerdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/createcustomerdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/customeractions.cpp ${CMAKE_CURRENT_LIST_DIR}/customeractions.h
  ${CMAKE_CURRENT_LIST_DIR}/customerformwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/customerformwidget.h
  ${CMAKE_CURRENT_LIST_DIR}/deletecustomerdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/deletecustomerdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/editcustomerdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/editcustomerdialog.h
  ${CMAKE_CURRENT_LIST_DIR}/fielderrorlabel.cpp ${CMAKE_CURRENT_LIST_DIR}/fielderrorlabel.h
  ${CMAKE_CURRENT_LIST_DIR}/fieldrules.cpp ${CMAKE_CURRENT_LIST_DIR}/fieldrules.h
  ${CMAKE_CURRENT_LIST_DIR}/journalwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/journalwindow.h
  ${CMAKE_CURRENT_LIST_DIR}/referringcustomerlookup.cpp ${CMAKE_CURRENT_LIST_DIR}/referringcustomerlookup.h
  ${CMAKE_CURRENT_LIST_DIR}/taglistedit.cpp ${CMAKE_CURRENT_LIST_DIR}/taglistedit.h
)
