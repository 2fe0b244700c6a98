// One test per validation rule of spec §2: each broken scenario must be refused
// (no Scenario handed out) with an error naming the field path. The base is the
// spec's own example (tests/golden/spec_example/scenario.json), which is valid.

#include "ScenarioReader.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

using gevinst::ErrorKind;
using gevinst::FieldError;
using gevinst::FieldErrors;
using gevinst::ScenarioReader;
using nlohmann::json;

namespace {

json specExample()
{
    std::ifstream in(gevinst::test::testDataDir() + "/golden/spec_example/scenario.json");
    REQUIRE(in);
    return json::parse(in);
}

std::string listed(const FieldErrors& errors)
{
    std::string out;
    for (const auto& e : errors)
        out += "\n  " + e.message();
    return out;
}

/// Reads the document, requires it to be refused, and returns its errors.
FieldErrors refused(const json& document)
{
    const auto outcome = ScenarioReader::fromJson(document);
    INFO("errors:" << listed(outcome.errors));
    REQUIRE_FALSE(outcome.ok());
    REQUIRE_FALSE(outcome.errors.empty());
    return outcome.errors;
}

FieldErrors refusedText(const std::string& text)
{
    const auto outcome = ScenarioReader::fromText(text);
    INFO("errors:" << listed(outcome.errors));
    REQUIRE_FALSE(outcome.ok());
    return outcome.errors;
}

/// The error at `path` of `kind`, or nullptr.
const FieldError* find(const FieldErrors& errors, const std::string& path, ErrorKind kind)
{
    const auto it = std::find_if(errors.begin(), errors.end(),
                                 [&](const FieldError& e) { return e.path == path && e.kind == kind; });
    return it == errors.end() ? nullptr : &*it;
}

void requireError(const FieldErrors& errors, const std::string& path, ErrorKind kind)
{
    INFO("looking for " << path << " (kind " << static_cast<int>(kind) << ") among:" << listed(errors));
    const FieldError* e = find(errors, path, kind);
    REQUIRE(e != nullptr);
    // The message names the field path first.
    CHECK(e->message().rfind(path + ": ", 0) == 0);
}

} // namespace

TEST_CASE("The spec example is valid", "[validation]")
{
    const auto outcome = ScenarioReader::fromJson(specExample());
    INFO("errors:" << listed(outcome.errors));
    CHECK(outcome.ok());
    CHECK(outcome.errors.empty());
}

TEST_CASE("Unknown format", "[validation]")
{
    json s = specExample();
    s["format"] = "gevinstmodell-scenario/3";
    const auto errors = refused(s);
    requireError(errors, "format", ErrorKind::UnknownFormat);
    CHECK(errors.size() == 1); // another format's fields are not judged
    // Format 2 is known, but needs its vocabulary; without it no other field is judged.
    s["format"] = "gevinstmodell-scenario/2";
    const auto noVocabulary = refused(s);
    requireError(noVocabulary, "vocabulary", ErrorKind::Missing);
    CHECK(noVocabulary.size() == 1);
    s["format"] = 1;
    requireError(refused(s), "format", ErrorKind::UnknownFormat);
    s.erase("format");
    requireError(refused(s), "format", ErrorKind::Missing);
}

TEST_CASE("Missing required fields", "[validation]")
{
    json s = specExample();
    s.erase("hours_per_fte");
    requireError(refused(s), "hours_per_fte", ErrorKind::Missing);

    s = specExample();
    s["recruitment"]["mentor_subsidy"].erase("months");
    requireError(refused(s), "recruitment.mentor_subsidy.months", ErrorKind::Missing);

    s = specExample();
    s["roles"]["sykepleier"]["task_shares"].erase("kjoring");
    requireError(refused(s), "roles.sykepleier.task_shares.kjoring", ErrorKind::Missing);

    s = specExample();
    s["demography"]["population"]["2035"].erase("80+");
    requireError(refused(s), "demography.population.2035.80+", ErrorKind::Missing);

    s = specExample();
    s["sharing"][1].erase("category");
    requireError(refused(s), "sharing[1].category", ErrorKind::Missing);

    s = specExample();
    s.erase("realisation");
    requireError(refused(s), "realisation", ErrorKind::Missing);

    // sources is optional.
    s = specExample();
    s.erase("sources");
    CHECK(ScenarioReader::fromJson(s).ok());
}

