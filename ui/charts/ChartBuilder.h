#pragma once
// Fills a QCustomPlot with one named chart of a result: title, Norwegian axis
// labels with units, Norwegian number format, legend. Stateless; call build()
// again on the same plot to redraw it with new numbers. Every plottable it adds
// carries the properties "valueKind" ("fte", "nok", "share") and "valueScale"
// (the factor from plotted to real value) so that hover text and exports can
// show exact values (see ChartHover). The value axis's title is broken into lines
// that fit the chart's height before each replot, so a long one is never clipped.

#include "ChartId.h"

#include "Result.h"

#include <QString>

class QCPAbstractPlottable;
class QCustomPlot;
class QFont;

namespace gevinst::ui {

class ChartBuilder {
public:
    /// The title element's object name, so that exporters can find or restyle it.
    static constexpr const char* titleObjectName = "chartTitle";

    /// Clears `plot` and draws chart `id` of `result`. Does not call replot().
    static void build(QCustomPlot& plot, const Result& result, ChartId id);

    /// Clears everything build() adds (plottables, items, title, bar groups).
    static void clear(QCustomPlot& plot);

    /// Puts `text` above everything else in `plot` as its title, bold and two points
    /// larger than the plot's font, named `objectName` so that removeTitles() finds it.
    static void addTitle(QCustomPlot& plot, const QString& text, const char* objectName = titleObjectName);
    /// Takes the titles named `objectName` out of `plot`'s layout (and the rows they held).
    static void removeTitles(QCustomPlot& plot, const char* objectName = titleObjectName);
    /// Moves `plot`'s legend, unless it is there already, into a row of its own below
    /// the axes, so that it never hides a bar: filled column by column, four to a row,
    /// with small margins. Callers set the legend's looks.
    static void placeLegendBelow(QCustomPlot& plot);

    /// Marks `plottable` with what it shows (`kind`: "fte", "nok", "share") and the factor
    /// from plotted to real value (`scale`), for ChartHover and the exports.
    static void tagValues(QCPAbstractPlottable* plottable, const char* kind, double scale);
    /// Decimals of the tick labels on a value axis spanning `span` plotted units.
    static int precisionFor(double span);

    /// `text` broken between words into at most `maxLines` lines no wider than `width`
    /// pixels in `font`; a word longer than a line, or what does not fit in the last
    /// line, is cut with «…». For axis titles and labels that must fit a chart.
    static QString wrapText(const QString& text, const QFont& font, int width, int maxLines);
};

} // namespace gevinst::ui
