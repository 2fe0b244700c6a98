#include "LedgerCharts.h"

#include "ChartBuilder.h"
#include "ExportLabels.h"
#include "LedgerTable.h"
#include "NumberText.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::ui::LedgerCharts", text);
}

constexpr double kMillion = 1e6;

const QColor kBlue(0x1f, 0x5f, 0x9e);
const QColor kLightBlue(0x7f, 0xb3, 0xe0);
const QColor kTeal(0x2a, 0x9d, 0x9a);
const QColor kGreen(0x3a, 0x8f, 0x4f);
const QColor kLightGreen(0x9c, 0xcf, 0x8c);
const QColor kOrange(0xe0, 0x7b, 0x24);
const QColor kRed(0xb8, 0x3b, 0x3b);
const QColor kPurple(0x7b, 0x5e, 0xa7);
const QColor kDark(0x22, 0x22, 0x22);
const QColor kGrey(0x8a, 0x8a, 0x8a);

QColor actorColor(SeriesId id)
{
    switch (id) {
    case SeriesId::LedgerKommuneHelseOmsorg: return kBlue;
    case SeriesId::LedgerKommuneSosial: return kTeal;
    case SeriesId::LedgerKommuneSkatt: return kLightBlue;
    case SeriesId::LedgerStatNav: return kGreen;
    case SeriesId::LedgerStatSkatt: return kLightGreen;
    case SeriesId::LedgerArbeidstakere: return kOrange;
    default: return kGrey;
    }
}

/// Short names beside the waterfall's bars (the table has the full names).
QString shortName(SeriesId id)
{
    switch (id) {
    case SeriesId::LedgerKommuneHelseOmsorg: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Kommunen: helse og omsorg");
    case SeriesId::LedgerKommuneSosial: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Kommunen: sosialhjelp");
    case SeriesId::LedgerKommuneSkatt: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Kommunen: skatt");
    case SeriesId::LedgerStatNav: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Staten: NAV");
    case SeriesId::LedgerStatSkatt: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Staten: skatt og avgift");
    case SeriesId::LedgerArbeidstakere: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "De som får jobb");
    case SeriesId::LedgerPublicNet: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Offentlig sektor i alt");
    case SeriesId::LedgerSocietyNet: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Samfunnet i alt");
    case SeriesId::LedgerTaxFinancing: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Skattefinansieringskostnad");
    case SeriesId::LedgerSocietyWithTaxFinancing: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Samfunnet med skattefin.");
    case SeriesId::LedgerCapacityTime: return QCoreApplication::translate("gevinst::ui::LedgerCharts", "Frigjort tid (ikke kontanter)");
    default: return io::ExportLabels::series(id);
    }
}

QCPBars* addBars(QCustomPlot& plot, const QString& name, const QVector<double>& keys, const QVector<double>& values,
                 const QColor& color, double width, bool horizontal = false)
{
    auto* bars = horizontal ? new QCPBars(plot.yAxis, plot.xAxis) : new QCPBars(plot.xAxis, plot.yAxis);
    bars->setName(name);
    bars->setData(keys, values, true);
    bars->setPen(QPen(color.darker(130), 1));
    bars->setBrush(color);
    bars->setWidth(width);
    ChartBuilder::tagValues(bars, "nok", kMillion);
    return bars;
}

void setupValueAxis(QCPAxis* axis, double lo, double hi)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (!(hi > lo))
        hi = lo + 1.0;
    const double pad = 0.1 * (hi - lo);
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    axis->setLabel(QCoreApplication::translate("gevinst::ui::LedgerCharts", "Millioner kroner"));
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(ChartBuilder::precisionFor(hi - lo));
    axis->setRange(lo < 0 ? lo - pad : 0.0, hi > 0 ? hi + pad : pad * 0.1);
}

/// The legend in its own row under the axes, two items a row (the names are long). A legend without
/// items goes back into the axis rect, hidden: in the grid an empty legend would
/// cap the width of the whole column.
void placeLegend(QCustomPlot& plot)
{
    auto* layout = plot.plotLayout();
    if (plot.legend->itemCount() == 0) {
        if (plot.legend->layout() == layout) {
            layout->take(plot.legend);
            layout->simplify();
            plot.axisRect()->insetLayout()->addElement(plot.legend, Qt::AlignRight | Qt::AlignTop);
        }
        plot.legend->setVisible(false);
        return;
    }
    ChartBuilder::placeLegendBelow(plot);
    plot.legend->setWrap(2);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    plot.legend->setVisible(plot.legend->itemCount() > 0);
    plot.legend->setBrush(QColor(255, 255, 255, 220));
    plot.legend->setBorderPen(QPen(QColor(0xbb, 0xbb, 0xbb)));
    QFont font = plot.font();
    font.setPointSize(std::max(7, font.pointSize() - 1));
    plot.legend->setFont(font);
}

