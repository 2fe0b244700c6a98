#include "UncertaintyCharts.h"

#include "ChartBuilder.h"
#include "InputLabel.h"
#include "NumberText.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gevinst::ui {

namespace {

struct Charts {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::UncertaintyCharts)
};

constexpr const char* kTitleName = "uncertaintyTitle";
// The tornado's texts at full length (the chart shows them fitted to its size).
constexpr const char* kRowLabels = "tornadoRowLabels";   ///< QStringList, row k (key k + 1)
constexpr const char* kRowValues = "tornadoRowValues";   ///< QStringList, the row's values in words
constexpr const char* kAxisTitle = "tornadoAxisTitle";   ///< QString
constexpr const char* kFitConnected = "uncertaintyFitConnected";
const QColor kBlue(0x1f, 0x5f, 0x9e);
const QColor kBand(0x7f, 0xb3, 0xe0, 110);
const QColor kBandEdge(0x7f, 0xb3, 0xe0);
const QColor kLow(0x1f, 0x5f, 0x9e);
const QColor kHigh(0xe0, 0x7b, 0x24);
const QColor kDark(0x33, 0x33, 0x33);

QVector<double> valuesOf(const Eigen::ArrayXd& a, double divisor)
{
    QVector<double> v(static_cast<int>(a.size()));
    for (Eigen::Index i = 0; i < a.size(); ++i)
        v[static_cast<int>(i)] = std::isfinite(a[i]) ? a[i] / divisor : qQNaN();
    return v;
}

/// Value-axis range holding every finite value of `lists` and 0, with some air.
void fitAxis(QCPAxis* axis, std::initializer_list<const QVector<double>*> lists)
{
    double lo = 0;
    double hi = 0;
    for (const auto* list : lists)
        for (double v : *list)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!(hi > lo))
        hi = lo + 1;
    const double pad = 0.08 * (hi - lo);
    axis->setRange(lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : pad * 0.1);
}

int widestLine(const QString& text, const QFontMetrics& metrics)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

/// Fits the tornado's row labels and value-axis title to the plot's present size: the
/// labels take at most about 38 % of the width (two lines where the rows are tall
/// enough, else one, cut with «…»; the full text is the row's hover text), and the
/// title is broken into lines as wide as the bars' area, so that neither is clipped.
void fitTornadoTexts(QCustomPlot& plot)
{
    const QStringList labels = plot.property(kRowLabels).toStringList();
    auto ticker = plot.yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    if (labels.isEmpty() || !ticker)
        return;
    // The widget's size (a plot drawn for a report is resized, never shown, so its
    // viewport may still be the default one).
    const QSize size = plot.size();
    const QFontMetrics tickMetrics(plot.yAxis->tickLabelFont());
    const QFontMetrics titleMetrics(plot.xAxis->labelFont());
    const int labelWidth = std::clamp(static_cast<int>(size.width() * 0.38), 80, 360);
    // Room per row: the plot's height less title, legend and value axis (about eight lines).
    const double rowPitch = (size.height() - 8.0 * titleMetrics.lineSpacing()) / (labels.size() + 0.4);
    const int linesPerRow = rowPitch >= 2.2 * tickMetrics.lineSpacing() ? 2 : 1;
    ticker->clear();
    int widest = 0;
    for (int k = 0; k < labels.size(); ++k) {
        const QString shown = ChartBuilder::wrapText(labels[k], plot.yAxis->tickLabelFont(), labelWidth, linesPerRow);
        widest = std::max(widest, widestLine(shown, tickMetrics));
        ticker->addTick(k + 1, shown);
    }
    // The bars' area: the width less the labels, the tick padding and the margins.
    const int titleWidth = std::max(80, size.width() - widest - 4 * tickMetrics.averageCharWidth() - 24);
    plot.xAxis->setLabel(ChartBuilder::wrapText(plot.property(kAxisTitle).toString(), plot.xAxis->labelFont(), titleWidth, 3));
}

/// As many legend entries to a row as fit in the plot's width (the others wrap to the
/// next row), so that no entry is cut.
void fitLegend(QCustomPlot& plot)
{
    QCPLegend* legend = plot.legend;
    const int count = legend->itemCount();
    if (!legend->visible() || count == 0)
        return;
    const int available = plot.width() - legend->margins().left() - legend->margins().right() - 16;
    int perRow = count;
    for (; perRow > 1; --perRow) {
        int total = (perRow - 1) * legend->columnSpacing();
        for (int c = 0; c < perRow; ++c) {
            int column = 0;
            for (int i = c; i < count; i += perRow)
                if (QCPAbstractLegendItem* item = legend->item(i))
                    column = std::max(column, item->minimumOuterSizeHint().width());
            total += column;
        }
        if (total <= available)
            break;
    }
    if (legend->wrap() != perRow) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
}