TEST_CASE("Wrong types", "[validation]")
{
    json s = specExample();
    s["discount_rate"] = "0.04";
    requireError(refused(s), "discount_rate", ErrorKind::WrongType);

    s = specExample();
    s["sharing"] = json::object();
    requireError(refused(s), "sharing", ErrorKind::WrongType);

    s = specExample();
    s["roles"]["helsefagarbeider"]["fte"] = json::array({110});
    requireError(refused(s), "roles.helsefagarbeider.fte", ErrorKind::WrongType);

    s = specExample();
    s["hub"] = 5;
    requireError(refused(s), "hub", ErrorKind::WrongType);

    s = specExample();
    s["recruitment"]["wage_subsidy"]["schedule"][1]["rate"] = true;
    requireError(refused(s), "recruitment.wage_subsidy.schedule[1].rate", ErrorKind::WrongType);
}

TEST_CASE("Negative FTE, costs and hours", "[validation]")
{
    json s = specExample();
    s["roles"]["sykepleier"]["fte"] = -1;
    requireError(refused(s), "roles.sykepleier.fte", ErrorKind::Negative);

    s = specExample();
    s["roles"]["helsefagarbeider"]["annual_cost_nok"] = -760000;
    requireError(refused(s), "roles.helsefagarbeider.annual_cost_nok", ErrorKind::Negative);

    s = specExample();
    s["hub"]["one_off_cost_nok"] = -1;
    requireError(refused(s), "hub.one_off_cost_nok", ErrorKind::Negative);

    s = specExample();
    s["receivers"]["teknologi"]["cost_per_shifted_hour_nok"] = -150;
    requireError(refused(s), "receivers.teknologi.cost_per_shifted_hour_nok", ErrorKind::Negative);

    s = specExample();
    s["recruitment"]["mentor_subsidy"]["hours_per_week"] = -2;
    requireError(refused(s), "recruitment.mentor_subsidy.hours_per_week", ErrorKind::Negative);

    s = specExample();
    s["hub"]["coordinator_fte"] = -0.5;
    requireError(refused(s), "hub.coordinator_fte", ErrorKind::Negative);
}

TEST_CASE("Shares outside 0..1", "[validation]")
{
    json s = specExample();
    s["sharing"][0]["share"] = 1.2;
    requireError(refused(s), "sharing[0].share", ErrorKind::OutOfRange);

    s = specExample();
    s["receivers"]["oppgavemedarbeider"]["turnover"] = -0.1;
    requireError(refused(s), "receivers.oppgavemedarbeider.turnover", ErrorKind::OutOfRange);

    s = specExample();
    s["recruitment"]["share_from_nav"] = 1.5;
    requireError(refused(s), "recruitment.share_from_nav", ErrorKind::OutOfRange);

    s = specExample();
    s["demography"]["service_rate"]["80+"] = 1.01;
    requireError(refused(s), "demography.service_rate.80+", ErrorKind::OutOfRange);

    s = specExample();
    s["realisation"]["budget_share_of_freed_capacity"] = -0.01;
    requireError(refused(s), "realisation.budget_share_of_freed_capacity", ErrorKind::OutOfRange);

    // The ends 0 and 1 are allowed.
    s = specExample();
    s["realisation"]["budget_share_of_freed_capacity"] = 1;
    s["receivers"]["oppgavemedarbeider"]["turnover"] = 0;
    CHECK(ScenarioReader::fromJson(s).ok());
}

