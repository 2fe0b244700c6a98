// Hand-computed checks of every formula of spec §3 on a tiny scenario (4 years,
// round numbers). Each expected number is worked out in the comment beside it,
// from the inputs of kTiny, so a reader can follow the spec clause by clause.

#include "Engine.h"
#include "ResultWriter.h"
#include "ScenarioReader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <vector>

using gevinst::Engine;
using gevinst::Result;
using gevinst::ScenarioReader;
using gevinst::SeriesId;
using nlohmann::json;

namespace {

// Horizon 2025–2028 (T = 4), 1000 hours per FTE, only 80+ people, rate 0.1.
// Population 1000 in 2025 and 1300 in 2028 → 1000, 1100, 1200, 1300 → recipients
// 100, 110, 120, 130 → demand_index 1, 1.1, 1.2, 1.3. FTE 10 + 20 + 10 = 40.
// Ramp from 2026 over 2 years → 0, 0.5, 1, 1.
const char* const kTiny = R"({
  "format": "gevinstmodell-scenario/1",
  "name": "Liten test",
  "unit": {"id": "0000", "name": "Testkommune", "level": "kommune", "parent": null},
  "service_area": "hjemmetjenester",
  "years": {"start": 2025, "end": 2028},
  "discount_rate": 0.1,
  "hours_per_fte": 1000,
  "demography": {
    "population": {
      "2025": {"0-19": 0, "20-66": 0, "67-79": 0, "80+": 1000},
      "2028": {"0-19": 0, "20-66": 0, "67-79": 0, "80+": 1300}
    },
    "service_rate": {"0-19": 0, "20-66": 0, "67-79": 0, "80+": 0.1}
  },
  "staff_growth_per_year": 0.05,
  "roles": {
    "sykepleier": {"fte": 10, "annual_cost_nok": 1000000,
      "task_shares": {"helsefaglig": 0.5, "kompetanse": 0.2, "service": 0.1, "kjoring": 0.2, "mestring": 0.0}},
    "helsefagarbeider": {"fte": 20, "annual_cost_nok": 800000,
      "task_shares": {"helsefaglig": 0.1, "kompetanse": 0.5, "service": 0.2, "kjoring": 0.1, "mestring": 0.1}},
    "assistent": {"fte": 10, "annual_cost_nok": 600000,
      "task_shares": {"helsefaglig": 0.0, "kompetanse": 0.0, "service": 0.5, "kjoring": 0.5, "mestring": 0.0}}
  },
  "sharing": [
    {"from": "sykepleier", "category": "kjoring", "to": "oppgavemedarbeider", "share": 0.5},
    {"from": "sykepleier", "category": "kompetanse", "to": "helsefagarbeider", "share": 0.5},
    {"from": "helsefagarbeider", "category": "service", "to": "frivillig", "share": 0.5},
    {"from": "sykepleier", "category": "service", "to": "teknologi", "share": 1.0}
  ],
  "ramp": {"start_year": 2026, "years_to_full": 2},
  "receivers": {
    "oppgavemedarbeider": {"annual_cost_nok": 500000, "time_factor": 1.2, "position_share": 0.5, "turnover": 0.1},
    "frivillig": {"time_factor": 2.0, "coordination_cost_per_hour_nok": 50},
    "teknologi": {"cost_per_shifted_hour_nok": 100},
    "helsefagarbeider": {"time_factor": 1.5}
  },
  "recruitment": {
    "share_from_nav": 0.5,
    "training_cost_per_hire_nok": 10000,
    "wage_subsidy": {"eligible_share": 0.5, "schedule": [{"months": 9, "rate": 0.4}, {"months": 9, "rate": 0.3}]},
    "mentor_subsidy": {"eligible_share": 0.5, "hours_per_week": 3, "hourly_rate_nok": 400, "months": 15},
    "social_assistance": {"share_of_hires_on_assistance": 0.5, "annual_assistance_per_person_nok": 100000,
                          "reduction_when_employed": 0.8}
  },
  "hub": {"coordinator_fte": 0.5, "annual_cost_per_fte_nok": 800000, "one_off_cost_nok": 100000, "one_off_year": 2027},
  "realisation": {"budget_share_of_freed_capacity": 0.5}
})";

json tiny() { return json::parse(kTiny); }

