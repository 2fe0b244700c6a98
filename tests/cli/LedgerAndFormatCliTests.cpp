// gevinst ledger and the scenario document in format 1 or 2 (issues 10 and 12), as a
// user meets them: the ledger's JSON is the result's ledger object, the table is
// Norwegian; format 1 is written only for the standard vocabulary, otherwise exit 2
// saying why; a written format-1 file computes to the same numbers as the original.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using gevinst::test::runGevinst;
using gevinst::test::scenariosDir;

namespace {

fs::path scratch()
{
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("gevinst-ledger-cli-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

std::string quoted(const fs::path& p)
{
    return "'" + p.string() + "'";
}

nlohmann::json parsed(const std::string& text)
{
    return nlohmann::json::parse(text);
}

} // namespace

TEST_CASE("ledger --json is the result's ledger: six actors, the totals and NPVs that add up")
{
    const auto file = fs::path(scenariosDir()) / "nordre-follo-hjemmetjenester.json";
    const auto ledger = runGevinst("ledger " + quoted(file) + " --json", scratch(), "ledger-json");
    REQUIRE(ledger.exitCode == 0);
    const auto computed = runGevinst("compute " + quoted(file), scratch(), "ledger-compute");
    REQUIRE(computed.exitCode == 0);
    const auto l = parsed(ledger.out);
    const auto r = parsed(computed.out);
    CHECK(l == r.at("ledger"));
    for (const char* actor : {"kommune_helse_omsorg", "kommune_sosial", "kommune_skatt", "stat_nav", "stat_skatt", "arbeidstakere"})
        REQUIRE(l.at("actors").contains(actor));
    // kommune_helse_omsorg + kommune_sosial = budget_effect_nok, every year (spec §7).
    const auto& budget = r.at("series").at("budget_effect_nok");
    for (std::size_t t = 0; t < budget.size(); ++t) {
        const double sum = l["actors"]["kommune_helse_omsorg"][t].get<double>() + l["actors"]["kommune_sosial"][t].get<double>();
        CHECK(sum == Approx(budget[t].get<double>()).epsilon(1e-12).margin(1e-6));
    }
    CHECK(l["npv"]["kommune_helse_omsorg"].get<double>() + l["npv"]["kommune_sosial"].get<double>() ==
          Approx(r["summary"]["npv_budget_nok"].get<double>()).epsilon(1e-12));
    // The shipped scenario carries a sourced ledger block, so the state's tax line is not zero.
    CHECK(l["npv"]["stat_skatt"].get<double>() > 0);
}

TEST_CASE("ledger prints a Norwegian table with every actor and the NPVs in kroner")
{
    const auto run = runGevinst("ledger " + quoted(fs::path(scenariosDir()) / "bodo-sykehjem.json"), scratch(), "ledger-table");
    REQUIRE(run.exitCode == 0);
    for (const char* line : {"Kommunen: helse og omsorg", "Staten: NAV", "De som får jobb", "Samfunnet i alt", "Nåverdi"})
        CHECK(run.out.find(line) != std::string::npos);
    CHECK(run.out.find(" kr") != std::string::npos);
}

TEST_CASE("export --format 1 writes format 1 for the standard vocabulary, and it computes to the same numbers")
{
    const auto original = fs::path(scenariosDir()) / "nordre-follo-hjemmetjenester.json";
    const auto out = scratch() / "nordre-follo-format1.json";
    const auto run = runGevinst("export " + quoted(original) + " --format 1 -o " + quoted(out), scratch(), "format1");
    REQUIRE(run.exitCode == 0);
    std::ifstream in(out);
    const auto doc = nlohmann::json::parse(in);
    CHECK(doc["format"] == "gevinstmodell-scenario/1");
    CHECK_FALSE(doc.contains("vocabulary"));
    // The shipped scenario banks freed capacity only up to the gap; format 1 keeps that explicitly.
    CHECK(doc["realisation"]["basis"] == "gap");
    const auto a = parsed(runGevinst("compute " + quoted(original), scratch(), "c-original").out);
    const auto b = parsed(runGevinst("compute " + quoted(out), scratch(), "c-format1").out);
    CHECK(a["summary"]["npv_budget_nok"].get<double>() == Approx(b["summary"]["npv_budget_nok"].get<double>()).epsilon(1e-12));
    CHECK(a["ledger"]["npv"] == b["ledger"]["npv"]);
}

TEST_CASE("export --format 1 of a scenario with its own vocabulary exits 2, says why and writes no file")
{
    const auto out = scratch() / "bodo-format1.json";
    const auto run = runGevinst("export " + quoted(fs::path(scenariosDir()) / "bodo-sykehjem.json") + " --format 1 -o " +
                                    quoted(out),
                                scratch(), "format1-refused");
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("--format 1") != std::string::npos);
    CHECK(run.err.find("standardordlisten") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
    const auto bad = runGevinst("export " + quoted(fs::path(scenariosDir()) / "bodo-sykehjem.json") + " --format 3",
                                scratch(), "format3");
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("--format") != std::string::npos);
}

TEST_CASE("export --format 2 of a format-1 file keeps its numbers: the standard vocabulary and basis \"all\" are written")
{
    const auto golden = fs::path(GEVINST_TEST_DATA_DIR) / "golden" / "spec_example" / "scenario.json";
    const auto out = scratch() / "spec-example-format2.json";
    REQUIRE(runGevinst("export " + quoted(golden) + " --format 2 -o " + quoted(out), scratch(), "format2").exitCode == 0);
    std::ifstream in(out);
    const auto doc = nlohmann::json::parse(in);
    CHECK(doc["format"] == "gevinstmodell-scenario/2");
    CHECK(doc["vocabulary"]["roles"].contains("sykepleier"));
    CHECK(doc["realisation"]["basis"] == "all");
    const auto a = parsed(runGevinst("compute " + quoted(golden), scratch(), "c-golden").out);
    const auto b = parsed(runGevinst("compute " + quoted(out), scratch(), "c-golden2").out);
    CHECK(a["series"] == b["series"]);
}

TEST_CASE("a role added through the JSON file alone, with its name in labels, is computed and named", "[labels]")
{
    auto doc = nlohmann::ordered_json::parse(std::ifstream(fs::path(scenariosDir()) / "nordre-follo-hjemmetjenester.json"));
    doc["vocabulary"]["roles"]["miljoterapeut"] = {{"professional", true}, {"matching", {"helsefaglig"}}};
    doc["roles"]["miljoterapeut"] = {{"fte", 6.0}, {"annual_cost_nok", 720000.0},
                                     {"task_shares", {{"helsefaglig", 0.6}, {"service", 0.4}}}};
    doc["sharing"].push_back({{"from", "miljoterapeut"}, {"category", "service"}, {"to", "oppgavemedarbeider"}, {"share", 0.5}});
    doc["labels"] = {{"nb", {{"miljoterapeut", "Miljøterapeut"}}}, {"en", {{"miljoterapeut", "Milieu therapist"}}}};
    const auto file = scratch() / "with-own-role.json";
    std::ofstream(file) << doc.dump(2);

    const auto computed = runGevinst("compute " + quoted(file), scratch(), "own-role-compute");
    REQUIRE(computed.exitCode == 0);
    const auto r = parsed(computed.out);
    CHECK(r.at("utilisation").contains("miljoterapeut"));

    const auto nb = runGevinst("summary " + quoted(file), scratch(), "own-role-summary");
    REQUIRE(nb.exitCode == 0);
    CHECK(nb.out.find("Tid på oppgaver som krever kompetansen, Miljøterapeut") != std::string::npos);
    const auto en = runGevinst("--lang en summary " + quoted(file), scratch(), "own-role-summary-en");
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.find("Milieu therapist") != std::string::npos);

    // A name for an id the vocabulary does not have: exit 2 naming the field.
    doc["labels"]["nb"]["ergoterapeut"] = "Ergoterapeut";
    const auto bad = scratch() / "with-unknown-label.json";
    std::ofstream(bad) << doc.dump(2);
    const auto refused = runGevinst("validate " + quoted(bad), scratch(), "own-role-bad-label");
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("labels.nb.ergoterapeut") != std::string::npos);
}
