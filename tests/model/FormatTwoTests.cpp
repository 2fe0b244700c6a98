// Format 2 (spec §2a): a scenario that carries its own vocabulary reads, computes and
// writes back to the same numbers; format 1 is written only for the standard
// vocabulary; every §2a validation rule names its field path; and the input
// catalogue knows every input a scenario holds.
//
// The nursing home of tests/golden/v2_nursing_home is the base: its own age bands,
// six categories, four roles, seven receivers (two task workers, two volunteers, two
// technologies, one role) and a ledger. Its expected.json comes from the
// independent Python reference (tests/reference), not from this engine.

#include "Engine.h"
#include "InputCatalogue.h"
#include "ResultWriter.h"
#include "ScenarioReader.h"
#include "ScenarioWriter.h"
#include "TestPaths.h"
#include "VocabularyLabels.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using gevinst::Engine;
using gevinst::ErrorKind;
using gevinst::FieldError;
using gevinst::FieldErrors;
using gevinst::Result;
using gevinst::Scenario;
using gevinst::ScenarioReader;
using gevinst::ScenarioWriter;
using gevinst::SeriesId;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string goldenText(const std::string& name) { return readText(gevinst::test::testDataDir() + "/golden/" + name + "/scenario.json"); }

/// A golden case as an ordered document (the order of the vocabulary's entries matters).
ordered_json golden(const std::string& name) { return ordered_json::parse(goldenText(name)); }

json goldenExpected(const std::string& name)
{
    return json::parse(readText(gevinst::test::testDataDir() + "/golden/" + name + "/expected.json"));
}

ordered_json nursingHome() { return golden("v2_nursing_home"); }

std::string listed(const FieldErrors& errors)
{
    std::string out;
    for (const auto& e : errors)
        out += "\n  " + e.message();
    return out;
}

Scenario accepted(const ordered_json& document)
{
    const auto outcome = ScenarioReader::fromJson(document);
    INFO("errors:" << listed(outcome.errors));
    REQUIRE(outcome.ok());
    return *outcome.scenario;
}

FieldErrors refused(const ordered_json& document)
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
    REQUIRE_FALSE(outcome.errors.empty());
    return outcome.errors;
}

void requireError(const FieldErrors& errors, const std::string& path, ErrorKind kind)
{
    INFO("looking for " << path << " (kind " << static_cast<int>(kind) << ") among:" << listed(errors));
    const auto it = std::find_if(errors.begin(), errors.end(),
                                 [&](const FieldError& e) { return e.path == path && e.kind == kind; });
    REQUIRE(it != errors.end());
    CHECK(it->message().rfind(path + ": ", 0) == 0);
}

/// Same within a relative 1e-9 of the larger magnitude (absolute 1e-6 near 0); NaN only with NaN.
bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)) + 1e-6;
}

void requireSameResult(const Result& a, const Result& b)
{
    REQUIRE(a.years == b.years);
    for (int i = 0; i < gevinst::kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        REQUIRE(a[id].size() == b[id].size());
        for (Eigen::Index t = 0; t < a[id].size(); ++t) {
            INFO(gevinst::idOf(id) << "[" << t << "]: " << a[id][t] << " vs " << b[id][t]);
            CHECK(same(a[id][t], b[id][t]));
        }
    }
    REQUIRE(a.utilisation.size() == b.utilisation.size());
    for (std::size_t r = 0; r < a.utilisation.size(); ++r) {
        CHECK(a.utilisation[r].roleId == b.utilisation[r].roleId);
        CHECK(same(a.utilisation[r].baseline, b.utilisation[r].baseline));
        for (Eigen::Index t = 0; t < a.utilisation[r].series.size(); ++t)
            CHECK(same(a.utilisation[r].series[t], b.utilisation[r].series[t]));
    }
    CHECK(same(a.summary.npvBudgetNok, b.summary.npvBudgetNok));
    CHECK(same(a.summary.npvCapacityValueNok, b.summary.npvCapacityValueNok));
    CHECK(a.summary.paybackYear == b.summary.paybackYear);
    CHECK(same(a.summary.netCostPerFreedFteNok.value_or(NAN), b.summary.netCostPerFreedFteNok.value_or(NAN)));
    for (std::size_t i = 0; i < a.summary.ledgerNpv.size(); ++i)
        CHECK(same(a.summary.ledgerNpv[i], b.summary.ledgerNpv[i]));
}

/// Relative 1e-9 against a number of the Python reference.
void checkNumber(double actual, const json& expected)
{
    REQUIRE(expected.is_number());
    CHECK(actual == Approx(expected.get<double>()).epsilon(1e-9).margin(1e-6));
}

} // namespace

// ---------------------------------------------------------------------------
// Reading, computing and writing format 2.

