#pragma once
// The charts of the ledger (spec §7), drawn into a QCustomPlot: each year's cash
// by actor as stacked bars (gains stacked upwards, costs downwards, one bar series
// per actor) with the society total as a line, and a waterfall of the actors' net
// present values to the public and society totals and on through the
// tax-financing cost, with the freed time (not cash) as a separate bar beside it.
// Bars carry "valueKind"/"valueScale" like ChartBuilder's, so ChartHover works.

#include "Result.h"

#include <QSize>

class QCustomPlot;

namespace gevinst::ui {

class LedgerCharts {
public:
    enum class Chart { CashByYear, NpvWaterfall };

    /// Clears `plot` and draws `chart` of `result`. Does not call replot().
    static void build(QCustomPlot& plot, const Result& result, Chart chart);
    /// Clears what build() adds.
    static void clear(QCustomPlot& plot);
    /// Draws `chart` into `plot` for a page: `size` at 96 dpi, white, the legend in as
    /// many columns as the width takes.
    static void prepare(QCustomPlot& plot, const Result& result, Chart chart, QSize size);

    static QString title(Chart chart);
    static constexpr const char* titleObjectName = "ledgerChartTitle";
};

} // namespace gevinst::ui
