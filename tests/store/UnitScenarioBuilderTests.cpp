// UnitScenarioBuilder on synthetic inputs checkable by hand: a unit with 10 persons at
// every age and no deaths (so the §8 projection only moves everyone up one age and adds
// 10 to the open group 105+ each year), the synthetic KOSTRA world of KostraSynthetic.h,
// and the shipped service areas' templates with their reference unit moved to 1103.

#include "KostraSynthetic.h"
#include "TestPaths.h"

#include "Engine.h"
#include "KostraBaseline.h"
#include "ProjectionDataSet.h"
#include "ServiceAreaCatalogue.h"
#include "UnitScenarioBuilder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace gevinst;
using projection::AgeProfile;

namespace {

constexpr double kTolerance = 1e-9;

AgeProfile flat(double persons)
{
    AgeProfile p{};
    p.fill(persons);
    return p;
}

struct World {
    projection::ProjectionDataSet population{{{"1101", flat(10)}, {"1103", flat(20)}}, {}, projection::LifeTable(AgeProfile{})};
    baseline::KostraBaseline kostra = *baseline::KostraBaseline::fromTexts(test::kostraCsv(), test::populationCsv());
};

const World& world()
{
    static const World w;
    return w;
}

/// The shipped service area's template with its reference unit moved to the synthetic 1103.
ServiceArea shippedArea(const std::string& area)
{
    const std::string file = test::sourceDir() + "/resources/service-areas/" + area + ".json";
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    ServiceAreaProblem problem;
    auto read = ServiceAreaCatalogue::read(text.str(), file, problem);
    INFO(problem.message());
    REQUIRE(read);
    return *read;
}

Scenario templateOf(const std::string& area)
{
    Scenario t = shippedArea(area).templateScenario;
    t.unit.id = "1103";
    t.unit.name = "Tre";
    return t;
}

baseline::KostraMapping kostraOf(const std::string& area)
{
    return shippedArea(area).kostra;
}

UnitScenarioRequest ein()
{
    UnitScenarioRequest r;
    r.unit = {"1101", "Ein", "kommune", std::nullopt};
    r.registered = {{2025, {200, 470, 130, 270}, "SSB 07459"}, {2026, {200, 470, 130, 280}, "SSB 07459"}};
    return r;
}

std::vector<AgeBand> bands(std::initializer_list<const char*> ids)
{
    std::vector<AgeBand> out;
    for (const char* id : ids)
        out.push_back(*AgeBand::parse(id));
    return out;
}

const PopulationYear& yearOf(const Scenario& s, int year)
{
    for (const auto& p : s.population)
        if (p.year == year)
            return p;
    FAIL("no population year " << year);
    return s.population.front();
}

} // namespace

TEST_CASE("registered standard bands split over other bands by the projection, in whole persons that add up", "[builder]")
{
    AgeProfile weights{};
    for (int a = 80; a <= 89; ++a)
        weights[std::size_t(a)] = 8; // 80 persons
    for (int a = 90; a <= 105; ++a)
        weights[std::size_t(a)] = 1.25; // 20 persons
    const auto nursing = bands({"0-66", "67-79", "80-89", "90+"});
    CHECK(UnitScenarioBuilder::fromStandardBands(nursing, {100, 900, 200, 100}, weights) == std::vector<double>{1000, 200, 80, 20});
    // 101 → 80.8 and 20.2 → 81 and 20 (largest remainder), still 101.
    CHECK(UnitScenarioBuilder::fromStandardBands(nursing, {100, 900, 200, 101}, weights) == std::vector<double>{1000, 200, 81, 20});
    // A vocabulary that leaves ages out: only 85-89 of 80+ (5 ages × 8 = 40 of 100 persons).
    CHECK(UnitScenarioBuilder::fromStandardBands(bands({"85-89"}), {0, 0, 0, 100}, weights) == std::vector<double>{40});
    // No persons to weigh by: by the number of ages (67-79 has 13; 67-70 4 of them).
    CHECK(UnitScenarioBuilder::fromStandardBands(bands({"67-70"}), {0, 0, 130, 0}, AgeProfile{}) == std::vector<double>{40});
}