TEST_CASE("Format 2: a scenario with its own vocabulary reads with that vocabulary", "[format2]")
{
    const Scenario s = accepted(nursingHome());
    CHECK(s.format == 2);
    CHECK_FALSE(s.vocabulary.isStandard());
    CHECK(s.serviceArea == "sykehjem");
    // Bands, categories, roles and receivers in the file's order.
    REQUIRE(s.vocabulary.ageBands.size() == 4);
    CHECK(s.vocabulary.ageBandIndex("0-66") == 0);
    CHECK(s.vocabulary.ageBandIndex("90+") == 3);
    CHECK(s.vocabulary.ageBands[3].low == 90);
    CHECK(s.vocabulary.ageBands[3].contains(120));
    CHECK(s.vocabulary.ageBandIndex("80+") == -1); // the standard's band is not this one's
    REQUIRE(s.vocabulary.categories.size() == 6);
    CHECK(s.vocabulary.categoryIndex("maaltid") == 2);
    CHECK(s.vocabulary.categoryIndex("kjoring") == -1);
    REQUIRE(s.vocabulary.roles.size() == 4);
    const int vernepleier = s.vocabulary.roleIndex("vernepleier");
    REQUIRE(vernepleier == 1);
    CHECK(s.vocabulary.roles[1].professional);
    // vernepleier matches helsefaglig, kompetanse and aktivitet.
    CHECK(s.vocabulary.roles[1].matching.size() == 3);
    CHECK(s.vocabulary.roles[1].matches(s.vocabulary.categoryIndex("aktivitet")));
    CHECK_FALSE(s.vocabulary.roles[1].matches(s.vocabulary.categoryIndex("maaltid")));
    REQUIRE(s.vocabulary.receivers.size() == 7);
    const int hfa = s.vocabulary.receiverIndex("helsefagarbeider");
    REQUIRE(hfa >= 0);
    CHECK(s.vocabulary.receivers[std::size_t(hfa)].kind == gevinst::ReceiverKind::Role);
    CHECK(s.vocabulary.receivers[std::size_t(hfa)].role == s.vocabulary.roleIndex("helsefagarbeider"));
    CHECK(s.vocabulary.receivers[std::size_t(s.vocabulary.receiverIndex("aktivitetsmedarbeider"))].kind ==
          gevinst::ReceiverKind::TaskWorker);
    // The per-vocabulary vectors are sized to it.
    CHECK(s.roles.size() == 4);
    CHECK(s.receivers.size() == 7);
    CHECK(s.serviceRate.size() == 4);
    for (const auto& year : s.population)
        CHECK(year.byBand.size() == 4);
    CHECK(s.realisation.basis == gevinst::RealisationBasis::Gap);
    CHECK(s.ledger.present);
    // 90+ in 2030: 680; service rate 0.22.
    const int band90 = s.vocabulary.ageBandIndex("90+");
    CHECK(Engine::populationIn(s, 2030)[std::size_t(band90)] == Approx(680).epsilon(1e-12));
    CHECK(s.serviceRate[std::size_t(band90)] == Approx(0.22).epsilon(1e-12));
}

TEST_CASE("Format 2: the nursing home computes the independent reference's numbers", "[format2]")
{
    const Scenario s = accepted(nursingHome());
    const Result r = Engine::compute(s);
    const json expected = goldenExpected("v2_nursing_home");
    checkNumber(r.summary.npvBudgetNok, expected["summary"]["npv_budget_nok"]);
    checkNumber(r.summary.npvCapacityValueNok, expected["summary"]["npv_capacity_value_nok"]);
    REQUIRE(r.summary.paybackYear.has_value());
    CHECK(*r.summary.paybackYear == expected["summary"]["payback_year"].get<int>());
    // Utilisation for the three roles with a matching set, none for assistent.
    CHECK(r.utilisation.size() == expected["utilisation"].size());
    for (const char* role : {"sykepleier", "vernepleier", "helsefagarbeider"}) {
        INFO(role);
        const auto* u = r.utilisationOf(role);
        REQUIRE(u != nullptr);
        checkNumber(u->baseline, expected["utilisation_baseline"][role]);
        checkNumber(u->series[r.yearCount() - 1], expected["utilisation"][role].back());
    }
    CHECK(r.utilisationOf("assistent") == nullptr);
    for (const char* name : {"realised_capacity_nok", "budget_effect_nok", "task_worker_fte", "hires"}) {
        INFO(name);
        const auto id = gevinst::seriesFromId(name);
        REQUIRE(id.has_value());
        for (int t = 0; t < r.yearCount(); ++t)
            checkNumber(r[*id][t], expected["series"][name][std::size_t(t)]);
    }
    checkNumber(r.summary.ledgerNpv[0], expected["ledger"]["npv"]["kommune_helse_omsorg"]);
    checkNumber(r.summary.ledgerNpv[5], expected["ledger"]["npv"]["arbeidstakere"]);
}

