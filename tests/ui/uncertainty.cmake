# Tests of the Usikkerhet view (issue 6); included from tests/ui/CMakeLists.txt.
add_executable(test_ui_uncertainty ${CMAKE_CURRENT_LIST_DIR}/UncertaintyPanelTests.cpp)
target_link_libraries(test_ui_uncertainty PRIVATE gevinst_gui_test_main gevinst_ui)
catch_discover_tests(test_ui_uncertainty TEST_PREFIX "ui.uncertainty."
                     PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
