# Issue 16 items 2, 5 and 7: uncertainty on the cards, goal seeking, the comparison
# tab, XLSX page setup, the report as ODT. Included from tests/ui/CMakeLists.txt.
add_executable(test_ui_share ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.cpp ${CMAKE_CURRENT_LIST_DIR}/ShareTests.cpp)
target_link_libraries(test_ui_share PRIVATE gevinst_gui_test_main gevinst_ui Qt6::Test)
catch_discover_tests(test_ui_share TEST_PREFIX "ui.share." PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
