// Kommunebildet (issue 15): every kommune and Oslo bydel with one package, on the
// shipped data. Units picked at random (seeded) must show exactly what their own new
// scenario gives when computed alone; totals follow spec §5; Monte Carlo per unit is
// `gevinst mc` on the unit's scenario; the JSON has the documented shape.

#include "StoreTestSupport.h"

#include "Engine.h"
#include "MonteCarlo.h"
#include "Overview.h"
#include "OverviewLibrary.h"
#include "OverviewWriter.h"
#include "ScenarioReader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace gevinst;
using namespace gevinst::store;
using gevinst::test::openSeeded;

namespace {

/// The inputs of the default package, built once for all tests (the slow step).
const std::vector<OverviewUnitInput>& defaultInputs()
{
    static const std::vector<OverviewUnitInput> inputs = [] {
        auto lib = openSeeded(":memory:");
        auto in = OverviewLibrary::inputs(*lib, {});
        REQUIRE_OK(in);
        return std::move(in).value();
    }();
    return inputs;
}

Scenario scenarioAlone(const ScenarioLibrary& lib, const std::string& unitId, qint64 templateId = 0)
{
    auto doc = templateId > 0 ? lib.documentFromTemplate(QString::fromStdString(unitId), templateId)
                              : lib.documentForUnit(QString::fromStdString(unitId));
    REQUIRE_OK(doc);
    ReadOutcome read = ScenarioReader::fromText(doc->toStdString());
    REQUIRE(read.ok());
    return *read.scenario;
}

double persons67(const Scenario& s, int year)
{
    const auto pop = Engine::populationIn(s, year);
    double sum = 0;
    for (std::size_t a = 0; a < pop.size(); ++a)
        if (s.vocabulary.ageBands[a].low >= 67)
            sum += pop[a];
    return sum;
}

void checkSame(const std::optional<double>& overview, double alone)
{
    if (std::isnan(alone)) {
        CHECK_FALSE(overview.has_value());
        return;
    }
    REQUIRE(overview.has_value());
    CHECK(*overview == Approx(alone).epsilon(1e-12).margin(1e-9));
}

double orNan(const std::optional<double>& v)
{
    return v ? *v : std::nan("");
}

/// The figures of a unit's scenario computed alone, in OverviewFigure order (NaN = null).
std::array<double, kOverviewFigureCount> aloneFigures(const Scenario& s, int year)
{
    const Result r = Engine::compute(s);
    const int t = year - s.startYear;
    std::array<double, kOverviewFigureCount> v{};
    v[0] = r[SeriesId::GapFte][t];
    v[1] = r[SeriesId::GapFte][t] / persons67(s, year) * 1000.0;
    v[2] = r[SeriesId::GapClosedShare][t];
    v[3] = r[SeriesId::FreedFte][t];
    v[4] = r.summary.npvBudgetNok;
    v[5] = orNan(r.summary.netCostPerFreedFteNok);
    for (int i = 0; i < kOverviewFigureCount - kFirstOverviewLedgerFigure; ++i)
        v[std::size_t(kFirstOverviewLedgerFigure + i)] = s.ledger.present ? r.summary.ledgerNpv[std::size_t(i)] : std::nan("");
    return v;
}

} // namespace

TEST_CASE("the overview computes all 357 kommuner and 15 bydeler with none failing", "[overview]")
{
    const auto& inputs = defaultInputs();
    OverviewOptions options;
    options.year = 2035;
    const Overview o = OverviewCalculator::compute(inputs, options);
    REQUIRE(o.units.size() == 372);
    int kommuner = 0, bydeler = 0, flagged = 0;
    for (const OverviewRow& r : o.units) {
        INFO(r.unit.id << " " << r.unit.name);
        kommuner += r.unit.level == "kommune" ? 1 : 0;
        bydeler += r.unit.level == "bydel" ? 1 : 0;
        REQUIRE(r.parts.has_value()); // computed, even where the figures are not shown
        if (r.missing) {
            ++flagged;
            CHECK((r.missing->kind == OverviewMissing::Kind::SuppressedRates ||
                   r.missing->kind == OverviewMissing::Kind::SuppressedNurses));
            CHECK_FALSE(r.missing->detail.empty());
            for (const auto& v : r.values)
                CHECK_FALSE(v.has_value());
        } else {
            CHECK(r.values[std::size_t(OverviewFigure::GapFte)].has_value());
            CHECK(std::isfinite(*r.values[std::size_t(OverviewFigure::NpvBudgetNok)]));
        }
        CHECK(r.inhabitants > 0);
        CHECK_FALSE(r.countyId.empty());
    }
    CHECK(kommuner == 357);
    CHECK(bydeler == 15);
    CHECK(flagged < 60); // most units have their own figures
    WARN(flagged << " of 372 units flagged for suppressed figures");
    // Utsira: SSB suppresses its recipients by age; its figures are not shown as its own.
    const auto utsira = std::find_if(o.units.begin(), o.units.end(), [](const OverviewRow& r) { return r.unit.id == "1151"; });
    REQUIRE(utsira != o.units.end());
    REQUIRE(utsira->missing.has_value());
    CHECK(utsira->missing->kind == OverviewMissing::Kind::SuppressedRates);
    CHECK(utsira->missing->detail.find("Rogaland") != std::string::npos);
    // Bergen has its own figures.
    const auto bergen = std::find_if(o.units.begin(), o.units.end(), [](const OverviewRow& r) { return r.unit.id == "4601"; });
    REQUIRE(bergen != o.units.end());
    CHECK_FALSE(bergen->missing.has_value());
}

