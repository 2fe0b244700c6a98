# Hjelp: «Kom i gang», «Ordliste» and «Om Gevinstmodell» (issue 16).
target_sources(gevinst_ui PRIVATE help/HelpDialog.cpp)
target_include_directories(gevinst_ui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/help)
