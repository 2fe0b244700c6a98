#include "TerminalText.h"

#include "NumberText.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace gevinst::cli {

namespace {
/// NumberText's text for a terminal: plain spaces where the window has no-break ones.
std::string terminalText(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')).toStdString();
}
/// A number, amount, share, date or the missing mark: "1 234 kr", "-12,5 %", "1.12.2026 05:27", "–".
bool looksLikeFigure(const std::string& cell)
{
    if (cell.empty())
        return true;
    const unsigned char first = static_cast<unsigned char>(cell.front());
    if (std::isdigit(first) || first == '-' || first == '+')
        return true;
    // "−" (U+2212, the minus sign) and "–" (U+2013, a missing value) in UTF-8.
    return cell.rfind("\xE2\x88\x92", 0) == 0 || cell == "\xE2\x80\x93";
}
} // namespace

std::string formatNumber(double value, int decimals)
{
    return terminalText(io::NumberText::number(value, decimals));
}

std::string formatNumber(const std::optional<double>& value, int decimals)
{
    return value ? formatNumber(*value, decimals) : "–";
}

std::string formatNok(double value)
{
    return terminalText(io::NumberText::nok(value));
}

std::string formatNok(const std::optional<double>& value)
{
    return value ? formatNok(*value) : "–";
}

std::string formatPercent(double share, int decimals)
{
    return terminalText(io::NumberText::percent(share, decimals));
}

std::string formatPercent(const std::optional<double>& share, int decimals)
{
    return share ? formatPercent(*share, decimals) : "–";
}

std::size_t displayWidth(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string TextTable::render() const
{
    std::vector<std::size_t> widths(m_header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(m_header);
    for (const auto& row : m_rows)
        measure(row);
    std::size_t total = 0;
    for (auto w : widths)
        total += w;
    total += 2 * (widths.empty() ? 0 : widths.size() - 1);

    // A column after the first is right-aligned when every cell below the header is a figure.
    std::vector<bool> right(widths.size(), false);
    for (std::size_t i = 1; i < widths.size(); ++i) {
        right[i] = true;
        for (const auto& row : m_rows)
            if (i < row.size() && !looksLikeFigure(row[i]))
                right[i] = false;
    }
    auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string cell = i < row.size() ? row[i] : "";
            const std::string pad(widths[i] - displayWidth(cell), ' ');
            if (i > 0)
                out += "  ";
            out += right[i] ? pad + cell : cell + pad;
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out + "\n";
    };
    std::string rule;
    for (std::size_t i = 0; i < total; ++i)
        rule += "─";
    std::string out = line(m_header) + rule + "\n";
    for (const auto& row : m_rows)
        out += row.empty() ? rule + "\n" : line(row);
    return out;
}

} // namespace gevinst::cli
