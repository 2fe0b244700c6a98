#pragma once
// Persons (or rates) by single year of age for one unit, as the population
// projection of spec §8 uses them: ages 0 … 104 and the open group 105+ at index 105.

#include <array>

namespace gevinst::projection {

/// The open age group: index 105 holds everyone aged 105 or older.
inline constexpr int kOpenAge = 105;
/// Entries of an AgeProfile: ages 0 … 104 and 105+.
inline constexpr int kAgeCount = kOpenAge + 1;

/// One value per single year of age, 0 … 104, and 105+ at index kOpenAge.
using AgeProfile = std::array<double, kAgeCount>;

} // namespace gevinst::projection
