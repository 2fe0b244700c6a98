#pragma once
// Every SQL statement of the scenario library, as named constants. Values are always
// bound (":name" placeholders), never spliced into the text. Internal to gevinst_store.

namespace gevinst::store::sql {

// --- schema version 1 (the first released library; kept to build v1 test fixtures
//     and to create new libraries, which then run every migration) -------------------

inline constexpr const char* kCreateV1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (1)",
    "CREATE TABLE unit ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " level TEXT NOT NULL CHECK (level IN ('fylke', 'kommune', 'bydel')),"
    " parent_id TEXT REFERENCES unit (id))",
    "CREATE TABLE population ("
    " unit_id TEXT NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
    " year INTEGER NOT NULL,"
    " p0_19 INTEGER NOT NULL CHECK (p0_19 >= 0),"
    " p20_66 INTEGER NOT NULL CHECK (p20_66 >= 0),"
    " p67_79 INTEGER NOT NULL CHECK (p67_79 >= 0),"
    " p80p INTEGER NOT NULL CHECK (p80p >= 0),"
    " source TEXT NOT NULL,"
    " PRIMARY KEY (unit_id, year))",
    "CREATE TABLE scenario ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " unit_id TEXT NOT NULL,"
    " unit_name TEXT NOT NULL,"
    " service_area TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " modified TEXT NOT NULL,"
    " latest_version INTEGER NOT NULL,"
    " shipped INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE scenario_version ("
    " scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,"
    " version INTEGER NOT NULL,"
    " saved_at TEXT NOT NULL,"
    " note TEXT NOT NULL,"
    " document TEXT NOT NULL,"
    " PRIMARY KEY (scenario_id, version))",
};

// --- migration 1 → 2: alternative names, county of every unit, the trash, indexes ----

inline constexpr const char* kMigrateV1toV2[] = {
    "ALTER TABLE unit ADD COLUMN alt_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE unit ADD COLUMN county_id TEXT REFERENCES unit (id)",
    "UPDATE unit SET county_id = CASE level"
    " WHEN 'fylke' THEN id"
    " WHEN 'kommune' THEN parent_id"
    " ELSE (SELECT p.parent_id FROM unit p WHERE p.id = unit.parent_id) END",
    "ALTER TABLE scenario ADD COLUMN trashed_at TEXT",
    "CREATE INDEX unit_parent ON unit (parent_id)",
    "CREATE INDEX scenario_unit ON scenario (unit_id)",
    "CREATE INDEX scenario_listing ON scenario (trashed_at, modified)",
};

// --- migration 2 → 3: SSB's own population projection per unit, fetched or imported, kept
//     beside the program's (§8, computed): one row per unit × alternative, its years in bands

inline constexpr const char* kMigrateV2toV3[] = {
    "CREATE TABLE ssb_projection ("
    " unit_id TEXT NOT NULL REFERENCES unit (id) ON DELETE CASCADE,"
    " alternative TEXT NOT NULL CHECK (length(alternative) = 4),"
    " table_id TEXT NOT NULL,"
    " fetched_at TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " PRIMARY KEY (unit_id, alternative))",
    "CREATE TABLE ssb_projection_year ("
    " unit_id TEXT NOT NULL,"
    " alternative TEXT NOT NULL,"
    " year INTEGER NOT NULL,"
    " p0_19 INTEGER NOT NULL CHECK (p0_19 >= 0),"
    " p20_66 INTEGER NOT NULL CHECK (p20_66 >= 0),"
    " p67_79 INTEGER NOT NULL CHECK (p67_79 >= 0),"
    " p80p INTEGER NOT NULL CHECK (p80p >= 0),"
    " PRIMARY KEY (unit_id, alternative, year),"
    " FOREIGN KEY (unit_id, alternative) REFERENCES ssb_projection (unit_id, alternative) ON DELETE CASCADE)",
};

// --- migration 3 → 4: benefits plans (issue 13) – approvals, benefits, targets, actuals;
//     who saved each version. Foreign keys keep an approved version and its scenario from
//     being deleted (ON DELETE RESTRICT) even if a caller forgot to ask. -----------------

