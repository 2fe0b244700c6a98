#include "BenefitChart.h"

#include "FigureCatalogue.h"
#include "NumberText.h"

#include <qcustomplot.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace gevinst::ui {

namespace {

const QColor kPlan(0x1f, 0x5f, 0x9e);
const QColor kForecast(0xe0, 0x7b, 0x24);
const QColor kActual(0x3a, 0x8f, 0x4f);

/// How values are drawn: a divisor and the axis label's unit.
struct Scale {
    double divisor = 1;
    QString unit;
    int precision = 1;
};

Scale scaleFor(const plan::BenefitReport& b, double largest)
{
    const auto info = plan::FigureCatalogue::describe(b.benefit.figure, nullptr);
    const ValueKind kind = info ? info->valueKind : ValueKind::Plain;
    if (kind == ValueKind::Nok) {
        if (largest >= 1e7)
            return {1e6, QCoreApplication::translate("gevinst::ui::BenefitChart", "mill. kr"), 1};
        if (largest >= 1e5)
            return {1e3, QCoreApplication::translate("gevinst::ui::BenefitChart", "1 000 kr"), 0};
        return {1, QCoreApplication::translate("gevinst::ui::BenefitChart", "kr"), 0};
    }
    if (kind == ValueKind::Share)
        return {0.01, QStringLiteral("%"), 0};
    return {1, b.benefit.unit, largest >= 100 ? 0 : 1};
}

} // namespace

void BenefitChart::build(QCustomPlot* plot, const plan::BenefitReport& b)
{
    plot->clearPlottables();
    plot->clearItems();
    auto* layout = plot->plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i)
        if (auto* t = qobject_cast<QCPTextElement*>(layout->elementAt(i)))
            layout->remove(t);
    layout->simplify();
    plot->setLocale(io::NumberText::locale());
    plot->setBackground(Qt::white);

    // Points: plan and forecast by year; actuals at their period (tertials annualised for flows).
    const bool flow = b.benefit.kind == plan::FigureKind::Flow;
    QVector<double> planX, planY, forecastX, forecastY, yearX, yearY, tertialX, tertialY;
    for (const auto& [year, value] : b.benefit.targets) {
        planX << year;
        planY << value;
    }
    std::set<int> years;
    for (const auto& row : b.rows) {
        years.insert(row.period.year);
        if (row.period.isYear() && row.forecast) {
            forecastX << row.period.year;
            forecastY << *row.forecast;
        }
        if (!row.actual)
            continue;
        if (row.period.isYear()) {
            yearX << row.period.year;
            yearY << *row.actual;
        } else {
            tertialX << row.period.year - 0.5 + row.period.tertial / 3.0;
            tertialY << (flow ? *row.actual * 3 : *row.actual);
        }
    }
    double largest = 0;
    for (const auto* v : {&planY, &forecastY, &yearY, &tertialY})
        for (double y : *v)
            largest = std::max(largest, std::fabs(y));
    const Scale scale = scaleFor(b, largest);
    for (auto* v : {&planY, &forecastY, &yearY, &tertialY})
        for (double& y : *v)
            y /= scale.divisor;

    auto addLine = [&](const QVector<double>& x, const QVector<double>& y, const QColor& color, Qt::PenStyle style,
                       const QString& name, QCPScatterStyle scatter) {
        auto* graph = plot->addGraph();
        graph->setData(x, y, true);
        graph->setPen(QPen(color, 2.2, style));
        graph->setScatterStyle(scatter);
        graph->setName(name);
        return graph;
    };
    addLine(planX, planY, kPlan, Qt::SolidLine, QCoreApplication::translate("gevinst::ui::BenefitChart", "Plan (vedtatt)"), QCPScatterStyle(QCPScatterStyle::ssDisc, kPlan, kPlan, 5));
    if (!forecastX.isEmpty())
        addLine(forecastX, forecastY, kForecast, Qt::DashLine, QCoreApplication::translate("gevinst::ui::BenefitChart", "Prognose (nyeste versjon)"), QCPScatterStyle(QCPScatterStyle::ssNone));
    if (!yearX.isEmpty()) {
        auto* g = addLine(yearX, yearY, kActual, Qt::NoPen, QCoreApplication::translate("gevinst::ui::BenefitChart", "Faktisk (år)"),
                          QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kActual, 2), kActual, 9));
        g->setLineStyle(QCPGraph::lsNone);
    }
    if (!tertialX.isEmpty()) {
        auto* g = addLine(tertialX, tertialY, kActual, Qt::NoPen, flow ? QCoreApplication::translate("gevinst::ui::BenefitChart", "Faktisk (tertial, i årstakt)") : QCoreApplication::translate("gevinst::ui::BenefitChart", "Faktisk (tertial)"),
                          QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kActual, 2), Qt::white, 8));
        g->setLineStyle(QCPGraph::lsNone);
    }

    // Axes: years on x, the benefit's unit on y, always with 0.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (double x : planX)
        years.insert(int(x));
    const int n = int(years.size());
    const int step = n > 24 ? 5 : (n > 12 ? 2 : 1);
    int i = 0;
    for (int y : years)
        if (i++ % step == 0)
            ticker->addTick(y, io::NumberText::year(y));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setLabel(QCoreApplication::translate("gevinst::ui::BenefitChart", "År"));
    plot->xAxis->grid()->setVisible(false);
    if (!years.empty())
        plot->xAxis->setRange(*years.begin() - 0.7, *years.rbegin() + 0.7);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(scale.precision);
    plot->yAxis->setLabel(scale.unit);
    plot->yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DotLine));
    plot->yAxis->grid()->setZeroLinePen(QPen(QColor(0x55, 0x55, 0x55), 1));
    double lo = 0, hi = 0;
    for (const auto* v : {&planY, &forecastY, &yearY, &tertialY})
        for (double y : *v) {
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
    if (!(hi > lo))
        hi = lo + 1;
    const double pad = 0.1 * (hi - lo);
    plot->yAxis->setRange(lo < 0 ? lo - pad : 0.0, hi > 0 ? hi + pad : pad);

    layout->insertRow(0);
    auto* title = new QCPTextElement(plot, b.benefit.name, QFont(plot->font().family(), plot->font().pointSize() + 1, QFont::Bold));
    layout->addElement(0, 0, title);
    // The legend in its own row below the axes.
    plot->legend->setVisible(true);
    if (plot->axisRect()->insetLayout()->elements(false).contains(plot->legend))
        plot->axisRect()->insetLayout()->take(plot->legend);
    const int legendRow = layout->rowCount();
    layout->insertRow(legendRow);
    layout->addElement(legendRow, 0, plot->legend);
    layout->setRowStretchFactor(legendRow, 0.001);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setWrap(2);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    layout->simplify();
    plot->replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace gevinst::ui
