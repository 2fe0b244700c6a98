#include "ChartBuilder.h"

#include "ExportLabels.h"
#include "NumberText.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {

// Translation context of chart texts (titles live in ChartId.cpp under the same context).
struct Charts {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::Charts)
};

// A palette that reads on screen and in grey print.
const QColor kBlue(0x1f, 0x5f, 0x9e);
const QColor kLightBlue(0x7f, 0xb3, 0xe0);
const QColor kOrange(0xe0, 0x7b, 0x24);
const QColor kGreen(0x3a, 0x8f, 0x4f);
const QColor kLightGreen(0x9c, 0xcf, 0x8c);
const QColor kTeal(0x2a, 0x9d, 0x9a);
const QColor kRed(0xb8, 0x3b, 0x3b);
const QColor kPink(0xe5, 0x9a, 0x8f);
const QColor kPurple(0x7b, 0x5e, 0xa7);
const QColor kGrey(0x8a, 0x8a, 0x8a);
const QColor kBrown(0x9c, 0x6b, 0x3f);
const QColor kDark(0x22, 0x22, 0x22);

QVector<double> yearKeys(const Result& r)
{
    QVector<double> keys;
    keys.reserve(r.yearCount());
    for (int y : r.years)
        keys.push_back(y);
    return keys;
}

QVector<double> values(const Eigen::ArrayXd& a, double divisor = 1.0)
{
    QVector<double> v(static_cast<int>(a.size()));
    for (Eigen::Index i = 0; i < a.size(); ++i)
        v[static_cast<int>(i)] = a[i] / divisor;
    return v;
}

void setupYearAxis(QCustomPlot& plot, const Result& r)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = r.yearCount();
    const int step = n > 24 ? 5 : (n > 12 ? 2 : 1);
    for (int i = 0; i < n; i += step)
        ticker->addTick(r.years[static_cast<std::size_t>(i)], io::NumberText::year(r.years[static_cast<std::size_t>(i)]));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setLabel(Charts::tr("År"));
    if (n > 0)
        plot.xAxis->setRange(r.years.front() - 0.7, r.years.back() + 0.7);
    plot.xAxis->grid()->setVisible(false);
}

constexpr const char* kValueAxisTitle = "valueAxisTitle";
constexpr const char* kValueAxisFitted = "valueAxisFitted";

/// The value axis's title in lines no longer than the axes are tall (about the
/// chart's height less its title, legend and year axis).
void fitValueAxisTitle(QCustomPlot& plot)
{
    const QString title = plot.property(kValueAxisTitle).toString();
    if (title.isEmpty())
        return;
    const int height = std::max(60, plot.height() - 150);
    plot.yAxis->setLabel(ChartBuilder::wrapText(title, plot.yAxis->labelFont(), height, 3));
}

void setupValueAxis(QCustomPlot& plot, const QString& label, int precision)
{
    plot.yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot.setProperty(kValueAxisTitle, label);
    fitValueAxisTitle(plot);
    if (!plot.property(kValueAxisFitted).toBool()) {
        plot.setProperty(kValueAxisFitted, true);
        QObject::connect(&plot, &QCustomPlot::beforeReplot, &plot, [&plot] { fitValueAxisTitle(plot); });
    }
    plot.yAxis->setNumberFormat(QStringLiteral("f"));
    plot.yAxis->setNumberPrecision(precision);
}

/// Range of the value axis that holds [lo, hi] with some air and always 0.
void fitValueAxis(QCustomPlot& plot, double lo, double hi)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (!(hi > lo))
        hi = lo + 1.0;
    const double pad = 0.08 * (hi - lo);
    plot.yAxis->setRange(lo < 0 ? lo - pad : 0.0, hi > 0 ? hi + pad : 0.0 + pad * 0.1);
}

QCPGraph* addLine(QCustomPlot& plot, const QString& name, const QVector<double>& keys, const QVector<double>& vals,
                  const QColor& color, const char* kind, double scale, Qt::PenStyle style = Qt::SolidLine)
{
    QCPGraph* g = plot.addGraph();
    g->setName(name);
    g->setData(keys, vals, true);
    QPen pen(color, 2.5, style);
    g->setPen(pen);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 6));
    ChartBuilder::tagValues(g, kind, scale);
    return g;
}

QCPBars* addBars(QCustomPlot& plot, const QString& name, const QVector<double>& keys, const QVector<double>& vals,
                 const QColor& color, const char* kind, double scale, double width = 0.7)
{
    auto* b = new QCPBars(plot.xAxis, plot.yAxis);
    b->setName(name);
    b->setData(keys, vals, true);
    b->setPen(QPen(color.darker(130), 1));
    b->setBrush(color);
    b->setWidth(width);
    ChartBuilder::tagValues(b, kind, scale);
    return b;
}

