# Sources that follow edits, honest edge wording, scenarios to manage, help (issue 16);
# included from tests/ui/CMakeLists.txt.
add_executable(test_ui_manage ${CMAKE_CURRENT_LIST_DIR}/ManageTests.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.cpp)
target_include_directories(test_ui_manage PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(test_ui_manage PRIVATE gevinst_gui_test_main gevinst_ui Qt6::Test)
catch_discover_tests(test_ui_manage TEST_PREFIX "ui.manage." PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
