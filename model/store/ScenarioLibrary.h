#pragma once
// The user's scenario library: one SQLite file, or a database on a PostgreSQL server
// shared by a finance department (Qt Sql; SqlDialect.h names the differences), holding every unit (county →
// kommune → Oslo bydel), population by age band per year, and the scenarios with their
// full version history and a recoverable trash. Owns its database connection; one
// transaction per user action; never repairs or overwrites a file it cannot trust.
// Every call returns a StoreResult; nothing throws. Use an instance from the thread
// that opened it (Qt Sql connections are per thread); open another for a worker thread.

#include "LibraryTypes.h"
#include "Scenario.h"
#include "ScenarioTemplate.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace gevinst::store {

struct PopulationTable;
struct SsbProjection;
class LibraryDatabase;
class LibraryLocation;

/// How open() treats the file.
struct OpenOptions {
    bool readOnly = false;      ///< open without writing anything (no creation, no migration)
    bool createIfMissing = true;///< create a new library when the file does not exist
    bool seed = true;           ///< a newly created library gets the shipped units, population and scenarios
    QString dataDir;            ///< where shipped data lives; empty = DataLocations::dataDir()
    int busyTimeoutMs = 3000;   ///< how long to wait for another program's lock before failing with Locked
    QString password;           ///< a server library's password (the window's prompt); kept in memory only. Empty: the URI's, else libpq's PGPASSWORD / ~/.pgpass
};

/// What ScenarioLibrary::initialize() found and did.
struct InitResult {
    bool alreadyLibrary = false; ///< it was a library already: nothing changed (an older schema was upgraded)
    int schemaVersion = 0;
};

/// A stored version read as a scenario (ScenarioLibrary::loadScenario).
struct StoredScenario {
    ScenarioDocument document; ///< the text exactly as saved, with its scenario and version
    Scenario scenario;         ///< the text read and validated
};

class ScenarioLibrary {
public:
    /// The schema version this program writes (the schema_version table).
    static int currentSchemaVersion();
    /// Default library file: QStandardPaths::AppDataLocation + "/gevinstmodell.sqlite".
    static QString defaultPath();

    /// Opens (or creates and seeds) the library at `path`: checks it is SQLite, runs
    /// PRAGMA integrity_check, refuses newer schemas, migrates older ones in one
    /// transaction, turns on foreign keys and WAL. ":memory:" gives a private in-memory library.
    static StoreResult<std::unique_ptr<ScenarioLibrary>> open(const QString& path, const OpenOptions& options = {});
    /// `gevinst db init`: makes the database at `location` (a server URI, or a file) a
    /// library — the schema and, unless options.seed is false, the shipped units,
    /// population and scenarios, in one transaction. A database that already is a library
    /// is left as it is (upgraded when older). A server database holding other tables is
    /// refused (NotFound, nothing touched); a role without write access gets ReadOnly.
    static StoreResult<InitResult> initialize(const QString& location, const OpenOptions& options = {});

    ~ScenarioLibrary();
    ScenarioLibrary(const ScenarioLibrary&) = delete;
    ScenarioLibrary& operator=(const ScenarioLibrary&) = delete;

    /// The database file (absolute), ":memory:", or a server's URI without its password.
    QString filePath() const;
    /// Whether the library was opened read-only (OpenOptions::readOnly: a read-only file,
    /// folder or share, a full disk). Reading works; every change is refused with a
    /// StoreError of kind ReadOnly. The window shows it in its status bar.
    bool isReadOnly() const;
    /// Whether the library lives on a PostgreSQL server (opened from a postgresql:// URI).
    bool isServer() const;
    /// Who saves, approvals and actuals are recorded as: the database user on a server, the OS user for a file.
    QString userName() const;
    /// File, schema version, number of scenarios (live and trashed), units and population years.
    StoreResult<LibraryStatus> status() const;

    // --- moving a library ----------------------------------------------------

