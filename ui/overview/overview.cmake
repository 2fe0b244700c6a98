# Kommunebildet (issue 15): the map of the kommuner with Oslo's bydeler, the table of
# every unit, and the view that runs the overview batch (model/Overview*) on a worker.
# Included from ui/CMakeLists.txt after gevinst_ui is defined. The outlines are
# resources/data/kommuner-2024-kart.geojson (installed with the other shipped data by
# model/store/CMakeLists.txt, found through DataLocations).
target_sources(gevinst_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ChoroplethExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChoroplethMapWidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChoroplethPainter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChoroplethScale.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KommuneMap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapProjection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OverviewFigureText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OverviewMapData.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OverviewSortProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OverviewTableModel.cpp
)
target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# The view runs the batch: it needs the library side of the overview.
if(TARGET gevinst_overview)
  target_sources(gevinst_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/OverviewView.cpp)
  target_link_libraries(gevinst_ui PUBLIC gevinst_overview)
  target_compile_definitions(gevinst_ui PUBLIC GEVINST_WITH_OVERVIEW)
endif()
