# Unit tests of models/ (value types, JSON mapping, item models). Included by CMakeLists.txt here.
partnero_add_test(tst_jsonmapping SOURCES tst_jsonmapping.cpp LIBS partnero_models LABEL unit)