inline constexpr const char* kMigrateV3toV4[] = {
    "ALTER TABLE scenario_version ADD COLUMN saved_by TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE plan ("
    " id INTEGER PRIMARY KEY,"
    " scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE RESTRICT,"
    " version INTEGER NOT NULL,"
    " approved_by TEXT NOT NULL,"
    " approved_at TEXT NOT NULL,"
    " note TEXT NOT NULL,"
    " green REAL NOT NULL CHECK (green > 0),"
    " yellow REAL NOT NULL CHECK (yellow > 0 AND yellow <= green),"
    " superseded_at TEXT,"
    " FOREIGN KEY (scenario_id, version) REFERENCES scenario_version (scenario_id, version) ON DELETE RESTRICT)",
    "CREATE UNIQUE INDEX plan_current ON plan (scenario_id) WHERE superseded_at IS NULL",
    "CREATE INDEX plan_version ON plan (scenario_id, version)",
    "CREATE TABLE benefit ("
    " id INTEGER PRIMARY KEY,"
    " scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,"
    " key TEXT NOT NULL,"
    " figure TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " unit TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('flow', 'level')),"
    " owner_name TEXT NOT NULL,"
    " owner_position TEXT NOT NULL,"
    " class TEXT NOT NULL CHECK (class IN ('budsjett', 'tid', 'offentlig', 'ikke-prissatt')),"
    " baseline_value REAL,"
    " baseline_date TEXT NOT NULL,"
    " baseline_source TEXT NOT NULL,"
    " measured_how TEXT NOT NULL,"
    " measured_by TEXT NOT NULL,"
    " notes TEXT NOT NULL,"
    " created_by TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " UNIQUE (scenario_id, key))",
    "CREATE TABLE benefit_target ("
    " plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,"
    " benefit_id INTEGER NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,"
    " year INTEGER NOT NULL,"
    " value REAL NOT NULL,"
    " PRIMARY KEY (plan_id, benefit_id, year))",
    "CREATE INDEX benefit_target_benefit ON benefit_target (benefit_id)",
    "CREATE TABLE actual ("
    " benefit_id INTEGER NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,"
    " period TEXT NOT NULL,"
    " period_order INTEGER NOT NULL,"
    " value REAL NOT NULL,"
    " source TEXT NOT NULL,"
    " comment TEXT NOT NULL,"
    " recorded_by TEXT NOT NULL,"
    " recorded_at TEXT NOT NULL,"
    " PRIMARY KEY (benefit_id, period))",
};

inline constexpr const char* kSetSchemaVersion = "UPDATE schema_version SET version = :version";
inline constexpr const char* kSelectSchemaVersion = "SELECT version FROM schema_version";
inline constexpr const char* kCountSchemaVersionTable =
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
inline constexpr const char* kCountTables = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
// The same two questions of PostgreSQL's catalogue, in the schema the connection uses.
inline constexpr const char* kCountSchemaVersionTablePostgres =
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'";
inline constexpr const char* kCountTablesPostgres =
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()";
/// Whether the connected role may write the library (else it is opened read-only: «ingen skrivetilgang»).
inline constexpr const char* kCanWritePostgres =
    "SELECT has_table_privilege(current_user, 'scenario_version', 'INSERT')"
    " AND has_table_privilege(current_user, 'scenario', 'UPDATE')";
/// Taken before a server library is upgraded, so that two programs opening it at once upgrade it once.
inline constexpr const char* kLockSchemaVersionPostgres = "LOCK TABLE schema_version IN EXCLUSIVE MODE";
/// Who the connection saves as.
inline constexpr const char* kCurrentUserPostgres = "SELECT current_user";
/// The newest key of a table with an identity column, after rows were copied in with their own keys.
inline constexpr const char* kResyncIdentityPostgres[] = {
    "SELECT setval(pg_get_serial_sequence('scenario', 'id'), COALESCE((SELECT MAX(id) FROM scenario), 0) + 1, false)",
    "SELECT setval(pg_get_serial_sequence('plan', 'id'), COALESCE((SELECT MAX(id) FROM plan), 0) + 1, false)",
    "SELECT setval(pg_get_serial_sequence('benefit', 'id'), COALESCE((SELECT MAX(id) FROM benefit), 0) + 1, false)",
};
inline constexpr const char* kSelectUnitNames = "SELECT id, name FROM unit";
inline constexpr const char* kUpdateUnitName = "UPDATE unit SET name = :name, alt_name = :alt_name WHERE id = :id";

// --- pragmas ----------------------------------------------------------------------

inline constexpr const char* kIntegrityCheck = "PRAGMA integrity_check";
/// Reads the schema: where opening a library (lazily) fails when SQLite cannot read it.
inline constexpr const char* kProbeSchema = "SELECT count(*) FROM sqlite_master";
inline constexpr const char* kForeignKeysOn = "PRAGMA foreign_keys = ON";
inline constexpr const char* kJournalWal = "PRAGMA journal_mode = WAL";
inline constexpr const char* kSynchronousFull = "PRAGMA synchronous = FULL";
inline constexpr const char* kBeginImmediate = "BEGIN IMMEDIATE";
inline constexpr const char* kCommit = "COMMIT";
inline constexpr const char* kRollback = "ROLLBACK";

