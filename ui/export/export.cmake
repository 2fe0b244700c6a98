# Chart export, the council report and the comparison view (issue 5).
target_sources(gevinst_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ChartExporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CouncilReport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReportFigures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../compare/CompareView.cpp
)
target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/../compare)
target_link_libraries(gevinst_ui PUBLIC gevinst_io)
# The «Eksport» menu uses the window's open documents (ui/document).
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/../document/ScenarioDocument.h)
  target_sources(gevinst_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ExportMenu.cpp)
endif()
