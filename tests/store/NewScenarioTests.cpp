// «Nytt scenario for enheten» in the library with the shipped data: Bergen, Oslo's
// Alna, Utsira (figures suppressed by SSB), Bodø's nursing homes, and every one of the
// 357 kommuner and 15 bydeler — each validates, computes, and has its own numbers with
// their sources. Bergen, Alna and the stored template also run on the PostgreSQL test
// server (LibraryBackends.h).

#include "LibraryBackends.h"
#include "StoreTestSupport.h"

#include "Engine.h"
#include "ScenarioReader.h"
#include "ScenarioTemplate.h"
#include "ServiceAreaCatalogue.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace gevinst;
using namespace gevinst::store;
using gevinst::test::openSeeded;

namespace {

struct Made {
    nlohmann::json json;
    Scenario scenario;
    Result result;
};

Made make(const ScenarioLibrary& lib, const QString& unitId, const NewScenarioOptions& options = {})
{
    auto doc = lib.documentForUnit(unitId, options);
    REQUIRE_OK(doc);
    ReadOutcome read = ScenarioReader::fromText(doc->toStdString());
    INFO((read.ok() ? std::string() : read.errors.front().message()));
    REQUIRE(read.ok());
    Made m{nlohmann::json::parse(doc->constData()), *read.scenario, {}};
    m.result = Engine::compute(m.scenario);
    return m;
}

double at(const Made& m, SeriesId series, int year)
{
    const int i = year - m.scenario.startYear;
    REQUIRE(i >= 0);
    REQUIRE(i < m.result.yearCount());
    return m.result[series][i];
}

double fte(const Made& m, const char* role)
{
    const int r = m.scenario.vocabulary.roleIndex(role);
    REQUIRE(r >= 0);
    return m.scenario.role(r).fte;
}

std::string source(const Made& m, const std::string& key)
{
    INFO("sources." << key);
    REQUIRE(m.json["sources"].contains(key));
    return m.json["sources"][key].get<std::string>();
}

bool has(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

LIBRARY_TEST_CASE("Bergen gets a scenario of its own: Bergen's rates and staffing, demand rising to 2040", "[new-scenario]")
{
    auto lib = backend.openSeeded();
    const Made m = make(*lib, "4601");
    CHECK(m.json["format"] == "gevinstmodell-scenario/2");
    CHECK(m.json["unit"]["name"] == "Bergen");
    CHECK(m.json["service_area"] == "hjemmetjenester");
    CHECK(m.json["years"]["start"] == 2025);
    CHECK(m.json["years"]["end"] == 2040);
    CHECK(m.json["name"] == "Hjemmetjenester 2025–2040");
    // Registered 2024–2026 as the library has them, projected on to 2040.
    CHECK(m.json["demography"]["population"]["2025"]["80+"] == 13312);
    CHECK(m.json["demography"]["population"]["2026"]["80+"] == 13907);
    CHECK(m.json["demography"]["population"]["2024"]["0-19"] == 61821);
    CHECK(m.json["demography"]["population"].size() == 17);
    // Bergen's rates: 31.12.2025 over 1.1.2026 (SSB 12292 / 07459).
    CHECK(m.scenario.serviceRate[2] == Approx(1615.0 / 30719).epsilon(1e-12));
    CHECK(m.scenario.serviceRate[3] == Approx(3215.0 / 13907).epsilon(1e-12));
    CHECK((m.scenario.serviceRate[0] * 61479 + m.scenario.serviceRate[1] * 188755) / (61479 + 188755) ==
          Approx(4032.0 / (61479 + 188755)).epsilon(1e-9));
    // Bergen's size: hundreds of FTE (1 531 nurses in the care service), not the template's 95.
    CHECK(fte(m, "sykepleier") == Approx(1531.0 * 95 / 355).epsilon(0.001));
    CHECK(fte(m, "sykepleier") > 300);
    CHECK(fte(m, "helsefagarbeider") > 400);
    CHECK(m.scenario.hub.coordinatorFte > 5);
    // Demand rises.
    const double index2035 = at(m, SeriesId::DemandIndex, 2035);
    const double index2040 = at(m, SeriesId::DemandIndex, 2040);
    CHECK(index2035 > 1.1);
    CHECK(index2040 > index2035);
    // Sources name the tables.
    CHECK(has(source(m, "demography.service_rate"), "SSB tabell 12292"));
    CHECK(has(source(m, "demography.service_rate"), "3 215 mottakere av hjemmetjenester 31.12.2025"));
    CHECK(has(source(m, "roles.sykepleier.fte"), "SSB tabell 14534"));
    CHECK(has(source(m, "roles.sykepleier.fte"), "1 531"));
    CHECK(has(source(m, "demography.population"), "SSB tabell 07459"));
    CHECK(has(source(m, "demography.population"), "§ 8"));
    CHECK(has(source(m, "hub.coordinator_fte"), "antakelse"));
    CHECK(has(source(m, "scenario"), "Bergen"));
    WARN("Bergen: sykepleier " << fte(m, "sykepleier") << ", helsefagarbeider " << fte(m, "helsefagarbeider") << ", assistent "
                               << fte(m, "assistent") << "; rates " << m.scenario.serviceRate[0] << " " << m.scenario.serviceRate[1]
                               << " " << m.scenario.serviceRate[2] << " " << m.scenario.serviceRate[3] << "; demand index 2024 "
                               << "(start 2025) 2035 " << index2035 << " 2040 " << index2040 << "; hub "
                               << m.scenario.hub.coordinatorFte << " FTE, " << m.scenario.hub.oneOffCostNok << " kr");
}

LIBRARY_TEST_CASE("Alna gets Oslo's rates and its share of Oslo's staffing, and says so", "[new-scenario]")
{
    auto lib = backend.openSeeded();
    const Made alna = make(*lib, "030112");
    const Made oslo = make(*lib, "0301");
    CHECK(alna.json["unit"]["level"] == "bydel");
    CHECK(alna.json["unit"]["parent"] == "0301");
    CHECK(alna.scenario.serviceRate[2] == Approx(oslo.scenario.serviceRate[2]).epsilon(1e-12));
    CHECK(alna.scenario.serviceRate[3] == Approx(oslo.scenario.serviceRate[3]).epsilon(1e-12));
    CHECK(alna.scenario.serviceRate[3] == Approx(5589.0 / 25825).epsilon(1e-12));
    // Oslo's 3 123 nurses × Alna's share of Oslo's recipients × the template's 95/355.
    const double share = at(alna, SeriesId::Recipients, 2025) / at(oslo, SeriesId::Recipients, 2025);
    CHECK(share > 0.04);
    CHECK(share < 0.1);
    CHECK(fte(alna, "sykepleier") == Approx(3123.0 * share * 95 / 355).epsilon(0.03));
    CHECK(fte(alna, "sykepleier") > 40);
    CHECK(has(source(alna, "demography.service_rate"), "Oslo kommunes dekningsgrad"));
    CHECK(has(source(alna, "roles.sykepleier.fte"), "bydelens andel"));
    CHECK(has(source(alna, "demography.population"), "SSB tabell 10826"));
    CHECK(at(alna, SeriesId::DemandIndex, 2040) > at(alna, SeriesId::DemandIndex, 2035));
    CHECK(at(alna, SeriesId::DemandIndex, 2035) > 1.05);
    WARN("Alna: sykepleier " << fte(alna, "sykepleier") << ", helsefagarbeider " << fte(alna, "helsefagarbeider") << ", assistent "
                             << fte(alna, "assistent") << "; share of Oslo " << share << "; rates " << alna.scenario.serviceRate[0]
                             << " " << alna.scenario.serviceRate[1] << " " << alna.scenario.serviceRate[2] << " "
                             << alna.scenario.serviceRate[3] << "; demand index 2035 " << at(alna, SeriesId::DemandIndex, 2035)
                             << " 2040 " << at(alna, SeriesId::DemandIndex, 2040));
}

TEST_CASE("Utsira, whose figures SSB suppresses, falls back clearly and says so", "[new-scenario]")
{
    auto lib = openSeeded(":memory:");
    const Made m = make(*lib, "1151");
    const std::string rates = source(m, "demography.service_rate");
    CHECK(has(rates, "skjermet"));
    CHECK(has(rates, "Rogaland"));
    CHECK(has(rates, "antakelse"));
    // Its own 8 recipients of 2024 spread by Rogaland's rates: the rates add up to them.
    double recipients2025 = 0;
    for (int b = 0; b < 4; ++b)
        recipients2025 += m.scenario.serviceRate[std::size_t(b)] * m.json["demography"]["population"]["2025"][m.scenario.vocabulary.ageBands[std::size_t(b)].id].get<double>();
    CHECK(recipients2025 == Approx(8).epsilon(0.02));
    CHECK(fte(m, "sykepleier") == Approx(5.0 * 95 / 355).epsilon(0.2)); // 5 nurses in 2025, rounded to 0.1
    CHECK(fte(m, "sykepleier") < 5);
    CHECK(m.scenario.hub.coordinatorFte < 0.1);
    CHECK(std::isfinite(at(m, SeriesId::DemandIndex, 2040)));
    WARN("Utsira: sykepleier " << fte(m, "sykepleier") << ", helsefagarbeider " << fte(m, "helsefagarbeider") << ", assistent "
                               << fte(m, "assistent") << "; rates " << m.scenario.serviceRate[0] << " " << m.scenario.serviceRate[1]
                               << " " << m.scenario.serviceRate[2] << " " << m.scenario.serviceRate[3] << "; demand index 2035 "
                               << at(m, SeriesId::DemandIndex, 2035) << " 2040 " << at(m, SeriesId::DemandIndex, 2040)
                               << "\nsources: " << rates);
}

TEST_CASE("Bodø's nursing homes: the sykehjem vocabulary with its own age bands", "[new-scenario]")
{
    auto lib = openSeeded(":memory:");
    NewScenarioOptions options;
    options.serviceArea = "sykehjem";
    const Made m = make(*lib, "1804", options);
    CHECK(m.json["service_area"] == "sykehjem");
    const auto& bands = m.scenario.vocabulary.ageBands;
    REQUIRE(bands.size() == 4);
    CHECK(bands[2].id == "80-89");
    CHECK(bands[3].id == "90+");
    CHECK(m.scenario.vocabulary.roleIndex("vernepleier") >= 0);
    // 80+ registered 2025 (2 546) split over 80-89 and 90+, exactly.
    const auto& y2025 = m.json["demography"]["population"]["2025"];
    CHECK(y2025["80-89"].get<double>() + y2025["90+"].get<double>() == 2546);
    CHECK(y2025["0-66"] == 11822 + 33240);
    // Bodø's long-term residents 80+ (162 in 2025) over 1.1.2026, split 80-89 : 90+ as the template.
    const auto& y2026 = m.json["demography"]["population"]["2026"];
    const double mean80 = (m.scenario.serviceRate[2] * y2026["80-89"].get<double>() + m.scenario.serviceRate[3] * y2026["90+"].get<double>()) / 2649;
    CHECK(mean80 == Approx(162.0 / 2649).epsilon(1e-9));
    CHECK(m.scenario.serviceRate[3] > m.scenario.serviceRate[2]);
    CHECK(has(source(m, "demography.service_rate"), "langtidsopphold"));
    CHECK(has(source(m, "demography.population"), "ikke en sum"));
    CHECK(fte(m, "sykepleier") == Approx(302.0 * 107 / 355).epsilon(0.001));
    CHECK(at(m, SeriesId::DemandIndex, 2040) > at(m, SeriesId::DemandIndex, 2030));
}

TEST_CASE("every kommune and Oslo bydel gets a scenario that validates and computes", "[new-scenario]")
{
    auto lib = openSeeded(":memory:");
    auto units = lib->units();
    REQUIRE_OK(units);
    int kommuner = 0, bydeler = 0;
    for (const char* area : {"hjemmetjenester", "sykehjem"}) {
        NewScenarioOptions options;
        options.serviceArea = QString::fromLatin1(area);
        for (const Unit& u : *units) {
            if (u.level == UnitLevel::County) {
                CHECK(lib->documentForUnit(u.id, options).error().field == "unit");
                continue;
            }
            INFO(area << " " << u.id.toStdString() << " " << u.name.toStdString());
            auto doc = lib->documentForUnit(u.id, options);
            REQUIRE_OK(doc);
            ReadOutcome read = ScenarioReader::fromText(doc->toStdString());
            INFO((read.ok() ? std::string() : read.errors.front().message()));
            REQUIRE(read.ok());
            const Result r = Engine::compute(*read.scenario);
            CHECK(r[SeriesId::Recipients][0] > 0);
            CHECK(r[SeriesId::NeedFte][0] > 0);
            CHECK(std::isfinite(r[SeriesId::DemandIndex][r.yearCount() - 1]));
            CHECK(std::isfinite(r.summary.npvBudgetNok));
            if (options.serviceArea == QLatin1String("hjemmetjenester"))
                ++(u.level == UnitLevel::Bydel ? bydeler : kommuner);
        }
    }
    CHECK(kommuner == 357);
    CHECK(bydeler == 15);
}

LIBRARY_TEST_CASE("a stored scenario as the template: the unit's own figures, the template's measures and horizon", "[new-scenario]")
{
    auto lib = backend.openSeeded();
    const qint64 templ = lib->create(gevinst::test::shippedScenario("nordre-follo-hjemmetjenester.json"))->scenarioId;
    auto doc = lib->documentFromTemplate("030113", templ);
    REQUIRE_OK(doc);
    const auto json = nlohmann::json::parse(doc->constData());
    CHECK(json["unit"]["id"] == "030113");
    CHECK(json["unit"]["name"] == "Østensjø");
    CHECK(json["unit"]["parent"] == "0301");
    CHECK(json["demography"]["population"]["2024"]["80+"] == 2321);
    CHECK(json["demography"]["population"]["2024"]["0-19"] == 12574);
    CHECK(json["years"]["end"] == nlohmann::json::parse(gevinst::test::shippedScenario("nordre-follo-hjemmetjenester.json").constData())["years"]["end"]);
    CHECK(has(json["sources"]["roles.sykepleier.annual_cost_nok"].get<std::string>(), "Fra malen «"));
    CHECK(has(json["sources"]["demography.service_rate"].get<std::string>(), "Oslo kommunes dekningsgrad"));

    // Template 0: the default service area (the window's «Nytt scenario for enheten»).
    auto fresh = lib->createFromTemplate("5610", 0, "Karasjok – hjemmetjenester");
    REQUIRE_OK(fresh);
    CHECK(lib->scenario(fresh->scenarioId)->unitName == "Karasjok");
    CHECK(lib->scenario(fresh->scenarioId)->serviceArea == "hjemmetjenester");
    CHECK(lib->documentFromTemplate("03", templ).error().kind == StoreError::Kind::InvalidInput);
    CHECK(lib->documentFromTemplate("9999", templ).error().kind == StoreError::Kind::NotFound);

    // Unknown service area and bad years name their field.
    NewScenarioOptions unknown;
    unknown.serviceArea = "barnehage";
    CHECK(lib->documentForUnit("4601", unknown).error().field == "service_area");
    NewScenarioOptions late;
    late.startYear = 2030;
    late.endYear = 2120;
    CHECK(lib->documentForUnit("4601", late).error().field == "years");
    auto areas = ScenarioTemplate::serviceAreas();
    REQUIRE_OK(areas);
    CHECK((*areas)->find("hjemmetjenester") != nullptr);
    CHECK((*areas)->find("sykehjem") != nullptr);
}
