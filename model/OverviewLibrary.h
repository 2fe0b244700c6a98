#pragma once
// Gathers what Kommunebildet (issue 15) needs from the user's scenario library and the
// shipped data: the 357 kommuner and 15 Oslo bydeler with their registered population,
// the package (the service area's template, a scenario file, or a stored scenario), and
// the shipped projection and KOSTRA data (loaded once per process). Reads through the
// ScenarioLibrary API only; QtCore, no SQL here. Use from the thread that opened `library`.

#include "OverviewInputs.h"

#include "ScenarioLibrary.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace gevinst::store {

/// Where the package of measures comes from.
struct OverviewPackageChoice {
    QString serviceArea = QStringLiteral("hjemmetjenester"); ///< used when neither a file nor an id is given
    QByteArray scenarioJson;  ///< a scenario document (e.g. a file's text) as the package
    QString scenarioLabel;    ///< how sources name it (the file name)
    qint64 storedId = 0;      ///< > 0: the stored scenario with this id as the package
};

class OverviewLibrary {
public:
    /// Every kommune and Oslo bydel of the library, ordered by id, with county and
    /// registered population.
    static StoreResult<std::vector<OverviewUnitSpec>> units(const ScenarioLibrary& library);
    /// The package, as ScenarioLibrary::documentForUnit / documentFromTemplate would use it.
    static StoreResult<OverviewPackage> package(const ScenarioLibrary& library, const OverviewPackageChoice& choice);
    /// The shipped projection and KOSTRA data (loaded once); Io when not found.
    static StoreResult<const projection::ProjectionDataSet*> population();
    static StoreResult<const baseline::KostraBaseline*> kostra();

    /// All of the above, then OverviewInputs::build: every unit's input.
    static StoreResult<std::vector<OverviewUnitInput>> inputs(const ScenarioLibrary& library, const OverviewPackageChoice& choice,
                                                              int threads = 0, const std::function<void(int, int)>& progress = {},
                                                              const std::atomic<bool>* cancel = nullptr);
};

} // namespace gevinst::store
