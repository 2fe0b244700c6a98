#include "ChartHover.h"

#include "NumberText.h"

#include <qcustomplot.h>

#include <QToolTip>

#include <cmath>

namespace gevinst::ui {

namespace {

std::optional<double> valueAt(QCPAbstractPlottable* p, double key)
{
    auto find = [key](const auto& data) -> std::optional<double> {
        auto it = data->findBegin(key - 0.25, false);
        if (it != data->constEnd() && std::abs(it->key - key) < 0.25)
            return it->value;
        return std::nullopt;
    };
    if (auto* g = qobject_cast<QCPGraph*>(p))
        return find(g->data());
    if (auto* b = qobject_cast<QCPBars*>(p))
        return find(b->data());
    return std::nullopt;
}

QString formatValue(const QCPAbstractPlottable* p, double plotted)
{
    const QString kind = p->property("valueKind").toString();
    const double scale = p->property("valueScale").isValid() ? p->property("valueScale").toDouble() : 1.0;
    const double v = plotted * scale;
    if (kind == QLatin1String("nok"))
        return io::NumberText::nok(v);
    if (kind == QLatin1String("share"))
        return io::NumberText::percent(v, 1);
    if (kind == QLatin1String("fte"))
        return io::NumberText::fte(v, 1);
    return io::NumberText::number(v, 2);
}

} // namespace

ChartHover::ChartHover(QCustomPlot& plot)
    : QObject(&plot)
    , plot_(plot)
{
    setObjectName(QStringLiteral("chartHover"));
    connect(&plot, &QCustomPlot::mouseMove, this, &ChartHover::onMouseMove);
}

void ChartHover::attach(QCustomPlot& plot)
{
    if (plot.findChild<ChartHover*>(QStringLiteral("chartHover"), Qt::FindDirectChildrenOnly))
        return;
    plot.setMouseTracking(true);
    new ChartHover(plot);
}

QString ChartHover::textAt(QCustomPlot& plot, double key)
{
    QString header;
    if (auto text = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>())
        header = text->ticks().value(key);
    if (header.isEmpty())
        header = io::NumberText::year(static_cast<int>(key));
    QStringList lines;
    for (int i = 0; i < plot.plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot.plottable(i);
        if (p->name().isEmpty())
            continue;
        if (auto v = valueAt(p, key))
            lines << QStringLiteral("%1: <b>%2</b>").arg(p->name().toHtmlEscaped(), formatValue(p, *v).toHtmlEscaped());
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<b>%1</b><br>%2").arg(header.toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
}

void ChartHover::onMouseMove(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (!plot_.axisRect()->rect().contains(pos.toPoint())) {
        QToolTip::hideText();
        return;
    }
    const double key = std::round(plot_.xAxis->pixelToCoord(pos.x()));
    const QString text = textAt(plot_, key);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, &plot_);
}

} // namespace gevinst::ui
