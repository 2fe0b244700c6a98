#pragma once
// Percentiles of a sample, as the Monte Carlo summary reports them (spec §6): the
// linear method between order statistics (Hyndman–Fan type 7, the default of R
// and NumPy) for continuous figures, the nearest-rank value for whole-number
// figures such as a payback year. NaN values (nulls) are left out; no values
// gives NaN.

#include <span>

namespace gevinst {

class Percentiles {
public:
    /// Percentiles at the ascending `levels` (each in 0..1, at most 16) into `out`;
    /// overwrites `values` (it is working space).
    static void linear(std::span<double> values, std::span<const double> levels, std::span<double> out);
    /// As linear(), but each percentile is the order statistic nearest to the linear rank.
    static void nearestRank(std::span<double> values, std::span<const double> levels, std::span<double> out);
};

} // namespace gevinst
