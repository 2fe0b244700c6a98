#pragma once
// Which of the model's figures a benefit may follow, and what each is: every result
// series by its id ("freed_fte", "budget_effect_nok", …, "ledger.kommune_sosial"),
// utilisation of a role with a matching set ("utilisation.<role>"), and a custom,
// non-priced indicator ("custom:<key>", key [a-z0-9_-]{1,40}). Gives the Norwegian
// name (ExportLabels), the unit, flow-or-level kind, and a figure's yearly values in a
// Result. Flows: money (every *_nok series and ledger line except the cumulative one),
// hours and hires. Levels: everything else (FTE, persons, shares, index, utilisation).

#include "PlanTypes.h"

#include "KeyFigures.h"
#include "Result.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace gevinst::plan {

struct FigureInfo {
    QString id;          ///< as stored in a benefit: "freed_fte", "utilisation.sykepleier", "custom:sykefravaer"
    QString name;        ///< Norwegian display name ("Frigjorte årsverk")
    QString unit;        ///< "kr", "årsverk", "timer", "personer", "%", "" (custom: empty, the user's)
    ValueKind valueKind = ValueKind::Plain; ///< how numbers are formatted (Share: 0.9 shown as 90 %)
    FigureKind kind = FigureKind::Level;
    bool custom = false;
};

/// Why a figure id is not allowed.
struct FigureProblem {
    QString message; ///< English detail, e.g. "unknown figure \"freed\" (see gevinst plan figures)"
};

class FigureCatalogue {
public:
    /// Every model figure `result` offers, in result order: the series (those of spec §4,
    /// then the ledger's), then utilisation per role (names in `result.serviceArea`'s words).
    static std::vector<FigureInfo> available(const Result& result);
    /// Describes `figure`. Model figures must exist in `result` (a role without a matching
    /// set has no utilisation); without a result, only the id's shape is checked.
    static std::optional<FigureInfo> describe(const QString& figure, const Result* result, FigureProblem* problem = nullptr);
    /// Whether the id is a custom indicator ("custom:<key>", key valid).
    static bool isCustom(const QString& figure);
    /// The key of a custom id ("custom:sykefravaer" → "sykefravaer"); empty when not custom.
    static QString customKey(const QString& figure);
    /// The model figure's value per year in `result` (NaN values, undefined years, left out);
    /// empty for custom ids and unknown figures.
    static std::map<int, double> yearly(const Result& result, const QString& figure);
};

} // namespace gevinst::plan
