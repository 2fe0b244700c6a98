#pragma once
// The PERT distribution of spec §6 for one ranged input: Beta(1 + λ(b−a)/(c−a),
// 1 + λ(c−b)/(c−a)) with λ = 4, scaled to [a, c]; a = c is the constant a.

#include "Scenario.h"

namespace gevinst {

class RandomStream;

class Pert {
public:
    static constexpr double kLambda = 4.0;

    explicit Pert(const Range& range);

    double sample(RandomStream& stream) const;
    /// (a + 4b + c) / 6.
    double mean() const;
    /// (mean − a)(c − mean) / (λ + 3).
    double variance() const;
    const Range& range() const { return m_range; }

private:
    Range m_range;
    double m_alpha = 1;
    double m_beta = 1;
};

} // namespace gevinst
