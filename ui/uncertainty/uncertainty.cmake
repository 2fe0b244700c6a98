# The "Usikkerhet" view (issue 6): Monte Carlo fan charts, tornado, run off the UI thread.
# Included from ui/CMakeLists.txt after gevinst_ui is defined.
target_sources(gevinst_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/GoalSeekDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InputLabel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MonteCarloJob.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UncertaintyCharts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UncertaintyPanel.cpp
)
target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