    /// `gevinst db copy`: copies every unit, population figure, SSB projection, scenario
    /// (with its id), version, plan, benefit, target and actual from the library at `from`
    /// to the one at `to` (SQLite ↔ PostgreSQL) in one transaction on the target. The
    /// target is a file that does not exist yet (created without the shipped scenarios), an
    /// empty server database (its schema is made in the same transaction), or a library
    /// without scenarios (Conflict, field "to", otherwise). Nothing is left half-copied: on
    /// failure the target is as it was (a file made for the copy is removed).
    static StoreResult<CopySummary> copy(const QString& from, const QString& to, const OpenOptions& options = {});
    /// The copy itself, into this library (which must hold no scenarios), inside one transaction.
    StoreResult<CopySummary> copyFrom(const ScenarioLibrary& source);

    // --- units ---------------------------------------------------------------

    /// Every unit: counties, kommuner, bydeler, ordered by id.
    StoreResult<std::vector<Unit>> units() const;
    /// The units directly under `parentId` (empty parentId: the counties), ordered by name.
    StoreResult<std::vector<Unit>> childUnits(const QString& parentId) const;
    /// Units whose id starts with, or name / alternative name contains, `text` (case-insensitive), ordered by level then name.
    StoreResult<std::vector<Unit>> searchUnits(const QString& text) const;
    /// One unit by id ("0301", "030112", "03"); NotFound when there is none.
    StoreResult<Unit> unit(const QString& id) const;

    /// Every year with figures for `unitId`, ascending (empty when none).
    StoreResult<std::vector<AgeBandPopulation>> population(const QString& unitId) const;
    /// The figures of `unitId` on 1 January `year`; NotFound when missing.
    StoreResult<AgeBandPopulation> population(const QString& unitId, int year) const;
    /// Writes imported figures (replacing the same unit×year) in one transaction; every
    /// unit must exist, else nothing is written and the error names the unit.
    StoreResult<ImportSummary> importPopulation(const PopulationTable& table);

    /// Keeps SSB's projection for its unit (replacing the same unit × alternative), in one
    /// transaction, beside the program's own (which is computed, not stored).
    StoreResult<void> saveSsbProjection(const SsbProjection& projection);
    /// SSB's stored projections of `unitId`, the most recently fetched first (empty when none).
    StoreResult<std::vector<SsbProjection>> ssbProjections(const QString& unitId) const;

    // --- scenarios -----------------------------------------------------------

    /// Scenarios matching `filter` (default: all live ones), newest modified first.
    StoreResult<std::vector<ScenarioInfo>> scenarios(const ScenarioFilter& filter = {}) const;
    /// One scenario's metadata (live or trashed); NotFound when there is none.
    StoreResult<ScenarioInfo> scenario(qint64 id) const;
    /// Every version of a scenario, oldest first.
    StoreResult<std::vector<ScenarioVersionInfo>> versions(qint64 id) const;
    /// The document of `version` (default: the newest) exactly as it was saved.
    StoreResult<ScenarioDocument> load(qint64 id, std::optional<int> version = std::nullopt) const;
    /// The scenario of `version` (default: the newest), read and validated: what every
    /// caller that computes a stored scenario wants. A version whose text no longer
    /// reads (saved by an older program, say) is InvalidInput with field "version" and
    /// the reader's problems in `readErrors`.
    StoreResult<StoredScenario> loadScenario(qint64 id, std::optional<int> version = std::nullopt) const;

    /// Stores a new scenario (version 1) from gevinstmodell-scenario/1 JSON text; the text
    /// must read and validate (InvalidInput names the JSON path otherwise).
    StoreResult<SavedVersion> create(const QByteArray& json, const QString& note = {});
    /// Saves `json` as a new version of scenario `id` (never overwrites an earlier one).
    StoreResult<SavedVersion> save(qint64 id, const QByteArray& json, const QString& note = {});
    /// As save(), only when `baseVersion` is still the newest version (the one the caller
    /// edited); otherwise nothing is stored and the error (kind Conflict, field
    /// "base_version") names who saved the newest version and when.
    StoreResult<SavedVersion> saveOnBase(qint64 id, const QByteArray& json, int baseVersion, const QString& note = {});
    /// Makes an earlier version the newest by saving a copy of it as a new version
    /// (note: `note`, or "Gjenopprettet fra versjon N" when empty).
    StoreResult<SavedVersion> restore(qint64 id, int version, const QString& note = {});