TEST_CASE("Format 2: a scenario with its own vocabulary round-trips through the writer", "[format2]")
{
    for (const char* name : {"v2_nursing_home", "v2_missing_categories_and_bands", "v2_receivers_without_use",
                             "v2_partial_ledger", "v2_basis_gap_default"}) {
        INFO(name);
        const Scenario s = accepted(golden(name));
        const ordered_json written = ScenarioWriter::toJson(s);
        CHECK(written["format"] == gevinst::kScenarioFormat2);
        REQUIRE(written.contains("vocabulary"));
        // Through text, as a file would go.
        const auto reread = ScenarioReader::fromText(written.dump(2));
        INFO("errors:" << listed(reread.errors));
        REQUIRE(reread.ok());
        CHECK(reread.scenario->vocabulary == s.vocabulary);
        CHECK(reread.scenario->realisation.basis == s.realisation.basis);
        CHECK(reread.scenario->ledger.present == s.ledger.present);
        requireSameResult(Engine::compute(*reread.scenario), Engine::compute(s));
        // Writing again gives the same document.
        CHECK(ScenarioWriter::toJson(*reread.scenario) == written);
    }
}

TEST_CASE("Format 1 is written only for the standard vocabulary", "[format2]")
{
    // A custom vocabulary: refused with NotStandard, nothing written.
    const Scenario custom = accepted(nursingHome());
    FieldError why;
    CHECK_FALSE(ScenarioWriter::toJson(custom, 1, why).has_value());
    CHECK(why.kind == ErrorKind::NotStandard);
    // Format 2 on request works for it.
    FieldError none;
    const auto asTwo = ScenarioWriter::toJson(custom, 2, none);
    REQUIRE(asTwo.has_value());
    CHECK((*asTwo)["format"] == gevinst::kScenarioFormat2);

    // The standard vocabulary: format 1 without a vocabulary block, the same numbers back.
    const Scenario standard = accepted(golden("spec_example"));
    CHECK(standard.format == 1);
    CHECK(standard.vocabulary.isStandard());
    CHECK(standard.realisation.basis == gevinst::RealisationBasis::All);
    FieldError ok;
    const auto one = ScenarioWriter::toJson(standard, 1, ok);
    REQUIRE(one.has_value());
    CHECK((*one)["format"] == gevinst::kScenarioFormat1);
    CHECK_FALSE(one->contains("vocabulary"));
    const Scenario fromOne = accepted(*one);
    CHECK(fromOne.realisation.basis == gevinst::RealisationBasis::All);
    requireSameResult(Engine::compute(fromOne), Engine::compute(standard));

    // A format-1 scenario written as format 2 keeps basis "all" (spec §2a), and its numbers.
    const ordered_json two = ScenarioWriter::toJson(standard);
    CHECK(two["format"] == gevinst::kScenarioFormat2);
    const Scenario fromTwo = accepted(two);
    CHECK(fromTwo.realisation.basis == gevinst::RealisationBasis::All);
    requireSameResult(Engine::compute(fromTwo), Engine::compute(standard));

    // A standard-vocabulary scenario with basis "gap" keeps "gap" through format 1.
    Scenario gap = standard;
    gap.realisation.basis = gevinst::RealisationBasis::Gap;
    gap.realisation.basisGiven = true;
    const auto gapOne = ScenarioWriter::toJson(gap, 1, ok);
    REQUIRE(gapOne.has_value());
    const Scenario gapBack = accepted(*gapOne);
    CHECK(gapBack.realisation.basis == gevinst::RealisationBasis::Gap);
    requireSameResult(Engine::compute(gapBack), Engine::compute(gap));
}

