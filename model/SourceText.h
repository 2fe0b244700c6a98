#pragma once
// Numbers as the `sources` texts of shipped scenarios write them (Norwegian style:
// "13 312", "24,15 %", "1,26"), for the provenance notes that KostraBaseline and
// UnitScenarioBuilder put into a scenario. Data text, not UI: the window formats the
// numbers it shows itself.

#include <algorithm>
#include <cmath>
#include <string>

namespace gevinst::sourcetext {

/// Whole number with a space between thousands: "13 312".
inline std::string count(double value)
{
    const long long whole = std::llround(value);
    std::string digits = std::to_string(whole < 0 ? -whole : whole);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(std::size_t(i), " ");
    return (whole < 0 ? "-" : "") + digits;
}

/// `digits` decimals with a decimal comma, the whole part grouped: "1 234,5".
inline std::string decimal(double value, int digits)
{
    if (digits <= 0)
        return count(value);
    const double scale = std::pow(10.0, digits);
    const long long scaled = std::llround(std::abs(value) * scale);
    const long long whole = scaled / static_cast<long long>(scale);
    std::string fraction = std::to_string(scaled % static_cast<long long>(scale));
    fraction.insert(0, std::size_t(digits) - std::min<std::size_t>(fraction.size(), std::size_t(digits)), '0');
    return (value < 0 && scaled != 0 ? "-" : "") + count(double(whole)) + "," + fraction;
}

/// A count that may be fractional: whole numbers as count(), others with one decimal.
inline std::string countOrFraction(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? count(value) : decimal(value, 1);
}

/// "24,15 %" (three decimals below 1 %).
inline std::string percent(double share)
{
    return decimal(share * 100, share * 100 < 1 ? 3 : 2) + " %";
}

} // namespace gevinst::sourcetext