TEST_CASE("service rates: a KOSTRA band shared by several bands keeps the template's proportions", "[builder]")
{
    const auto standard = bands({"0-19", "20-66", "67-79", "80+"});
    const std::array<std::vector<double>, 3> persons{std::vector<double>{100, 900, 0, 0}, std::vector<double>{0, 0, 50, 0},
                                                     std::vector<double>{0, 0, 0, 20}};
    const auto rates = UnitScenarioBuilder::ratesForBands(standard, {0.01, 0.1, 0.3}, {0.002, 0.01, 0.07, 0.27}, persons, AgeProfile{});
    // The template's 0-66 mean: (0.002·100 + 0.01·900)/1000 = 0.0092; scaled to 0.01.
    CHECK(rates[0] == Approx(0.002 * 0.01 / 0.0092).epsilon(kTolerance));
    CHECK(rates[1] == Approx(0.01 * 0.01 / 0.0092).epsilon(kTolerance));
    CHECK((rates[0] * 100 + rates[1] * 900) / 1000 == Approx(0.01).epsilon(kTolerance));
    CHECK(rates[2] == 0.1);
    CHECK(rates[3] == 0.3);

    // 80-89 and 90+ at the template's 1 : 2.5, mean over 80+ = 0.3 with 80 and 20 persons.
    const auto nursing = bands({"0-66", "67-79", "80-89", "90+"});
    const std::array<std::vector<double>, 3> p2{std::vector<double>{1000, 0, 0, 0}, std::vector<double>{0, 200, 0, 0},
                                                std::vector<double>{0, 0, 80, 20}};
    const auto r2 = UnitScenarioBuilder::ratesForBands(nursing, {0.001, 0.02, 0.3}, {0.0006, 0.0118, 0.06, 0.15}, p2, AgeProfile{});
    CHECK(r2[0] == 0.001);
    CHECK(r2[1] == 0.02);
    CHECK(r2[2] == Approx(0.06 * 0.3 / ((0.06 * 80 + 0.15 * 20) / 100)).epsilon(kTolerance));
    CHECK(r2[3] == Approx(2.5 * r2[2]).epsilon(kTolerance));
    CHECK((r2[2] * 80 + r2[3] * 20) / 100 == Approx(0.3).epsilon(kTolerance));

    // Template rates all 0 in a group: each band takes the KOSTRA rate.
    const auto r3 = UnitScenarioBuilder::ratesForBands(standard, {0.01, 0.1, 0.3}, {0, 0, 0, 0}, persons, AgeProfile{});
    CHECK(r3[0] == 0.01);
    CHECK(r3[1] == 0.01);

    // A band across KOSTRA bands: their rates weighted by persons by single age.
    AgeProfile ages{};
    ages.fill(10);
    const auto r4 = UnitScenarioBuilder::ratesForBands(bands({"60-70"}), {0.01, 0.1, 0.3}, {0.05}, persons, ages);
    CHECK(r4[0] == Approx((0.01 * 70 + 0.1 * 40) / 110).epsilon(kTolerance));
}