TEST_CASE("units picked at random show what their own scenario computed alone shows", "[overview]")
{
    const auto& inputs = defaultInputs();
    auto lib = openSeeded(":memory:");
    std::mt19937 pick(20261130);
    std::uniform_int_distribution<std::size_t> any(0, inputs.size() - 1);
    for (const int year : {2030, 2040}) {
        OverviewOptions options;
        options.year = year;
        const Overview o = OverviewCalculator::compute(inputs, options);
        for (int n = 0; n < 8; ++n) {
            const std::size_t u = any(pick);
            const OverviewRow& row = o.units[u];
            INFO(row.unit.id << " " << row.unit.name << " in " << year);
            const Scenario alone = scenarioAlone(*lib, row.unit.id);
            const auto figures = aloneFigures(alone, year);
            if (row.missing) {
                // Not shown; its parts (used in the totals) are still its scenario's.
                REQUIRE(row.parts.has_value());
                CHECK(row.parts->gapFte == Approx(figures[0]).epsilon(1e-12));
                CHECK(row.parts->npvBudgetNok == Approx(figures[4]).epsilon(1e-12));
                continue;
            }
            for (int f = 0; f < kOverviewFigureCount; ++f) {
                INFO(kOverviewFigureIds[std::size_t(f)]);
                checkSame(row.values[std::size_t(f)], figures[std::size_t(f)]);
            }
        }
    }
}

TEST_CASE("a stored scenario as the package: every unit gets its measures, as «ny fra mal» would", "[overview]")
{
    auto lib = openSeeded(":memory:");
    auto stored = lib->scenarios();
    REQUIRE_OK(stored);
    REQUIRE_FALSE(stored->empty());
    const qint64 templateId = stored->front().id;
    OverviewPackageChoice choice;
    choice.storedId = templateId;
    auto inputs = OverviewLibrary::inputs(*lib, choice);
    REQUIRE_OK(inputs);
    OverviewOptions options;
    const Overview o = OverviewCalculator::compute(*inputs, options);
    std::mt19937 pick(7);
    std::uniform_int_distribution<std::size_t> any(0, o.units.size() - 1);
    for (int n = 0; n < 4; ++n) {
        const OverviewRow& row = o.units[any(pick)];
        INFO(row.unit.id << " " << row.unit.name);
        const Scenario alone = scenarioAlone(*lib, row.unit.id, templateId);
        CHECK(o.year == alone.endYear);
        REQUIRE(row.parts.has_value());
        const auto figures = aloneFigures(alone, o.year);
        CHECK(row.parts->gapFte == Approx(figures[0]).epsilon(1e-12));
        CHECK(row.parts->freedFte == Approx(figures[3]).epsilon(1e-12).margin(1e-12));
        CHECK(row.parts->npvBudgetNok == Approx(figures[4]).epsilon(1e-12).margin(1e-6));
    }
}

