# A library shared by many users (issue 14): the save conflict and its three choices,
# the connection dialog, the status line. Included from tests/ui/CMakeLists.txt.
add_executable(test_ui_library ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.cpp ${CMAKE_CURRENT_LIST_DIR}/SaveConflictTests.cpp
                               ${CMAKE_CURRENT_LIST_DIR}/LibraryConnectionTests.cpp)
target_link_libraries(test_ui_library PRIVATE gevinst_gui_test_main gevinst_ui Qt6::Test)
catch_discover_tests(test_ui_library TEST_PREFIX "ui.library." PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
