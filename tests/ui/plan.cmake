# Tests of the «Gevinstplan» view (issue 13): approving, benefits, typed and imported
# actuals, and the approved version's read-only editor; included from tests/ui/CMakeLists.txt.
add_executable(test_ui_plan ${CMAKE_CURRENT_LIST_DIR}/PlanViewTests.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.cpp)
target_link_libraries(test_ui_plan PRIVATE gevinst_gui_test_main gevinst_ui Qt6::Test)
catch_discover_tests(test_ui_plan TEST_PREFIX "ui.plan."
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