TEST_CASE("a new home-care scenario for a unit: its own population, rates, staffing and a scaled hub", "[builder]")
{
    const UnitScenarioBuilder builder(templateOf("hjemmetjenester"), "Hjemmetjenester", "Hjemmetjenester (mal for Tre)",
                                      kostraOf("hjemmetjenester"), world().population, world().kostra);
    REQUIRE(builder.reference());
    CHECK(builder.reference()->nurseFte == 380);
    const UnitScenarioOutcome out = builder.build(ein());
    INFO((out.error ? out.error->detail : std::string()));
    REQUIRE(out.ok());
    const Scenario& s = *out.scenario;

    CHECK(s.unit.id == "1101");
    CHECK(s.name == "Hjemmetjenester 2025–2040");
    CHECK(s.startYear == 2025);
    CHECK(s.endYear == 2040);
    // 2024 from single ages; 2025–2026 registered; then 10 more in 105+ each year.
    REQUIRE(s.population.size() == 17);
    CHECK(yearOf(s, 2024).byBand == std::vector<double>{200, 470, 130, 260});
    CHECK(yearOf(s, 2025).byBand == std::vector<double>{200, 470, 130, 270});
    CHECK(yearOf(s, 2026).byBand == std::vector<double>{200, 470, 130, 280});
    CHECK(yearOf(s, 2027).byBand == std::vector<double>{200, 470, 130, 290});
    CHECK(yearOf(s, 2040).byBand == std::vector<double>{200, 470, 130, 420});

    // 1101's rates (10/1000, 20/200, 30/100); 0-66 split 0.002 : 0.01 over 200 and 470 (2026).
    const double mean = (0.002 * 200 + 0.01 * 470) / 670;
    CHECK(s.serviceRate[0] == Approx(0.002 * 0.01 / mean).epsilon(kTolerance));
    CHECK(s.serviceRate[1] == Approx(0.01 * 0.01 / mean).epsilon(kTolerance));
    CHECK(s.serviceRate[2] == Approx(0.1).epsilon(kTolerance));
    CHECK(s.serviceRate[3] == Approx(0.3).epsilon(kTolerance));

    // Nurses: 1101's 20 × (the template's 95 / 1103's 380); the others in the template's ratio.
    const auto& v = s.vocabulary;
    CHECK(s.role(v.roleIndex("sykepleier")).fte == Approx(5.0).epsilon(kTolerance));
    CHECK(s.role(v.roleIndex("helsefagarbeider")).fte == Approx(6.3).epsilon(kTolerance)); // 5 · 120/95 = 6.32
    CHECK(s.role(v.roleIndex("assistent")).fte == Approx(1.8).epsilon(kTolerance));         // 5 · 35/95 = 1.84
    // Hub by recipients: 1101's 60 / 1103's 120.
    CHECK(s.hub.coordinatorFte == Approx(1.0).epsilon(kTolerance));
    CHECK(s.hub.oneOffCostNok == Approx(250000).epsilon(kTolerance));
    CHECK(s.hub.oneOffYear == 2026);
    CHECK(s.ramp.startYear == 2026);

    // From the template: task shares, measures, receivers, ledger.
    const Scenario t = templateOf("hjemmetjenester");
    CHECK(s.sharing.size() == t.sharing.size());
    CHECK(s.role(0).taskShares == t.role(0).taskShares);
    CHECK(s.ledger.employerTaxRate == t.ledger.employerTaxRate);
    CHECK(s.uncertainty.size() == t.uncertainty.size());

    // Every field says where it came from.
    for (const char* key : {"unit", "years", "demography.population", "demography.service_rate", "demography.service_rate.80+",
                            "roles", "roles.sykepleier.fte", "roles.helsefagarbeider.fte", "hub", "hub.coordinator_fte",
                            "hub.one_off_cost_nok", "scenario"}) {
        INFO(key);
        CHECK(s.sources.count(key) == 1);
    }
    CHECK(s.sources.at("roles.sykepleier.fte").find("SSB tabell 14534") != std::string::npos);
    CHECK(s.sources.at("roles.sykepleier.fte").find("antakelse") != std::string::npos);
    CHECK(s.sources.at("demography.service_rate").find("SSB tabell 12292") != std::string::npos);
    CHECK(s.sources.at("demography.service_rate.0-19").find("malens forhold") != std::string::npos);
    CHECK(s.sources.at("demography.population").find("§ 8") != std::string::npos);
    CHECK(s.sources.at("demography.population").find("uten flytting") != std::string::npos);
    CHECK(s.sources.at("hub.coordinator_fte").find("antakelse") != std::string::npos);
    CHECK(s.sources.at("years").find("Standard") != std::string::npos);
    CHECK(s.sources.at("receivers.oppgavemedarbeider.turnover").rfind("Fra malen «Hjemmetjenester (mal for Tre)»: ", 0) == 0);
    CHECK(s.sources.at("ledger.employer_tax_rate").find("sone") != std::string::npos);

    // It computes, and demand follows the growing 80+.
    const Result result = Engine::compute(s);
    const auto& index = result.series[static_cast<int>(SeriesId::DemandIndex)];
    const auto recipients = [&](double old) { return s.serviceRate[0] * 200 + s.serviceRate[1] * 470 + 0.1 * 130 + 0.3 * old; };
    CHECK(index[0] == Approx(1.0));
    CHECK(index[index.size() - 1] == Approx(recipients(420) / recipients(270)).epsilon(1e-9));
}