TEST_CASE("county and country totals follow spec §5 and count Oslo once", "[overview]")
{
    const auto& inputs = defaultInputs();
    OverviewOptions options;
    options.year = 2035;
    const Overview o = OverviewCalculator::compute(inputs, options);
    std::map<std::string, OverviewParts> byCounty;
    OverviewParts country, bydeler;
    int countryUnits = 0;
    auto add = [](OverviewParts& s, const OverviewParts& p) {
        s.gapFte += p.gapFte;
        s.freedFte += p.freedFte;
        s.persons67Plus += p.persons67Plus;
        s.npvBudgetNok += p.npvBudgetNok;
        s.netCostNok += p.netCostNok;
        s.freedFteSum += p.freedFteSum;
        for (std::size_t i = 0; i < s.ledgerNpvNok.size(); ++i)
            s.ledgerNpvNok[i] += p.ledgerNpvNok[i];
        s.ledger = s.ledger || p.ledger;
    };
    for (const OverviewRow& r : o.units) {
        REQUIRE(r.parts.has_value());
        if (r.unit.level == "bydel") {
            add(bydeler, *r.parts);
            continue;
        }
        add(byCounty[r.countyId], *r.parts);
        add(country, *r.parts);
        ++countryUnits;
    }
    CHECK(o.country.units == 357);
    CHECK(countryUnits == 357);
    REQUIRE(o.osloBydeler.has_value());
    CHECK(o.osloBydeler->units == 15);
    REQUIRE(o.counties.size() == byCounty.size());
    auto same = [](const OverviewValues& got, const OverviewParts& sum) {
        const OverviewValues want = OverviewCalculator::valuesOf(sum);
        for (int f = 0; f < kOverviewFigureCount; ++f) {
            INFO(kOverviewFigureIds[std::size_t(f)]);
            REQUIRE(got[std::size_t(f)].has_value() == want[std::size_t(f)].has_value());
            if (want[std::size_t(f)])
                CHECK(*got[std::size_t(f)] == Approx(*want[std::size_t(f)]).epsilon(1e-12).margin(1e-9));
        }
    };
    for (const OverviewTotal& t : o.counties) {
        INFO("county " << t.id << " " << t.name);
        same(t.values, byCounty.at(t.id));
    }
    same(o.country.values, country);
    same(o.osloBydeler->values, bydeler);
    // Ratios recomputed from the sums, never averaged.
    const double gap = *o.country.values[std::size_t(OverviewFigure::GapFte)];
    const double freed = *o.country.values[std::size_t(OverviewFigure::FreedFte)];
    REQUIRE(gap > 0);
    CHECK(*o.country.values[std::size_t(OverviewFigure::GapClosedShare)] == Approx(std::min(1.0, freed / gap)).epsilon(1e-14));
    // The country is the sum of the counties.
    double countyGap = 0;
    for (const OverviewTotal& t : o.counties)
        countyGap += *t.values[std::size_t(OverviewFigure::GapFte)];
    CHECK(countyGap == Approx(gap).epsilon(1e-12));
}

TEST_CASE("Monte Carlo per unit equals gevinst mc on the unit's scenario, on any thread count", "[overview][mc]")
{
    const auto& all = defaultInputs();
    // A handful of units (Bergen, Alna, Utsira, a small and a middle kommune) to keep it quick.
    std::vector<OverviewUnitInput> inputs;
    for (const auto& in : all)
        if (in.unit.id == "4601" || in.unit.id == "030112" || in.unit.id == "1151" || in.unit.id == "1804" || in.unit.id == "3207")
            inputs.push_back(in);
    REQUIRE(inputs.size() == 5);
    REQUIRE_FALSE(inputs.front().scenario->uncertainty.empty());
    OverviewOptions options;
    options.year = 2035;
    options.draws = 300;
    options.seed = 424242;
    options.threads = 1;
    const Overview one = OverviewCalculator::compute(inputs, options);
    options.threads = 3;
    const Overview three = OverviewCalculator::compute(inputs, options);
    for (std::size_t u = 0; u < inputs.size(); ++u) {
        const OverviewRow& row = one.units[u];
        INFO(row.unit.id);
        REQUIRE(row.parts.has_value());
        if (row.missing) {
            CHECK_FALSE(row.drawn.has_value());
            continue;
        }
        REQUIRE(row.drawn.has_value());
        REQUIRE(three.units[u].drawn.has_value());
        for (int l = 0; l < 3; ++l)
            for (int f = 0; f < kOverviewFigureCount; ++f)
                CHECK(orNan(row.drawn->levels[std::size_t(l)][std::size_t(f)]) ==
                      Approx(orNan(three.units[u].drawn->levels[std::size_t(l)][std::size_t(f)])).epsilon(0));
        MonteCarloOptions mc;
        mc.draws = options.draws;
        mc.seed = options.seed;
        const MonteCarloResult alone = MonteCarlo::run(*inputs[u].scenario, mc);
        const int t = options.year - inputs[u].scenario->startYear;
        for (int l = 0; l < 3; ++l) {
            const Result& p = alone.percentiles[std::size_t(l)];
            const OverviewValues& v = row.drawn->levels[std::size_t(l)];
            checkSame(v[std::size_t(OverviewFigure::GapFte)], p[SeriesId::GapFte][t]);
            checkSame(v[std::size_t(OverviewFigure::FreedFte)], p[SeriesId::FreedFte][t]);
            checkSame(v[std::size_t(OverviewFigure::GapClosedShare)], p[SeriesId::GapClosedShare][t]);
            checkSame(v[std::size_t(OverviewFigure::NpvBudgetNok)], p.summary.npvBudgetNok);
            checkSame(v[std::size_t(OverviewFigure::NetCostPerFreedFteNok)], orNan(p.summary.netCostPerFreedFteNok));
            checkSame(v[std::size_t(OverviewFigure::NpvStatNavNok)], p.summary.ledgerNpv[3]);
        }
        // The spread is real: P10 below P90 for the NPV.
        CHECK(*row.drawn->p10()[std::size_t(OverviewFigure::NpvBudgetNok)] < *row.drawn->p90()[std::size_t(OverviewFigure::NpvBudgetNok)]);
    }
    REQUIRE(one.country.drawn.has_value());
    CHECK(*one.country.drawn->p10()[std::size_t(OverviewFigure::FreedFte)] <= *one.country.drawn->p50()[std::size_t(OverviewFigure::FreedFte)]);
    CHECK(*one.country.drawn->p50()[std::size_t(OverviewFigure::FreedFte)] <= *one.country.drawn->p90()[std::size_t(OverviewFigure::FreedFte)]);
}

