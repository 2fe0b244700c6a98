#pragma once
// Goal seeking on one scenario (issue 6): the input value at which a chosen goal
// is just met, found by bracketed false position (Illinois) on the engine itself,
// or a clear reason why no valid value of the input meets it.
//  (a) close-gap:   the multiplier on every sharing share that closes a target share
//                   of the staffing gap in a year; the scaled shares must stay valid
//                   (each ≤ 1, sums per role and category ≤ 1).
//  (b) npv-zero:    the realisation share (0..1) at which the NPV of the budget
//                   effect is zero.
//  (c) cost-parity: the annual cost of a task worker at which the net cost per freed
//                   FTE equals the annual cost of the comparison role (comparisonRole()).

#include "Scenario.h"

#include <string>
#include <string_view>

namespace gevinst {

enum class GoalKind { CloseGap, NpvZero, CostParity };

enum class GoalOutcome {
    Reached,
    YearOutsideHorizon,     ///< close-gap: the year is not in the scenario's horizon
    NoGapInYear,            ///< close-gap: no staffing gap that year (gap ≤ 0)
    NothingToScale,         ///< close-gap: no sharing share above 0
    BeyondValidShares,      ///< close-gap: even at the largest valid multiplier the target is not met
    PositiveWithoutRealisation, ///< npv-zero: the NPV is above 0 at every share in 0..1
    NegativeAtFullRealisation,  ///< npv-zero: the NPV is below 0 at every share in 0..1
    NoNurse,                ///< cost-parity: the scenario has no professional role to compare with
    NoTaskWorkers,          ///< cost-parity: no hours go to a task-worker receiver
    NoFreedFte,             ///< cost-parity: no FTE is freed, so there is no per-FTE cost
    AboveNurseAtZeroCost,   ///< cost-parity: even free task workers leave the net cost above a nurse's
    BelowNurseAtAnyCost,    ///< cost-parity: the net cost stays below a nurse's at any valid wage
};

struct GoalResult {
    GoalKind goal = GoalKind::CloseGap;
    GoalOutcome outcome = GoalOutcome::Reached;
    double value = 0;    ///< the answer when reached
    /// When not reached: the figure at the nearest valid end (the largest share of the
    /// gap closed, the NPV at 0 or 100 %, the net cost per FTE at zero wage), else NaN.
    double limit = 0;

    bool reachable() const { return outcome == GoalOutcome::Reached; }
    /// One English sentence for a person (the UI words it with tr() by outcome).
    std::string message() const;
};

class GoalSeek {
public:
    /// `targetShare` in (0, 1]; `year` in the horizon, else YearOutsideHorizon.
    static GoalResult closeGap(const Scenario& scenario, double targetShare, int year);
    static GoalResult npvZero(const Scenario& scenario);
    static GoalResult costParity(const Scenario& scenario);

    /// The largest k for which every share × k stays ≤ 1 and every role-and-category
    /// sum × k stays ≤ 1; 0 when no share is above 0.
    static double maxShareMultiplier(const Scenario& scenario);
    /// Multiplies every sharing share by `k`.
    static void scaleShares(Scenario& scenario, double k);

    static std::string_view idOf(GoalKind goal);     ///< "close_gap", "npv_zero", "cost_parity"
    static std::string_view idOf(GoalOutcome outcome);
};

} // namespace gevinst
