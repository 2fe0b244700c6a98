#include "GoalSeek.h"

#include "Engine.h"
#include "InputCatalogue.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace gevinst {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The root of f in [lo, hi] given f(lo) and f(hi) of opposite signs (or one zero):
/// false position with the Illinois modification, which keeps the bracket shrinking
/// from both sides. Stops at |f| ≤ fTolerance or a bracket narrower than xTolerance.
template <typename F>
double findRoot(F f, double lo, double hi, double fLo, double fHi, double fTolerance, double xTolerance)
{
    if (fLo == 0)
        return lo;
    if (fHi == 0)
        return hi;
    double best = std::abs(fLo) < std::abs(fHi) ? lo : hi;
    double bestF = std::min(std::abs(fLo), std::abs(fHi));
    int retainedSide = 0;
    for (int iteration = 0; iteration < 200; ++iteration) {
        double x = (lo * fHi - hi * fLo) / (fHi - fLo);
        if (!(x > lo && x < hi))
            x = 0.5 * (lo + hi);
        const double fx = f(x);
        if (std::abs(fx) < bestF) {
            best = x;
            bestF = std::abs(fx);
        }
        if (std::abs(fx) <= fTolerance || hi - lo <= xTolerance)
            return x;
        if ((fx > 0) == (fHi > 0)) {
            hi = x;
            fHi = fx;
            if (retainedSide == -1)
                fLo *= 0.5;
            retainedSide = -1;
        } else {
            lo = x;
            fLo = fx;
            if (retainedSide == 1)
                fHi *= 0.5;
            retainedSide = 1;
        }
    }
    return best;
}

double tolerance(double a, double b)
{
    return 1e-10 * std::max({std::abs(a), std::abs(b), 1e-300});
}

GoalResult unreached(GoalKind goal, GoalOutcome outcome, double limit = kNaN)
{
    return {goal, outcome, kNaN, limit};
}

GoalResult reached(GoalKind goal, double value)
{
    return {goal, GoalOutcome::Reached, value, kNaN};
}

} // namespace

double GoalSeek::maxShareMultiplier(const Scenario& s)
{
    std::map<std::pair<int, int>, double> sums;
    for (const auto& m : s.sharing)
        sums[{m.from, m.category}] += m.share;
    double k = std::numeric_limits<double>::infinity();
    for (const auto& [key, sum] : sums)
        if (sum > 0)
            k = std::min(k, 1.0 / sum);
    return std::isfinite(k) ? k : 0.0;
}

void GoalSeek::scaleShares(Scenario& s, double k)
{
    for (auto& m : s.sharing)
        m.share *= k;
}

GoalResult GoalSeek::closeGap(const Scenario& scenario, double targetShare, int year)
{
    if (!(targetShare > 0 && targetShare <= 1))
        throw std::invalid_argument("the target share of the staffing gap must be above 0 and at most 1");
    constexpr GoalKind goal = GoalKind::CloseGap;
    if (year < scenario.startYear || year > scenario.endYear)
        return unreached(goal, GoalOutcome::YearOutsideHorizon);
    const int t = year - scenario.startYear;
    Scenario working = scenario;
    const Result base = Engine::compute(working);
    const double gap = base[SeriesId::GapFte][t];
    if (!(gap > 0))
        return unreached(goal, GoalOutcome::NoGapInYear, gap);
    const double kMax = maxShareMultiplier(scenario);
    if (!(kMax > 0))
        return unreached(goal, GoalOutcome::NothingToScale);

    // Share of the gap closed (unclamped) less the target, as a function of the multiplier.
    auto shortfall = [&](double k) {
        working.sharing = scenario.sharing;
        scaleShares(working, k);
        return Engine::compute(working)[SeriesId::FreedFte][t] / gap - targetShare;
    };
    const double atZero = shortfall(0.0);
    const double atMax = shortfall(kMax);
    if (atMax < 0)
        return unreached(goal, GoalOutcome::BeyondValidShares, std::min(1.0, atMax + targetShare));
    if (atZero > 0) // more than the target is closed without any sharing: k = 0 meets it
        return reached(goal, 0.0);
    return reached(goal, findRoot(shortfall, 0.0, kMax, atZero, atMax, 1e-12, 1e-14 * kMax));
}

GoalResult GoalSeek::npvZero(const Scenario& scenario)
{
    constexpr GoalKind goal = GoalKind::NpvZero;
    Scenario working = scenario;
    auto npv = [&](double share) {
        working.realisation.budgetShareOfFreedCapacity = share;
        return Engine::compute(working).summary.npvBudgetNok;
    };
    const double atZero = npv(0.0);
    const double atFull = npv(1.0);
    if (atZero > 0 && atFull > 0)
        return unreached(goal, GoalOutcome::PositiveWithoutRealisation, std::min(atZero, atFull));
    if (atZero < 0 && atFull < 0)
        return unreached(goal, GoalOutcome::NegativeAtFullRealisation, std::max(atZero, atFull));
    return reached(goal, findRoot(npv, 0.0, 1.0, atZero, atFull, tolerance(atZero, atFull), 1e-15));
}