TEST_CASE("Format 2: labels give a scenario's own ids their names, in every language, without changing a number",
          "[format2][labels]")
{
    ordered_json doc = nursingHome();
    doc["service_area"] = "labels_test_area"; // no shipped names: only the standard vocabulary's and the scenario's
    const Result without = Engine::compute(accepted(doc));
    doc["labels"] = {{"nb", {{"servicemedarbeider", "Servicemedarbeider på kjøkkenet"}, {"90+", "90 år og eldre"},
                             {"sykepleier", "Spesialsykepleier"}}},
                     {"en", {{"servicemedarbeider", "Kitchen service worker"}}},
                     {"nb_short", {{"servicemedarbeider", "Service"}}}};
    const Scenario s = accepted(doc);
    CHECK(s.labels.at("nb").at("servicemedarbeider") == "Servicemedarbeider på kjøkkenet");
    CHECK(s.labels.at("en").at("servicemedarbeider") == "Kitchen service worker");
    requireSameResult(Engine::compute(s), without);

    // Reading the scenario taught the label catalogue its names; a shipped name is not renamed.
    auto& labels = gevinst::VocabularyLabels::instance();
    const std::string before = labels.language();
    CHECK(labels.name("labels_test_area", "servicemedarbeider") == "Servicemedarbeider på kjøkkenet");
    CHECK(labels.shortName("labels_test_area", "servicemedarbeider") == "Service");
    CHECK(labels.name("labels_test_area", "90+") == "90 år og eldre");
    CHECK(labels.name("labels_test_area", "sykepleier") == labels.name("", "sykepleier"));
    CHECK(labels.name("labels_test_area", "sykepleier") != "Spesialsykepleier");
    labels.setLanguage("en");
    CHECK(labels.name("labels_test_area", "servicemedarbeider") == "Kitchen service worker");
    CHECK(labels.name("labels_test_area", "90+") == "90 år og eldre"); // no English name: the Norwegian one
    labels.setLanguage(before);
    CHECK(labels.name("another_area", "servicemedarbeider") == "servicemedarbeider"); // only under its own service area

    // Written back by the writer (format 2 only), read again the same.
    const ordered_json written = ScenarioWriter::toJson(s);
    REQUIRE(written.contains("labels"));
    const Scenario back = accepted(written);
    CHECK(back.labels == s.labels);
    FieldError why;
    Scenario standard = accepted(golden("spec_example"));
    standard.labels["nb"]["sykepleier"] = "Sykepleier i hjemmetjenesten";
    CHECK_FALSE(ScenarioWriter::toJson(standard, 1, why).has_value());
    CHECK(why.path == "labels");
    CHECK(why.kind == ErrorKind::NotStandard);
}

TEST_CASE("Format 2: labels name only the vocabulary's ids, in known languages, as plain text", "[format2][labels][validation]")
{
    ordered_json doc = nursingHome();
    doc["labels"] = {{"nb", {{"ukjent_rolle", "Ukjent"}, {"sykepleier", ""}, {"assistent", 5}}},
                     {"de", {{"sykepleier", "Krankenpfleger"}}},
                     {"en", "Nurse"}};
    const FieldErrors errors = refused(doc);
    requireError(errors, "labels.nb.ukjent_rolle", ErrorKind::UnknownId);
    requireError(errors, "labels.nb.sykepleier", ErrorKind::Missing);
    requireError(errors, "labels.nb.assistent", ErrorKind::WrongType);
    requireError(errors, "labels.de", ErrorKind::UnknownId);
    requireError(errors, "labels.en", ErrorKind::WrongType);
    ordered_json notObject = nursingHome();
    notObject["labels"] = ordered_json::array();
    requireError(refused(notObject), "labels", ErrorKind::WrongType);
    // Format 1 has no labels (spec §2): the key is not read there.
    ordered_json one = golden("spec_example");
    one["labels"] = {{"de", 1}};
    CHECK(accepted(one).labels.empty());
}

TEST_CASE("Format 2: a missing category or band counts 0, an absent vocabulary role has 0 FTE", "[format2]")
{
    ordered_json doc = nursingHome();
    // Drop sykepleier's "aktivitet" (0.06) and move it to helsefaglig, so the shares still sum to 1.
    doc["roles"]["sykepleier"]["task_shares"].erase("aktivitet");
    doc["roles"]["sykepleier"]["task_shares"]["helsefaglig"] = 0.56;
    doc["demography"]["service_rate"].erase("0-66");
    doc["demography"]["population"]["2030"].erase("0-66");
    const Scenario s = accepted(doc);
    const int nurse = s.vocabulary.roleIndex("sykepleier");
    CHECK(s.role(nurse).taskShares[std::size_t(s.vocabulary.categoryIndex("aktivitet"))] == 0.0);
    CHECK(s.serviceRate[std::size_t(s.vocabulary.ageBandIndex("0-66"))] == 0.0);
    // 2030 lacks 0-66: it counts 0, also as an end point of the interpolation (2025: 52 000 → 2030: 0).
    const int young = s.vocabulary.ageBandIndex("0-66");
    CHECK(Engine::populationIn(s, 2030)[std::size_t(young)] == 0.0);
    CHECK(Engine::populationIn(s, 2027)[std::size_t(young)] == Approx(52000.0 * 3 / 5).epsilon(1e-12));

    // A vocabulary role absent from roles: not present, 0 FTE, no utilisation.
    ordered_json noVernepleier = nursingHome();
    noVernepleier["roles"].erase("vernepleier");
    auto& sharing = noVernepleier["sharing"];
    ordered_json kept = ordered_json::array();
    for (const auto& m : sharing)
        if (m["from"] != "vernepleier")
            kept.push_back(m);
    sharing = kept;
    const Scenario without = accepted(noVernepleier);
    const int v = without.vocabulary.roleIndex("vernepleier");
    REQUIRE(v >= 0);
    CHECK_FALSE(without.role(v).present);
    CHECK(without.role(v).fte == 0.0);
    CHECK(Engine::compute(without).utilisationOf("vernepleier") == nullptr);
}