Result compute(const json& scenario)
{
    const auto outcome = ScenarioReader::fromJson(scenario);
    for (const auto& e : outcome.errors)
        UNSCOPED_INFO(e.message());
    REQUIRE(outcome.ok());
    return Engine::compute(*outcome.scenario);
}

/// Relative 1e-9; values expected to be 0 must be within 1e-9 absolutely.
void checkSeries(const Eigen::ArrayXd& actual, const std::vector<double>& expected)
{
    REQUIRE(actual.size() == static_cast<Eigen::Index>(expected.size()));
    for (std::size_t t = 0; t < expected.size(); ++t) {
        INFO("year index " << t);
        CHECK(actual[static_cast<Eigen::Index>(t)] == Approx(expected[t]).epsilon(1e-9).margin(1e-9));
    }
}

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();

/// Like checkSeries, with kNull where the series must be null (NaN).
void checkNullableSeries(const Eigen::ArrayXd& actual, const std::vector<double>& expected)
{
    REQUIRE(actual.size() == static_cast<Eigen::Index>(expected.size()));
    for (std::size_t t = 0; t < expected.size(); ++t) {
        INFO("year index " << t);
        const double a = actual[static_cast<Eigen::Index>(t)];
        if (std::isnan(expected[t]))
            CHECK(std::isnan(a));
        else
            CHECK(a == Approx(expected[t]).epsilon(1e-9).margin(1e-9));
    }
}

} // namespace

TEST_CASE("Population: given years as written, linear between them, clamped outside", "[engine][formula]")
{
    json s = tiny();
    s["years"] = {{"start", 2024}, {"end", 2032}};
    s["ramp"]["start_year"] = 2026;
    // Given 2026 and 2030 (and 2028 out of order in the file): 0-19 200 → 400 → 600, 80+ 1000 → 1100 → 1400.
    s["demography"]["population"] = {
        {"2030", {{"0-19", 600}, {"20-66", 0}, {"67-79", 0}, {"80+", 1400}}},
        {"2026", {{"0-19", 200}, {"20-66", 0}, {"67-79", 0}, {"80+", 1000}}},
        {"2028", {{"0-19", 400}, {"20-66", 0}, {"67-79", 0}, {"80+", 1100}}}};
    const auto outcome = ScenarioReader::fromJson(s);
    REQUIRE(outcome.ok());
    const auto& sc = *outcome.scenario;
    const int age0 = sc.vocabulary.ageBandIndex("0-19");
    const int age80 = sc.vocabulary.ageBandIndex("80+");
    REQUIRE(age0 >= 0);
    REQUIRE(age80 >= 0);
    // Before the first given year: the first (2026).
    CHECK(Engine::populationIn(sc, 2024)[age80] == Approx(1000).epsilon(1e-12));
    CHECK(Engine::populationIn(sc, 2025)[age0] == Approx(200).epsilon(1e-12));
    CHECK(Engine::populationIn(sc, 2026)[age80] == Approx(1000).epsilon(1e-12));
    // 2027: halfway 2026→2028: 1000 + (1100 − 1000)/2 = 1050; 0-19: 300.
    CHECK(Engine::populationIn(sc, 2027)[age80] == Approx(1050).epsilon(1e-12));
    CHECK(Engine::populationIn(sc, 2027)[age0] == Approx(300).epsilon(1e-12));
    CHECK(Engine::populationIn(sc, 2028)[age80] == Approx(1100).epsilon(1e-12));
    // 2029: halfway 2028→2030: 1100 + 300/2 = 1250.
    CHECK(Engine::populationIn(sc, 2029)[age80] == Approx(1250).epsilon(1e-12));
    // After the last given year: the last (2030).
    CHECK(Engine::populationIn(sc, 2031)[age80] == Approx(1400).epsilon(1e-12));
    CHECK(Engine::populationIn(sc, 2032)[age0] == Approx(600).epsilon(1e-12));

    // recipients = 0.1 · pop80: 2024 → 100, 2027 → 105, 2029 → 125, 2032 → 140.
    const Result r = compute(s);
    checkSeries(r[SeriesId::Recipients], {100, 100, 100, 105, 110, 125, 140, 140, 140});
}

