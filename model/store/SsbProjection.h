#pragma once
// SSB's own population projection for one unit (tables 14288/14746, one alternative such
// as MMMM), kept in the library beside the program's §8 projection, which is computed
// and never stored. SsbProjectionStore reads and writes it (schema v3: ssb_projection and
// ssb_projection_year); ScenarioLibrary hands it out. Internal SQL lives in LibrarySql.h.

#include "LibraryTypes.h"
#include "StoreResult.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace gevinst::store {

class LibraryDatabase;
struct PopulationTable;

/// The alternatives of SSB's projection the program fetches (spec: MMMM is the main one).
/// MMMM: middle fertility, life expectancy, internal migration and immigration;
/// LLML: low growth; HHMH: high growth.
inline constexpr const char* kSsbAlternatives[] = {"MMMM", "LLML", "HHMH"};

/// One alternative of SSB's projection for one unit, in the standard bands.
struct SsbProjection {
    QString unitId;
    QString alternative;  ///< "MMMM", "LLML", "HHMH"
    QString tableId;      ///< "14288" (2024 round) or "14746" (2026 round)
    QDateTime fetchedAt;  ///< UTC, when it was fetched or imported
    QString source;       ///< provenance, e.g. "SSB tabell 14288, alternativ MMMM (Kilde: Statistisk sentralbyrå), hentet … fra …"
    std::vector<AgeBandPopulation> years; ///< one per year, ascending

    /// The figures of `year`, or nullptr.
    const AgeBandPopulation* year(int y) const;
};

/// True for "MMMM", "LLML", "HHMH" (upper case).
bool isSsbAlternative(const QString& alternative);

class SsbProjectionStore {
public:
    /// Replaces the stored alternative of `projection.unitId` with `projection` in one
    /// transaction. The unit must exist (NotFound otherwise) and every year must carry the
    /// unit's id; nothing is written when anything fails.
    static StoreResult<void> save(const LibraryDatabase& database, const SsbProjection& projection);
    /// Every stored alternative of `unitId`, the most recently fetched first (empty when none).
    static StoreResult<std::vector<SsbProjection>> load(const LibraryDatabase& database, const QString& unitId);

    /// The figures of one unit from an imported or fetched table (all its years), as a
    /// projection to be saved; InvalidInput when the table has no figures for the unit.
    static StoreResult<SsbProjection> fromTable(const PopulationTable& table, const QString& unitId, const QString& alternative,
                                                const QString& tableId, const QDateTime& fetchedAt, const QString& source);
};

} // namespace gevinst::store