// ---------------------------------------------------------------------------
// Validation rules of §2a: each names its field path.

TEST_CASE("Format 2: an unknown category in task_shares is named", "[format2][validation]")
{
    ordered_json doc = nursingHome();
    doc["roles"]["sykepleier"]["task_shares"]["kjoring"] = 0.0; // a standard category, not this vocabulary's
    requireError(refused(doc), "roles.sykepleier.task_shares.kjoring", ErrorKind::UnknownId);
}

TEST_CASE("Format 2: unknown ids in measures, service rates, populations and roles are named", "[format2][validation]")
{
    ordered_json doc = nursingHome();
    doc["sharing"][0]["category"] = "kjoring";
    requireError(refused(doc), "sharing[0].category", ErrorKind::UnknownId);

    doc = nursingHome();
    doc["sharing"][1]["to"] = "vaktmester";
    requireError(refused(doc), "sharing[1].to", ErrorKind::UnknownId);

    doc = nursingHome();
    doc["sharing"][2]["from"] = "lege";
    requireError(refused(doc), "sharing[2].from", ErrorKind::UnknownId);

    doc = nursingHome();
    doc["demography"]["service_rate"]["80+"] = 0.1;
    requireError(refused(doc), "demography.service_rate.80+", ErrorKind::UnknownId);

    doc = nursingHome();
    doc["demography"]["population"]["2030"]["80+"] = 100;
    requireError(refused(doc), "demography.population.2030.80+", ErrorKind::UnknownId);

    doc = nursingHome();
    doc["roles"]["lege"] = {{"fte", 1}, {"annual_cost_nok", 1}, {"task_shares", {{"helsefaglig", 1}}}};
    requireError(refused(doc), "roles.lege", ErrorKind::UnknownId);

    doc = nursingHome();
    doc["receivers"]["vaktmester"] = {{"time_factor", 1}};
    requireError(refused(doc), "receivers.vaktmester", ErrorKind::UnknownId);
}

TEST_CASE("Format 2: a receiver of kind role must be a role", "[format2][validation]")
{
    ordered_json doc = nursingHome();
    doc["vocabulary"]["receivers"]["vaktmester"] = {{"kind", "role"}};
    requireError(refused(doc), "vocabulary.receivers.vaktmester.kind", ErrorKind::NotARole);

    doc = nursingHome();
    doc["vocabulary"]["receivers"]["robot"] = {{"kind", "machine"}};
    requireError(refused(doc), "vocabulary.receivers.robot.kind", ErrorKind::UnknownId);
}

TEST_CASE("Format 2: age bands that overlap or are malformed are named", "[format2][validation]")
{
    ordered_json doc = nursingHome();
    doc["vocabulary"]["age_bands"] = {"0-66", "67-79", "80-89", "90+", "85-95"};
    requireError(refused(doc), "vocabulary.age_bands[4]", ErrorKind::Overlap);

    doc = nursingHome();
    doc["vocabulary"]["age_bands"] = {"0-67", "67-79", "80-89", "90+"}; // 67 in two bands
    requireError(refused(doc), "vocabulary.age_bands[1]", ErrorKind::Overlap);

    for (const char* bad : {"79-67", "0-121", "121+", "ung", "-5-10", "5.5-10", "5 - 10"}) {
        INFO(bad);
        doc = nursingHome();
        doc["vocabulary"]["age_bands"][0] = bad;
        requireError(refused(doc), "vocabulary.age_bands[0]", ErrorKind::BadAgeBand);
    }
    // Bands need not cover every age, and the ends 0 and 120 are allowed.
    doc = nursingHome();
    doc["vocabulary"]["age_bands"] = {"0-0", "67-79", "80-89", "120+"};
    for (auto& [year, bands] : doc["demography"]["population"].items()) {
        bands.erase("0-66");
        bands.erase("90+");
    }
    doc["demography"]["service_rate"].erase("0-66");
    doc["demography"]["service_rate"].erase("90+");
    accepted(doc);
}