TEST_CASE("Demand index, staff need, available staff and the gap", "[engine][formula]")
{
    const Result r = compute(tiny());
    checkSeries(r[SeriesId::Recipients], {100, 110, 120, 130});
    checkSeries(r[SeriesId::DemandIndex], {1.0, 1.1, 1.2, 1.3});
    // need = 40 · demand_index.
    checkSeries(r[SeriesId::NeedFte], {40, 44, 48, 52});
    // avail = 40 · 1.05^t = 40, 42, 44.1, 46.305.
    checkSeries(r[SeriesId::AvailFte], {40, 42, 44.1, 46.305});
    // gap = need − avail = 0, 2, 3.9, 5.695.
    checkSeries(r[SeriesId::GapFte], {0, 2, 3.9, 5.695});
}

TEST_CASE("Ramp: (year − start + 1) / years_to_full, clamped to 0..1", "[engine][formula]")
{
    json s = tiny();
    // Start 2026 over 2 years: 2025 → 0/2 = 0, 2026 → 1/2, 2027 → 2/2, 2028 → 3/2 clamped to 1.
    checkSeries(compute(s)[SeriesId::Ramp], {0, 0.5, 1, 1});
    s["ramp"]["years_to_full"] = 1;
    checkSeries(compute(s)[SeriesId::Ramp], {0, 1, 1, 1});
    s["ramp"]["years_to_full"] = 4;
    checkSeries(compute(s)[SeriesId::Ramp], {0, 0.25, 0.5, 0.75});
    s["ramp"]["start_year"] = 2028;
    checkSeries(compute(s)[SeriesId::Ramp], {0, 0, 0, 0.25});
    s["ramp"]["start_year"] = 2025;
    s["ramp"]["years_to_full"] = 2.5;
    // 1/2.5, 2/2.5, 3/2.5 → 1, 4/2.5 → 1.
    checkSeries(compute(s)[SeriesId::Ramp], {0.4, 0.8, 1, 1});
}

TEST_CASE("Hours moved H, receivers' hours R and net freed hours F", "[engine][formula]")
{
    const Result r = compute(tiny());
    // H[kjoring→om] = 10 · di · 1000 · 0.2 · 0.5 · ramp = 1000 · di · ramp = 0, 550, 1200, 1300.
    // H[kompetanse→hfa] = 10 · di · 1000 · 0.2 · 0.5 · ramp = the same.
    // H[hfa service→frivillig] = 20 · di · 1000 · 0.2 · 0.5 · ramp = 0, 1100, 2400, 2600.
    // H[service→teknologi] = 10 · di · 1000 · 0.1 · 1 · ramp = 0, 550, 1200, 1300.
    // F[sykepleier] = 3 · (0, 550, 1200, 1300) = 0, 1650, 3600, 3900.
    // R[helsefagarbeider] = 1.5 · H[kompetanse→hfa] = 0, 825, 1800, 1950;
    // F[helsefagarbeider] = 0, 1100 − 825, 2400 − 1800, 2600 − 1950 = 0, 275, 600, 650.
    // freed_hours_professional = 0, 1925, 4200, 4550; freed_fte = /1000.
    checkSeries(r[SeriesId::FreedHoursProfessional], {0, 1925, 4200, 4550});
    checkSeries(r[SeriesId::FreedFte], {0, 1.925, 4.2, 4.55});
    // R[oppgavemedarbeider] = 1.2 · 0, 550, 1200, 1300 = 0, 660, 1440, 1560 → FTE /1000.
    checkSeries(r[SeriesId::TaskWorkerFte], {0, 0.66, 1.44, 1.56});
    // R[frivillig] = 2 · (0, 1100, 2400, 2600); cost 50 per hour = 0, 110 000, 240 000, 260 000.
    checkSeries(r[SeriesId::CostVolunteersNok], {0, 110000, 240000, 260000});
    // teknologi puts in no hours; 100 NOK per shifted hour = 0, 55 000, 120 000, 130 000.
    checkSeries(r[SeriesId::CostTechnologyNok], {0, 55000, 120000, 130000});
}