void buildCashByYear(QCustomPlot& plot, const Result& r)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = r.yearCount();
    const int step = n > 24 ? 5 : (n > 12 ? 2 : 1);
    QVector<double> keys;
    for (int i = 0; i < n; ++i) {
        keys.push_back(r.years[std::size_t(i)]);
        if (i % step == 0)
            ticker->addTick(r.years[std::size_t(i)], io::NumberText::year(r.years[std::size_t(i)]));
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setLabel(QCoreApplication::translate("gevinst::ui::LedgerCharts", "År"));
    if (n > 0)
        plot.xAxis->setRange(r.years.front() - 0.7, r.years.back() + 0.7);
    plot.xAxis->grid()->setVisible(false);

    // QCPBars stacks a bar on the bars below it of the same sign, so gains stack
    // upwards and costs downwards from zero, each actor in the same order.
    std::vector<double> top(std::size_t(n), 0.0), bottom(std::size_t(n), 0.0);
    QCPBars* below = nullptr;
    for (SeriesId id : LedgerTable::kActors) {
        QVector<double> values;
        for (int t = 0; t < n; ++t) {
            const double v = r[id][t];
            values.push_back(v / kMillion);
            (v >= 0 ? top : bottom)[std::size_t(t)] += v / kMillion;
        }
        QCPBars* bars = addBars(plot, io::ExportLabels::series(id), keys, values, actorColor(id), 0.7);
        bars->setObjectName(QStringLiteral("bars:") + QString::fromLatin1(ledgerKeyOf(id).data(), int(ledgerKeyOf(id).size())));
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    QVector<double> net;
    double lo = n ? *std::min_element(bottom.begin(), bottom.end()) : 0.0;
    double hi = n ? *std::max_element(top.begin(), top.end()) : 0.0;
    for (int t = 0; t < n; ++t) {
        net.push_back(r[SeriesId::LedgerSocietyNet][t] / kMillion);
        lo = std::min(lo, net.back());
        hi = std::max(hi, net.back());
    }
    QCPGraph* line = plot.addGraph();
    line->setName(io::ExportLabels::series(SeriesId::LedgerSocietyNet));
    line->setData(keys, net, true);
    line->setPen(QPen(kDark, 2.5));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kDark, kDark, 6));
    ChartBuilder::tagValues(line, "nok", kMillion);
    setupValueAxis(plot.yAxis, lo, hi);
}