void buildFreedFteVsGap(QCustomPlot& plot, const Result& r)
{
    setupYearAxis(plot, r);
    const auto keys = yearKeys(r);
    const auto gap = values(r[SeriesId::GapFte]);
    const auto freed = values(r[SeriesId::FreedFte]);
    addBars(plot, Charts::tr("Frigjorte årsverk"), keys, freed, kLightBlue, "fte", 1.0, 0.6);
    addLine(plot, Charts::tr("Bemanningsgap"), keys, gap, kOrange, "fte", 1.0);
    double lo = 0, hi = 0;
    for (double v : gap + freed)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    setupValueAxis(plot, Charts::tr("Årsverk"), ChartBuilder::precisionFor(hi - lo));
    fitValueAxis(plot, lo, hi);
}

void buildBudgetComponents(QCustomPlot& plot, const Result& r)
{
    setupYearAxis(plot, r);
    const auto keys = yearKeys(r);
    constexpr double mill = 1e6;
    // The realised capacity counted in the budget (budget share × realised_capacity_nok)
    // = budget effect − subsidies − savings + costs.
    const Eigen::ArrayXd realised = r[SeriesId::BudgetEffectNok] - r[SeriesId::WageSubsidyNok] -
                                    r[SeriesId::MentorSubsidyNok] - r[SeriesId::SocialAssistanceSavingsNok] +
                                    r[SeriesId::CostTotalNok];
    struct Component {
        QString name;
        Eigen::ArrayXd nok;
        QColor color;
    };
    const std::vector<Component> components{
        {Charts::tr("Realisert kapasitet"), realised, kBlue},
        {Charts::tr("Lønnstilskudd"), r[SeriesId::WageSubsidyNok], kGreen},
        {Charts::tr("Mentortilskudd"), r[SeriesId::MentorSubsidyNok], kLightGreen},
        {Charts::tr("Spart sosialhjelp"), r[SeriesId::SocialAssistanceSavingsNok], kTeal},
        {Charts::tr("Nyansatte"), -r[SeriesId::CostTaskWorkersNok], kRed},
        {Charts::tr("Opplæring"), -r[SeriesId::CostTrainingNok], kPink},
        {Charts::tr("Frivillige"), -r[SeriesId::CostVolunteersNok], kPurple},
        {Charts::tr("Teknologi"), -r[SeriesId::CostTechnologyNok], kBrown},
        {Charts::tr("Hub"), -r[SeriesId::CostHubNok], kGrey},
    };
    QCPBars* below = nullptr;
    std::vector<double> posTop(keys.size(), 0.0), negBottom(keys.size(), 0.0);
    for (const auto& c : components) {
        if ((c.nok.abs() < 0.5).all())
            continue; // a component that is zero every year only clutters the legend
        QCPBars* bars = addBars(plot, c.name, keys, values(c.nok, mill), c.color, "nok", mill);
        if (below)
            bars->moveAbove(below);
        below = bars;
        for (int i = 0; i < keys.size(); ++i)
            (c.nok[i] >= 0 ? posTop[static_cast<std::size_t>(i)] : negBottom[static_cast<std::size_t>(i)]) += c.nok[i] / mill;
    }
    const auto net = values(r[SeriesId::BudgetEffectNok], mill);
    addLine(plot, Charts::tr("Netto budsjetteffekt"), keys, net, kDark, "nok", mill);
    double lo = *std::min_element(negBottom.begin(), negBottom.end());
    double hi = *std::max_element(posTop.begin(), posTop.end());
    for (double v : net) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    setupValueAxis(plot, Charts::tr("Millioner kroner"), ChartBuilder::precisionFor(hi - lo));
    fitValueAxis(plot, lo, hi);
}

void buildUtilisation(QCustomPlot& plot, const Result& r)
{
    // One pair of bars per role with tasks that need its education, in vocabulary order.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, before, after;
    int k = 1;
    for (const RoleUtilisation& u : r.utilisation) {
        if (u.series.size() == 0)
            continue;
        QString name = io::ExportLabels::vocabularyShortName(r.serviceArea, u.roleId);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        ticker->addTick(k, name);
        keys.push_back(k);
        before.push_back(u.baseline * 100.0);
        after.push_back(u.series[u.series.size() - 1] * 100.0);
        ++k;
    }
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setTickLabelRotation(k > 5 ? 30 : 0);
    plot.xAxis->setLabel(Charts::tr("Rolle"));
    plot.xAxis->setRange(0.4, std::max(1, k - 1) + 0.6);
    plot.xAxis->grid()->setVisible(false);

    auto* group = new QCPBarsGroup(&plot);
    group->setSpacingType(QCPBarsGroup::stPlotCoords);
    group->setSpacing(0.04);
    const QString lastYear = r.years.empty() ? QString() : io::NumberText::year(r.years.back());
    QCPBars* b0 = addBars(plot, Charts::tr("Før oppgavedeling"), keys, before, kLightBlue, "share", 0.01, 0.32);
    QCPBars* b1 = addBars(plot, Charts::tr("Etter (%1)").arg(lastYear), keys, after, kBlue, "share", 0.01, 0.32);
    b0->setBarsGroup(group);
    b1->setBarsGroup(group);
    setupValueAxis(plot, Charts::tr("Andel av tiden til oppgaver som krever rollens utdanning (%)"), 0);
    plot.yAxis->setRange(0, 105);
}