TEST_CASE("A receiving helsefagarbeider with time factor above 1 can free negative hours", "[engine][formula]")
{
    json s = tiny();
    // Only sykepleier kompetanse → helsefagarbeider at share 1, time factor 1.2, ramp 1 from 2025.
    s["sharing"] = json::array({{{"from", "sykepleier"}, {"category", "kompetanse"}, {"to", "helsefagarbeider"}, {"share", 1.0}}});
    s["receivers"]["helsefagarbeider"]["time_factor"] = 1.2;
    s["ramp"] = {{"start_year", 2025}, {"years_to_full", 1}};
    const Result r = compute(s);
    // H = 10 · di · 1000 · 0.2 = 2000 · di; F[syk] = 2000 di; F[hfa] = −2400 di; sum = −400 di.
    checkSeries(r[SeriesId::FreedHoursProfessional], {-400, -440, -480, -520});
    // capacity = 2000 di · 1000 − 2400 di · 800 = 80 000 di.
    checkSeries(r[SeriesId::CapacityValueNok], {80000, 88000, 96000, 104000});
    // gap 0 in 2025 → null; then min(1, −0.44/2) = −0.22, −0.48/3.9, −0.52/5.695 (no lower clamp in §3).
    checkNullableSeries(r[SeriesId::GapClosedShare], {kNull, -0.22, -0.48 / 3.9, -0.52 / 5.695});
}

TEST_CASE("Gap closed share: min(1, freed/gap) when the gap is positive, else null", "[engine][formula]")
{
    const Result r = compute(tiny());
    // 2025: gap 0 → null; 2026: 1.925/2 = 0.9625; 2027: 4.2/3.9 > 1 → 1; 2028: 4.55/5.695.
    checkNullableSeries(r[SeriesId::GapClosedShare], {kNull, 0.9625, 1.0, 4.55 / 5.695});
    REQUIRE(r.summary.gapClosedShareEnd.has_value());
    CHECK(*r.summary.gapClosedShareEnd == Approx(4.55 / 5.695).epsilon(1e-9));

    json falling = tiny();
    // Staff growth 20 %: avail 40, 48, 57.6, 69.12 > need 40, 44, 48, 52 → gap ≤ 0 every year → all null.
    falling["staff_growth_per_year"] = 0.2;
    const Result f = compute(falling);
    checkNullableSeries(f[SeriesId::GapClosedShare], {kNull, kNull, kNull, kNull});
    CHECK_FALSE(f.summary.gapClosedShareEnd.has_value());
    const auto j = gevinst::ResultWriter::toJson(f);
    CHECK(j["series"]["gap_closed_share"][1].is_null());
    CHECK(j["summary"]["gap_closed_share_end"].is_null());
}

TEST_CASE("Extra recipients: freed hours over hours per recipient, null when no staff", "[engine][formula]")
{
    // hours_per_recipient = 40 · 1000 / 100 = 400 → 0, 1925/400, 4200/400, 4550/400.
    checkSeries(compute(tiny())[SeriesId::ExtraRecipients], {0, 4.8125, 10.5, 11.375});

    json none = tiny();
    for (const char* role : {"sykepleier", "helsefagarbeider", "assistent"})
        none["roles"][role]["fte"] = 0;
    const Result r = compute(none);
    checkNullableSeries(r[SeriesId::ExtraRecipients], {kNull, kNull, kNull, kNull});
    CHECK(gevinst::ResultWriter::toJson(r)["series"]["extra_recipients"][0].is_null());
}

