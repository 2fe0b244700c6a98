#include "ProjectionCsv.h"

#include <charconv>
#include <cmath>

namespace gevinst::projection::csv {

void split(std::string_view line, char separator, std::vector<std::string_view>& out)
{
    out.clear();
    std::size_t start = 0;
    while (true) {
        const std::size_t end = line.find(separator, start);
        out.push_back(line.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return;
        start = end + 1;
    }
}

std::string_view unquoted(std::string_view field)
{
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t'))
        field.remove_suffix(1);
    if (field.size() >= 2 && field.front() == '"' && field.back() == '"')
        field = field.substr(1, field.size() - 2);
    return field;
}

std::optional<double> number(std::string_view field)
{
    field = unquoted(field);
    double value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (ec != std::errc() || end != field.data() + field.size() || field.empty() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> leadingInteger(std::string_view field)
{
    field = unquoted(field);
    int value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
    if (ec != std::errc() || end == field.data())
        return std::nullopt;
    return value;
}

} // namespace gevinst::projection::csv
