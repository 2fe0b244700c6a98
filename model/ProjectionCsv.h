#pragma once
// Small helpers shared by the projection's CSV readers (internal to the model): lines
// without their line ends, fields split on one separator, quotes taken off, numbers
// read with std::from_chars.

#include <optional>
#include <string_view>
#include <vector>

namespace gevinst::projection::csv {

/// Calls `onLine(line, lineNumber)` for each line (1-based), "\r" taken off; stops
/// when it returns false.
template <class F>
void forEachLine(std::string_view text, F&& onLine)
{
    int number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!onLine(line, ++number))
            return;
    }
}

/// Splits on `separator` (no quoted separators in these files) into `out`.
void split(std::string_view line, char separator, std::vector<std::string_view>& out);
/// Without surrounding spaces and double quotes.
std::string_view unquoted(std::string_view field);
/// A finite number (optionally with a leading '-'), or none.
std::optional<double> number(std::string_view field);
/// The whole number the field starts with ("105 years or older" → 105), or none.
std::optional<int> leadingInteger(std::string_view field);

} // namespace gevinst::projection::csv
