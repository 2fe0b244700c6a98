#pragma once
// The SQL of `gevinst db copy` (LibraryCopy.cpp): every table of the library, in an order
// where a row's parents come first, read in full from one library and written into
// another with the same keys. Internal to gevinst_store; values always bound.

namespace gevinst::store::sql {

struct CopyTable {
    const char* name;   ///< for the summary and errors
    const char* select; ///< every column, parents before children
    const char* insert; ///< the same columns, as :c0, :c1, …
    int columns;
};

/// Units and population are merged into what the target has (upserts, kInsertUnit and
/// kInsertPopulation); these tables are copied row for row into a target without scenarios.
inline constexpr CopyTable kCopyTables[] = {
    {"scenario",
     "SELECT id, name, unit_id, unit_name, service_area, created, modified, latest_version, shipped, trashed_at FROM scenario ORDER BY id",
     "INSERT INTO scenario (id, name, unit_id, unit_name, service_area, created, modified, latest_version, shipped, trashed_at)"
     " VALUES (:c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8, :c9)",
     10},
    {"scenario_version",
     "SELECT scenario_id, version, saved_at, note, document, saved_by FROM scenario_version ORDER BY scenario_id, version",
     "INSERT INTO scenario_version (scenario_id, version, saved_at, note, document, saved_by)"
     " VALUES (:c0, :c1, :c2, :c3, :c4, :c5)",
     6},
    {"plan",
     "SELECT id, scenario_id, version, approved_by, approved_at, note, green, yellow, superseded_at FROM plan ORDER BY id",
     "INSERT INTO plan (id, scenario_id, version, approved_by, approved_at, note, green, yellow, superseded_at)"
     " VALUES (:c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8)",
     9},
    {"benefit",
     "SELECT id, scenario_id, key, figure, name, unit, kind, owner_name, owner_position, class, baseline_value, baseline_date,"
     " baseline_source, measured_how, measured_by, notes, created_by, created_at FROM benefit ORDER BY id",
     "INSERT INTO benefit (id, scenario_id, key, figure, name, unit, kind, owner_name, owner_position, class, baseline_value,"
     " baseline_date, baseline_source, measured_how, measured_by, notes, created_by, created_at)"
     " VALUES (:c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7, :c8, :c9, :c10, :c11, :c12, :c13, :c14, :c15, :c16, :c17)",
     18},
    {"benefit_target",
     "SELECT plan_id, benefit_id, year, value FROM benefit_target ORDER BY plan_id, benefit_id, year",
     "INSERT INTO benefit_target (plan_id, benefit_id, year, value) VALUES (:c0, :c1, :c2, :c3)",
     4},
    {"actual",
     "SELECT benefit_id, period, period_order, value, source, comment, recorded_by, recorded_at FROM actual"
     " ORDER BY benefit_id, period_order, period",
     "INSERT INTO actual (benefit_id, period, period_order, value, source, comment, recorded_by, recorded_at)"
     " VALUES (:c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7)",
     8},
};

/// Units with their parents first (county "03", kommune "0301", bydel "030101").
inline constexpr const char* kCopySelectUnits =
    "SELECT id, name, alt_name, level, parent_id, county_id FROM unit ORDER BY LENGTH(id), id";
inline constexpr const char* kCopySelectPopulation =
    "SELECT unit_id, year, p0_19, p20_66, p67_79, p80p, source FROM population ORDER BY unit_id, year";
inline constexpr const char* kCopySelectSsbProjections =
    "SELECT unit_id, alternative, table_id, fetched_at, source FROM ssb_projection ORDER BY unit_id, alternative";
inline constexpr const char* kCopySelectSsbProjectionYears =
    "SELECT unit_id, alternative, year, p0_19, p20_66, p67_79, p80p FROM ssb_projection_year ORDER BY unit_id, alternative, year";
inline constexpr const char* kCountAllScenarios = "SELECT COUNT(*) FROM scenario";

/// A consistent view of the source while it is read (others may be saving meanwhile).
inline constexpr const char* kBeginSnapshotSqlite = "BEGIN";
inline constexpr const char* kBeginSnapshotPostgres = "BEGIN ISOLATION LEVEL REPEATABLE READ";

} // namespace gevinst::store::sql
