# Benefits plans (issue 13): the «Gevinstrapport» PDF and the chart per benefit (plan line,
# actual points, forecast line), reusable by the window's plan views.
# Included from ui/CMakeLists.txt after gevinst_ui is defined.
target_sources(gevinst_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BenefitChart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlanReport.cpp
)
# The window's «Gevinstplan» view: approving, benefits, actuals, by owner, history.
target_sources(gevinst_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ActualsTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ApproveDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ApprovedVersionGuard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BenefitDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlanErrorText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlanTables.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlanValueText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlanView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/VersionResults.cpp
)
target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(gevinst_ui PUBLIC gevinst_plan)
