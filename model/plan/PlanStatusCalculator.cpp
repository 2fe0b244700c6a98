#include "PlanStatusCalculator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace gevinst::plan {

QString statusId(Status s)
{
    switch (s) {
    case Status::Green: return QStringLiteral("green");
    case Status::Yellow: return QStringLiteral("yellow");
    case Status::Red: return QStringLiteral("red");
    case Status::None: return QStringLiteral("none");
    }
    return {};
}

QString statusName(Status s)
{
    switch (s) {
    case Status::Green: return QCoreApplication::translate("gevinst::plan::PlanStatusCalculator", "Grønn");
    case Status::Yellow: return QCoreApplication::translate("gevinst::plan::PlanStatusCalculator", "Gul");
    case Status::Red: return QCoreApplication::translate("gevinst::plan::PlanStatusCalculator", "Rød");
    case Status::None: return QStringLiteral("–");
    }
    return {};
}

Status PlanStatusCalculator::statusOf(std::optional<double> share, const Thresholds& thresholds)
{
    if (!share || !std::isfinite(*share))
        return Status::None;
    if (*share >= thresholds.green)
        return Status::Green;
    if (*share >= thresholds.yellow)
        return Status::Yellow;
    return Status::Red;
}

std::optional<double> PlanStatusCalculator::valueFor(const std::map<int, double>& yearly, const Period& period, FigureKind kind)
{
    const auto it = yearly.find(period.year);
    if (it == yearly.end())
        return std::nullopt;
    if (period.isYear() || kind == FigureKind::Level)
        return it->second;
    return it->second / 3.0;
}

std::vector<PeriodStatus> PlanStatusCalculator::compute(const BenefitStatusInput& input)
{
    // The periods: every target year, and every period with an actual.
    std::map<int, const Actual*> actualByOrder;
    std::set<int> orders;
    for (const auto& a : input.actuals) {
        actualByOrder[a.period.order()] = &a;
        orders.insert(a.period.order());
    }
    for (const auto& [year, value] : input.targets)
        orders.insert(Period{year, 0}.order());

    std::vector<PeriodStatus> rows;
    for (int order : orders) {
        PeriodStatus row;
        row.period = Period{order / 4, order % 4 == 3 ? 0 : order % 4 + 1};
        row.planned = valueFor(input.targets, row.period, input.kind);
        row.forecast = valueFor(input.forecast, row.period, input.kind);
        if (const auto it = actualByOrder.find(order); it != actualByOrder.end()) {
            row.actual = it->second->value;
            row.comment = it->second->comment;
            row.source = it->second->source;
        }
        if (row.actual && row.planned)
            row.deviation = *row.actual - *row.planned;
        rows.push_back(row);
    }

    // Realised share to date, row by row.
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].actual)
            continue;
        std::optional<double> share;
        if (input.kind == FigureKind::Level) {
            // The latest actual with a planned value, up to this row.
            for (std::size_t j = i + 1; j-- > 0;)
                if (rows[j].actual && rows[j].planned) {
                    if (*rows[j].planned != 0)
                        share = *rows[j].actual / *rows[j].planned;
                    break;
                }
        } else {
            // Years with an annual actual (up to this row) count with their annual figures only.
            std::set<int> annual;
            for (std::size_t j = 0; j <= i; ++j)
                if (rows[j].actual && rows[j].planned && rows[j].period.isYear())
                    annual.insert(rows[j].period.year);
            double actualSum = 0;
            double plannedSum = 0;
            bool any = false;
            for (std::size_t j = 0; j <= i; ++j) {
                const auto& r = rows[j];
                if (!r.actual || !r.planned)
                    continue;
                if (!r.period.isYear() && annual.count(r.period.year))
                    continue;
                actualSum += *r.actual;
                plannedSum += *r.planned;
                any = true;
            }
            if (any && plannedSum != 0)
                share = actualSum / plannedSum;
        }
        rows[i].realisedShare = share;
        rows[i].status = statusOf(share, input.thresholds);
    }
    return rows;
}

Status PlanStatusCalculator::latestStatus(const std::vector<PeriodStatus>& rows)
{
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        if (it->actual)
            return it->status;
    return Status::None;
}

} // namespace gevinst::plan