// --- units and population ------------------------------------------------------------

inline constexpr const char* kSelectUnits =
    "SELECT u.id, u.name, u.alt_name, u.level, u.parent_id, u.county_id, c.name"
    " FROM unit u LEFT JOIN unit c ON c.id = u.county_id ORDER BY u.id";
inline constexpr const char* kSelectUnit =
    "SELECT u.id, u.name, u.alt_name, u.level, u.parent_id, u.county_id, c.name"
    " FROM unit u LEFT JOIN unit c ON c.id = u.county_id WHERE u.id = :id";
inline constexpr const char* kSelectCounties =
    "SELECT u.id, u.name, u.alt_name, u.level, u.parent_id, u.county_id, c.name"
    " FROM unit u LEFT JOIN unit c ON c.id = u.county_id WHERE u.parent_id IS NULL ORDER BY u.name";
inline constexpr const char* kSelectChildUnits =
    "SELECT u.id, u.name, u.alt_name, u.level, u.parent_id, u.county_id, c.name"
    " FROM unit u LEFT JOIN unit c ON c.id = u.county_id WHERE u.parent_id = :parent ORDER BY u.name";
inline constexpr const char* kInsertUnit =
    "INSERT INTO unit (id, name, alt_name, level, parent_id, county_id)"
    " VALUES (:id, :name, :alt_name, :level, :parent_id, :county_id)"
    " ON CONFLICT (id) DO UPDATE SET name = excluded.name, alt_name = excluded.alt_name, level = excluded.level,"
    " parent_id = excluded.parent_id, county_id = excluded.county_id";
inline constexpr const char* kCountUnits = "SELECT COUNT(*) FROM unit";
inline constexpr const char* kUnitExists = "SELECT COUNT(*) FROM unit WHERE id = :id";

inline constexpr const char* kSelectPopulation =
    "SELECT unit_id, year, p0_19, p20_66, p67_79, p80p, source FROM population WHERE unit_id = :unit ORDER BY year";
inline constexpr const char* kSelectPopulationYear =
    "SELECT unit_id, year, p0_19, p20_66, p67_79, p80p, source FROM population WHERE unit_id = :unit AND year = :year";
inline constexpr const char* kInsertPopulation =
    "INSERT INTO population (unit_id, year, p0_19, p20_66, p67_79, p80p, source)"
    " VALUES (:unit, :year, :p0, :p1, :p2, :p3, :source)"
    " ON CONFLICT (unit_id, year) DO UPDATE SET p0_19 = excluded.p0_19, p20_66 = excluded.p20_66,"
    " p67_79 = excluded.p67_79, p80p = excluded.p80p, source = excluded.source";
inline constexpr const char* kPopulationYears = "SELECT DISTINCT year FROM population ORDER BY year";

// --- scenarios and versions -------------------------------------------------------------

#define GEVINST_SCENARIO_COLUMNS                                                                    \
    "SELECT s.id, s.name, s.unit_id, s.unit_name, s.service_area, s.created, s.modified,"           \
    " s.latest_version, s.shipped, s.trashed_at,"                                                   \
    " (SELECT COUNT(*) FROM scenario_version v WHERE v.scenario_id = s.id) FROM scenario s"

// On a server, whole-library lists count every scenario's versions in one grouped pass rather than
// one sub-select per row (which made listing 1 000 scenarios six times slower than on a file). A file
// keeps the sub-select: it counts from the key alone, where a grouped pass would read every document.
#define GEVINST_SCENARIO_LIST_COLUMNS                                                               \
    "SELECT s.id, s.name, s.unit_id, s.unit_name, s.service_area, s.created, s.modified,"           \
    " s.latest_version, s.shipped, s.trashed_at, COALESCE(v.n, 0) FROM scenario s"                  \
    " LEFT JOIN (SELECT scenario_id, COUNT(*) AS n FROM scenario_version GROUP BY scenario_id) v"   \
    " ON v.scenario_id = s.id"

inline constexpr const char* kListLiveScenarios =
    GEVINST_SCENARIO_COLUMNS " WHERE s.trashed_at IS NULL ORDER BY s.modified DESC, s.id DESC";
inline constexpr const char* kListLiveScenariosPostgres =
    GEVINST_SCENARIO_LIST_COLUMNS " WHERE s.trashed_at IS NULL ORDER BY s.modified DESC, s.id DESC";
inline constexpr const char* kListLiveScenariosOfUnit =
    GEVINST_SCENARIO_COLUMNS " WHERE s.trashed_at IS NULL AND s.unit_id = :unit ORDER BY s.modified DESC, s.id DESC";
inline constexpr const char* kListTrashedScenarios =
    GEVINST_SCENARIO_COLUMNS " WHERE s.trashed_at IS NOT NULL ORDER BY s.trashed_at DESC, s.id DESC";