TEST_CASE("a nursing-home scenario fills its own age bands; an Oslo bydel is staffed by its share", "[builder]")
{
    const UnitScenarioBuilder builder(templateOf("sykehjem"), "Sykehjem – langtidsopphold", "Sykehjem (mal for Tre)",
                                      kostraOf("sykehjem"), world().population, world().kostra);
    UnitScenarioRequest request = ein();
    request.startYear = 2030;
    request.endYear = 2035;
    request.yearsSource = "Valgt av brukeren: 2030–2035.";
    const UnitScenarioOutcome out = builder.build(request);
    INFO((out.error ? out.error->detail : std::string()));
    REQUIRE(out.ok());
    const Scenario& s = *out.scenario;
    REQUIRE(s.vocabulary.ageBands.size() == 4);
    CHECK(s.vocabulary.ageBands[2].id == "80-89");
    // 2024: single ages (80-89: 100; 90+: 15 ages · 10 + 10 = 160). 2025: the registered 270
    // split as the projection's 2025 (100 : 170). 0-66 = 200 + 470 exactly.
    CHECK(yearOf(s, 2024).byBand == std::vector<double>{670, 130, 100, 160});
    CHECK(yearOf(s, 2025).byBand == std::vector<double>{670, 130, 100, 170});
    CHECK(yearOf(s, 2026).byBand == std::vector<double>{670, 130, 100, 180});
    CHECK(s.sources.at("demography.population").find("80–89 år og 90 år og over er ikke en sum") != std::string::npos);
    // Nursing-home rates: 0-66 derived 1/1000, 67-79 2/200, 80+ 10/100 split 80-89 : 90+ as the template.
    CHECK(s.serviceRate[0] == Approx(0.001).epsilon(kTolerance));
    CHECK(s.serviceRate[1] == Approx(0.01).epsilon(kTolerance));
    CHECK((s.serviceRate[2] * 100 + s.serviceRate[3] * 180) / 280 == Approx(0.1).epsilon(kTolerance));
    CHECK(s.serviceRate[3] > 2 * s.serviceRate[2]);
    // Years moved into the chosen horizon.
    CHECK(s.ramp.startYear == 2031);
    CHECK(s.hub.oneOffYear == 2031);
    CHECK(s.sources.at("years") == "Valgt av brukeren: 2030–2035.");
    CHECK(s.sources.at("ramp").find("flyttet til 2031") != std::string::npos);

    // Oslo's bydel Aust: 70 of Oslo's 300 recipients; Oslo's 200 nurses × 70/300.
    World oslo;
    const projection::ProjectionDataSet population({{"030101", flat(10)}, {"1103", flat(20)}}, {}, projection::LifeTable(AgeProfile{}));
    const UnitScenarioBuilder homeCare(templateOf("hjemmetjenester"), "Hjemmetjenester", "mal", kostraOf("hjemmetjenester"), population,
                                       oslo.kostra);
    UnitScenarioRequest aust;
    aust.unit = {"030101", "Aust", "bydel", std::nullopt};
    const UnitScenarioOutcome bydel = homeCare.build(aust);
    INFO((bydel.error ? bydel.error->detail : std::string()));
    REQUIRE(bydel.ok());
    CHECK(bydel.scenario->unit.parent == std::optional<std::string>("0301"));
    CHECK(bydel.scenario->role(0).fte == Approx(std::round(200.0 * 70 / 300 * 95 / 380 * 10) / 10).epsilon(kTolerance));
    CHECK(bydel.scenario->serviceRate[3] == Approx(0.2).epsilon(kTolerance));
    CHECK(bydel.scenario->sources.at("roles.sykepleier.fte").find("bydelens andel") != std::string::npos);
    // Without registered figures, 2025–2026 come from the projection, and sources say so.
    CHECK(bydel.scenario->sources.at("demography.population").find("ingen registrerte tall for 2025–2026") != std::string::npos);
}

