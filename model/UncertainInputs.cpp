#include "UncertainInputs.h"

#include "InputCatalogue.h"
#include "RandomStream.h"

#include <vector>

namespace gevinst {

UncertainInputs::UncertainInputs(Scenario& working) : m_working(working)
{
    for (const auto& [path, range] : working.uncertainty) // std::map: path order, fixed
        if (double* field = numericField(working, path)) {
            m_inputs.push_back({path, range, Pert(range), field});
            m_baseValues.push_back(*field);
        }
    for (const auto& m : working.sharing)
        m_baseShares.push_back(m.share);
}

void UncertainInputs::restore()
{
    resetShares();
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        *m_inputs[i].field = m_baseValues[i];
}

void UncertainInputs::resetShares()
{
    for (std::size_t i = 0; i < m_working.sharing.size(); ++i)
        m_working.sharing[i].share = m_baseShares[i];
}

void UncertainInputs::draw(RandomStream& stream)
{
    resetShares();
    for (const Input& input : m_inputs)
        *input.field = input.pert.sample(stream);
    scaleShareSums(m_working);
}

void UncertainInputs::setAllToMode()
{
    resetShares();
    for (const Input& input : m_inputs)
        *input.field = input.range.mode;
    scaleShareSums(m_working);
}

void UncertainInputs::setOneAt(std::size_t i, double value)
{
    resetShares();
    for (const Input& input : m_inputs)
        *input.field = input.range.mode;
    *m_inputs[i].field = value;
    scaleShareSums(m_working);
}

void UncertainInputs::scaleShareSums(Scenario& s)
{
    // Sums per (role, category), kept in a small flat table: roles and categories are at most 32 each.
    const std::size_t categories = s.vocabulary.categories.size();
    thread_local std::vector<double> sums;
    sums.assign(s.vocabulary.roles.size() * categories, 0.0);
    for (const auto& m : s.sharing)
        sums[std::size_t(m.from) * categories + std::size_t(m.category)] += m.share;
    for (auto& m : s.sharing) {
        const double sum = sums[std::size_t(m.from) * categories + std::size_t(m.category)];
        if (sum > 1.0)
            m.share /= sum;
    }
}

} // namespace gevinst