TEST_CASE("Format 2: ids that break the id rule are named", "[format2][validation]")
{
    const std::string longId(41, 'r');
    ordered_json doc = nursingHome();
    doc["vocabulary"]["roles"]["Leder"] = {{"professional", false}, {"matching", ordered_json::array()}};
    requireError(refused(doc), "vocabulary.roles.Leder", ErrorKind::BadId);

    doc = nursingHome();
    doc["vocabulary"]["roles"][longId] = {{"professional", false}, {"matching", ordered_json::array()}};
    requireError(refused(doc), "vocabulary.roles." + longId, ErrorKind::BadId);

    doc = nursingHome();
    doc["vocabulary"]["receivers"]["2frivillig"] = {{"kind", "volunteer"}};
    requireError(refused(doc), "vocabulary.receivers.2frivillig", ErrorKind::BadId);

    doc = nursingHome();
    doc["vocabulary"]["receivers"]["oppgave-medarbeider"] = {{"kind", "task_worker"}};
    requireError(refused(doc), "vocabulary.receivers.oppgave-medarbeider", ErrorKind::BadId);

    doc = nursingHome();
    doc["vocabulary"]["categories"].push_back("Kjoring");
    requireError(refused(doc), "vocabulary.categories[6]", ErrorKind::BadId);

    doc = nursingHome();
    doc["vocabulary"]["categories"].push_back("kjøring"); // not ASCII
    requireError(refused(doc), "vocabulary.categories[6]", ErrorKind::BadId);

    doc = nursingHome();
    doc["vocabulary"]["categories"].push_back("maaltid"); // given twice
    requireError(refused(doc), "vocabulary.categories[6]", ErrorKind::Duplicate);

    // 40 characters, digits and underscores are fine.
    doc = nursingHome();
    doc["vocabulary"]["roles"][std::string(40, 'r')] = {{"professional", false}, {"matching", ordered_json::array()}};
    doc["vocabulary"]["receivers"]["a_2"] = {{"kind", "volunteer"}};
    accepted(doc);

    // At most 32 categories.
    doc = nursingHome();
    for (int i = 0; i < 27; ++i)
        doc["vocabulary"]["categories"].push_back("c" + std::to_string(i));
    requireError(refused(doc), "vocabulary.categories", ErrorKind::TooMany);
    doc["vocabulary"]["categories"].erase(doc["vocabulary"]["categories"].size() - 1); // 32
    accepted(doc);
}

TEST_CASE("Format 2: a task worker used by a measure needs its parameters; an unused receiver need not",
          "[format2][validation]")
{
    ordered_json doc = nursingHome();
    doc["receivers"]["servicemedarbeider"].erase("turnover");
    requireError(refused(doc), "receivers.servicemedarbeider.turnover", ErrorKind::Missing);

    doc = nursingHome();
    doc["receivers"].erase("frivilligsentral");
    bool used = false;
    for (const auto& m : doc["sharing"])
        used = used || m["to"] == "frivilligsentral";
    REQUIRE(used);
    requireError(refused(doc), "receivers.frivilligsentral", ErrorKind::Missing);

    // New receivers of every kind that no measure uses: no parameters needed, and they change nothing.
    doc = nursingHome();
    doc["vocabulary"]["receivers"]["ubrukt_arbeider"] = {{"kind", "task_worker"}};
    doc["vocabulary"]["receivers"]["ubrukt_frivillig"] = {{"kind", "volunteer"}};
    doc["vocabulary"]["receivers"]["ubrukt_teknologi"] = {{"kind", "technology"}};
    doc["vocabulary"]["receivers"]["vernepleier"] = {{"kind", "role"}};
    const Scenario withUnused = accepted(doc);
    CHECK_FALSE(withUnused.receiver(withUnused.vocabulary.receiverIndex("ubrukt_arbeider")).present);
    requireSameResult(Engine::compute(withUnused), Engine::compute(accepted(nursingHome())));

    // In format 1 every receiver's parameters stay required.
    ordered_json one = golden("spec_example");
    one["receivers"].erase("frivillig");
    bool usedInOne = false;
    for (const auto& m : one["sharing"])
        usedInOne = usedInOne || m["to"] == "frivillig";
    REQUIRE(usedInOne);
    requireError(refused(one), "receivers.frivillig", ErrorKind::Missing);
}

