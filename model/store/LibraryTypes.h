#pragma once
// The plain values the scenario library hands out: units (county → kommune → bydel),
// population by age band, scenario metadata, versions and the library's status.
// Kept together because they are small aggregates without behaviour.

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace gevinst::store {

/// Level of a unit in the tree.
enum class UnitLevel { County, Kommune, Bydel };

/// "fylke", "kommune", "bydel" (the scenario format's words; a scenario's unit is a kommune or bydel).
QString unitLevelName(UnitLevel level);

/// A county, kommune (2024 borders) or one of Oslo's 15 bydeler.
struct Unit {
    QString id;              ///< "03" (county), "0301" / "3207" (kommune), "030112" (bydel)
    QString name;            ///< cleaned Norwegian name: "Oslo", "Nordland", "Bergenhus"
    QString alternativeName; ///< Sami/Kven parallel form ("Oslove", "Nordlándda"), or empty
    UnitLevel level = UnitLevel::Kommune;
    QString parentId;        ///< county for a kommune, kommune for a bydel, empty for a county
    QString countyId;        ///< the county it lies in (itself for a county)
    QString countyName;      ///< the county's cleaned name
};

/// The four age bands of the model, in this order.
inline constexpr std::array<const char*, 4> ageBandNames{"0-19", "20-66", "67-79", "80+"};

/// Index into ageBandNames for a single year of age (0..19 → 0, 20..66 → 1, 67..79 → 2, 80+ → 3).
int ageBandOfAge(int age);

/// Persons in each age band of one unit on 1 January of one year.
struct AgeBandPopulation {
    QString unitId;
    int year = 0;
    std::array<qint64, 4> persons{}; ///< indexed like ageBandNames
    QString source;                  ///< where the figures came from, e.g. "SSB 07459 (Kilde: Statistisk sentralbyrå)"
    qint64 total() const { return persons[0] + persons[1] + persons[2] + persons[3]; }
};

/// One scenario in the library: metadata of its newest version.
struct ScenarioInfo {
    qint64 id = 0;
    QString name;          ///< the document's "name"
    QString unitId;        ///< the document's unit.id
    QString unitName;      ///< the document's unit.name
    QString serviceArea;   ///< the document's service_area
    QDateTime created;     ///< UTC, when version 1 was saved
    QDateTime modified;    ///< UTC, when the newest version was saved
    int latestVersion = 0; ///< number of the newest version (1, 2, …)
    int versionCount = 0;
    bool shipped = false;  ///< seeded from the shipped scenarios/ folder
    bool trashed = false;  ///< in the trash (recoverable)
    std::optional<QDateTime> trashedAt;
};

/// One saved version of a scenario.
struct ScenarioVersionInfo {
    qint64 scenarioId = 0;
    int version = 0;      ///< 1, 2, … in save order
    QDateTime savedAt;    ///< UTC
    QString note;         ///< the user's note, or e.g. "Gjenopprettet fra versjon 2", or empty
    qint64 documentBytes = 0;
    QString savedBy;      ///< who saved it: the OS user (file library) or the database user (server); empty for versions saved before schema 4
};

/// A version's document: the gevinstmodell-scenario/1 JSON text exactly as saved.
struct ScenarioDocument {
    ScenarioInfo info;
    ScenarioVersionInfo version;
    QByteArray json;
};

/// What a save produced.
struct SavedVersion {
    qint64 scenarioId = 0;
    int version = 0;
};

/// Which scenarios scenarios() lists.
struct ScenarioFilter {
    std::optional<QString> unitId; ///< only scenarios whose unit.id is exactly this
    bool trashed = false;          ///< false: the live scenarios; true: only those in the trash
};

/// The library at a glance (status bar, `gevinst db` messages).
struct LibraryStatus {
    QString filePath;    ///< the file, or the server's URI without any password
    bool server = false; ///< a PostgreSQL server library rather than a file
    QString user;        ///< who saves are recorded as: the database user on a server, the OS user for a file
    int schemaVersion = 0;
    int scenarioCount = 0; ///< live scenarios, not counting the trash
    int trashedCount = 0;
    int unitCount = 0;
    std::vector<int> populationYears; ///< years with population figures, ascending
    bool readOnly = false;
};

/// What `gevinst db copy` copied (rows per kind).
struct CopySummary {
    int units = 0;
    int populationRows = 0;
    int ssbProjections = 0;
    int scenarios = 0;
    int versions = 0;
    int plans = 0;
    int benefits = 0;
    int targets = 0;
    int actuals = 0;
};

/// What an import of population figures changed.
struct ImportSummary {
    int units = 0;   ///< distinct units with figures
    int years = 0;   ///< distinct years
    int records = 0; ///< unit×year rows written (inserted or replaced)
    QString source;
};

} // namespace gevinst::store
