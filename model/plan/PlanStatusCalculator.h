#pragma once
// Deviation and status of one benefit per period (issue 13, item 4). Pure: targets,
// actuals and the forecast in, one row per period out; no I/O, no clock.
//
// Choices where the issue is silent (also in docs/gevinstrealisering.md):
// - Periods shown: every year with a target, and every period with an actual (a
//   tertial's row stands before its year's). Years only in the forecast are not shown.
// - A tertial's plan (and forecast) is the year's value / 3 for flows, the year's value
//   for levels. A period without a target for its year has planned = null.
// - deviation = actual − planned, null when either is missing.
// - Realised share to date at period p, over the periods ≤ p that have an actual and a
//   planned value:
//     flows:  Σ actual / Σ planned, where a year with its own (annual) actual counts once
//             with the annual figures and its tertial actuals are left out of the sums
//             (the annual report replaces the tertial ones); a year with tertial actuals
//             only counts each of them with planned/3;
//     levels: the latest such actual / its planned value.
//   Null when no period qualifies or the planned sum (or value) is 0. A period without an
//   actual has no realised share and status none.
// - Status from the share: ≥ green → green, ≥ yellow → yellow, else red (thresholds from
//   the plan). When planned is negative (a cost), the share is still actual/planned: a
//   smaller cost than planned gives a share below 1 (see docs).
// - Forecast: the newest version's value of the figure for that period (same tertial
//   rule); null when the figure has no value then (custom indicators have none).

#include "PlanTypes.h"

#include <map>
#include <optional>
#include <vector>

namespace gevinst::plan {

enum class Status { None, Green, Yellow, Red };
/// "green" | "yellow" | "red" | "none" (the status JSON's words).
QString statusId(Status s);
/// "Grønn" | "Gul" | "Rød" | "–".
QString statusName(Status s);

struct PeriodStatus {
    Period period;
    std::optional<double> planned;
    std::optional<double> actual;
    std::optional<double> deviation;     ///< actual − planned
    std::optional<double> realisedShare; ///< to date, see the header
    Status status = Status::None;
    std::optional<double> forecast;      ///< newest version's value
    QString comment;                     ///< the actual's comment (owner's explanation), or empty
    QString source;                      ///< the actual's source, or empty
};

struct BenefitStatusInput {
    FigureKind kind = FigureKind::Level;
    std::map<int, double> targets;  ///< year → planned (the plan's, fixed at approval)
    std::vector<Actual> actuals;    ///< this benefit's actuals, any order
    std::map<int, double> forecast; ///< year → newest version's value (empty: none)
    Thresholds thresholds;
};

class PlanStatusCalculator {
public:
    /// The rows of one benefit, ordered by Period::order().
    static std::vector<PeriodStatus> compute(const BenefitStatusInput& input);
    /// Status of a realised share against thresholds (None for nullopt).
    static Status statusOf(std::optional<double> share, const Thresholds& thresholds);
    /// The planned (or forecast) value of `period` from yearly values, by the tertial rule.
    static std::optional<double> valueFor(const std::map<int, double>& yearly, const Period& period, FigureKind kind);
    /// The benefit's latest status: that of the latest period with an actual (None when none).
    static Status latestStatus(const std::vector<PeriodStatus>& rows);
};

} // namespace gevinst::plan