    /// Gives scenario `id` a new name: its newest version with "name" set to `name`
    /// (trimmed) is saved as a new version, note «Nytt navn: …». An empty name is
    /// InvalidInput (field "name"); a trashed scenario is refused as save() refuses it.
    StoreResult<SavedVersion> rename(qint64 id, const QString& name);
    /// A new scenario (version 1) holding `version` (default: the newest) of scenario
    /// `id`, named `name` or, when empty, «<name> (kopi)»; note «Kopi av …, versjon N».
    StoreResult<SavedVersion> duplicate(qint64 id, const QString& name = {}, std::optional<int> version = std::nullopt);

    /// Moves a scenario to the trash (recoverable; the UI confirms before calling this).
    /// Refused (kind Conflict, field "approved_plan") while the scenario has an approved plan.
    StoreResult<void> moveToTrash(qint64 id);
    /// Brings a scenario back from the trash.
    StoreResult<void> restoreFromTrash(qint64 id);
    /// Deletes a trashed scenario and all its versions for good (refuses a live scenario,
    /// and one with an approved plan: kind Conflict, field "approved_plan").
    StoreResult<void> deletePermanently(qint64 id);

    /// A new document for `unitId` from a service area's template (default hjemmetjenester):
    /// the unit's own population (registered 2024–2026, the program's projection after),
    /// KOSTRA service rates and staffing, the hub scaled by size, and the rest from the
    /// template, with `sources` saying where each field came from (UnitScenarioBuilder).
    /// Not saved. A county, an unknown service area or bad years are InvalidInput (field
    /// "unit", "service_area", "years"); an unknown unit is NotFound.
    StoreResult<QByteArray> documentForUnit(const QString& unitId, const NewScenarioOptions& options = {}) const;
    /// documentForUnit() then create(); returns the new scenario.
    StoreResult<SavedVersion> createForUnit(const QString& unitId, const NewScenarioOptions& options = {});

    /// As documentForUnit(), with the stored scenario `templateId` as the template (its
    /// horizon, measures, costs and service area); `templateId` ≤ 0 means the default
    /// service area. The name becomes `name` (or "<area> <start>–<end>").
    StoreResult<QByteArray> documentFromTemplate(const QString& unitId, qint64 templateId, const QString& name = {}) const;
    /// documentFromTemplate() then create(); returns the new scenario.
    StoreResult<SavedVersion> createFromTemplate(const QString& unitId, qint64 templateId, const QString& name = {});

private:
    class Impl;
    friend class LibrarySchema;
    friend class PlanLibrary;
    /// The connection (for PlanLibrary, which shares it).
    const LibraryDatabase& database() const;
    /// Fills a new library with the shipped units, population and scenarios from `dataDir`.
    StoreResult<void> seed(const QString& dataDir);
    StoreResult<SavedVersion> createScenario(const QByteArray& json, const QString& note, bool shipped);
    StoreResult<SavedVersion> saveVersion(qint64 id, const QByteArray& json, const QString& note, std::optional<int> baseVersion);
    static StoreResult<std::unique_ptr<ScenarioLibrary>> openServer(const LibraryLocation& location, const OpenOptions& options);
    /// A connection to a server library, before any check of what the database holds.
    static StoreResult<std::unique_ptr<ScenarioLibrary>> connectServerLibrary(const LibraryLocation& location, const OpenOptions& options);
    explicit ScenarioLibrary(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace gevinst::store