TEST_CASE("the builder refuses bad years, a county and a unit without figures", "[builder]")
{
    const UnitScenarioBuilder builder(templateOf("hjemmetjenester"), "Hjemmetjenester", "mal", kostraOf("hjemmetjenester"),
                                      world().population, world().kostra);
    for (auto [start, end] : {std::pair{2023, 2040}, {2040, 2030}, {2025, 2101}}) {
        UnitScenarioRequest r = ein();
        r.startYear = start;
        r.endYear = end;
        const auto out = builder.build(r);
        REQUIRE_FALSE(out.ok());
        CHECK(out.error->kind == UnitScenarioError::Kind::BadYears);
        CHECK(out.error->field == "years");
    }
    UnitScenarioRequest county = ein();
    county.unit = {"11", "Rogaland", "fylke", std::nullopt};
    CHECK(builder.build(county).error->kind == UnitScenarioError::Kind::NotAUnit);
    UnitScenarioRequest unknown = ein();
    unknown.unit = {"1104", "Fire", "kommune", std::nullopt}; // KOSTRA, but no single ages
    CHECK(builder.build(unknown).error->kind == UnitScenarioError::Kind::UnknownUnit);
    CHECK(builder.build(unknown).error->field == "unit");
}

TEST_CASE("a service area's kostra block says which count it follows and which role KOSTRA's nurses are", "[builder]")
{
    CHECK(kostraOf("sykehjem").service == baseline::KostraService::NursingHome);
    CHECK(kostraOf("hjemmetjenester").service == baseline::KostraService::HomeCare);
    CHECK(kostraOf("sykehjem").nurseRole == "sykepleier");

    // Data, not code: a copy of the home-care area whose nurses are called «spl» scales its staffing from them.
    const std::string file = test::sourceDir() + "/resources/service-areas/hjemmetjenester.json";
    std::ifstream in(file);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    for (std::size_t at = text.find("\"sykepleier\""); at != std::string::npos; at = text.find("\"sykepleier\"", at))
        text.replace(at, 12, "\"spl\"");
    ServiceAreaProblem problem;
    auto renamed = ServiceAreaCatalogue::read(text, "renamed.json", problem);
    INFO(problem.message());
    REQUIRE(renamed);
    CHECK(renamed->kostra.nurseRole == "spl");
    Scenario t = renamed->templateScenario;
    t.unit.id = "1103";
    t.unit.name = "Tre";
    const UnitScenarioBuilder builder(t, "Hjemmetjenester", "mal", renamed->kostra, world().population, world().kostra);
    const UnitScenarioOutcome out = builder.build(ein());
    REQUIRE(out.ok());
    const UnitScenarioBuilder original(templateOf("hjemmetjenester"), "Hjemmetjenester", "mal", kostraOf("hjemmetjenester"),
                                       world().population, world().kostra);
    const UnitScenarioOutcome same = original.build(ein());
    REQUIRE(same.ok());
    const int spl = out.scenario->vocabulary.roleIndex("spl");
    const int nurse = same.scenario->vocabulary.roleIndex("sykepleier");
    REQUIRE(spl >= 0);
    REQUIRE(nurse >= 0);
    CHECK(out.scenario->role(spl).fte == same.scenario->role(nurse).fte);

    // A nurse role that is not a role of the vocabulary names the field.
    std::string bad = buffer.str();
    const std::string key = "\"nurse_role\": \"sykepleier\"";
    REQUIRE(bad.find(key) != std::string::npos);
    bad.replace(bad.find(key), key.size(), "\"nurse_role\": \"lege\"");
    CHECK_FALSE(ServiceAreaCatalogue::read(bad, "bad.json", problem));
    CHECK(problem.error.path == "kostra.nurse_role");
}