TEST_CASE("Keys given twice are refused, naming the key path", "[format2][validation]")
{
    const std::string text = nursingHome().dump(); // compact: no spaces after ':' or ','
    // Top level: "discount_rate" twice.
    {
        std::string twice = text;
        const auto at = twice.find("\"discount_rate\"");
        REQUIRE(at != std::string::npos);
        twice.insert(at, "\"discount_rate\":0.05,");
        const auto errors = refusedText(twice);
        requireError(errors, "discount_rate", ErrorKind::Duplicate);
        CHECK(errors.size() == 1);
    }
    // Nested: roles.sykepleier.fte twice.
    {
        std::string twice = text;
        const auto role = twice.find("\"sykepleier\":{\"fte\"");
        REQUIRE(role != std::string::npos);
        twice.insert(role + std::string("\"sykepleier\":{").size(), "\"fte\":1,");
        requireError(refusedText(twice), "roles.sykepleier.fte", ErrorKind::Duplicate);
    }
    // A role given twice in the vocabulary.
    {
        std::string twice = text;
        const auto roles = twice.find("\"roles\":{\"sykepleier\":{\"professional\"");
        REQUIRE(roles != std::string::npos);
        twice.insert(roles + std::string("\"roles\":{").size(),
                     "\"assistent\":{\"professional\":false,\"matching\":[]},");
        requireError(refusedText(twice), "vocabulary.roles.assistent", ErrorKind::Duplicate);
    }
    // parse() says the same on its own.
    std::string twice = text;
    twice.insert(twice.find("\"discount_rate\""), "\"discount_rate\":0.05,");
    FieldError error;
    CHECK_FALSE(ScenarioReader::parse(twice, error).has_value());
    CHECK(error.kind == ErrorKind::Duplicate);
    CHECK(error.path == "discount_rate");
    FieldError none;
    const auto parsed = ScenarioReader::parse(text, none);
    REQUIRE(parsed.has_value());
    // Document order kept: format first, then name.
    CHECK(parsed->begin().key() == "format");
}

TEST_CASE("A key given twice inside a list element names the element's index", "[format2][validation]")
{
    // Field paths name list elements by index everywhere else ("sharing[1].share").
    std::string text = nursingHome().dump();
    const auto measures = text.find("\"sharing\":[");
    REQUIRE(measures != std::string::npos);
    const auto second = text.find("{\"from\"", text.find("{\"from\"", measures) + 1);
    REQUIRE(second != std::string::npos);
    text.insert(second + 1, "\"share\":0.1,");
    requireError(refusedText(text), "sharing[1].share", ErrorKind::Duplicate);
}

TEST_CASE("Population years must be plain four-digit years, each given once", "[format2][validation]")
{
    for (const char* key : {"02025", "2025.0", "+2025", "2025 ", "MMXXV", "20250"}) {
        INFO(key);
        ordered_json doc = nursingHome();
        doc["demography"]["population"][key] = doc["demography"]["population"]["2030"];
        requireError(refused(doc), std::string("demography.population.") + key, ErrorKind::WrongType);
    }
    // The same in format 1.
    ordered_json one = golden("spec_example");
    one["demography"]["population"]["02025"] = one["demography"]["population"]["2025"];
    requireError(refused(one), "demography.population.02025", ErrorKind::WrongType);
    // The same year twice in the text.
    std::string text = nursingHome().dump();
    const auto year = text.find("\"2030\":{");
    REQUIRE(year != std::string::npos);
    text.insert(year, "\"2030\":{\"0-66\":1},");
    requireError(refusedText(text), "demography.population.2030", ErrorKind::Duplicate);
}

TEST_CASE("Ledger: the two income-tax rates together at most 1", "[format2][validation][ledger]")
{
    ordered_json doc = nursingHome();
    doc["ledger"]["income_tax"] = {{"municipal_rate", 0.6}, {"state_rate", 0.5}};
    const auto errors = refused(doc);
    requireError(errors, "ledger.income_tax", ErrorKind::SumAboveOne);
    const auto it = std::find_if(errors.begin(), errors.end(), [](const FieldError& e) {
        return e.path == "ledger.income_tax";
    });
    CHECK(it->value == Approx(1.1).epsilon(1e-12));
    // Each alone is a share; exactly 1 together is allowed.
    doc["ledger"]["income_tax"] = {{"municipal_rate", 0.4}, {"state_rate", 0.6}};
    accepted(doc);
    doc["ledger"]["income_tax"] = {{"municipal_rate", 1.2}};
    requireError(refused(doc), "ledger.income_tax.municipal_rate", ErrorKind::OutOfRange);
    // In format 1 too.
    ordered_json one = golden("v1_with_ledger");
    one["ledger"]["income_tax"] = {{"municipal_rate", 0.7}, {"state_rate", 0.7}};
    requireError(refused(one), "ledger.income_tax", ErrorKind::SumAboveOne);
    // Every field of the block is optional.
    one["ledger"] = ordered_json::object();
    accepted(one);
}

TEST_CASE("realisation.basis is \"gap\" or \"all\", with the format's default", "[format2][validation]")
{
    ordered_json doc = nursingHome();
    doc["realisation"]["basis"] = "half";
    requireError(refused(doc), "realisation.basis", ErrorKind::UnknownId);
    doc["realisation"]["basis"] = "all";
    CHECK(accepted(doc).realisation.basis == gevinst::RealisationBasis::All);
    doc["realisation"].erase("basis");
    CHECK(accepted(doc).realisation.basis == gevinst::RealisationBasis::Gap);
    ordered_json one = golden("spec_example");
    CHECK(accepted(one).realisation.basis == gevinst::RealisationBasis::All);
    one["realisation"]["basis"] = "gap";
    CHECK(accepted(one).realisation.basis == gevinst::RealisationBasis::Gap);
}

