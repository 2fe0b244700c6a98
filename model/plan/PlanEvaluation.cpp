#include "PlanEvaluation.h"

#include "FigureCatalogue.h"

#include <algorithm>
#include <map>

namespace gevinst::plan {

std::vector<BenefitReport> PlanEvaluation::evaluate(const PlanData& data, const Result* forecast)
{
    std::vector<BenefitReport> out;
    for (const Benefit& b : data.benefits) {
        BenefitStatusInput input;
        input.kind = b.kind;
        input.targets = b.targets;
        input.thresholds = data.plan.thresholds;
        for (const Actual& a : data.actuals)
            if (a.benefitKey == b.key)
                input.actuals.push_back(a);
        if (forecast && !b.isCustom())
            input.forecast = FigureCatalogue::yearly(*forecast, b.figure);
        BenefitReport report;
        report.benefit = b;
        report.rows = PlanStatusCalculator::compute(input);
        report.latest = PlanStatusCalculator::latestStatus(report.rows);
        out.push_back(std::move(report));
    }
    return out;
}

std::vector<std::pair<QString, std::vector<const BenefitReport*>>> PlanEvaluation::byOwner(const std::vector<BenefitReport>& benefits)
{
    std::vector<std::pair<QString, std::vector<const BenefitReport*>>> out;
    for (const auto& b : benefits) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.first == b.benefit.ownerName; });
        if (it == out.end()) {
            out.emplace_back(b.benefit.ownerName, std::vector<const BenefitReport*>{});
            it = out.end() - 1;
        }
        it->second.push_back(&b);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& x, const auto& y) { return QString::localeAwareCompare(x.first, y.first) < 0; });
    return out;
}

} // namespace gevinst::plan
