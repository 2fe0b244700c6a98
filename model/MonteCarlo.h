#pragma once
// The Monte Carlo run of spec §6: draws every ranged input of a scenario from its
// PERT distribution, computes the scenario once per draw on all cores, and keeps
// P10/P50/P90 per year of each series and of each summary figure (each taken
// separately), and the probability that the NPV of the budget effect is positive.
// Draw i uses its own random stream of (seed, i), so a seed and draw count give
// the same numbers on every run and for every thread count.

#include "Result.h"
#include "Scenario.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace gevinst {

struct MonteCarloOptions {
    int draws = 10000;
    std::uint64_t seed = 1;
    int threads = 0;                             ///< 0: every core the machine has
    std::atomic<int>* progress = nullptr;        ///< draws done so far, if given
    const std::atomic<bool>* cancel = nullptr;   ///< stops the run early when set
};

struct MonteCarloResult {
    int draws = 0;
    std::uint64_t seed = 0;
    bool cancelled = false;                      ///< the run was stopped; nothing else is filled in
    std::vector<std::string> inputs;             ///< the ranged field paths, in draw order
    /// P10, P50, P90: each value the percentile of that one value over the draws.
    std::array<Result, 3> percentiles;
    double probabilityNpvPositive = 0;           ///< share of draws with npv_budget_nok > 0
    double probabilityPayback = 0;               ///< share of draws that pay back within the horizon

    const Result& p10() const { return percentiles[0]; }
    const Result& p50() const { return percentiles[1]; }
    const Result& p90() const { return percentiles[2]; }
};

class MonteCarlo {
public:
    static constexpr std::array<double, 3> kLevels{0.10, 0.50, 0.90};
    static constexpr int kMaxDraws = 1'000'000;
    /// Memory the run may keep for the draws' values.
    static constexpr std::size_t kMaxStoredBytes = std::size_t(768) << 20;

    /// Most draws this scenario's horizon allows within kMaxStoredBytes (at most kMaxDraws).
    static int maxDraws(const Scenario& scenario);

    /// Runs the draws. `scenario` must be valid; options.draws in 1..maxDraws(scenario).
    static MonteCarloResult run(const Scenario& scenario, const MonteCarloOptions& options);
};

} // namespace gevinst
