#pragma once
// Scenarios for the export tests: the shipped Alna (Oslo) scenario and a second,
// made-up Oslo bydel with other staff, costs and a faster-ageing population, so
// that sums and recomputed ratios differ from averages.

#include "TestPaths.h"

#include "ScenarioReader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace gevinst::test {

inline std::string slurpFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline Scenario readShipped(const std::string& file)
{
    ReadOutcome outcome = ScenarioReader::fromText(slurpFile(std::filesystem::path(scenariosDir()) / file));
    REQUIRE(outcome.ok());
    return std::move(*outcome.scenario);
}

inline Scenario alna()
{
    return readShipped("oslo-alna-hjemmetjenester.json");
}

/// A second bydel of Oslo: fewer nurses, more health workers, older population growth.
inline Scenario otherBydel()
{
    Scenario s = alna();
    s.name = "Grorud hjemmetjeneste – test";
    s.unit.id = "030110";
    s.unit.name = "Grorud";
    const int nurse = s.vocabulary.roleIndex("sykepleier");
    const int healthWorker = s.vocabulary.roleIndex("helsefagarbeider");
    const int age80 = s.vocabulary.ageBandIndex("80+");
    const int age67 = s.vocabulary.ageBandIndex("67-79");
    REQUIRE(nurse >= 0);
    REQUIRE(healthWorker >= 0);
    REQUIRE(age80 >= 0);
    REQUIRE(age67 >= 0);
    s.roles[std::size_t(nurse)].fte *= 0.5;
    s.roles[std::size_t(healthWorker)].fte *= 1.7;
    s.roles[std::size_t(healthWorker)].annualCostNok *= 1.05;
    for (auto& year : s.population) {
        const double growth = 1.0 + 0.06 * (year.year - s.startYear);
        year.byBand[std::size_t(age80)] *= 0.6 * std::max(0.5, growth);
        year.byBand[std::size_t(age67)] *= 0.8;
    }
    s.hub.coordinatorFte = 0.5;
    return s;
}

inline std::filesystem::path ioTempDir()
{
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("gevinst-io-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

} // namespace gevinst::test
