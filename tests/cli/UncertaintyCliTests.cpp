// gevinst mc / tornado / goal as a user meets them: the documented JSON formats,
// the same file for the same seed on any thread count, exit code 2 with a clear
// message for bad options, and goals that cannot be reached said so.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using gevinst::test::scenariosDir;

namespace {

using Run = gevinst::test::GevinstRun;

std::string slurp(const fs::path& path) { return gevinst::test::readWhole(path); }

fs::path tempDir() { return gevinst::test::programScratch("gevinst-uncertainty-cli"); }

Run run(const std::string& arguments)
{
    return gevinst::test::runGevinst(arguments, tempDir(), "uncertainty");
}

std::string nordreFollo() { return "'" + scenariosDir() + "/nordre-follo-hjemmetjenester.json'"; }

} // namespace

TEST_CASE("mc writes gevinstmodell-mc/1, identical for one seed on 1 and 2 threads", "[cli][uncertainty]")
{
    const fs::path one = tempDir() / "mc-1.json";
    const fs::path two = tempDir() / "mc-2.json";
    REQUIRE(run("mc " + nordreFollo() + " --draws 500 --seed 9 --threads 1 -o '" + one.string() + "'").exitCode == 0);
    const Run r = run("mc " + nordreFollo() + " --draws 500 --seed 9 --threads 2 -o '" + two.string() + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.empty());
    CHECK(slurp(one) == slurp(two));
    const auto j = nlohmann::json::parse(slurp(one));
    CHECK(j["format"] == "gevinstmodell-mc/1");
    CHECK(j["draws"] == 500);
    CHECK(j["seed"] == 9);
    for (const char* p : {"p10", "p50", "p90"}) {
        INFO(p);
        CHECK(j[p]["series"]["budget_effect_nok"].size() == 11);
        CHECK(j[p]["utilisation"]["sykepleier"].size() == 11);
        CHECK(j[p]["summary"]["npv_budget_nok"].is_number());
    }
    CHECK(j["p10"]["summary"]["npv_budget_nok"].get<double>() < j["p90"]["summary"]["npv_budget_nok"].get<double>());
    const double probability = j["probability_npv_positive"];
    CHECK(probability >= 0.0);
    CHECK(probability <= 1.0);
}

TEST_CASE("mc refuses bad draw counts and seeds with exit code 2", "[cli][uncertainty]")
{
    for (const char* bad : {"--draws 0", "--draws abc", "--draws 2000000", "--seed -1", "--seed 1.5", "--threads 0"}) {
        INFO(bad);
        const Run r = run("mc " + nordreFollo() + " " + bad);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(std::string(bad).substr(0, std::string(bad).find(' '))) != std::string::npos);
    }
}

TEST_CASE("tornado ranks the ranged inputs by swing", "[cli][uncertainty]")
{
    const Run r = run("tornado " + nordreFollo());
    REQUIRE(r.exitCode == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["format"] == "gevinstmodell-tornado/1");
    for (const char* measure : {"npv_budget_nok", "freed_fte_end"}) {
        INFO(measure);
        const auto& bars = j[measure];
        REQUIRE(bars.size() > 1);
        for (std::size_t i = 1; i < bars.size(); ++i)
            CHECK(bars[i - 1]["swing"].get<double>() >= bars[i]["swing"].get<double>());
    }
}

TEST_CASE("goal answers each goal or says it is out of reach", "[cli][uncertainty]")
{
    Run r = run("goal " + nordreFollo() + " --close-gap 0.5 --year 2035");
    REQUIRE(r.exitCode == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["goal"] == "close_gap");
    CHECK(j["reachable"] == true);
    CHECK(j["value"].get<double>() > 0);

    r = run("goal " + nordreFollo() + " --npv-zero");
    REQUIRE(r.exitCode == 0);
    j = nlohmann::json::parse(r.out);
    CHECK(j["goal"] == "npv_zero");
    CHECK(j.contains("reachable"));

    r = run("goal " + nordreFollo() + " --cost-parity");
    REQUIRE(r.exitCode == 0);
    j = nlohmann::json::parse(r.out);
    CHECK(j["goal"] == "cost_parity");

    // In the start year demand equals today's staff: there is no gap to close.
    r = run("goal " + nordreFollo() + " --close-gap 0.5 --year 2025");
    REQUIRE(r.exitCode == 0);
    j = nlohmann::json::parse(r.out);
    CHECK(j["reachable"] == false);
    CHECK(j["value"].is_null());
    CHECK(j["reason"] == "no_gap_in_year");
    CHECK(j["message"].get<std::string>().find("no staffing gap") != std::string::npos);
}

TEST_CASE("goal refuses a missing or bad goal with exit code 2", "[cli][uncertainty]")
{
    for (const char* bad : {"", "--npv-zero --cost-parity", "--close-gap 0.5", "--close-gap 1.5 --year 2035",
                            "--close-gap 0.5 --year 2050", "--year 2035 --npv-zero"}) {
        INFO(bad);
        const Run r = run("goal " + nordreFollo() + " " + bad);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK_FALSE(r.err.empty());
    }
}
