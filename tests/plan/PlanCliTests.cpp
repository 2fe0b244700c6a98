// The Done-when of issue 13 through the command line, as a user would: save a scenario,
// approve it, add a money benefit and a level benefit, import actuals for two years,
// and `plan status --json` gives planned values equal to the approved version's computed
// figures, the deviations, realised shares and statuses; a new version changes the
// forecast, not the targets; an import with one bad row changes nothing and names the
// line; a scenario with a plan is not trashed; a save on a stale base exits 3.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;
using gevinst::test::runGevinst;
using gevinst::test::scenariosDir;

namespace {

fs::path scratch()
{
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("gevinst-plan-cli-" + std::to_string(::getpid()));
        fs::remove_all(d);
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

std::string quoted(const fs::path& p)
{
    return "'" + p.string() + "'";
}

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

const nlohmann::json& period(const nlohmann::json& benefit, const std::string& p)
{
    for (const auto& row : benefit["periods"])
        if (row["period"] == p)
            return row;
    FAIL("no period " << p);
    return benefit;
}

const nlohmann::json& benefit(const nlohmann::json& status, const std::string& key)
{
    for (const auto& b : status["benefits"])
        if (b["key"] == key)
            return b;
    FAIL("no benefit " << key);
    return status;
}

} // namespace

TEST_CASE("Plan from the command line: approve, benefits, actuals, status, new version, bad import", "[plan][cli]")
{
    const fs::path dir = scratch();
    const std::string db = " --db " + quoted(dir / "plan.sqlite");
    const fs::path scenario = fs::path(scenariosDir()) / "nordre-follo-hjemmetjenester.json";

    auto run = runGevinst("db import " + quoted(scenario) + db, dir, "import");
    REQUIRE(run.exitCode == 0);
    const std::string id = trimmed(run.out);
    REQUIRE_FALSE(id.empty());

    run = runGevinst("plan approve --id " + id + " --note 'PS 12/26'" + db, dir, "approve");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("vedtatt") != std::string::npos);

