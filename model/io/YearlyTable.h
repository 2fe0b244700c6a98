#pragma once
// The yearly table of a result as columns: the year first, then every series of
// spec §4 and the utilisation of each role, each with its Norwegian label and
// kind (the ledger of §7 is a table of its own). The one definition the CSV, the XLSX sheet and the report all use.

#include "KeyFigures.h"
#include "Result.h"

#include <QString>

#include <vector>

namespace gevinst::io {

struct YearlyColumn {
    QString id;      ///< the series id of spec §4, "year", or "utilisation.<role>"
    QString label;   ///< Norwegian, without unit
    ValueKind kind = ValueKind::Plain;
    std::vector<double> values; ///< one per year; NaN where undefined
};

class YearlyTable {
public:
    /// Every column. A series that is null in every year (ramp in a roll-up) is left out.
    static std::vector<YearlyColumn> full(const Result& result);
    /// The few columns a council report shows: year, freed FTE, gap, share closed,
    /// subsidies, social assistance savings, costs, budget effect, cumulative.
    static std::vector<YearlyColumn> compact(const Result& result);
    /// The ledger of spec §7: year, the six actors' cash, the public and society totals,
    /// the tax-financing cost, the freed time (not cash) and the two bases.
    static std::vector<YearlyColumn> ledger(const Result& result);
    /// "Frigjorte årsverk (årsverk)"; shares as "(andel)" when `rawShares`, else "(%)".
    static QString header(const YearlyColumn& column, bool rawShares);
};

} // namespace gevinst::io