void fitTexts(QCustomPlot& plot)
{
    fitLegend(plot);
    fitTornadoTexts(plot);
}

void placeLegendBelow(QCustomPlot& plot)
{
    ChartBuilder::placeLegendBelow(plot);
    plot.legend->setVisible(true);
    plot.legend->setBorderPen(QPen(QColor(0xbb, 0xbb, 0xbb)));
    fitTexts(plot);
    // Fitted again before every replot, so a resized window gets whole texts too.
    if (!plot.property(kFitConnected).toBool()) {
        plot.setProperty(kFitConnected, true);
        QObject::connect(&plot, &QCustomPlot::beforeReplot, &plot, [&plot] { fitTexts(plot); });
    }
}

} // namespace

QString UncertaintyCharts::fanTitle(SeriesId series)
{
    return series == SeriesId::FreedFte ? Charts::tr("Frigjorte årsverk per år, P10–P90")
                                        : Charts::tr("Budsjetteffekt per år, P10–P90");
}

QString UncertaintyCharts::tornadoTitle(TornadoMeasure measure)
{
    return measure == TornadoMeasure::NpvBudget ? Charts::tr("Hva betyr mest for nåverdien av budsjetteffekten?")
                                                : Charts::tr("Hva betyr mest for frigjorte årsverk i sluttåret?");
}

void UncertaintyCharts::clear(QCustomPlot& plot, const QString& message)
{
    plot.clearPlottables();
    plot.clearItems();
    ChartBuilder::removeTitles(plot, kTitleName);
    plot.legend->setVisible(false);
    plot.setProperty(kRowLabels, QVariant());
    plot.setProperty(kRowValues, QVariant());
    if (!message.isEmpty())
        ChartBuilder::addTitle(plot, message, kTitleName);
}

void UncertaintyCharts::fan(QCustomPlot& plot, const MonteCarloResult& mc, SeriesId series)
{
    clear(plot);
    plot.setLocale(io::NumberText::locale());
    ChartBuilder::addTitle(plot, fanTitle(series), kTitleName);
    const bool money = series != SeriesId::FreedFte;
    const double scale = money ? 1e6 : 1.0;
    const char* kind = money ? "nok" : "fte";

    const Result& p50 = mc.p50();
    QVector<double> keys;
    for (int y : p50.years)
        keys.push_back(y);
    const auto low = valuesOf(mc.p10()[series], scale);
    const auto mid = valuesOf(p50[series], scale);
    const auto high = valuesOf(mc.p90()[series], scale);

    QCPGraph* top = plot.addGraph();
    top->setName(Charts::tr("P90"));
    top->setData(keys, high, true);
    top->setPen(QPen(kBandEdge, 1));
    top->removeFromLegend();
    ChartBuilder::tagValues(top, kind, scale);
    QCPGraph* bottom = plot.addGraph();
    bottom->setName(Charts::tr("P10–P90 (80 % av trekkene)"));
    bottom->setData(keys, low, true);
    bottom->setPen(QPen(kBandEdge, 1));
    bottom->setBrush(kBand);
    bottom->setChannelFillGraph(top);
    ChartBuilder::tagValues(bottom, kind, scale);
    bottom->setProperty("hoverName", Charts::tr("P10"));
    QCPGraph* median = plot.addGraph();
    median->setName(Charts::tr("P50 (median)"));
    median->setData(keys, mid, true);
    median->setPen(QPen(kBlue, 2.5));
    median->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kBlue, kBlue, 6));
    ChartBuilder::tagValues(median, kind, scale);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = p50.yearCount();
    const int step = n > 24 ? 5 : (n > 8 ? 2 : 1); // two fans side by side: every other year
    for (int i = 0; i < n; i += step)
        ticker->addTick(p50.years[std::size_t(i)], io::NumberText::year(p50.years[std::size_t(i)]));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setLabel(Charts::tr("År"));
    plot.xAxis->grid()->setVisible(false);
    if (n > 0)
        plot.xAxis->setRange(p50.years.front() - 0.5, p50.years.back() + 0.5);
    plot.yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.yAxis->setLabel(money ? Charts::tr("Millioner kroner") : Charts::tr("Årsverk"));
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(money ? 1 : 0);
    plot.yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DotLine));
    plot.yAxis->grid()->setZeroLinePen(QPen(QColor(0x55, 0x55, 0x55), 1));
    fitAxis(plot.yAxis, {&low, &mid, &high});
    placeLegendBelow(plot);
}

