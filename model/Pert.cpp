#include "Pert.h"

#include "RandomStream.h"

#include <algorithm>

namespace gevinst {

Pert::Pert(const Range& range) : m_range(range)
{
    const double width = range.high - range.low;
    if (width > 0) {
        m_alpha = 1.0 + kLambda * (range.mode - range.low) / width;
        m_beta = 1.0 + kLambda * (range.high - range.mode) / width;
    }
}

double Pert::sample(RandomStream& stream) const
{
    const double width = m_range.high - m_range.low;
    if (!(width > 0))
        return m_range.low;
    const double x = m_range.low + width * stream.beta(m_alpha, m_beta);
    return std::clamp(x, m_range.low, m_range.high);
}

double Pert::mean() const
{
    return (m_range.low + 4.0 * m_range.mode + m_range.high) / 6.0;
}

double Pert::variance() const
{
    const double mu = mean();
    return (mu - m_range.low) * (m_range.high - mu) / (kLambda + 3.0);
}

} // namespace gevinst
