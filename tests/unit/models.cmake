# Unit tests of models/ (value types, JSON mapping, item models). Included by CMakeLists.txt here.
partnero_add_test(tst_jsonmapping SOURCES tst_jsonmapping.cpp LIBS partnero_models LABEL unit)
partnero_add_test(tst_customertablemodel SOURCES tst_customertablemodel.cpp
                  LIBS partnero_models LABEL unit)
partnero_add_test(tst_transactiontablemodel SOURCES tst_transactiontablemodel.cpp
                  LIBS partnero_models LABEL unit)
partnero_add_test(tst_jsonrobustness SOURCES tst_jsonrobustness.cpp
                  LIBS partnero_models LABEL unit)
partnero_add_test(tst_balancemodel SOURCES tst_balancemodel.cpp LIBS partnero_models LABEL unit)
partnero_add_test(tst_customerstatsmodel SOURCES tst_customerstatsmodel.cpp
                  LIBS partnero_models LABEL unit)
