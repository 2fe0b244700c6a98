#include "Scenario.h"

namespace gevinst {

void Scenario::fitToVocabulary()
{
    const std::size_t bands = vocabulary.ageBands.size();
    const std::size_t categories = vocabulary.categories.size();
    for (auto& year : population)
        year.byBand.resize(bands, 0.0);
    serviceRate.resize(bands, 0.0);
    roles.resize(vocabulary.roles.size());
    for (auto& role : roles)
        role.taskShares.resize(categories, 0.0);
    receivers.resize(vocabulary.receivers.size());
}

int comparisonRole(const Scenario& s)
{
    int best = -1;
    for (std::size_t r = 0; r < s.roles.size(); ++r)
        if (s.roles[r].present && s.vocabulary.roles[r].professional &&
            (best < 0 || s.roles[r].annualCostNok > s.roles[static_cast<std::size_t>(best)].annualCostNok))
            best = static_cast<int>(r);
    return best;
}

} // namespace gevinst