TEST_CASE("Utilisation: baseline of matching tasks plus moved non-matching tasks, at most 1", "[engine][formula]")
{
    const Result r = compute(tiny());
    // Only roles with a matching set are reported: assistent's is empty.
    REQUIRE(r.utilisation.size() == 2);
    CHECK(r.utilisationOf("assistent") == nullptr);
    // sykepleier: baseline helsefaglig 0.5; moved kjoring 0.2·0.5 + kompetanse 0.2·0.5 + service 0.1·1 = 0.3 · ramp.
    const gevinst::RoleUtilisation* nurse = r.utilisationOf("sykepleier");
    REQUIRE(nurse != nullptr);
    CHECK(nurse->professional);
    CHECK(nurse->baseline == Approx(0.5).epsilon(1e-12));
    checkSeries(nurse->series, {0.5, 0.65, 0.8, 0.8});
    // helsefagarbeider: baseline helsefaglig 0.1 + kompetanse 0.5 = 0.6; moved service 0.2 · 0.5 = 0.1 · ramp.
    const gevinst::RoleUtilisation* hfa = r.utilisationOf("helsefagarbeider");
    REQUIRE(hfa != nullptr);
    CHECK(hfa->baseline == Approx(0.6).epsilon(1e-12));
    checkSeries(hfa->series, {0.6, 0.65, 0.7, 0.7});
    // In vocabulary order.
    CHECK(r.utilisation[0].roleId == "sykepleier");
    CHECK(r.utilisation[1].roleId == "helsefagarbeider");

    json over = tiny();
    // Task shares 0.501 + 0.5 = 1.001 (inside the ±0.001 tolerance); moving all kompetanse gives
    // 0.501 + 0.5 · ramp = 0.501, 0.751, 1.001 → min(1, ·) = 1.
    over["roles"]["sykepleier"]["task_shares"] =
        {{"helsefaglig", 0.501}, {"kompetanse", 0.5}, {"service", 0}, {"kjoring", 0}, {"mestring", 0}};
    over["sharing"] = json::array({{{"from", "sykepleier"}, {"category", "kompetanse"}, {"to", "oppgavemedarbeider"}, {"share", 1.0}}});
    const Result o = compute(over);
    REQUIRE(o.utilisationOf("sykepleier") != nullptr);
    checkSeries(o.utilisationOf("sykepleier")->series, {0.501, 0.751, 1.0, 1.0});

    json noHfa = tiny();
    noHfa["roles"].erase("helsefagarbeider");
    noHfa["sharing"].erase(2);
    noHfa["sharing"].erase(1);
    const Result n = compute(noHfa);
    CHECK(n.utilisationOf("sykepleier") != nullptr);
    CHECK(n.utilisationOf("helsefagarbeider") == nullptr);
    CHECK(n.utilisation.size() == 1);
    const auto j = gevinst::ResultWriter::toJson(n);
    CHECK(j["utilisation"].size() == 1);
    CHECK(j["utilisation"].contains("sykepleier"));
    CHECK_FALSE(j["utilisation_baseline"].contains("helsefagarbeider"));
}

TEST_CASE("Task workers: FTE, headcount, hires with turnover, NAV hires", "[engine][formula]")
{
    const Result r = compute(tiny());
    // headcount = FTE / 0.5 = 0, 1.32, 2.88, 3.12.
    checkSeries(r[SeriesId::TaskWorkerHeadcount], {0, 1.32, 2.88, 3.12});
    // hires = max(0, hc[t] − hc[t−1] · 0.9): 0, 1.32, 2.88 − 1.188 = 1.692, 3.12 − 2.592 = 0.528.
    checkSeries(r[SeriesId::Hires], {0, 1.32, 1.692, 0.528});
    checkSeries(r[SeriesId::NavHires], {0, 0.66, 0.846, 0.264});
    // cost = FTE · 500 000; training = hires · 10 000.
    checkSeries(r[SeriesId::CostTaskWorkersNok], {0, 330000, 720000, 780000});
    checkSeries(r[SeriesId::CostTrainingNok], {0, 13200, 16920, 5280});

    json noTurnover = tiny();
    noTurnover["receivers"]["oppgavemedarbeider"]["turnover"] = 0.0;
    // hires = 0, 1.32, 2.88 − 1.32 = 1.56, 3.12 − 2.88 = 0.24.
    checkSeries(compute(noTurnover)[SeriesId::Hires], {0, 1.32, 1.56, 0.24});

    json falling = tiny();
    // Population 1000 → 700: di 1, 0.9, 0.8, 0.7; ramp 1 from 2025; headcount = 1000·di·1.2/1000/0.5
    // = 2.4, 2.16, 1.92, 1.68; turnover 0.05 keeps 2.28, 2.052, 1.824 → hires 2.4, 0, 0, 0 (clamped).
    falling["demography"]["population"]["2028"]["80+"] = 700;
    falling["ramp"] = {{"start_year", 2025}, {"years_to_full", 1}};
    falling["receivers"]["oppgavemedarbeider"]["turnover"] = 0.05;
    falling["hub"]["one_off_year"] = 2025;
    const Result f = compute(falling);
    checkSeries(f[SeriesId::TaskWorkerHeadcount], {2.4, 2.16, 1.92, 1.68});
    checkSeries(f[SeriesId::Hires], {2.4, 0, 0, 0});
}

