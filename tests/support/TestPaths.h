#pragma once
// Where the tests find their data, the shipped scenarios and the built program.

#include <string>

namespace gevinst::test {

inline std::string testDataDir() { return GEVINST_TEST_DATA_DIR; }
inline std::string sourceDir() { return GEVINST_SOURCE_DIR; }
inline std::string scenariosDir() { return std::string(GEVINST_SOURCE_DIR) + "/scenarios"; }
inline std::string gevinstBinary() { return GEVINST_BINARY; }

} // namespace gevinst::test
