#include "LedgerReportPage.h"

#include "AssumptionList.h"
#include "LedgerTable.h"
#include "NonPricedEffects.h"
#include "NumberText.h"
#include "ReportFigures.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace gevinst::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::ui::LedgerReportPage", text);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

using io::NumberText;

QString chartUrl(LedgerCharts::Chart chart)
{
    return chart == LedgerCharts::Chart::CashByYear ? QStringLiteral("chart:/ledger-cash")
                                                    : QStringLiteral("chart:/ledger-waterfall");
}

} // namespace

LedgerReportPage::LedgerReportPage(const Scenario& scenario, const Result& result)
    : m_scenario(scenario), m_result(result)
{
}

QString LedgerReportPage::meaning() const
{
    const Result& r = m_result;
    auto npv = [&](SeriesId id) { return LedgerTable::npvOf(r, id); };
    const double kommune = npv(SeriesId::LedgerKommuneHelseOmsorg) + npv(SeriesId::LedgerKommuneSosial);
    const double state = npv(SeriesId::LedgerStatNav) + npv(SeriesId::LedgerStatSkatt);
    const double publicNet = npv(SeriesId::LedgerPublicNet);
    // "får 1 234 kr" / "betaler netto 1 234 kr": the sign as a verb.
    auto gets = [](double v) {
        return v >= 0 ? tr("får %1").arg(NumberText::nok(v)) : tr("betaler netto %1").arg(NumberText::nok(-v));
    };
    QString text =
        tr("Tiltakene betales av kommunen, mens gevinstene havner i flere budsjetter. Regnet som nåverdi for %1–%2 %3 "
           "for kommunens helse- og omsorgstjeneste og sosialhjelpen til sammen – det er budsjetteffekten. I tillegg "
           "får kommunen %4 i skatteinntekter og staten %5 (NAV %6, skatt og arbeidsgiveravgift %7). De som kommer i "
           "jobb gjennom NAV, %8 etter skatt og tapte ytelser. Offentlig sektor samlet %9. For samfunnet i alt går "
           "overføringene mellom aktørene opp, og det som blir igjen, %10, er verdien av de virkelige ressursene; med "
           "skattefinansieringskostnaden (R-109) blir det %11.")
            .arg(QString::number(r.years.front()), QString::number(r.years.back()),
                 kommune >= 0 ? tr("blir det %1").arg(NumberText::nok(kommune))
                              : tr("blir det en netto kostnad på %1").arg(NumberText::nok(-kommune)),
                 NumberText::nok(npv(SeriesId::LedgerKommuneSkatt)), NumberText::nok(state),
                 NumberText::nok(npv(SeriesId::LedgerStatNav)), NumberText::nok(npv(SeriesId::LedgerStatSkatt)),
                 gets(npv(SeriesId::LedgerArbeidstakere)), gets(publicNet))
            .arg(NumberText::nok(npv(SeriesId::LedgerSocietyNet)),
                 NumberText::nok(npv(SeriesId::LedgerSocietyWithTaxFinancing)));
    text += QLatin1Char(' ');
    if (kommune < 0 && publicNet >= 0)
        text += tr("Kommunen alene betaler altså mer enn den får igjen, mens offentlig sektor samlet tjener på tiltakene: "
                   "et argument for å dele kostnadene mellom budsjettene.");
    else if (kommune >= 0)
        text += tr("Kommunen får altså igjen mer enn tiltakene koster, og andre offentlige budsjetter får gevinster i "
                   "tillegg.");
    else
        text += tr("Offentlig sektor samlet betaler altså mer enn den får igjen i kroner; tiltakene må da vurderes opp "
                   "mot den frigjorte tiden og virkningene som ikke er prissatt.");
    text += QLatin1Char(' ') +
            tr("Frigjort tid som ikke gir penger i budsjettet, er verdt %1, men er ikke lagt inn i summene: den gir flere "
               "tjenestemottakere eller bedre kvalitet.")
                .arg(NumberText::nok(npv(SeriesId::LedgerCapacityTime)));
    if (!m_scenario.ledger.present)
        text += QLatin1Char(' ') + tr("Scenarioet oppgir ikke lønn, skattesatser eller statlige ytelser, så skatt og "
                                      "sparte statlige ytelser er regnet som 0.");
    return text;
}

