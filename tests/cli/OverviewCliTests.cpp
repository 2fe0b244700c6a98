// gevinst overview as a user meets it: all 372 units as JSON, CSV and XLSX, Monte Carlo
// percentiles, a stored scenario as the package, and exit 2 naming the option for a bad
// year, draw count, output name or package file.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace {

using gevinst::test::GevinstRun;

struct Scratch : gevinst::test::ScratchLibrary {
    Scratch() : ScratchLibrary("gevinst-overview") {}
};

} // namespace

TEST_CASE("gevinst overview writes every kommune and bydel, the counties and the country", "[overview]")
{
    Scratch s;
    const GevinstRun r = s.run("overview --year 2035 -o '" + s.path("o.json").string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(gevinst::test::readWhole(s.path("o.json")));
    CHECK(j["format"] == "gevinstmodell-overview/1");
    CHECK(j["year"] == 2035);
    CHECK(j["units"].size() == 372);
    CHECK(j["counties"].size() == 15);
    CHECK(j["country"][0]["units"] == 357);
    CHECK(j["bydeler_rolled_up"][0]["units"] == 15);
    CHECK(j["units"][0].contains("gap_closed_share"));
    CHECK_FALSE(j["units"][0].contains("p50"));
}

TEST_CASE("gevinst overview with draws as CSV and XLSX", "[overview]")
{
    Scratch s;
    GevinstRun r = s.run("overview --draws 20 --seed 5 -o '" + s.path("o.csv").string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string csv = gevinst::test::readWhole(s.path("o.csv"));
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(csv.find("P10") != std::string::npos);
    CHECK(csv.find("Utsira") != std::string::npos);
    CHECK(csv.find(";suppressed_rates;") != std::string::npos);
    r = s.run("overview -o '" + s.path("o.xlsx").string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string xlsx = gevinst::test::readWhole(s.path("o.xlsx"));
    CHECK(xlsx.rfind("PK", 0) == 0);
}

TEST_CASE("gevinst overview refuses bad options with exit 2 naming them", "[overview]")
{
    Scratch s;
    GevinstRun r = s.run("overview --year 2101");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("year") != std::string::npos);
    r = s.run("overview --draws 100001");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--draws") != std::string::npos);
    r = s.run("overview -o '" + s.path("o.txt").string() + "'");
    CHECK(r.exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(s.path("o.txt")));
    {
        std::ofstream bad(s.path("bad.json"));
        bad << R"({"format": "gevinstmodell-scenario/2"})";
    }
    r = s.run("overview --package '" + s.path("bad.json").string() + "'");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("bad.json") != std::string::npos);
    r = s.run("overview --id 999999");
    CHECK(r.exitCode == 2);
}
