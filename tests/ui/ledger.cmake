# Tests of «Hvem betaler – hvem får», «Økonomiplan» and the report page (issue 12);
# included from tests/ui/CMakeLists.txt.
add_executable(test_ui_ledger ${CMAKE_CURRENT_LIST_DIR}/LedgerViewTests.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.cpp)
target_link_libraries(test_ui_ledger PRIVATE gevinst_gui_test_main gevinst_ui Qt6::Test)
catch_discover_tests(test_ui_ledger TEST_PREFIX "ui.ledger."
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
