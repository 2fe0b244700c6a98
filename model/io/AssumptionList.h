#pragma once
// Every assumption of a scenario as a row people can read: a Norwegian label,
// the value with its kind, the field path, and its source (the scenario's
// `sources` entry for the path or the nearest enclosing path, e.g. "roles" for
// "roles.<role>.fte"). Shown in the XLSX assumptions sheet and the report.

#include "KeyFigures.h"
#include "Scenario.h"

#include <QString>

#include <optional>
#include <vector>

namespace gevinst::io {

struct Assumption {
    QString path;
    QString label;
    double value = 0;
    ValueKind kind = ValueKind::Plain;
    QString source; ///< empty when the scenario names none
};

class AssumptionList {
public:
    static std::vector<Assumption> of(const Scenario& scenario);
    /// The source for `path`: exact, else the nearest enclosing path that has one.
    static std::optional<std::string> sourceFor(const Scenario& scenario, const std::string& path);
    /// "Ikke oppgitt" — what the report says when no source is given.
    static QString noSource();
};

} // namespace gevinst::io
