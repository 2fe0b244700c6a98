#pragma once
// Draws the uncertainty charts into a QCustomPlot: a fan chart of one series of a
// Monte Carlo run (P10–P90 band, P50 line) and the tornado of a one-at-a-time
// sensitivity run (bars from the all-at-mode value to the value with one input at
// its low and at its high). Stateless; call again on the same plot to redraw.
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
    /// Removes everything fan() or tornado() added; shows `message` as the title, if any.
    static void clear(QCustomPlot& plot, const QString& message = {});

    static QString fanTitle(SeriesId series);
    static QString tornadoTitle(TornadoMeasure measure);
};

} // namespace gevinst::ui