void UncertaintyCharts::tornado(QCustomPlot& plot, const Scenario& scenario, const TornadoResult& t,
                                TornadoMeasure measure, int maxBars)
{
    clear(plot);
    plot.setLocale(io::NumberText::locale());
    ChartBuilder::addTitle(plot, tornadoTitle(measure), kTitleName);
    const bool npv = measure == TornadoMeasure::NpvBudget;
    const double scale = npv ? 1e6 : 1.0;
    const double base = (npv ? t.baseNpv : t.baseFreedFteEnd) / scale;
    // Inputs that do not move this figure at all only clutter the chart.
    std::vector<std::size_t> order;
    for (std::size_t index : npv ? t.byNpvSwing : t.byFreedFteEndSwing)
        if ((npv ? t.bars[index].npvSwing() : t.bars[index].freedFteEndSwing()) > 1e-12 * std::max(1.0, std::abs(base * scale)))
            order.push_back(index);
    const int count = std::min<int>(maxBars, static_cast<int>(order.size()));
    if (count == 0) {
        clear(plot, tornadoTitle(measure) + QStringLiteral("\n") + Charts::tr("Ingen av inndataene med område endrer dette tallet."));
        return;
    }

    QVector<double> keys, lowValues, highValues;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QStringList rowLabels, rowValues;
    const auto valueText = [npv, scale](double v) {
        return npv ? io::NumberText::millionNok(v * scale, 1) : io::NumberText::fte(v, 1);
    };
    for (int i = 0; i < count; ++i) {
        const TornadoBar& bar = t.bars[order[std::size_t(i)]];
        const double key = count - i; // the largest swing on top
        keys.push_back(key);
        lowValues.push_back((npv ? bar.npvAtLow : bar.freedFteEndAtLow) / scale);
        highValues.push_back((npv ? bar.npvAtHigh : bar.freedFteEndAtHigh) / scale);
        rowLabels.prepend(InputLabel::of(scenario, bar.path));
        rowValues.prepend(Charts::tr("Lav verdi gir %1, høy verdi gir %2").arg(valueText(lowValues.back()), valueText(highValues.back())));
    }
    plot.setProperty(kRowLabels, rowLabels);
    plot.setProperty(kRowValues, rowValues);

    auto addBars = [&](const QString& name, const QVector<double>& values, const QColor& color, double width) {
        auto* bars = new QCPBars(plot.yAxis, plot.xAxis);
        bars->setName(name);
        // QCPBars draws from its base value to base + value.
        QVector<double> offsets;
        for (double v : values)
            offsets.push_back(v - base);
        bars->setData(keys, offsets, true);
        bars->setBaseValue(base);
        bars->setWidth(width);
        bars->setPen(QPen(color.darker(130), 1));
        bars->setBrush(color);
        ChartBuilder::tagValues(bars, npv ? "nok" : "fte", scale);
        return bars;
    };
    addBars(Charts::tr("Inndata på lav verdi"), lowValues, kLow, 0.64);
    addBars(Charts::tr("Inndata på høy verdi"), highValues, kHigh, 0.4);

    auto* baseLine = new QCPItemStraightLine(&plot);
    baseLine->point1->setCoords(base, 0);
    baseLine->point2->setCoords(base, 1);
    baseLine->setPen(QPen(kDark, 1.5, Qt::DashLine));

    plot.yAxis->setTicker(ticker);
    plot.yAxis->setRange(0.3, count + 0.7);
    plot.yAxis->grid()->setVisible(false);
    plot.yAxis->setLabel(QString());
    plot.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.setProperty(kAxisTitle,
                     npv ? Charts::tr("Nåverdi av budsjetteffekten, millioner kroner (stiplet: alle på mest sannsynlig verdi, %1)")
                               .arg(io::NumberText::millionNok(base * scale, 1))
                         : Charts::tr("Frigjorte årsverk i sluttåret (stiplet: alle på mest sannsynlig verdi, %1)")
                               .arg(io::NumberText::fte(base)));
    plot.xAxis->setNumberFormat(QStringLiteral("f"));
    plot.xAxis->setNumberPrecision(npv ? 0 : 1);
    plot.xAxis->grid()->setVisible(true);
    plot.xAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DotLine));
    QVector<double> all = lowValues + highValues;
    all.push_back(base);
    double lo = base, hi = base;
    for (double v : all) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const double pad = std::max(0.06 * (hi - lo), 1e-9);
    plot.xAxis->setRange(lo - pad, hi + pad);
    placeLegendBelow(plot);
}

QString UncertaintyCharts::tornadoTextAt(const QCustomPlot& plot, double key)
{
    const QStringList labels = plot.property(kRowLabels).toStringList();
    const QStringList values = plot.property(kRowValues).toStringList();
    const int row = static_cast<int>(std::lround(key)) - 1;
    if (row < 0 || row >= labels.size() || std::abs(key - (row + 1)) > 0.5)
        return {};
    return row < values.size() ? labels[row] + QLatin1Char('\n') + values[row] : labels[row];
}

} // namespace gevinst::ui
