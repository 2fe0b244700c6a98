# «Hvem betaler – hvem får» and «Økonomiplan» (issue 12, spec §7): the ledger's
# table and charts, the kommune's budget lines, and the report page.
# Included from ui/CMakeLists.txt after gevinst_ui is defined.
target_sources(gevinst_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BudgetPlan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BudgetPlanView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LedgerCharts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LedgerReportPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LedgerTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LedgerView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NonPricedEffects.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TableClipboard.cpp
)
target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
