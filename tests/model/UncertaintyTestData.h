#pragma once
// Scenarios for the uncertainty tests: the spec's example with and without ranges
// (tests/model/data/uncertainty), read and validated like any scenario file.

#include "ScenarioReader.h"
#include "TestPaths.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace gevinst::test {

inline Scenario loadUncertaintyScenario(const std::string& name)
{
    const std::string path = testDataDir() + "/model/data/uncertainty/" + name;
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    auto outcome = ScenarioReader::fromText(text.str());
    if (!outcome.ok())
        throw std::runtime_error(path + ": " + outcome.errors.front().message());
    return *outcome.scenario;
}

inline Scenario withRanges() { return loadUncertaintyScenario("nordre-follo-ranges.json"); }
inline Scenario withoutRanges() { return loadUncertaintyScenario("nordre-follo-no-ranges.json"); }

} // namespace gevinst::test
