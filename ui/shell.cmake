# The start-up shell: the connection dialog and the controller that opens profiles.
target_sources(partnero_ui PRIVATE
  connectiondialog.cpp connectiondialog.h
  consolecontroller.cpp consolecontroller.h
  programkindtext.h
)
target_link_libraries(partnero_ui PUBLIC
  partnero_credentials partnero_journal partnero_sandbox_launcher)
