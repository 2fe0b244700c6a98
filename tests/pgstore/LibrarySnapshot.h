#pragma once
// Everything a library holds, read through the store API into one JSON value: units,
// population figures, SSB projections, scenarios (live and trashed) with every version
// (document, note, saved_by, saved_at), plans with their history, benefits with the
// targets of every plan, and actuals. Two libraries hold the same when their snapshots
// are equal (numbers compared exactly: a copy must not round).

#include "StoreTestSupport.h"

#include "PlanLibrary.h"
#include "ScenarioLibrary.h"
#include "SsbProjection.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace gevinst::test {

inline std::string isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string("(invalid)");
}

inline nlohmann::json snapshotOf(const store::AgeBandPopulation& p)
{
    return {{"unit", p.unitId.toStdString()},
            {"year", p.year},
            {"persons", {p.persons[0], p.persons[1], p.persons[2], p.persons[3]}},
            {"source", p.source.toStdString()}};
}

inline nlohmann::json snapshotOf(const plan::PlanRecord& r)
{
    return {{"id", r.id},
            {"scenario", r.scenarioId},
            {"version", r.version},
            {"approved_by", r.approvedBy.toStdString()},
            {"approved_at", isoUtc(r.approvedAt)},
            {"note", r.note.toStdString()},
            {"green", r.thresholds.green},
            {"yellow", r.thresholds.yellow},
            {"superseded_at", r.supersededAt ? isoUtc(*r.supersededAt) : std::string("-")}};
}

inline nlohmann::json snapshotOf(const plan::Benefit& b)
{
    nlohmann::json targets = nlohmann::json::object();
    for (const auto& [year, value] : b.targets)
        targets[std::to_string(year)] = value;
    return {{"id", b.id},
            {"key", b.key.toStdString()},
            {"figure", b.figure.toStdString()},
            {"name", b.name.toStdString()},
            {"unit", b.unit.toStdString()},
            {"kind", plan::figureKindId(b.kind).toStdString()},
            {"owner", b.ownerName.toStdString()},
            {"owner_position", b.ownerPosition.toStdString()},
            {"class", plan::benefitClassId(b.benefitClass).toStdString()},
            {"baseline", b.baselineValue ? nlohmann::json(*b.baselineValue) : nlohmann::json()},
            {"baseline_date", b.baselineDate.toStdString()},
            {"baseline_source", b.baselineSource.toStdString()},
            {"measured_how", b.measuredHow.toStdString()},
            {"measured_by", b.measuredBy.toStdString()},
            {"notes", b.notes.toStdString()},
            {"created_by", b.createdBy.toStdString()},
            {"created_at", isoUtc(b.createdAt)},
            {"targets", targets}};
}

/// The whole library as JSON (see above). Fails the test when anything cannot be read.
inline nlohmann::json librarySnapshot(store::ScenarioLibrary& lib)
{
    using namespace gevinst::store;
    nlohmann::json snap;
    auto status = lib.status();
    REQUIRE_OK(status);
    snap["schema_version"] = status->schemaVersion;
    snap["scenario_count"] = status->scenarioCount;
    snap["trashed_count"] = status->trashedCount;
    snap["unit_count"] = status->unitCount;
    snap["population_years"] = status->populationYears;

    auto units = lib.units();
    REQUIRE_OK(units);
    for (const Unit& u : *units) {
        snap["units"].push_back({{"id", u.id.toStdString()},
                                 {"name", u.name.toStdString()},
                                 {"alt_name", u.alternativeName.toStdString()},
                                 {"level", unitLevelName(u.level).toStdString()},
                                 {"parent", u.parentId.toStdString()},
                                 {"county", u.countyId.toStdString()}});
        auto population = lib.population(u.id);
        REQUIRE_OK(population);
        for (const AgeBandPopulation& p : *population)
            snap["population"].push_back(snapshotOf(p));
        auto projections = lib.ssbProjections(u.id);
        REQUIRE_OK(projections);
        for (const SsbProjection& p : *projections) {
            nlohmann::json years = nlohmann::json::array();
            for (const AgeBandPopulation& y : p.years)
                years.push_back(snapshotOf(y));
            snap["ssb_projections"].push_back({{"unit", p.unitId.toStdString()},
                                               {"alternative", p.alternative.toStdString()},
                                               {"table", p.tableId.toStdString()},
                                               {"fetched_at", isoUtc(p.fetchedAt)},
                                               {"source", p.source.toStdString()},
                                               {"years", years}});
        }
    }

    PlanLibrary plans(lib);
    for (bool trashed : {false, true}) {
        auto scenarios = lib.scenarios({std::nullopt, trashed});
        REQUIRE_OK(scenarios);
        for (const ScenarioInfo& s : *scenarios) {
            nlohmann::json scenario = {{"id", s.id},
                                       {"name", s.name.toStdString()},
                                       {"unit", s.unitId.toStdString()},
                                       {"unit_name", s.unitName.toStdString()},
                                       {"service_area", s.serviceArea.toStdString()},
                                       {"created", isoUtc(s.created)},
                                       {"modified", isoUtc(s.modified)},
                                       {"latest_version", s.latestVersion},
                                       {"version_count", s.versionCount},
                                       {"shipped", s.shipped},
                                       {"trashed", s.trashed},
                                       {"trashed_at", s.trashedAt ? isoUtc(*s.trashedAt) : std::string("-")}};
            auto versions = lib.versions(s.id);
            REQUIRE_OK(versions);
            for (const ScenarioVersionInfo& v : *versions) {
                auto doc = lib.load(s.id, v.version);
                REQUIRE_OK(doc);
                scenario["versions"].push_back({{"version", v.version},
                                                {"saved_at", isoUtc(v.savedAt)},
                                                {"note", v.note.toStdString()},
                                                {"saved_by", v.savedBy.toStdString()},
                                                {"bytes", v.documentBytes},
                                                {"document", doc->json.toStdString()}});
            }
            auto history = plans.planHistory(s.id);
            REQUIRE_OK(history);
            for (const plan::PlanRecord& r : *history) {
                nlohmann::json record = snapshotOf(r);
                auto benefits = plans.benefits(s.id, r.id);
                REQUIRE_OK(benefits);
                for (const plan::Benefit& b : *benefits)
                    record["benefits"].push_back(snapshotOf(b));
                scenario["plans"].push_back(record);
            }
            auto actuals = plans.actuals(s.id);
            REQUIRE_OK(actuals);
            for (const plan::Actual& a : *actuals)
                scenario["actuals"].push_back({{"benefit", a.benefitKey.toStdString()},
                                               {"period", a.period.text().toStdString()},
                                               {"value", a.value},
                                               {"source", a.source.toStdString()},
                                               {"comment", a.comment.toStdString()},
                                               {"recorded_by", a.recordedBy.toStdString()},
                                               {"recorded_at", isoUtc(a.recordedAt)}});
            snap["scenarios"].push_back(scenario);
        }
    }
    return snap;
}

/// Where two snapshots first differ (a JSON pointer and both values), or empty when equal.
inline std::string firstDifference(const nlohmann::json& a, const nlohmann::json& b)
{
    const auto patch = nlohmann::json::diff(a, b);
    if (patch.empty())
        return {};
    std::string text = std::to_string(patch.size()) + " differences, first: " + patch.front().dump();
    const std::string path = patch.front().value("path", "");
    if (!path.empty() && a.contains(nlohmann::json::json_pointer(path)))
        text += "; was " + a.at(nlohmann::json::json_pointer(path)).dump().substr(0, 400);
    return text;
}

} // namespace gevinst::test
