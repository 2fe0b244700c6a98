#pragma once
// Numbers as a Norwegian reader expects them on the command line: space between
// thousands, decimal comma, "kr" after amounts and " %" after percentages
// ("1 234 567 kr", "12,5 %"). A plain text table with aligned columns.

#include <optional>
#include <string>
#include <vector>

namespace gevinst::cli {

/// `value` with `decimals` decimals, Norwegian style; "–" for a missing value.
std::string formatNumber(double value, int decimals);
std::string formatNumber(const std::optional<double>& value, int decimals);
std::string formatNok(double value);                     ///< "1 234 567 kr"
std::string formatNok(const std::optional<double>& value);
std::string formatPercent(double share, int decimals = 1); ///< 0.125 → "12,5 %"
std::string formatPercent(const std::optional<double>& share, int decimals = 1);

/// Columns: the first left-aligned, the rest right-aligned.
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
