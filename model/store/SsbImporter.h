#pragma once
// Reads population figures from Statistics Norway (SSB): statbank CSV exports (Latin-1
// or UTF-8, semicolon, title lines, single years of age → age bands), JSON-stat2 from
// the statbank API (tables 07459, 10826, 14288/14746 projections), and the shipped
// files in resources/data. All or nothing: a file with any problem gives one
// StoreError naming the file, line (or JSON path) and field, and no figures.
// Also cleans SSB's unit names. Pure parsing: no database.

#include "LibraryTypes.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gevinst::store {

/// Population figures read from one file, summed into age bands, ready for
/// ScenarioLibrary::importPopulation().
struct PopulationTable {
    QString sourceFile;                    ///< the file read
    QString source;                        ///< provenance text, e.g. "SSB tabell 07459 (Kilde: Statistisk sentralbyrå)"
    std::vector<AgeBandPopulation> records;///< one per unit × year, each with all four bands
};

/// A unit name split into its Norwegian form and its Sami/Kven parallel form.
struct CleanName {
    QString name;            ///< "Oslo"
    QString alternativeName; ///< "Oslove", or empty
};

class SsbImporter {
public:
    /// Reads `path`, choosing CSV or JSON-stat2 by content (a leading '{' means JSON).
    static StoreResult<PopulationTable> readFile(const QString& path);
    /// A statbank CSV export ("region";"age";"Persons 2024"…, region "K-3207 Nordre Follo"
    /// or "030112a Alna", age "0 years" … "105 years or older"). Regions that are no
    /// kommune or Oslo bydel (totals, "Rest", other cities' districts) are skipped;
    /// every kommune/bydel present must have all ages 0…105+. `label` names the file in errors.
    static StoreResult<PopulationTable> readStatbankCsv(const QByteArray& bytes, const QString& label);
    /// A JSON-stat2 dataset with dimensions for region, age (single years or bands) and
    /// time (and optionally ContentsCode); values summed into age bands per region × year.
    static StoreResult<PopulationTable> readJsonStat2(const QByteArray& bytes, const QString& label);
    /// The shipped resources/data/population-by-ageband-*.csv (UTF-8, comma, already banded):
    /// kommuner and Oslo bydeler; counties, the nation and other cities' districts skipped.
    static StoreResult<PopulationTable> readAgeBandCsv(const QByteArray& bytes, const QString& label);
    /// The shipped resources/data/kommuner-2024.csv: counties and kommuner with clean names.
    static StoreResult<std::vector<Unit>> readMunicipalityCsv(const QByteArray& bytes, const QString& label);
    /// Oslo's 15 bydeler (030101–030115) with clean names from the shipped age-band file.
    static StoreResult<std::vector<Unit>> readOsloBydeler(const QByteArray& ageBandCsv, const QString& label);

    /// "Oslo-Oslove" → {"Oslo", "Oslove"}; "Nordland-Nordlándda" → {"Nordland", "Nordlándda"};
    /// "Nordre Follo" → {"Nordre Follo", ""}; "bergen_norhus" → {"Bergenhus", ""}.
    static CleanName cleanName(const QString& raw);
    /// The age in "0 years", "1 year", "105 years or older", "0 år", "105 år eller eldre", "067"; -1 if none.
    static int parseAge(const QString& text);
};

} // namespace gevinst::store
