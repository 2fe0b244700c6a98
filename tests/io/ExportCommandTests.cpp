// The command line of comparison, roll-up and export: gevinst compare, rollup and
// export as a user runs them, with exit codes, messages and written files.

#include "IoTestData.h"
#include "RunGevinst.h"

#include "Engine.h"
#include "ScenarioWriter.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace gevinst;
using gevinst::test::gevinstBinary;
using gevinst::test::ioTempDir;
using gevinst::test::scenariosDir;
using gevinst::test::slurpFile;

namespace {

using Run = gevinst::test::GevinstRun;

Run run(const std::string& arguments)
{
    return gevinst::test::runGevinst(arguments, ioTempDir(), "export");
}

std::string shipped(const std::string& name)
{
    return "'" + (fs::path(scenariosDir()) / name).string() + "'";
}

/// The made-up second bydel written to a file.
std::string otherBydelFile()
{
    const fs::path path = ioTempDir() / "grorud.json";
    std::ofstream(path) << ScenarioWriter::toJson(test::otherBydel()).dump(2);
    return "'" + path.string() + "'";
}

} // namespace

TEST_CASE("gevinst rollup writes the kommune as a result document with summed series", "[cli-io]")
{
    const fs::path out = ioTempDir() / "rollup.json";
    const Run r = run("rollup " + shipped("oslo-alna-hjemmetjenester.json") + " " + otherBydelFile() + " --name Oslo -o '" +
                      out.string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto json = nlohmann::json::parse(slurpFile(out));
    CHECK(json["format"] == "gevinstmodell-result/1");
    CHECK(json["unit"]["name"] == "Oslo");
    CHECK(json["unit"]["id"] == "0301");
    CHECK(json["unit"]["level"] == "kommune");
    CHECK(json["rolled_up_from"].size() == 2);
    const Result a = Engine::compute(test::alna());
    const Result b = Engine::compute(test::otherBydel());
    const auto& cost = json["series"]["cost_total_nok"];
    REQUIRE(cost.size() == a.years.size());
    for (int t = 0; t < a.yearCount(); ++t)
        CHECK(cost[t].get<double>() ==
              Approx(a[SeriesId::CostTotalNok][t] + b[SeriesId::CostTotalNok][t]).epsilon(1e-12));
    CHECK(json["series"]["ramp"][0].is_null());
    CHECK(json["summary"]["npv_budget_nok"].get<double>() ==
          Approx(a.summary.npvBudgetNok + b.summary.npvBudgetNok).epsilon(1e-12));
}

TEST_CASE("gevinst rollup refuses a kommune among the bydeler and names the file", "[cli-io]")
{
    const Run r = run("rollup " + shipped("oslo-alna-hjemmetjenester.json") + " " +
                      shipped("nordre-follo-hjemmetjenester.json"));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("nordre-follo-hjemmetjenester.json: enheten 3207") != std::string::npos);
    CHECK(r.err.find("er ingen bydel") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("gevinst compare shows the key figures side by side, per capita on request", "[cli-io]")
{
    const Run r = run("compare " + shipped("nordre-follo-hjemmetjenester.json") + " " +
                      shipped("roros-hjemmetjenester.json") + " --per-capita");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("1 Nordre Follo") != std::string::npos);
    CHECK(r.out.find("2 Røros") != std::string::npos);
    CHECK(r.out.find("Nåverdi av budsjetteffekten") != std::string::npos);
    CHECK(r.out.find("Per 1 000 innbyggere 67+") != std::string::npos);
    CHECK(r.out.find("Per årsverk i startåret") != std::string::npos);
    CHECK(r.out.find("ikke innen 2035") != std::string::npos); // Røros is not paid back
    const Run plain = run("compare " + shipped("roros-hjemmetjenester.json"));
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.find("Per 1 000 innbyggere 67+") == std::string::npos);
}

TEST_CASE("gevinst export writes XLSX and CSV, and fails cleanly on a bad path", "[cli-io]")
{
    const fs::path xlsx = ioTempDir() / "export.xlsx";
    const fs::path csv = ioTempDir() / "export.csv";
    const Run r = run("export " + shipped("roros-hjemmetjenester.json") + " --xlsx '" + xlsx.string() + "' --csv '" +
                      csv.string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(slurpFile(xlsx).substr(0, 2) == "PK");
    const std::string text = slurpFile(csv);
    CHECK(text.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(text.find("År;Tjenestemottakere (personer)") != std::string::npos);

    const Run intl = run("export " + shipped("roros-hjemmetjenester.json") + " --csv '" + csv.string() +
                         "' --csv-format intl --table key");
    REQUIRE(intl.exitCode == 0);
    CHECK(slurpFile(csv).find("Nøkkeltall,Verdi,Enhet") != std::string::npos);

    const Run bad = run("export " + shipped("roros-hjemmetjenester.json") + " --xlsx '" +
                        (ioTempDir() / "nowhere" / "x.xlsx").string() + "'");
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.find("kan ikke skrive") != std::string::npos);

    const Run none = run("export " + shipped("roros-hjemmetjenester.json"));
    CHECK(none.exitCode == 2);
}
