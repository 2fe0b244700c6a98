#pragma once
// The ranged inputs of one scenario (spec §6), bound to a working copy of it: sets
// each ranged field to a drawn, low, mode or high value and then scales down the
// sharing shares of any role and category that sum above 1. Monte Carlo, tornado
// and the UI each own one per working copy; the copy must outlive it and must not
// change shape (roles, measures, tranches) while bound.

#include "Pert.h"
#include "Scenario.h"

#include <string>
#include <vector>

namespace gevinst {

class RandomStream;

class UncertainInputs {
public:
    struct Input {
        std::string path;
        Range range;
        Pert pert;
        double* field = nullptr;
    };

    /// Binds every range of `working.uncertainty` to its field in `working`. Ranges
    /// whose path names no numeric input (an invalid scenario) are left out.
    explicit UncertainInputs(Scenario& working);

    const std::vector<Input>& inputs() const { return m_inputs; }
    bool empty() const { return m_inputs.empty(); }

    /// Every sharing share back to its value at binding time, every ranged input to
    /// its value at binding time.
    void restore();
    /// Every ranged input drawn from its PERT, in path order, then shares scaled.
    void draw(RandomStream& stream);
    /// Every ranged input at its mode, then shares scaled.
    void setAllToMode();
    /// Every ranged input at its mode except input `i` at `value`, then shares scaled.
    void setOneAt(std::size_t i, double value);
    /// Where the shares of one role and category sum above 1, scales them to sum to 1.
    static void scaleShareSums(Scenario& scenario);

private:
    void resetShares();

    Scenario& m_working;
    std::vector<Input> m_inputs;
    std::vector<double> m_baseShares;
    std::vector<double> m_baseValues;
};

} // namespace gevinst