TEST_CASE("overlap(k, a, b): months of the interval a..b in the k-th year after hire", "[engine][formula]")
{
    // Tranches 9 + 9 months: [0, 9) and [9, 18).
    CHECK(Engine::overlapMonths(0, 0, 9) == 9.0);
    CHECK(Engine::overlapMonths(1, 0, 9) == 0.0);
    CHECK(Engine::overlapMonths(0, 9, 18) == 3.0);   // months 9, 10, 11
    CHECK(Engine::overlapMonths(1, 9, 18) == 6.0);   // months 12..17
    CHECK(Engine::overlapMonths(2, 9, 18) == 0.0);
    // Reduced work capacity: [0, 12) at 60 %, [12, 24) at 50 %.
    CHECK(Engine::overlapMonths(0, 12, 24) == 0.0);
    CHECK(Engine::overlapMonths(1, 12, 24) == 12.0);
    CHECK(Engine::overlapMonths(1, 0, 12) == 0.0);
    // A mentor subsidy of 15 months: 12 in year 0, 3 in year 1, none after.
    CHECK(Engine::overlapMonths(0, 0, 15) == 12.0);
    CHECK(Engine::overlapMonths(1, 0, 15) == 3.0);
    CHECK(Engine::overlapMonths(2, 0, 15) == 0.0);
    CHECK(Engine::overlapMonths(0, 0, 0) == 0.0);
    CHECK(Engine::overlapMonths(3, 30, 40) == 4.0);  // [36, 48) ∩ [30, 40) = [36, 40)
}

TEST_CASE("Wage subsidy: cohorts, tranches across years, survival", "[engine][formula]")
{
    const Result r = compute(tiny());
    // Per NAV hire: 0.5 · 500 000 · 0.5 = 125 000 a year at rate 1.
    // Year 0 after hire: 0.4 · 9/12 + 0.3 · 3/12 = 0.375; year 1: 0.3 · 6/12 = 0.15; later 0.
    // 2026: 0.66 · 0.375 = 0.2475 → 30 937.5
    // 2027: 0.846 · 0.375 + 0.66 · 0.9 · 0.15 = 0.31725 + 0.0891 = 0.40635 → 50 793.75
    // 2028: 0.264 · 0.375 + 0.846 · 0.9 · 0.15 = 0.099 + 0.11421 = 0.21321 → 26 651.25
    checkSeries(r[SeriesId::WageSubsidyNok], {0, 30937.5, 50793.75, 26651.25});

    json reduced = tiny();
    // 60 % for 12 months then 50 % for 12, eligible 1, turnover 0: per hire 500 000 · 0.5 = 250 000.
    // hires (turnover 0) 0, 1.32, 1.56, 0.24 → NAV 0, 0.66, 0.78, 0.12.
    // 2026: 0.66 · 0.6 = 0.396 → 99 000; 2027: 0.78 · 0.6 + 0.66 · 0.5 = 0.798 → 199 500;
    // 2028: 0.12 · 0.6 + 0.78 · 0.5 + 0.66 · 0 = 0.462 → 115 500.
    reduced["recruitment"]["wage_subsidy"] = {{"eligible_share", 1.0},
        {"schedule", json::array({{{"months", 12}, {"rate", 0.6}}, {{"months", 12}, {"rate", 0.5}}})}};
    reduced["receivers"]["oppgavemedarbeider"]["turnover"] = 0.0;
    checkSeries(compute(reduced)[SeriesId::WageSubsidyNok], {0, 99000, 199500, 115500});

    json empty = tiny();
    empty["recruitment"]["wage_subsidy"]["schedule"] = json::array();
    checkSeries(compute(empty)[SeriesId::WageSubsidyNok], {0, 0, 0, 0});
}

TEST_CASE("Mentor subsidy over more than 12 months, with survival", "[engine][formula]")
{
    const Result r = compute(tiny());
    // Per NAV hire and month: 0.5 · 3 · 52/12 · 400 = 2 600. 15 months: 12 in year 0, 3 in year 1.
    // 2026: 0.66 · 12 · 2 600 = 20 592
    // 2027: 0.846 · 12 · 2 600 + 0.66 · 0.9 · 3 · 2 600 = 26 395.2 + 4 633.2 = 31 028.4
    // 2028: 0.264 · 12 · 2 600 + 0.846 · 0.9 · 3 · 2 600 = 8 236.8 + 5 938.92 = 14 175.72
    checkSeries(r[SeriesId::MentorSubsidyNok], {0, 20592, 31028.4, 14175.72});
}

