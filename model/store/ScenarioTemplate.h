#pragma once
// Builds a new scenario document for a unit from a template scenario (internal to
// gevinst_store): the unit and its real population from the library replace the
// template's, everything else is the template's, and `sources` says which is which.

#include "LibraryTypes.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gevinst::store {

class ScenarioTemplate {
public:
    /// `templateJson` is a stored gevinstmodell-scenario/1 document, `templateLabel`
    /// its name for the sources ("Hjemmetjenesten … (Nordre Follo)"). The result is
    /// validated; a county unit or a unit without population figures is refused.
    static StoreResult<QByteArray> build(const QByteArray& templateJson, const QString& templateLabel, const Unit& unit,
                                         const std::vector<AgeBandPopulation>& population, const QString& name);
};

} // namespace gevinst::store