TEST_CASE("Task shares not summing to 1", "[validation]")
{
    json s = specExample();
    // 0.53 + 0.20 + 0.14 + 0.15 + 0.05 = 1.07.
    s["roles"]["sykepleier"]["task_shares"]["helsefaglig"] = 0.53;
    const auto errors = refused(s);
    requireError(errors, "roles.sykepleier.task_shares", ErrorKind::SumNotOne);
    CHECK(find(errors, "roles.sykepleier.task_shares", ErrorKind::SumNotOne)->message() ==
          "roles.sykepleier.task_shares: sums to 1.07, must be 1");

    // Within ±0.001 is accepted; beyond is not.
    s = specExample();
    s["roles"]["assistent"]["task_shares"]["mestring"] = 0.1009; // sum 1.0009
    CHECK(ScenarioReader::fromJson(s).ok());
    s["roles"]["assistent"]["task_shares"]["mestring"] = 0.0985; // sum 0.9985
    requireError(refused(s), "roles.assistent.task_shares", ErrorKind::SumNotOne);
}

TEST_CASE("Shares of measures with the same from and category above 1", "[validation]")
{
    json s = specExample();
    // sykepleier kompetanse: 0.5 + 0.1 in the example; add 0.5 → 1.1.
    s["sharing"].push_back({{"from", "sykepleier"}, {"category", "kompetanse"}, {"to", "oppgavemedarbeider"}, {"share", 0.5}});
    const auto errors = refused(s);
    requireError(errors, "sharing[5].share", ErrorKind::SumAboveOne);
    CHECK(find(errors, "sharing[5].share", ErrorKind::SumAboveOne)->value == Approx(1.1).epsilon(1e-12));

    // Exactly 1 is allowed, and the same shares over different categories are independent.
    s = specExample();
    s["sharing"].push_back({{"from", "sykepleier"}, {"category", "kompetanse"}, {"to", "oppgavemedarbeider"}, {"share", 0.4}});
    s["sharing"].push_back({{"from", "helsefagarbeider"}, {"category", "kjoring"}, {"to", "oppgavemedarbeider"}, {"share", 0.9}});
    const auto outcome = ScenarioReader::fromJson(s);
    INFO("errors:" << listed(outcome.errors));
    CHECK(outcome.ok());
}

TEST_CASE("A measure from a role to the same role", "[validation]")
{
    json s = specExample();
    s["sharing"][3]["to"] = "helsefagarbeider"; // from helsefagarbeider
    requireError(refused(s), "sharing[3].to", ErrorKind::SameFromTo);

    // sykepleier is not a receiver at all: refused as an unknown receiver, with the path.
    s = specExample();
    s["sharing"][0]["to"] = "sykepleier"; // from sykepleier
    requireError(refused(s), "sharing[0].to", ErrorKind::UnknownId);
}

TEST_CASE("End year before start year", "[validation]")
{
    json s = specExample();
    s["years"]["end"] = 2024;
    requireError(refused(s), "years.end", ErrorKind::EndBeforeStart);
}

TEST_CASE("Ramp or one-off year outside the horizon", "[validation]")
{
    json s = specExample();
    s["ramp"]["start_year"] = 2036;
    requireError(refused(s), "ramp.start_year", ErrorKind::OutsideHorizon);
    s["ramp"]["start_year"] = 2024;
    requireError(refused(s), "ramp.start_year", ErrorKind::OutsideHorizon);

    s = specExample();
    s["hub"]["one_off_year"] = 2020;
    requireError(refused(s), "hub.one_off_year", ErrorKind::OutsideHorizon);

    // The horizon's own ends are inside.
    s = specExample();
    s["ramp"]["start_year"] = 2035;
    s["hub"]["one_off_year"] = 2025;
    CHECK(ScenarioReader::fromJson(s).ok());
}

TEST_CASE("hours_per_fte zero or negative", "[validation]")
{
    json s = specExample();
    s["hours_per_fte"] = 0;
    requireError(refused(s), "hours_per_fte", ErrorKind::NotPositive);
    s["hours_per_fte"] = -1695;
    requireError(refused(s), "hours_per_fte", ErrorKind::NotPositive);
}

TEST_CASE("position_share zero or negative", "[validation]")
{
    json s = specExample();
    s["receivers"]["oppgavemedarbeider"]["position_share"] = 0;
    requireError(refused(s), "receivers.oppgavemedarbeider.position_share", ErrorKind::OutOfRange);
    s["receivers"]["oppgavemedarbeider"]["position_share"] = -0.5;
    requireError(refused(s), "receivers.oppgavemedarbeider.position_share", ErrorKind::OutOfRange);
}

