#pragma once
// Numbers on the command line: io::NumberText (the program's one formatter, in the
// user's language: "1 234 567 kr", "12,5 %" or "1,234,567 NOK", "12.5 %") as
// std::string with plain spaces for a terminal. A plain text table with aligned columns.

#include <optional>
#include <string>
#include <vector>

namespace gevinst::cli {

/// `value` with `decimals` decimals in the user's language; "–" for a missing value.
std::string formatNumber(double value, int decimals);
std::string formatNumber(const std::optional<double>& value, int decimals);
std::string formatNok(double value);                     ///< "1 234 567 kr"
std::string formatNok(const std::optional<double>& value);
std::string formatPercent(double share, int decimals = 1); ///< 0.125 → "12,5 %"
std::string formatPercent(const std::optional<double>& share, int decimals = 1);

/// Columns: the first and those holding text left-aligned, those holding only figures
/// (numbers, amounts, shares, dates, «–») right-aligned, the header with its column.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> header) : m_header(std::move(header)) {}
    void addRow(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    void addRule() { m_rows.push_back({}); }
    std::string render() const;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
};

/// Display width of UTF-8 text (code points).
std::size_t displayWidth(const std::string& text);

} // namespace gevinst::cli
