#pragma once
// The probabilities of death q(a) the population projection uses (spec §8): SSB table
// 07902 «Dødelighetstabeller», read from the shipped life-table-norway.csv
// (sex,year,age,qx,px,lx,source), one sex and period, ages 0 … 105 (105 standing for
// the open group 105+; older rows are ignored).

#include "AgeProfile.h"
#include "ProjectionError.h"

#include <string_view>

namespace gevinst::projection {

class LifeTable {
public:
    /// The rows of `sex` and `year` (default: both sexes, mean of 2022–2024) from the
    /// CSV text; every age 0 … 105 must be there once with 0 ≤ qx ≤ 1. `label` names
    /// the file in errors.
    static ProjectionOutcome<LifeTable> fromCsv(std::string_view text, std::string_view label,
                                                std::string_view sex = "both_derived",
                                                std::string_view year = "2022-2024");
    /// A table from given probabilities (tests, other sources).
    explicit LifeTable(const AgeProfile& deathProbability) : m_q(deathProbability) {}

    /// q(a), a = 0 … 105.
    const AgeProfile& deathProbabilities() const { return m_q; }

private:
    AgeProfile m_q{};
};

} // namespace gevinst::projection
