# «Befolkning» and the fetch of SSB's projection in the window (issue 11); included from tests/ui/CMakeLists.txt.
if(TARGET gevinst_store)
  add_executable(test_ui_demography ${CMAKE_CURRENT_LIST_DIR}/DemographyViewTests.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.cpp)
  target_link_libraries(test_ui_demography PRIVATE gevinst_gui_test_main gevinst_ui Qt6::Test Qt6::Network)
  catch_discover_tests(test_ui_demography TEST_PREFIX "ui.demography."
                       PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
