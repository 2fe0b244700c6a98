#pragma once
// Draws the uncertainty charts into a QCustomPlot: a fan chart of one series of a
// Monte Carlo run (P10–P90 band, P50 line) and the tornado of a one-at-a-time
// sensitivity run (bars from the all-at-mode value to the value with one input at
// its low and at its high). Stateless; call again on the same plot to redraw. The
// tornado's row labels and axis title are fitted to the plot's size before each
// replot (long labels cut, the full text on hover), so they are never clipped.
// Plottables carry "valueKind"/"valueScale" like ChartBuilder's, for ChartHover.

#include "MonteCarlo.h"
#include "Tornado.h"

#include <QString>

class QCustomPlot;

namespace gevinst::ui {

enum class TornadoMeasure { NpvBudget, FreedFteEnd };

class UncertaintyCharts {
public:
    /// Fan chart of `series` (FreedFte or BudgetEffectNok; NOK series in millions).
    static void fan(QCustomPlot& plot, const MonteCarloResult& result, SeriesId series);
    /// Tornado of the `maxBars` inputs with the largest swing of `measure`.
    static void tornado(QCustomPlot& plot, const Scenario& scenario, const TornadoResult& result,
                        TornadoMeasure measure, int maxBars = 12);
    /// The hover text of the tornado's row at `key` (a row's position on the key axis):
    /// the input's full name and the values at its low and high end; empty off the rows.
    static QString tornadoTextAt(const QCustomPlot& plot, double key);
    /// Removes everything fan() or tornado() added; shows `message` as the title, if any.
    static void clear(QCustomPlot& plot, const QString& message = {});

    static QString fanTitle(SeriesId series);
    static QString tornadoTitle(TornadoMeasure measure);
};

} // namespace gevinst::ui