QString LedgerReportPage::html(int* figureNumber) const
{
    const Result& r = m_result;
    QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("Hvem betaler og hvem får"));
    html += QStringLiteral("<p>%1</p>").arg(esc(meaning()));
    // Each chart with its caption «Figur N: …», numbered on from the report's other figures.
    int ownNumber = 0;
    int& number = figureNumber ? *figureNumber : ownNumber;
    auto chartHtml = [&number](LedgerCharts::Chart chart) {
        ++number;
        return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>"
                              "<p class=\"caption\" align=\"center\"><b>%4</b> %5</p>")
            .arg(chartUrl(chart))
            .arg(kChartSize.width())
            .arg(kChartSize.height())
            .arg(QCoreApplication::translate("gevinst::ui::CouncilReport", "Figur %1:").arg(number),
                 esc(LedgerCharts::title(chart)));
    };
    html += chartHtml(LedgerCharts::Chart::NpvWaterfall);

    // The actors' NPVs and sums with their DFØ class.
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\" style=\"font-size: 7.5pt\">"
                           "<tr><th width=\"35%\">%1</th><th width=\"27%\">%2</th><th class=\"num\" align=\"right\" width=\"19%\">%3</th>"
                           "<th class=\"num\" align=\"right\" width=\"19%\">%4</th></tr>")
                .arg(tr("Aktør"), tr("DFØ-klasse"), tr("Sum %1–%2").arg(r.years.front()).arg(r.years.back()),
                     tr("Nåverdi"));
    int t = 0;
    for (const LedgerRow& row : LedgerTable::rows(r)) {
        double sum = 0;
        for (double v : row.values)
            sum += v;
        QString name = esc(row.name);
        if (row.kind == LedgerRow::Kind::Total)
            name = QStringLiteral("<b>%1</b>").arg(name);
        else if (row.kind == LedgerRow::Kind::NotCash)
            name = QStringLiteral("<i>%1</i>").arg(name);
        html += (t++ % 2 ? QStringLiteral("<tr bgcolor=\"#f4f6f9\">") : QStringLiteral("<tr>")) +
                QStringLiteral("<td>%1</td><td>%2</td><td class=\"num\" align=\"right\">%3</td>"
                               "<td class=\"num\" align=\"right\">%4</td></tr>")
                    .arg(name, esc(row.dfoClass), esc(NumberText::nok(sum)), esc(NumberText::nok(row.npv)));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Kroner i faste %1-priser; nåverdi med diskonteringsrente %2. Positive tall er gevinst for "
                        "aktøren, negative er kostnad. Frigjort tid er ikke kontanter og er ikke med i summene.")
                         .arg(QString::number(r.years.front()), NumberText::percent(m_scenario.discountRate, 1)));

    html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("Hvem betaler og hvem får, per år"));
    html += chartHtml(LedgerCharts::Chart::CashByYear);

    // Not priced.
    html += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Ikke prissatt"));
    for (const QString& line : NonPricedEffects::of(m_scenario, r).lines())
        html += QStringLiteral("<li>%1</li>").arg(esc(line));
    html += QStringLiteral("</ul>");

    // The ledger's assumptions with their sources.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Forutsetninger for fordelingen"));
    if (auto it = m_scenario.sources.find("ledger"); it != m_scenario.sources.end())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(QString::fromStdString(it->second)));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\" style=\"font-size: 7.5pt\">"
                           "<tr><th width=\"30%\">%1</th><th class=\"num\" align=\"right\" width=\"15%\">%2</th>"
                           "<th width=\"2%\"></th><th>%3</th></tr>")
                .arg(tr("Forutsetning"), tr("Verdi"), tr("Kilde"));
    t = 0;
    for (const io::Assumption& a : io::AssumptionList::of(m_scenario)) {
        if (!a.path.startsWith(QLatin1String("ledger.")))
            continue;
        const QString source = a.source.isEmpty() ? io::AssumptionList::noSource() : a.source;
        html += (t++ % 2 ? QStringLiteral("<tr bgcolor=\"#f4f6f9\">") : QStringLiteral("<tr>")) +
                QStringLiteral("<td valign=\"top\">%1</td><td class=\"num\" align=\"right\" valign=\"top\">%2</td>"
                               "<td></td><td valign=\"top\">%3</td></tr>")
                    .arg(esc(a.label), esc(NumberText::ofKind(a.value, a.kind)), esc(source));
    }
    if (t == 0)
        html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                    .arg(tr("Scenarioet har ingen forutsetninger for fordelingen; alle er 0."));
    html += QStringLiteral("</table>");
    return html;
}

void LedgerReportPage::addFigures(ReportFigures& figures, int dpi) const
{
    for (LedgerCharts::Chart chart : {LedgerCharts::Chart::NpvWaterfall, LedgerCharts::Chart::CashByYear}) {
        QCustomPlot plot;
        LedgerCharts::prepare(plot, m_result, chart, kChartSize);
        figures.add(chartUrl(chart), plot, kChartSize, dpi);
    }
}

} // namespace gevinst::ui