    run = runGevinst("plan benefit add --id " + id + " --figure social_assistance_savings_nok --owner 'Kari Nordmann'"
                     " --class offentlig --baseline 0 --baseline-date 2025-01-01 --baseline-source 'NAV Nordre Follo'" + db,
                     dir, "money");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(trimmed(run.out) == "social_assistance_savings_nok");
    run = runGevinst("plan benefit add --id " + id + " --figure freed_fte --owner 'Ola Hansen' --class tid" + db, dir, "level");
    REQUIRE(run.exitCode == 0);
    CHECK(trimmed(run.out) == "freed_fte");
    run = runGevinst("plan benefit add --id " + id + " --figure freed --owner X" + db, dir, "bad-figure");
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("--figure") != std::string::npos);
    run = runGevinst("plan benefit add --id " + id + " --figure freed_fte --owner X --class annet" + db, dir, "bad-class");
    CHECK(run.exitCode == 2);

    // The approved version's computed figures.
    run = runGevinst("compute --id " + id + db, dir, "compute");
    REQUIRE(run.exitCode == 0);
    const auto computed = nlohmann::json::parse(run.out);
    const auto& years = computed["years"];
    auto computedValue = [&](const char* series, int year) {
        for (std::size_t i = 0; i < years.size(); ++i)
            if (years[i] == year)
                return computed["series"][series][i].get<double>();
        FAIL("no year " << year);
        return 0.0;
    };

    // Actuals for two years (and a tertial), decimal comma and point.
    const double savings2026 = computedValue("social_assistance_savings_nok", 2026);
    const double savings2027 = computedValue("social_assistance_savings_nok", 2027);
    const double fte2026 = computedValue("freed_fte", 2026);
    const double fte2027 = computedValue("freed_fte", 2027);
    writeText(dir / "faktisk.csv", "gevinst;periode;verdi;kilde;kommentar\n"
                                   "social_assistance_savings_nok;2026;600000;NAV;Færre på sosialhjelp enn ventet\n"
                                   "social_assistance_savings_nok;2027;900000,5;NAV;\n"
                                   "freed_fte;2026;13.5;HR;\n"
                                   "freed_fte;2027-T1;20;HR;Første tertial\n"
                                   "freed_fte;2027;21,25;HR;Vakanser\n");
    run = runGevinst("plan actuals import " + quoted(dir / "faktisk.csv") + " --id " + id + db, dir, "actuals");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);

    run = runGevinst("plan status --id " + id + " --json" + db, dir, "status");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const auto status = nlohmann::json::parse(run.out);
    CHECK(status["format"] == "gevinstmodell-plan-status/1");
    CHECK(status["approved_version"] == 1);
    CHECK(status["thresholds"]["green"].get<double>() == Approx(0.9));
    const auto& money = benefit(status, "social_assistance_savings_nok");
    CHECK(money["owner"] == "Kari Nordmann");
    CHECK(money["class"] == "offentlig");
    CHECK(money["baseline"]["date"] == "2025-01-01");
    for (const auto& row : money["periods"])
        if (row["period"].get<std::string>().size() == 4)
            CHECK(row["planned"].get<double>() ==
                  Approx(computedValue("social_assistance_savings_nok", std::stoi(row["period"].get<std::string>()))).epsilon(1e-9));
    const auto& m2026 = period(money, "2026");
    CHECK(m2026["actual"].get<double>() == Approx(600000));
    CHECK(m2026["deviation"].get<double>() == Approx(600000 - savings2026).epsilon(1e-9));
    CHECK(m2026["realised_share"].get<double>() == Approx(600000 / savings2026).epsilon(1e-9));
    const auto& m2027 = period(money, "2027");
    const double moneyShare = (600000 + 900000.5) / (savings2026 + savings2027);
    CHECK(m2027["realised_share"].get<double>() == Approx(moneyShare).epsilon(1e-9));
    CHECK(m2027["status"] == (moneyShare >= 0.9 ? "green" : moneyShare >= 0.7 ? "yellow" : "red"));
    CHECK(period(money, "2030")["actual"].is_null());
    CHECK(period(money, "2030")["status"] == "none");

    const auto& level = benefit(status, "freed_fte");
    CHECK(period(level, "2027-T1")["planned"].get<double>() == Approx(fte2027).epsilon(1e-9)); // a level's tertial plan is the year's
    const double levelShare = 21.25 / fte2027;
    CHECK(period(level, "2027")["realised_share"].get<double>() == Approx(levelShare).epsilon(1e-9));
    CHECK(period(level, "2026")["realised_share"].get<double>() == Approx(13.5 / fte2026).epsilon(1e-9));
    CHECK(period(level, "2027")["status"] == (levelShare >= 0.9 ? "green" : levelShare >= 0.7 ? "yellow" : "red"));
    CHECK(period(level, "2027")["forecast"].get<double>() == Approx(fte2027).epsilon(1e-9));

    // A new version changes the forecast, not the plan's targets.
    auto doc = nlohmann::ordered_json::parse(std::ifstream(scenario));
    doc["recruitment"]["social_assistance"]["share_of_hires_on_assistance"] = 0.2;
    writeText(dir / "v2.json", doc.dump(2));
    run = runGevinst("db save " + id + " " + quoted(dir / "v2.json") + " --note 'etter vedtak' --base-version 1" + db, dir, "save");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(trimmed(run.out) == "2");
    run = runGevinst("plan status --id " + id + " --json" + db, dir, "status2");
    REQUIRE(run.exitCode == 0);
    const auto status2 = nlohmann::json::parse(run.out);
    const auto& money2 = benefit(status2, "social_assistance_savings_nok");
    CHECK(period(money2, "2030")["planned"] == period(money, "2030")["planned"]);
    CHECK(period(money2, "2030")["forecast"].get<double>() < period(money, "2030")["forecast"].get<double>());
    CHECK(status2["approved_version"] == 1);

    // Saving on the old base again: exit 3, names who saved version 2, nothing stored.
    run = runGevinst("db save " + id + " " + quoted(dir / "v2.json") + " --base-version 1" + db, dir, "stale");
    CHECK(run.exitCode == 3);
    CHECK(run.err.find("versjon 2 av scenario") != std::string::npos);
    run = runGevinst("db versions " + id + db, dir, "versions");
    CHECK(run.out.find("\n3 ") == std::string::npos);

    // An import with one bad row changes nothing and names the line.
    writeText(dir / "feil.csv", "gevinst;periode;verdi;kilde;kommentar\n"
                                "freed_fte;2028;30;HR;\n"
                                "freed_fte;2029;mange;HR;\n");
    run = runGevinst("plan actuals import " + quoted(dir / "feil.csv") + " --id " + id + db, dir, "bad-import");
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("feil.csv:3") != std::string::npos);
    CHECK(run.err.find("verdi") != std::string::npos);
    writeText(dir / "feil2.csv", "gevinst;periode;verdi\nfreed_fte;2028;30\nukjent;2029;1\n");
    run = runGevinst("plan actuals import " + quoted(dir / "feil2.csv") + " --id " + id + db, dir, "bad-key");
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("feil2.csv:3") != std::string::npos);
    run = runGevinst("plan status --id " + id + " --json" + db, dir, "status3");
    const auto status3 = nlohmann::json::parse(run.out);
    CHECK(period(benefit(status3, "freed_fte"), "2028")["actual"].is_null());

    // One actual typed in.
    run = runGevinst("plan actuals add --id " + id + " --benefit freed_fte --period 2028-T1 --value 31,5 --comment 'Ny turnus'" + db,
                     dir, "add");
    CHECK(run.exitCode == 0);

    // A scenario with an approved plan is not trashed.
    run = runGevinst("db trash " + id + db, dir, "trash");
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("vedtatt gevinstrealiseringsplan") != std::string::npos);

    // The table, the workbook and the report.
    run = runGevinst("plan status --id " + id + db, dir, "table");
    CHECK(run.exitCode == 0);
    CHECK(run.out.find("Realisert hittil") != std::string::npos);
    CHECK(run.out.find("Ny turnus") != std::string::npos);
    run = runGevinst("plan export --id " + id + " -o " + quoted(dir / "plan.xlsx") + db, dir, "xlsx");
    CHECK(run.exitCode == 0);
    CHECK(fs::file_size(dir / "plan.xlsx") > 2000);
    run = runGevinst("plan report --id " + id + " -o " + quoted(dir / "gevinstrapport.pdf") + db, dir, "pdf");
    INFO(run.err);
#ifdef GEVINST_TESTS_WITH_UI
    CHECK(run.exitCode == 0);
    CHECK(fs::file_size(dir / "gevinstrapport.pdf") > 10000);
#else
    // A program built without the window's charts says so and writes nothing.
    CHECK(run.exitCode != 0);
    CHECK(run.err.find("GEVINST_BUILD_UI=OFF") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "gevinstrapport.pdf"));
#endif
}
