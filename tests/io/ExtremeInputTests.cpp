// No inf or null where a number belongs, also for extreme but valid inputs (issue 17):
// per-capita figures when almost nobody is 67 or older, a roll-up whose sums overflow,
// and a tornado whose range ends overflow. Each is refused naming the field, or shown
// as «–» with a reason, in the command line and the exports alike.

#include "IoTestData.h"
#include "RunGevinst.h"

#include "Aggregation.h"
#include "CsvExporter.h"
#include "Engine.h"
#include "ScenarioWriter.h"
#include "Tornado.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <cmath>
#include <limits>

namespace fs = std::filesystem;
using namespace gevinst;
using gevinst::test::ioTempDir;

namespace {

/// Alna with almost nobody aged 67 or more (valid: population figures may be any non-negative number).
Scenario almostNoElderly()
{
    Scenario s = test::alna();
    for (auto& year : s.population) {
        year.byBand[std::size_t(s.vocabulary.ageBandIndex("67-79"))] = 1e-300;
        year.byBand[std::size_t(s.vocabulary.ageBandIndex("80+"))] = 0;
    }
    return s;
}

std::string writeScenario(const Scenario& s, const std::string& name)
{
    const fs::path path = ioTempDir() / name;
    std::ofstream(path) << ScenarioWriter::toJson(s).dump(2);
    return "'" + path.string() + "'";
}

bool hasInfOrNan(const std::string& text)
{
    return text.find("inf") != std::string::npos || text.find("nan") != std::string::npos ||
           text.find("null") != std::string::npos;
}

} // namespace

TEST_CASE("per-capita figures with almost no inhabitants 67+ are «–», never inf", "[extreme]")
{
    const Scenario s = almostNoElderly();
    const UnitBase base = Aggregation::baseOf(s);
    CHECK_FALSE(Aggregation::per1000Inhabitants67Plus(1e6, base).has_value());
    CHECK(Aggregation::noPerCapitaReason(base).find("67+") != std::string::npos);
    CHECK_FALSE(Aggregation::perBaseFte(1e300, UnitBase{1000, 1e-300}).has_value());

    const Result r = Engine::compute(s);
    const QByteArray csv = io::CsvExporter::keyFigures(r, base);
    INFO(csv.toStdString());
    CHECK_FALSE(csv.contains("inf"));
    CHECK_FALSE(csv.contains("nan"));

    const auto run = gevinst::test::runGevinst("compare " + writeScenario(s, "few-elderly.json") + " " +
                                                   writeScenario(test::alna(), "alna.json") + " --per-capita",
                                               ioTempDir(), "extreme");
    INFO(run.out << run.err);
    CHECK(run.exitCode == 0);
    CHECK_FALSE(hasInfOrNan(run.out));
    CHECK(run.out.find("færre enn 1 innbygger 67+") != std::string::npos);
}

TEST_CASE("a roll-up whose sums overflow is refused naming the series, not written with null", "[extreme]")
{
    Scenario a = test::alna();
    Scenario b = test::otherBydel();
    Result ra = Engine::compute(a);
    Result rb = Engine::compute(b);
    const double huge = std::numeric_limits<double>::max() * 0.75;
    ra[SeriesId::CostTotalNok][1] = huge;
    rb[SeriesId::CostTotalNok][1] = huge;
    const RollUpOutcome outcome = Aggregation::rollUp({{&a, &ra}, {&b, &rb}});
    REQUIRE_FALSE(outcome.ok());
    REQUIRE(outcome.errors.size() >= 1);
    CHECK(outcome.errors.front().kind == AggregationError::Kind::NotFinite);
    CHECK(outcome.errors.front().reason().find("cost_total_nok") != std::string::npos);
}

TEST_CASE("a tornado whose range end makes the result overflow names the field instead of giving null swings", "[extreme]")
{
    // In memory, past the reader: at a discount rate of -1 every discount factor is 1/0.
    // (No file the reader accepts was found to overflow today; the guard keeps inf and
    // null out of the tornado whatever the engine does with extreme inputs.)
    Scenario s = test::alna();
    s.uncertainty["discount_rate"] = Range{-1.0, s.discountRate, s.discountRate + 0.02};
    const TornadoResult t = Tornado::run(s);
    REQUIRE_FALSE(t.notFinite.empty());
    CHECK(t.notFinite.front() == "uncertainty.discount_rate.low");
}