GoalResult GoalSeek::costParity(const Scenario& scenario)
{
    constexpr GoalKind goal = GoalKind::CostParity;
    const int reference = comparisonRole(scenario);
    if (reference < 0)
        return unreached(goal, GoalOutcome::NoNurse);
    const RoleInput& nurse = scenario.role(reference);
    std::vector<std::size_t> workers;
    for (std::size_t k = 0; k < scenario.vocabulary.receivers.size(); ++k)
        if (scenario.vocabulary.receivers[k].kind == ReceiverKind::TaskWorker && scenario.receivers[k].present)
            workers.push_back(k);
    if (workers.empty())
        return unreached(goal, GoalOutcome::NoTaskWorkers);
    Scenario working = scenario;
    const Result base = Engine::compute(working);
    if (!base.summary.netCostPerFreedFteNok)
        return unreached(goal, GoalOutcome::NoFreedFte);
    if (!(base[SeriesId::TaskWorkerFte].abs().sum() > 0))
        return unreached(goal, GoalOutcome::NoTaskWorkers);

    const double target = nurse.annualCostNok;
    auto excess = [&](double wage) {
        for (std::size_t k : workers)
            working.receivers[k].annualCostNok = wage;
        return *Engine::compute(working).summary.netCostPerFreedFteNok - target;
    };
    const double highest = kMaxMagnitude;
    const double atZero = excess(0.0);
    const double atHighest = excess(highest);
    if (atZero > 0 && atHighest > 0)
        return unreached(goal, GoalOutcome::AboveNurseAtZeroCost, atZero + target);
    if (atZero < 0 && atHighest < 0)
        return unreached(goal, GoalOutcome::BelowNurseAtAnyCost, atHighest + target);
    return reached(goal, findRoot(excess, 0.0, highest, atZero, atHighest, 1e-9 * std::max(1.0, target), 1e-6));
}

std::string_view GoalSeek::idOf(GoalKind goal)
{
    switch (goal) {
    case GoalKind::CloseGap: return "close_gap";
    case GoalKind::NpvZero: return "npv_zero";
    case GoalKind::CostParity: return "cost_parity";
    }
    return "";
}

std::string_view GoalSeek::idOf(GoalOutcome outcome)
{
    switch (outcome) {
    case GoalOutcome::Reached: return "reached";
    case GoalOutcome::YearOutsideHorizon: return "year_outside_horizon";
    case GoalOutcome::NoGapInYear: return "no_gap_in_year";
    case GoalOutcome::NothingToScale: return "nothing_to_scale";
    case GoalOutcome::BeyondValidShares: return "beyond_valid_shares";
    case GoalOutcome::PositiveWithoutRealisation: return "positive_without_realisation";
    case GoalOutcome::NegativeAtFullRealisation: return "negative_at_full_realisation";
    case GoalOutcome::NoNurse: return "no_nurse";
    case GoalOutcome::NoTaskWorkers: return "no_task_workers";
    case GoalOutcome::NoFreedFte: return "no_freed_fte";
    case GoalOutcome::AboveNurseAtZeroCost: return "above_nurse_at_zero_cost";
    case GoalOutcome::BelowNurseAtAnyCost: return "below_nurse_at_any_cost";
    }
    return "";
}

std::string GoalResult::message() const
{
    auto num = [](double v) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.6g", v);
        return std::string(buffer);
    };
    switch (outcome) {
    case GoalOutcome::Reached: return "reached at " + num(value);
    case GoalOutcome::YearOutsideHorizon: return "the year is outside the scenario's horizon";
    case GoalOutcome::NoGapInYear: return "there is no staffing gap to close in that year (gap " + num(limit) + " FTE)";
    case GoalOutcome::NothingToScale: return "no sharing measure has a share above 0, so there is nothing to scale";
    case GoalOutcome::BeyondValidShares:
        return "even with every share scaled as far as the shares stay valid, only " + num(limit) +
               " of the gap is closed";
    case GoalOutcome::PositiveWithoutRealisation:
        return "the NPV of the budget effect is positive at every realisation share from 0 to 1 (lowest " + num(limit) +
               " NOK)";
    case GoalOutcome::NegativeAtFullRealisation:
        return "the NPV of the budget effect stays negative even with all freed capacity realised (highest " +
               num(limit) + " NOK)";
    case GoalOutcome::NoNurse: return "the scenario has no professional role to compare with";
    case GoalOutcome::NoTaskWorkers: return "no tasks go to task workers, so their wage changes nothing";
    case GoalOutcome::NoFreedFte: return "no FTE is freed, so there is no net cost per freed FTE";
    case GoalOutcome::AboveNurseAtZeroCost:
        return "even at a task-worker wage of 0 the net cost per freed FTE is " + num(limit) +
               " NOK, above the annual cost of the professional role compared with";
    case GoalOutcome::BelowNurseAtAnyCost:
        return "the net cost per freed FTE stays below the annual cost of the professional role compared with at every "
               "valid wage";
    }
    return {};
}

} // namespace gevinst