inline constexpr const char* kListTrashedScenariosPostgres =
    GEVINST_SCENARIO_LIST_COLUMNS " WHERE s.trashed_at IS NOT NULL ORDER BY s.trashed_at DESC, s.id DESC";
inline constexpr const char* kListTrashedScenariosOfUnit =
    GEVINST_SCENARIO_COLUMNS " WHERE s.trashed_at IS NOT NULL AND s.unit_id = :unit ORDER BY s.trashed_at DESC, s.id DESC";

#undef GEVINST_SCENARIO_LIST_COLUMNS
inline constexpr const char* kSelectScenario = GEVINST_SCENARIO_COLUMNS " WHERE s.id = :id";

#undef GEVINST_SCENARIO_COLUMNS

inline constexpr const char* kInsertScenario =
    "INSERT INTO scenario (name, unit_id, unit_name, service_area, created, modified, latest_version, shipped)"
    " VALUES (:name, :unit_id, :unit_name, :service_area, :now, :now, 1, :shipped)";
inline constexpr const char* kUpdateScenarioAfterSave =
    "UPDATE scenario SET name = :name, unit_id = :unit_id, unit_name = :unit_name, service_area = :service_area,"
    " modified = :now, latest_version = :version WHERE id = :id";
/// Read before a save writes the next version: on a server the row stays locked until the save ends (SqlDialect.h).
inline constexpr const char* kSelectLatestVersion =
    "SELECT latest_version, trashed_at FROM scenario WHERE id = :id /* FOR UPDATE */";
inline constexpr const char* kInsertVersion =
    "INSERT INTO scenario_version (scenario_id, version, saved_at, note, document, saved_by)"
    " VALUES (:id, :version, :now, :note, :document, :saved_by)";
inline constexpr const char* kSelectVersions =
    "SELECT scenario_id, version, saved_at, note, LENGTH(CAST(document AS BLOB)), saved_by FROM scenario_version"
    " WHERE scenario_id = :id ORDER BY version";
inline constexpr const char* kSelectVersionDocument =
    "SELECT scenario_id, version, saved_at, note, LENGTH(CAST(document AS BLOB)), saved_by, document FROM scenario_version"
    " WHERE scenario_id = :id AND version = :version";
inline constexpr const char* kTrashScenario =
    "UPDATE scenario SET trashed_at = :now WHERE id = :id AND trashed_at IS NULL";
inline constexpr const char* kUntrashScenario =
    "UPDATE scenario SET trashed_at = NULL WHERE id = :id AND trashed_at IS NOT NULL";
inline constexpr const char* kDeleteTrashedScenario = "DELETE FROM scenario WHERE id = :id AND trashed_at IS NOT NULL";
inline constexpr const char* kCountLiveScenarios = "SELECT COUNT(*) FROM scenario WHERE trashed_at IS NULL";
inline constexpr const char* kSelectVersionSaver =
    "SELECT saved_by, saved_at FROM scenario_version WHERE scenario_id = :id AND version = :version";
/// Whether a scenario has a plan (current or history): such a scenario is not trashed or deleted (issue 13).
inline constexpr const char* kCountPlansOfScenario = "SELECT COUNT(*), MAX(version) FROM plan WHERE scenario_id = :id";
inline constexpr const char* kCountTrashedScenarios = "SELECT COUNT(*) FROM scenario WHERE trashed_at IS NOT NULL";

// --- SSB's projection (schema v3) -----------------------------------------------------------

inline constexpr const char* kDeleteSsbProjection =
    "DELETE FROM ssb_projection WHERE unit_id = :unit AND alternative = :alternative";
inline constexpr const char* kInsertSsbProjection =
    "INSERT INTO ssb_projection (unit_id, alternative, table_id, fetched_at, source)"
    " VALUES (:unit, :alternative, :table_id, :fetched_at, :source)";
inline constexpr const char* kInsertSsbProjectionYear =
    "INSERT INTO ssb_projection_year (unit_id, alternative, year, p0_19, p20_66, p67_79, p80p)"
    " VALUES (:unit, :alternative, :year, :p0, :p1, :p2, :p3)";
inline constexpr const char* kSelectSsbProjections =
    "SELECT unit_id, alternative, table_id, fetched_at, source FROM ssb_projection WHERE unit_id = :unit"
    " ORDER BY fetched_at DESC, alternative";
inline constexpr const char* kSelectSsbProjectionYears =
    "SELECT year, p0_19, p20_66, p67_79, p80p FROM ssb_projection_year"
    " WHERE unit_id = :unit AND alternative = :alternative ORDER BY year";

} // namespace gevinst::store::sql