TEST_CASE("Social-assistance savings: every surviving NAV cohort", "[engine][formula]")
{
    const Result r = compute(tiny());
    // Per NAV hire: 0.5 · 100 000 · 0.8 = 40 000 a year while employed.
    // 2026: 0.66 → 26 400; 2027: 0.846 + 0.66 · 0.9 = 1.44 → 57 600;
    // 2028: 0.264 + 0.846 · 0.9 + 0.66 · 0.81 = 1.56 → 62 400.
    checkSeries(r[SeriesId::SocialAssistanceSavingsNok], {0, 26400, 57600, 62400});
}

TEST_CASE("Hub cost from the ramp start year, one-off in its year", "[engine][formula]")
{
    // 0.5 · 800 000 = 400 000 from 2026; + 100 000 in 2027.
    checkSeries(compute(tiny())[SeriesId::CostHubNok], {0, 400000, 500000, 400000});
    json s = tiny();
    s["hub"]["one_off_year"] = 2025;
    checkSeries(compute(s)[SeriesId::CostHubNok], {100000, 400000, 400000, 400000});
}

TEST_CASE("Total cost, capacity value (assistent included), budget effect, cumulative", "[engine][formula]")
{
    const Result r = compute(tiny());
    // 2026: 330 000 + 13 200 + 110 000 + 55 000 + 400 000 = 908 200
    // 2027: 720 000 + 16 920 + 240 000 + 120 000 + 500 000 = 1 596 920
    // 2028: 780 000 + 5 280 + 260 000 + 130 000 + 400 000 = 1 575 280
    checkSeries(r[SeriesId::CostTotalNok], {0, 908200, 1596920, 1575280});
    // F[syk] · 1000 + F[hfa] · 800: 1 650 000 + 220 000, 3 600 000 + 480 000, 3 900 000 + 520 000.
    checkSeries(r[SeriesId::CapacityValueNok], {0, 1870000, 4080000, 4420000});
    // 0.5 · capacity + wage + mentor + social − cost:
    // 2026: 935 000 + 30 937.5 + 20 592 + 26 400 − 908 200 = 104 729.5
    // 2027: 2 040 000 + 50 793.75 + 31 028.4 + 57 600 − 1 596 920 = 582 502.15
    // 2028: 2 210 000 + 26 651.25 + 14 175.72 + 62 400 − 1 575 280 = 737 946.97
    checkSeries(r[SeriesId::BudgetEffectNok], {0, 104729.5, 582502.15, 737946.97});
    checkSeries(r[SeriesId::CumulativeBudgetEffectNok], {0, 104729.5, 687231.65, 1425178.62});

    json assistent = tiny();
    // assistent kjoring → frivillig at 0.5: H = 10 · di · 1000 · 0.5 · 0.5 · ramp = 2500 di ramp;
    // capacity adds H · 600 000 / 1000 = 600 H: 0, 600 · 1375, 600 · 3000, 600 · 3250 = 0, 825 000, 1 800 000,
    // 1 950 000; professional hours unchanged.
    assistent["sharing"].push_back({{"from", "assistent"}, {"category", "kjoring"}, {"to", "frivillig"}, {"share", 0.5}});
    const Result a = compute(assistent);
    checkSeries(a[SeriesId::CapacityValueNok], {0, 2695000, 5880000, 6370000});
    checkSeries(a[SeriesId::FreedHoursProfessional], {0, 1925, 4200, 4550});
}

TEST_CASE("Summary: NPVs, end values, net cost per freed FTE", "[engine][formula]")
{
    const Result r = compute(tiny());
    // NPV at 10 %: 104 729.5/1.1 + 582 502.15/1.21 + 737 946.97/1.331.
    CHECK(r.summary.npvBudgetNok == Approx(104729.5 / 1.1 + 582502.15 / 1.21 + 737946.97 / 1.331).epsilon(1e-9));
    // = 1 700 000 + 3 371 900.83 + 3 320 811.42
    CHECK(r.summary.npvCapacityValueNok == Approx(1870000 / 1.1 + 4080000 / 1.21 + 4420000 / 1.331).epsilon(1e-9));
    CHECK(r.summary.freedFteEnd == Approx(4.55).epsilon(1e-12));
    // Σ cost 4 080 400 − Σ wage 108 382.5 − Σ mentor 65 796.12 − Σ social 146 400 = 3 759 821.38;
    // Σ freed FTE = 1.925 + 4.2 + 4.55 = 10.675 → 352 208.09…
    REQUIRE(r.summary.netCostPerFreedFteNok.has_value());
    CHECK(*r.summary.netCostPerFreedFteNok == Approx(3759821.38 / 10.675).epsilon(1e-9));
    const auto j = gevinst::ResultWriter::toJson(r);
    CHECK(j["summary"]["net_cost_per_freed_fte_nok"].get<double>() == Approx(352208.0918032787).epsilon(1e-9));

    json none = tiny();
    // No measures: nothing freed → null; costs are the hub alone: 400 000 + 500 000 + 400 000.
    none["sharing"] = json::array();
    const Result n = compute(none);
    CHECK_FALSE(n.summary.netCostPerFreedFteNok.has_value());
    CHECK(gevinst::ResultWriter::toJson(n)["summary"]["net_cost_per_freed_fte_nok"].is_null());
    checkSeries(n[SeriesId::CostTotalNok], {0, 400000, 500000, 400000});
    CHECK(n.summary.npvBudgetNok == Approx(-(400000 / 1.1 + 500000 / 1.21 + 400000 / 1.331)).epsilon(1e-9));
}