TEST_CASE("the overview checks its options, reports progress and stops when cancelled", "[overview]")
{
    const auto& inputs = defaultInputs();
    OverviewOptions options;
    options.year = 2100;
    auto error = OverviewCalculator::check(inputs, options);
    REQUIRE(error.has_value());
    CHECK(error->field == "year");
    options.year = 0;
    options.draws = OverviewCalculator::kMaxDraws + 1;
    error = OverviewCalculator::check(inputs, options);
    REQUIRE(error.has_value());
    CHECK(error->field == "draws");
    CHECK_THROWS_AS(OverviewCalculator::compute(inputs, options), std::invalid_argument);

    options.draws = 0;
    std::atomic<int> calls{0};
    std::atomic<int> last{0};
    options.progress = [&](int done, int total) {
        ++calls;
        CHECK(total == 372);
        int seen = last.load();
        while (done > seen && !last.compare_exchange_weak(seen, done)) {
        }
    };
    const Overview o = OverviewCalculator::compute(inputs, options);
    CHECK(o.year == 2040); // the horizon's last year by default
    CHECK(calls == 372);
    CHECK(last == 372);

    std::atomic<bool> cancel{true};
    options.progress = {};
    options.cancel = &cancel;
    options.draws = 100;
    const Overview stopped = OverviewCalculator::compute(inputs, options);
    CHECK(stopped.cancelled);
    CHECK(stopped.units.empty());
}

TEST_CASE("the overview's JSON has the documented shape", "[overview]")
{
    std::vector<OverviewUnitInput> inputs;
    for (const auto& in : defaultInputs())
        if (in.unit.id.rfind("11", 0) == 0 || in.unit.id.rfind("0301", 0) == 0) // Rogaland, Oslo and its bydeler
            inputs.push_back(in);
    OverviewOptions options;
    options.year = 2035;
    options.draws = 50;
    options.seed = 3;
    const Overview o = OverviewCalculator::compute(inputs, options);
    io::OverviewMeta meta{"Hjemmetjenester (mal for Nordre Follo)", "hjemmetjenester", 2025, 2040};
    const auto j = io::OverviewWriter::json(o, meta);
    CHECK(j["format"] == "gevinstmodell-overview/1");
    CHECK(j["year"] == 2035);
    CHECK(j["draws"] == 50);
    CHECK(j["seed"] == 3);
    REQUIRE(j["units"].size() == inputs.size());
    bool sawUtsira = false, sawBydel = false;
    for (const auto& u : j["units"]) {
        for (const char* key : {"id", "name", "level", "county", "county_name", "inhabitants", "missing", "p10", "p50", "p90"})
            CHECK(u.contains(key));
        for (const auto id : kOverviewFigureIds)
            CHECK(u.contains(std::string(id)));
        if (u["id"] == "1151") {
            sawUtsira = true;
            CHECK(u["missing"]["reason"] == "suppressed_rates");
            CHECK(u["gap_fte"].is_null());
            CHECK(u["p50"].is_null());
        } else if (u["missing"].is_null()) {
            CHECK(u["gap_fte"].is_number());
            CHECK(u["p50"]["npv_budget_nok"].is_number());
        }
        if (u["level"] == "bydel") {
            sawBydel = true;
            CHECK(u["parent"] == "0301");
        }
    }
    CHECK(sawUtsira);
    CHECK(sawBydel);
    REQUIRE(j["counties"].size() == 2);
    CHECK(j["counties"][0]["level"] == "fylke");
    REQUIRE(j["country"].size() == 1);
    CHECK(j["country"][0]["id"] == "NO");
    CHECK(j["country"][0]["units"] == int(inputs.size()) - 15);
    CHECK(j["country"][0]["p90"]["freed_fte"].is_number());
    REQUIRE(j["bydeler_rolled_up"].size() == 1);
    CHECK(j["bydeler_rolled_up"][0]["units"] == 15);

    const QByteArray csv = io::OverviewWriter::csv(o, meta);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("Utsira"));
    CHECK(csv.count("\r\n") == int(inputs.size()) + 2 + 2 + 1 + 1); // title, header, units, 2 counties, country, bydeler
}