void buildCumulativeBudget(QCustomPlot& plot, const Result& r)
{
    setupYearAxis(plot, r);
    constexpr double mill = 1e6;
    const auto keys = yearKeys(r);
    const auto cum = values(r[SeriesId::CumulativeBudgetEffectNok], mill);
    QCPGraph* g = addLine(plot, Charts::tr("Akkumulert budsjetteffekt"), keys, cum, kBlue, "nok", mill);
    g->setBrush(QColor(kBlue.red(), kBlue.green(), kBlue.blue(), 40));
    double lo = 0, hi = 0;
    for (double v : cum) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    setupValueAxis(plot, Charts::tr("Millioner kroner"), ChartBuilder::precisionFor(hi - lo));
    fitValueAxis(plot, lo, hi);
    if (r.summary.paybackYear) {
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(*r.summary.paybackYear, 0);
        line->point2->setCoords(*r.summary.paybackYear, 1);
        line->setPen(QPen(kGreen, 1.5, Qt::DashLine));
        auto* label = new QCPItemText(&plot);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(*r.summary.paybackYear, plot.yAxis->range().upper);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setPadding(QMargins(6, 4, 6, 4));
        label->setText(Charts::tr("Tilbakebetalt %1").arg(io::NumberText::year(*r.summary.paybackYear)));
        label->setColor(kGreen.darker(120));
    }
}

} // namespace

void ChartBuilder::tagValues(QCPAbstractPlottable* plottable, const char* kind, double scale)
{
    plottable->setProperty("valueKind", QString::fromLatin1(kind));
    plottable->setProperty("valueScale", scale);
}

int ChartBuilder::precisionFor(double span)
{
    if (span >= 20)
        return 0;
    if (span >= 2)
        return 1;
    return 2;
}

QString ChartBuilder::wrapText(const QString& text, const QFont& font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() + 1 >= maxLines) {
            // The last line: the rest of the text, cut where it runs out.
            line = candidate;
            for (int j = i + 1; j < words.size(); ++j)
                line += QLatin1Char(' ') + words[j];
            break;
        }
        lines << line;
        line = words[i];
    }
    if (!line.isEmpty())
        lines << line;
    for (QString& l : lines)
        l = metrics.elidedText(l, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

void ChartBuilder::clear(QCustomPlot& plot)
{
    plot.setProperty(kValueAxisTitle, QVariant());
    plot.clearPlottables();
    plot.clearItems();
    for (QCPBarsGroup* g : plot.findChildren<QCPBarsGroup*>())
        delete g;
    removeTitles(plot);
}

void ChartBuilder::addTitle(QCustomPlot& plot, const QString& text, const char* objectName)
{
    auto* layout = plot.plotLayout();
    layout->insertRow(0);
    auto* title = new QCPTextElement(&plot, text, QFont(plot.font().family(), plot.font().pointSize() + 2, QFont::Bold));
    title->setObjectName(QLatin1String(objectName));
    layout->addElement(0, 0, title);
}

void ChartBuilder::removeTitles(QCustomPlot& plot, const char* objectName)
{
    auto* layout = plot.plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        auto* text = qobject_cast<QCPTextElement*>(layout->elementAt(i));
        if (text && text->objectName() == QLatin1String(objectName))
            layout->remove(text);
    }
    layout->simplify();
}

void ChartBuilder::placeLegendBelow(QCustomPlot& plot)
{
    auto* layout = plot.plotLayout();
    if (plot.legend->layout() == layout)
        return;
    if (auto* owner = plot.legend->layout())
        owner->take(plot.legend);
    layout->simplify();
    const int row = layout->rowCount();
    layout->addElement(row, 0, plot.legend);
    layout->setRowStretchFactor(row, 0.001);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setWrap(4);
    plot.legend->setMargins(QMargins(6, 3, 6, 3));
}

void ChartBuilder::build(QCustomPlot& plot, const Result& result, ChartId id)
{
    clear(plot);
    plot.setLocale(io::NumberText::locale());

    addTitle(plot, chartTitle(id));

    plot.xAxis->setTickLabelRotation(0);
    plot.yAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DotLine));
    plot.yAxis->grid()->setZeroLinePen(QPen(QColor(0x55, 0x55, 0x55), 1));

    switch (id) {
    case ChartId::FreedFteVsGap: buildFreedFteVsGap(plot, result); break;
    case ChartId::BudgetComponents: buildBudgetComponents(plot, result); break;
    case ChartId::Utilisation: buildUtilisation(plot, result); break;
    case ChartId::CumulativeBudget: buildCumulativeBudget(plot, result); break;
    }

    placeLegendBelow(plot);
    // Re-lay the legend items out in rows of four (items added since the last layout included).
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    plot.legend->setVisible(true);
    plot.legend->setBrush(QColor(255, 255, 255, 220));
    plot.legend->setBorderPen(QPen(QColor(0xbb, 0xbb, 0xbb)));
    QFont legendFont = plot.font();
    legendFont.setPointSize(std::max(7, legendFont.pointSize() - 1));
    plot.legend->setFont(legendFont);
}

} // namespace gevinst::ui
