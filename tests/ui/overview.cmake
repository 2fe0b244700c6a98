# Tests of Kommunebildet's map and table (issue 15); included from tests/ui/CMakeLists.txt.
add_executable(test_ui_overview ${CMAKE_CURRENT_LIST_DIR}/OverviewMapTests.cpp)
target_link_libraries(test_ui_overview PRIVATE gevinst_gui_test_main gevinst_ui Qt6::Test)
catch_discover_tests(test_ui_overview TEST_PREFIX "ui.overview."
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