void buildWaterfall(QCustomPlot& plot, const Result& r)
{
    // Lying bars, first actor at the top, so that every name reads on one line.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double lo = 0, hi = 0;
    double running = 0;
    double key = 1;
    QFont labelFont = plot.font();
    labelFont.setPointSize(std::max(7, labelFont.pointSize() - 1));
    auto valueLabel = [&](double k, double from, double to, double value) {
        auto* text = new QCPItemText(&plot);
        text->position->setType(QCPItemPosition::ptPlotCoords);
        const bool up = to >= from;
        text->position->setCoords(up ? std::max(from, to) : std::min(from, to), k);
        text->setPositionAlignment((up ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        text->setPadding(QMargins(3, 0, 3, 0));
        text->setFont(labelFont);
        text->setText(io::NumberText::number(value / kMillion, 1));
    };
    // One bar series per step, floating from the running total (QCPBars draws
    // from its base value to base + value).
    auto step = [&](SeriesId id, bool total, const QColor& color) {
        const double npv = LedgerTable::npvOf(r, id);
        const double from = total ? 0.0 : running;
        const double to = from + npv;
        QCPBars* bars = addBars(plot, io::ExportLabels::series(id), {key}, {npv / kMillion}, color, 0.62, true);
        bars->setBaseValue(from / kMillion);
        bars->removeFromLegend();
        bars->setObjectName(QStringLiteral("step:") + QString::fromLatin1(ledgerKeyOf(id).data(), int(ledgerKeyOf(id).size())));
        valueLabel(key, from / kMillion, to / kMillion, npv);
        ticker->addTick(key, shortName(id));
        if (!total && key > 1) {
            // The connector from the previous bar's end.
            auto* link = new QCPItemLine(&plot);
            link->start->setCoords(from / kMillion, key - 1 + 0.31);
            link->end->setCoords(from / kMillion, key - 0.31);
            link->setPen(QPen(kGrey, 1, Qt::DashLine));
        }
        running = total ? npv : to;
        lo = std::min({lo, from / kMillion, to / kMillion});
        hi = std::max({hi, from / kMillion, to / kMillion});
        key += 1;
    };
    const QColor gain = kGreen, cost = kRed, sum = kBlue;
    auto signColor = [&](SeriesId id) { return LedgerTable::npvOf(r, id) >= 0 ? gain : cost; };
    for (SeriesId id : {SeriesId::LedgerKommuneHelseOmsorg, SeriesId::LedgerKommuneSosial, SeriesId::LedgerKommuneSkatt,
                        SeriesId::LedgerStatNav, SeriesId::LedgerStatSkatt})
        step(id, false, signColor(id));
    step(SeriesId::LedgerPublicNet, true, sum);
    step(SeriesId::LedgerArbeidstakere, false, signColor(SeriesId::LedgerArbeidstakere));
    step(SeriesId::LedgerSocietyNet, true, sum);
    step(SeriesId::LedgerTaxFinancing, false, signColor(SeriesId::LedgerTaxFinancing));
    step(SeriesId::LedgerSocietyWithTaxFinancing, true, sum.darker(130));

    // The freed time beside the cash, after a gap and a divider: never added in.
    key += 0.4;
    auto* divider = new QCPItemStraightLine(&plot);
    divider->point1->setCoords(0, key - 0.7);
    divider->point2->setCoords(1, key - 0.7);
    divider->setPen(QPen(kGrey, 1, Qt::DashLine));
    const double time = LedgerTable::npvOf(r, SeriesId::LedgerCapacityTime);
    QCPBars* timeBars = addBars(plot, io::ExportLabels::series(SeriesId::LedgerCapacityTime), {key}, {time / kMillion},
                                kPurple, 0.62, true);
    timeBars->setBrush(QBrush(kPurple, Qt::BDiagPattern));
    timeBars->setPen(QPen(kPurple, 1));
    timeBars->removeFromLegend();
    timeBars->setObjectName(QStringLiteral("step:capacity_time_nok"));
    valueLabel(key, 0, time / kMillion, time);
    ticker->addTick(key, shortName(SeriesId::LedgerCapacityTime));
    lo = std::min(lo, time / kMillion);
    hi = std::max(hi, time / kMillion);

    plot.yAxis->setTicker(ticker);
    plot.yAxis->setLabel(QString());
    plot.yAxis->setRange(0.4, key + 0.6);
    plot.yAxis->setRangeReversed(true);
    plot.yAxis->grid()->setVisible(false);
    plot.yAxis->setSubTicks(false);
    plot.xAxis->grid()->setVisible(true);
    plot.xAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DotLine));
    plot.xAxis->grid()->setZeroLinePen(QPen(QColor(0x55, 0x55, 0x55), 1));
    // Room for the value labels at the ends of the bars.
    setupValueAxis(plot.xAxis, lo - 0.08 * (hi - lo), hi + 0.08 * (hi - lo));
}

} // namespace

QString LedgerCharts::title(Chart chart)
{
    switch (chart) {
    case Chart::CashByYear: return tr("Hvem betaler og hvem får, per år");
    case Chart::NpvWaterfall: return tr("Nåverdi per aktør, fram til samfunnet i alt");
    }
    return {};
}

void LedgerCharts::clear(QCustomPlot& plot)
{
    plot.clearPlottables();
    plot.clearItems();
    ChartBuilder::removeTitles(plot, titleObjectName);
}

void LedgerCharts::build(QCustomPlot& plot, const Result& result, Chart chart)
{
    clear(plot);
    plot.setLocale(io::NumberText::locale());
    ChartBuilder::addTitle(plot, title(chart), titleObjectName);
    plot.yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DotLine));
    plot.yAxis->grid()->setZeroLinePen(QPen(QColor(0x55, 0x55, 0x55), 1));
    plot.yAxis->grid()->setVisible(true);
    plot.yAxis->setRangeReversed(false);
    switch (chart) {
    case Chart::CashByYear: buildCashByYear(plot, result); break;
    case Chart::NpvWaterfall: buildWaterfall(plot, result); break;
    }
    placeLegend(plot);
}

void LedgerCharts::prepare(QCustomPlot& plot, const Result& result, Chart chart, QSize size)
{
    plot.resize(size);
    plot.setBackground(Qt::white);
    build(plot, result, chart);
    plot.legend->setWrap(std::clamp(size.width() / 300, 1, 3));
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    plot.replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace gevinst::ui
