#pragma once
// The computed result of a stored scenario version, for the plan views (issue 13): the
// approved version's figures offered as benefits, and the newest version's values as the
// forecast. Reads the version from the library, reads and computes it (Engine), and keeps
// the last few results, since versions never change.

#include "Result.h"

#include <QString>

#include <map>
#include <memory>
#include <utility>

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class VersionResults {
public:
    /// The result of `version` of scenario `id`, or nullptr with `why` (for the user) when it cannot be computed.
    std::shared_ptr<const Result> of(const store::ScenarioLibrary& library, qint64 id, int version, QString* why = nullptr);
    /// The newest version's number, or 0.
    static int newestVersion(const store::ScenarioLibrary& library, qint64 id);
    void clear() { cache_.clear(); }

private:
    std::map<std::pair<qint64, int>, std::shared_ptr<const Result>> cache_;
};

} // namespace gevinst::ui