TEST_CASE("Payback: start year when never negative", "[engine][formula][payback]")
{
    // Cumulative 0, 104 729.5, … never below 0 (0 in 2025 counts as not negative).
    const Result r = compute(tiny());
    REQUIRE(r.summary.paybackYear.has_value());
    CHECK(*r.summary.paybackYear == 2025);
}

TEST_CASE("Payback: first year back at ≥ 0 after being negative", "[engine][formula][payback]")
{
    json s = tiny();
    // One-off 800 000 in 2026 instead of 100 000 in 2027:
    // budget 0, 104 729.5 − 800 000, 582 502.15 + 100 000, 737 946.97
    // cumulative 0, −695 270.5, −12 768.35, 725 178.62 → 2028.
    s["hub"]["one_off_cost_nok"] = 800000;
    s["hub"]["one_off_year"] = 2026;
    const Result r = compute(s);
    checkSeries(r[SeriesId::CumulativeBudgetEffectNok], {0, -695270.5, -12768.35, 725178.62});
    REQUIRE(r.summary.paybackYear.has_value());
    CHECK(*r.summary.paybackYear == 2028);
}

TEST_CASE("Payback: null when negative and never back", "[engine][formula][payback]")
{
    json s = tiny();
    // One-off 3 000 000 in 2026: cumulative 0, −2 895 270.5, −2 212 768.35, −1 474 821.38.
    s["hub"]["one_off_cost_nok"] = 3000000;
    s["hub"]["one_off_year"] = 2026;
    const Result r = compute(s);
    checkSeries(r[SeriesId::CumulativeBudgetEffectNok], {0, -2895270.5, -2212768.35, -1474821.38});
    CHECK_FALSE(r.summary.paybackYear.has_value());
    CHECK(gevinst::ResultWriter::toJson(r)["summary"]["payback_year"].is_null());
}

TEST_CASE("The result document holds every series of spec §4, one value per year", "[engine][result]")
{
    const auto j = gevinst::ResultWriter::toJson(compute(tiny()));
    CHECK(j["format"] == "gevinstmodell-result/1");
    CHECK(j["scenario"] == "Liten test");
    CHECK(j["years"] == json({2025, 2026, 2027, 2028}));
    for (const char* name :
         {"recipients", "demand_index", "need_fte", "avail_fte", "gap_fte", "ramp", "freed_hours_professional",
          "freed_fte", "gap_closed_share", "extra_recipients", "task_worker_fte", "task_worker_headcount", "hires",
          "nav_hires", "wage_subsidy_nok", "mentor_subsidy_nok", "social_assistance_savings_nok",
          "cost_task_workers_nok", "cost_training_nok", "cost_volunteers_nok", "cost_technology_nok", "cost_hub_nok",
          "cost_total_nok", "capacity_value_nok", "realised_capacity_nok", "budget_effect_nok",
          "cumulative_budget_effect_nok"}) {
        INFO(name);
        REQUIRE(j["series"].contains(name));
        CHECK(j["series"][name].size() == 4);
    }
    for (const char* name : {"npv_budget_nok", "npv_capacity_value_nok", "payback_year", "freed_fte_end",
                             "gap_closed_share_end", "net_cost_per_freed_fte_nok"}) {
        INFO(name);
        CHECK(j["summary"].contains(name));
    }
}
