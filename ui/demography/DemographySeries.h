#pragma once
// What the demography view draws for one unit, in the scenario vocabulary's age bands:
// the registered population (the library's years, where a band can be read exactly),
// the program's own projection (spec §8, computed here from the shipped single ages and
// life table) and SSB's projection when the library has one (MMMM preferred), with the
// texts that say where each came from. Plain data, assembled without widgets, so that
// it can be tested by hand.

#include "ProjectionDataSet.h"
#include "SsbProjection.h"
#include "Vocabulary.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace gevinst::ui {

/// One age band's three series.
struct DemographyBand {
    QString id;                      ///< "80+"
    std::map<int, double> registered;///< year → persons, only years the band can be read exactly
    std::vector<double> program;     ///< one per DemographySeries::years
    std::vector<double> ssb;         ///< one per year, NaN where SSB has no figure; empty without SSB
};

struct DemographySeries {
    QString unitId;
    std::vector<int> years;          ///< 2024 … last year
    std::vector<DemographyBand> bands;
    bool withMigration = false;      ///< the program's projection has the unit's 2019 figures
    std::optional<store::SsbProjection> ssb; ///< the SSB projection drawn, when the library has one
    int ssbAlternatives = 0;         ///< how many alternatives the library has for the unit
    QString registeredSource;        ///< the registered figures' sources, joined

    /// Builds the series; `error` says why when it returns nothing (unit without single ages).
    static std::optional<DemographySeries> build(const QString& unitId, const std::vector<AgeBand>& bands,
                                                 const std::vector<store::AgeBandPopulation>& registered,
                                                 const projection::ProjectionDataSet& data,
                                                 const std::vector<store::SsbProjection>& ssb, int lastYear, QString* error);

    /// True when `band` is 0-19, 20-66, 67-79, 80+ or a union of neighbours of them.
    static bool isUnionOfStandardBands(const AgeBand& band);
};

} // namespace gevinst::ui
