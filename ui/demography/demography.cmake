# «Befolkning» (issue 11): registered population, the program's projection and SSB's
# side by side, the method and sources, the staffing baseline, «Hent SSBs framskriving».
# Included from ui/CMakeLists.txt; needs the scenario library (gevinst_store).
if(TARGET gevinst_store)
  target_sources(gevinst_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DemographySeries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemographyView.cpp
  )
  target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
endif()