// ---------------------------------------------------------------------------
// The input catalogue.

TEST_CASE("Input catalogue: every input forEachInput gives is found by findInput and matchPath", "[format2][catalogue]")
{
    std::vector<Scenario> scenarios;
    for (const char* name : {"v2_nursing_home", "v2_missing_categories_and_bands", "v2_receivers_without_use",
                             "spec_example", "v1_with_ledger"})
        scenarios.push_back(accepted(golden(name)));
    for (const char* file : {"nordre-follo-hjemmetjenester.json", "bodo-sykehjem.json"}) {
        const auto outcome = ScenarioReader::fromText(readText(gevinst::test::scenariosDir() + "/" + file));
        REQUIRE(outcome.ok());
        scenarios.push_back(*outcome.scenario);
    }
    for (Scenario& s : scenarios) {
        INFO(s.name);
        std::vector<gevinst::BoundInput> inputs;
        gevinst::forEachInput(s, [&](const gevinst::BoundInput& input) { inputs.push_back(input); });
        REQUIRE(inputs.size() > 30);
        std::vector<std::string> paths;
        for (const auto& input : inputs) {
            INFO(input.path);
            REQUIRE(input.spec != nullptr);
            paths.push_back(input.path);
            const auto found = gevinst::findInput(s, input.path);
            REQUIRE(found.has_value());
            CHECK(found->spec == input.spec);
            CHECK(found->path == input.path);
            const auto match = gevinst::matchPath(input.path, s.vocabulary);
            REQUIRE(match.has_value());
            CHECK(match->spec == input.spec);
            // The reference reaches the scenario's own value.
            double* field = gevinst::numericField(s, input.path);
            REQUIRE(field != nullptr);
            CHECK(field == &input.spec->field(s, input.slot));
        }
        // No path twice.
        std::sort(paths.begin(), paths.end());
        CHECK(std::adjacent_find(paths.begin(), paths.end()) == paths.end());
        // forEachNumericField visits the same inputs.
        std::vector<std::string> numeric;
        gevinst::forEachNumericField(static_cast<const Scenario&>(s),
                                     [&](const std::string& path, double, gevinst::Bound) { numeric.push_back(path); });
        std::sort(numeric.begin(), numeric.end());
        CHECK(numeric == paths);
        // Paths that are not inputs are not found.
        CHECK_FALSE(gevinst::findInput(s, "roles.ukjent.fte").has_value());
        CHECK_FALSE(gevinst::findInput(s, "years.start").has_value());
        CHECK(gevinst::numericField(s, "sharing[9999].share") == nullptr);
    }
    // Receiver inputs are told apart by the receiver's kind.
    const Scenario& home = scenarios.front();
    const auto worker = gevinst::matchPath("receivers.servicemedarbeider.time_factor", home.vocabulary);
    const auto volunteer = gevinst::matchPath("receivers.frivilligsentral.time_factor", home.vocabulary);
    REQUIRE(worker.has_value());
    REQUIRE(volunteer.has_value());
    CHECK(worker->spec->kind == gevinst::ReceiverKind::TaskWorker);
    CHECK(volunteer->spec->kind == gevinst::ReceiverKind::Volunteer);
    CHECK_FALSE(gevinst::matchPath("receivers.frivilligsentral.turnover", home.vocabulary).has_value());
}

TEST_CASE("Input catalogue: every spec has a label and a help text", "[format2][catalogue]")
{
    const auto& catalogue = gevinst::inputCatalogue();
    REQUIRE(catalogue.size() > 30);
    for (const auto& spec : catalogue) {
        INFO(spec.pattern);
        CHECK_FALSE(spec.pattern.empty());
        REQUIRE(spec.label != nullptr);
        REQUIRE(spec.help != nullptr);
        CHECK(std::string(spec.label).size() > 0);
        CHECK(std::string(spec.help).size() > 0);
        CHECK(spec.field != nullptr);
        CHECK_FALSE(spec.key().empty());
        CHECK(spec.pattern.substr(spec.pattern.size() - spec.key().size()) == spec.key());
        if (spec.scope == gevinst::InputScope::Receiver)
            CHECK(spec.kind.has_value());
    }
    // Each kind's receiver inputs are those of the catalogue with that kind.
    CHECK(gevinst::receiverInputs(gevinst::ReceiverKind::TaskWorker).size() == 4);
    CHECK(gevinst::receiverInputs(gevinst::ReceiverKind::Volunteer).size() == 2);
    CHECK(gevinst::receiverInputs(gevinst::ReceiverKind::Technology).size() == 1);
    CHECK(gevinst::receiverInputs(gevinst::ReceiverKind::Role).size() == 1);
}
