#pragma once
// Builds a new scenario document for a unit (internal to gevinst_store) with
// UnitScenarioBuilder: the unit's own population (library + single ages + the §8
// projection), KOSTRA rates and staffing, and the rest from a template — a service
// area's (resources/service-areas) or a stored scenario used as one. Loads the shipped
// data once per data folder (resources/data, resources/service-areas, found through
// DataLocations) and keeps it for later calls; `sources` says where each field came from.

#include "LibraryTypes.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gevinst {
class ServiceAreaCatalogue;
}

namespace gevinst::store {

/// What a new scenario for a unit is made from.
struct SsbProjection;

struct NewScenarioOptions {
    QString serviceArea = QStringLiteral("hjemmetjenester"); ///< a service area id (resources/service-areas)
    QString name;                                            ///< empty: "<area> <start>–<end>"
    int startYear = 2025;
    int endYear = 2040;
    bool yearsChosen = false; ///< the user chose the years (sources say so; else they say it is the default)
    /// Which projection fills the years after the registered ones: the program's own
    /// (spec §8, computed) or SSB's stored one (ScenarioLibrary::ssbProjections, MMMM first).
    enum class Projection { Program, Ssb };
    Projection projection = Projection::Program;
};

class ScenarioTemplate {
public:
    /// A new document for `unit` from the service area's template. A county, an unknown
    /// service area (field "service_area") or bad years (field "years") are InvalidInput;
    /// a unit without figures is NotFound (field "unit"). The document validates.
    /// With `ssb`, SSB's projection fills the years after the registered ones (bands that
    /// are no union of the standard bands split by the program's projection of that year).
    static StoreResult<QByteArray> forUnit(const Unit& unit, const std::vector<AgeBandPopulation>& population,
                                           const NewScenarioOptions& options, const SsbProjection* ssb = nullptr);
    /// The same with a stored scenario as the template (`templateLabel` names it in the
    /// sources); its horizon, measures, costs and service area are kept.
    static StoreResult<QByteArray> fromScenario(const QByteArray& templateJson, const QString& templateLabel, const Unit& unit,
                                                const std::vector<AgeBandPopulation>& population, const QString& name);
    /// The shipped service areas (loaded once); Io when the folder cannot be found.
    static StoreResult<const ServiceAreaCatalogue*> serviceAreas();
};

} // namespace gevinst::store
