#pragma once
// A scenario's plan evaluated: for every benefit its rows of planned, actual, deviation,
// realised share, status and forecast (PlanStatusCalculator), the forecast taken from
// the newest version's Result (FigureCatalogue::yearly). What `gevinst plan status`, the
// XLSX export, the «Gevinstrapport» and the window show.

#include "PlanStatusCalculator.h"
#include "PlanTypes.h"

#include "Result.h"

#include <QString>

#include <vector>

namespace gevinst::plan {

/// One benefit with its computed rows.
struct BenefitReport {
    Benefit benefit;
    std::vector<PeriodStatus> rows;
    Status latest = Status::None; ///< status of the latest period with an actual
};

/// A plan ready to show.
struct PlanReportData {
    QString scenarioName;
    QString unitName;
    qint64 scenarioId = 0;
    int latestVersion = 0;   ///< the version whose values are the forecast
    PlanData data;
    std::vector<BenefitReport> benefits; ///< in data.benefits' order
};

class PlanEvaluation {
public:
    /// Evaluates every benefit of `data` against its actuals; `forecast` is the newest
    /// version's result (null: no forecast column).
    static std::vector<BenefitReport> evaluate(const PlanData& data, const Result* forecast);
    /// The benefits grouped by owner name (sorted by name; benefits in plan order).
    static std::vector<std::pair<QString, std::vector<const BenefitReport*>>> byOwner(const std::vector<BenefitReport>& benefits);
};

} // namespace gevinst::plan
