#include "PlanReport.h"

#include "BenefitChart.h"
#include "FigureCatalogue.h"
#include "NumberText.h"
#include "ReportPdf.h"

#include <qcustomplot.h>

#include <QDateTime>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace gevinst::ui {

namespace {

using io::NumberText;

// Page margins in layout units (ReportPdf: 96 per inch, A4 794 × 1123), as CouncilReport.
constexpr double kMarginLeft = 64;
constexpr double kMarginRight = 64;
constexpr double kMarginTop = 60;
constexpr double kMarginBottom = 84;
constexpr int kChartWidth = 640;
constexpr int kChartHeight = 300;

const char* kStyle = R"css(
body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #222222; }
h1 { font-size: 19pt; color: #1f5f9e; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #1f5f9e; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 11pt; color: #1f5f9e; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; }
p.lead { font-size: 10.5pt; color: #444444; }
p.note { font-size: 8pt; color: #555555; }
table { border-collapse: collapse; }
th { background-color: #e8eef5; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
)css";

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime& utc)
{
    return io::NumberText::date(utc.toLocalTime().date());
}

/// A value in the benefit's unit, Norwegian style; "–" when missing.
QString value(const std::optional<double>& v, const plan::Benefit& b)
{
    if (!v)
        return NumberText::missing();
    const auto info = plan::FigureCatalogue::describe(b.figure, nullptr);
    const ValueKind kind = info ? info->valueKind : ValueKind::Plain;
    switch (kind) {
    case ValueKind::Nok: return NumberText::nok(*v);
    case ValueKind::Share: return NumberText::percent(*v, 1);
    case ValueKind::Persons:
    case ValueKind::Hours: return NumberText::number(*v, 0);
    default:
        return NumberText::number(*v, std::fabs(*v) >= 100 ? 0 : 1) + (b.unit.isEmpty() ? QString() : QStringLiteral(" ") + b.unit);
    }
}

/// A table cell showing a status as a coloured word.
QString statusCell(plan::Status s)
{
    const char* colour = nullptr;
    switch (s) {
    case plan::Status::Green: colour = "#cfe8d4"; break;
    case plan::Status::Yellow: colour = "#fbeab0"; break;
    case plan::Status::Red: colour = "#f4c7c3"; break;
    case plan::Status::None: break;
    }
    if (!colour)
        return QStringLiteral("<td>%1</td>").arg(NumberText::missing());
    return QStringLiteral("<td bgcolor=\"%1\"><b>%2</b></td>").arg(QLatin1String(colour), esc(plan::statusName(s)));
}

QString chartUrl(int index)
{
    return QStringLiteral("benefit-chart:/%1").arg(index);
}

/// The latest row with an actual, or null.
const plan::PeriodStatus* latestActual(const plan::BenefitReport& b)
{
    for (auto it = b.rows.rbegin(); it != b.rows.rend(); ++it)
        if (it->actual)
            return &*it;
    return nullptr;
}

} // namespace

PlanReport::PlanReport(plan::PlanReportData data) : m_data(std::move(data)) {}

QString PlanReport::html() const
{
    const auto& p = m_data.data.plan;
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Gevinstrapport – %1").arg(m_data.unitName)));
    html += QStringLiteral("<p class=\"lead\">%1</p>").arg(esc(m_data.scenarioName));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Vedtatt plan: versjon %1, vedtatt %2 av %3.").arg(p.version).arg(when(p.approvedAt), p.approvedBy)) +
                     (p.note.isEmpty() ? QString() : QStringLiteral(" ") + esc(tr("Vedtak: %1.").arg(p.note))) + QStringLiteral("<br>") +
                     esc(tr("Prognosen er beregnet fra versjon %1 av scenarioet. Rapporten er laget %2.")
                             .arg(m_data.latestVersion)
                             .arg(io::NumberText::date(QDate::currentDate()))));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("Status ut fra realisert andel hittil: grønn fra %1, gul fra %2, ellers rød. For beløp, timer og "
                            "nyansatte er andelen summen av faktiske tall delt på summen av planlagte for periodene med faktiske "
                            "tall; for nivåer (årsverk, andeler, utnyttelse) er den siste faktiske verdi delt på planlagt verdi "
                            "samme periode. En tertial er planlagt med en tredjedel av årets beløp, og med årets verdi for nivåer.")
                             .arg(NumberText::percent(p.thresholds.green, 0), NumberText::percent(p.thresholds.yellow, 0))));

    // Overview.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Oversikt"));
    if (m_data.benefits.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Planen har ingen gevinster ennå.")));
    else {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" border=\"0.5\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                               "<th class=\"num\">%4</th><th>%5</th><th class=\"num\">%6</th><th class=\"num\">%7</th>"
                               "<th class=\"num\">%8</th><th>%9</th></tr>")
                    .arg(tr("Gevinst"), tr("Gevinsteier"), tr("Klasse"), tr("Nullpunkt"), tr("Siste periode"), tr("Planlagt"),
                         tr("Faktisk"), tr("Realisert hittil"), tr("Status"));
        for (const auto& b : m_data.benefits) {
            const auto* last = latestActual(b);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td><td>%5</td><td class=\"num\">%6</td>"
                                   "<td class=\"num\">%7</td><td class=\"num\">%8</td>%9</tr>")
                        .arg(esc(b.benefit.name), esc(b.benefit.ownerName), esc(plan::benefitClassName(b.benefit.benefitClass)),
                             value(b.benefit.baselineValue, b.benefit), last ? last->period.text() : NumberText::missing(),
                             value(last ? last->planned : std::nullopt, b.benefit), value(last ? last->actual : std::nullopt, b.benefit),
                             last && last->realisedShare ? NumberText::percent(*last->realisedShare, 0) : NumberText::missing(),
                             statusCell(b.latest));
        }
        html += QStringLiteral("</table>");
    }

    // One section per benefit.
    for (std::size_t i = 0; i < m_data.benefits.size(); ++i) {
        const auto& b = m_data.benefits[i];
        const auto& d = b.benefit;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(d.name));
        QStringList facts;
        facts << tr("Gevinsteier: %1").arg(esc(d.ownerName) + (d.ownerPosition.isEmpty() ? QString() : QStringLiteral(", ") + esc(d.ownerPosition)));
        facts << tr("Klasse (DFØ): %1").arg(esc(plan::benefitClassName(d.benefitClass)));
        facts << tr("Måltall: %1").arg(esc(d.isCustom() ? tr("egen indikator (%1)").arg(d.figure) : d.figure));
        if (d.baselineValue)
            facts << tr("Nullpunkt: %1").arg(esc(value(d.baselineValue, d)) +
                                               (d.baselineDate.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(d.baselineDate))) +
                                               (d.baselineSource.isEmpty() ? QString() : QStringLiteral(", ") + esc(d.baselineSource)));
        else
            facts << tr("Nullpunkt: ikke målt");
        if (!d.measuredHow.isEmpty() || !d.measuredBy.isEmpty())
            facts << tr("Måles: %1").arg(esc(d.measuredHow) + (d.measuredBy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(d.measuredBy))));
        if (!d.notes.isEmpty())
            facts << tr("Merknad: %1").arg(esc(d.notes));
        html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>").arg(chartUrl(int(i))).arg(kChartWidth).arg(kChartHeight);
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" border=\"0.5\"><tr><th>%1</th><th class=\"num\">%2</th>"
                               "<th class=\"num\">%3</th><th class=\"num\">%4</th><th class=\"num\">%5</th><th>%6</th>"
                               "<th class=\"num\">%7</th></tr>")
                    .arg(tr("Periode"), tr("Planlagt"), tr("Faktisk"), tr("Avvik"), tr("Realisert hittil"), tr("Status"), tr("Prognose"));
        for (const auto& r : b.rows)
            html += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                                   "<td class=\"num\">%5</td>%6<td class=\"num\">%7</td></tr>")
                        .arg(r.period.text(), value(r.planned, d), value(r.actual, d), value(r.deviation, d),
                             r.realisedShare ? NumberText::percent(*r.realisedShare, 0) : NumberText::missing(), statusCell(r.status),
                             value(r.forecast, d));
        html += QStringLiteral("</table>");
        QStringList comments;
        for (const auto& r : b.rows)
            if (!r.comment.isEmpty() || !r.source.isEmpty())
                comments << QStringLiteral("<b>%1:</b> %2%3")
                                .arg(r.period.text(), esc(r.comment),
                                     r.source.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(esc(tr("kilde: %1").arg(r.source))));
        if (!comments.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Gevinsteierens kommentarer"), comments.join(QStringLiteral("<br>")));
    }

    // By owner.
    if (!m_data.benefits.empty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Gevinster per eier"));
        for (const auto& [owner, list] : plan::PlanEvaluation::byOwner(m_data.benefits)) {
            QStringList items;
            for (const auto* b : list)
                items << QStringLiteral("%1 (%2)").arg(esc(b->benefit.name), esc(plan::statusName(b->latest)));
            html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(owner), items.join(QStringLiteral("; ")));
        }
    }

    // Approvals.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Vedtak"));
    html += QStringLiteral("<table cellpadding=\"3\" border=\"0.5\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Versjon"), tr("Vedtatt"), tr("Av"), tr("Notat"), tr("Erstattet"));
    for (const auto& h : m_data.data.history)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(h.version)
                    .arg(when(h.approvedAt), esc(h.approvedBy), esc(h.note),
                         h.supersededAt ? when(*h.supersededAt) : tr("gjeldende plan"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("</body></html>");
    return html;
}

QString PlanReport::sourceLine() const
{
    return tr("Kilde: Gevinstmodell, scenario %1 «%2», vedtatt versjon %3, prognose fra versjon %4, faktiske tall fra biblioteket.")
        .arg(m_data.scenarioId)
        .arg(m_data.scenarioName)
        .arg(m_data.data.plan.version)
        .arg(m_data.latestVersion);
}

QByteArray PlanReport::pdf(int* pages) const
{
    ReportPdf pdf(tr("Gevinstrapport – %1").arg(m_data.unitName), QMarginsF(kMarginLeft, kMarginTop, kMarginRight, kMarginBottom));
    QTextDocument doc;
    pdf.prepare(doc);
    ReportPdf::useReportFont(doc);
    for (std::size_t i = 0; i < m_data.benefits.size(); ++i) {
        QCustomPlot plot;
        plot.resize(kChartWidth, kChartHeight);
        BenefitChart::build(&plot, m_data.benefits[i]);
        const double scale = 220.0 / 96.0;
        QImage image = plot.toPixmap(kChartWidth, kChartHeight, scale).toImage();
        doc.addResource(QTextDocument::ImageResource, QUrl(chartUrl(int(i))), image);
    }
    doc.setHtml(html());
    return pdf.paint(doc, sourceLine(), tr("Side %1 av %2"), pages);
}

int PlanReport::write(const QString& path, QString* error) const
{
    int pages = 0;
    const QByteArray bytes = pdf(&pages);
    return ReportPdf::save(path, bytes, pages, tr("%1: rapporten kunne ikke lages").arg(path), error);
}

} // namespace gevinst::ui