TEST_CASE("No service recipients in the start year", "[validation]")
{
    json s = specExample();
    for (auto& rate : s["demography"]["service_rate"])
        rate = 0;
    requireError(refused(s), "demography", ErrorKind::NoRecipients);

    // Populations zero in the start year (clamped from the first given year) but not later.
    s = specExample();
    for (auto& band : s["demography"]["population"]["2025"])
        band = 0;
    requireError(refused(s), "demography", ErrorKind::NoRecipients);
}

TEST_CASE("Numbers too large for the calculation", "[validation]")
{
    json s = specExample();
    s["roles"]["sykepleier"]["fte"] = 1e300;
    requireError(refused(s), "roles.sykepleier.fte", ErrorKind::TooLarge);

    s = specExample();
    s["demography"]["population"]["2035"]["80+"] = 1e200;
    requireError(refused(s), "demography.population.2035.80+", ErrorKind::TooLarge);

    s = specExample();
    s["hub"]["annual_cost_per_fte_nok"] = -1e200;
    requireError(refused(s), "hub.annual_cost_per_fte_nok", ErrorKind::TooLarge);
}

TEST_CASE("A number literal that overflows a double (1e999) is named by its field", "[validation]")
{
    // JSON has no NaN or infinity; 1e999 is how a non-finite number reaches a scenario file.
    std::string text = specExample().dump();
    const std::string fte = "\"fte\":80";
    const auto at = text.find(fte);
    REQUIRE(at != std::string::npos);
    text.replace(at, fte.size(), "\"fte\":1e999");
    requireError(refusedText(text), "roles.sykepleier.fte", ErrorKind::NotFinite);

    text = specExample().dump();
    const std::string cost = "\"one_off_cost_nok\":400000";
    const auto costAt = text.find(cost);
    REQUIRE(costAt != std::string::npos);
    text.replace(costAt, cost.size(), "\"one_off_cost_nok\":-1e999");
    requireError(refusedText(text), "hub.one_off_cost_nok", ErrorKind::NotFinite);
}

TEST_CASE("Inputs whose calculation does not stay finite", "[validation]")
{
    json s = specExample();
    // Each input is within its bounds, but 1e-300 people in the start year make
    // demand_index = recipients[t] / recipients[0] overflow to infinity.
    s["demography"]["population"]["2025"] = {{"0-19", 0}, {"20-66", 0}, {"67-79", 0}, {"80+", 1e-300}};
    requireError(refused(s), "demography.population.2025.80+", ErrorKind::Overflow);
}

TEST_CASE("Several problems in one file are all reported", "[validation]")
{
    json s = specExample();
    s["hours_per_fte"] = 0;                                         // ≤ 0
    s["roles"]["sykepleier"]["task_shares"]["helsefaglig"] = 0.53;  // sums to 1.07
    s["sharing"][0]["share"] = 1.2;                                 // share outside 0..1
    s["sharing"][3]["to"] = "helsefagarbeider";                     // from == to
    s["hub"]["one_off_year"] = 2040;                                // outside horizon
    s["roles"]["assistent"]["fte"] = -3;                            // negative FTE
    s["recruitment"].erase("share_from_nav");                       // missing
    s["discount_rate"] = "4 %";                                     // wrong type
    const auto errors = refused(s);
    requireError(errors, "hours_per_fte", ErrorKind::NotPositive);
    requireError(errors, "roles.sykepleier.task_shares", ErrorKind::SumNotOne);
    requireError(errors, "sharing[0].share", ErrorKind::OutOfRange);
    requireError(errors, "sharing[3].to", ErrorKind::SameFromTo);
    requireError(errors, "hub.one_off_year", ErrorKind::OutsideHorizon);
    requireError(errors, "roles.assistent.fte", ErrorKind::Negative);
    requireError(errors, "recruitment.share_from_nav", ErrorKind::Missing);
    requireError(errors, "discount_rate", ErrorKind::WrongType);
    // sharing[0].share = 1.2 also makes sykepleier/kjoring sum above 1: a ninth, true, error.
    requireError(errors, "sharing[0].share", ErrorKind::SumAboveOne);
    CHECK(errors.size() == 9);
}
