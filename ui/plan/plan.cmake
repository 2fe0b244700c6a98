# Benefits plans (issue 13): the «Gevinstrapport» PDF and the chart per benefit (plan line,
# actual points, forecast line), reusable by the window's plan views.
# Included from ui/CMakeLists.txt after gevinst_ui is defined.
target_sources(gevinst_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BenefitChart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlanReport.cpp
)
target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(gevinst_ui PUBLIC gevinst_plan)
