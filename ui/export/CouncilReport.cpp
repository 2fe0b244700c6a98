#include "CouncilReport.h"

#include "AssumptionList.h"
#include "ChartExporter.h"
#include "ExportLabels.h"
#include "KeyFigures.h"
#include "InputLabel.h"
#include "LedgerReportPage.h"
#include "NumberText.h"
#include "ReportFigures.h"
#include "ReportPdf.h"
#include "ServiceAreas.h"
#include "UncertaintyCharts.h"
#include "YearlyTable.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::ui::CouncilReport", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("gevinst::ui::CouncilReport", text, disambiguation, n);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString esc(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

using io::NumberText;

// Page margins in layout units (ReportPdf: 96 per inch, A4 794 × 1123).
constexpr double kMarginLeft = 72;
constexpr double kMarginRight = 72;
constexpr double kMarginTop = 64;
constexpr double kMarginBottom = 84;
constexpr int kChartWidth = 640;
constexpr int kChartHeight = 350;

const char* kStyle = R"css(
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #222222; }
h1 { font-size: 19pt; color: #1f5f9e; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #1f5f9e; margin-top: 16px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 6px; }
p.lead { font-size: 10.5pt; color: #444444; }
p.note { font-size: 8pt; color: #555555; }
p.caption { font-size: 8.5pt; color: #333333; margin-bottom: 10px; }
table { border-collapse: collapse; }
th { background-color: #e8eef5; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
)css";

QString chartUrl(ChartId id)
{
    return QStringLiteral("chart:/") + chartKey(id);
}

const QString kFanFreedUrl = QStringLiteral("mc:/fan-freed-fte");
const QString kFanBudgetUrl = QStringLiteral("mc:/fan-budget");
const QString kTornadoUrl = QStringLiteral("mc:/tornado");
constexpr int kFanHeight = 300;
constexpr int kTornadoHeight = 470; // rows tall enough for two-line labels
constexpr int kPrintDpi = 220;

/// "a, b og c".
QString listed(const QStringList& items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QCoreApplication::translate("gevinst::ui::CouncilReport", " og ") + items.back();
}

QString nameOf(const Scenario& s, const std::string& id)
{
    return io::ExportLabels::vocabularyName(s.serviceArea, id).toLower();
}

/// The service area's name in the report's language («Hjemmetjenester»), its id when
/// the program does not ship it.
QString serviceAreaName(const std::string& id)
{
    const ServiceArea* area = ServiceAreas::catalogue().find(id);
    return QString::fromStdString(area ? area->displayName() : id);
}

/// The names of the scenario's professional roles.
QStringList professionalNames(const Scenario& s)
{
    QStringList names;
    for (std::size_t r = 0; r < s.vocabulary.roles.size(); ++r)
        if (s.vocabulary.roles[r].professional && s.roles[r].present)
            names << nameOf(s, s.vocabulary.roles[r].id);
    return names;
}

/// The names of the scenario's receivers of `kind`.
QStringList receiverNames(const Scenario& s, ReceiverKind kind)
{
    QStringList names;
    for (const ReceiverSpec& r : s.vocabulary.receivers)
        if (r.kind == kind)
            names << nameOf(s, r.id);
    return names;
}

} // namespace

CouncilReport::CouncilReport(const Scenario& scenario, const Result& result, io::SourceLine source)
    : m_scenario(scenario), m_result(result), m_source(std::move(source))
{
}

void CouncilReport::setUncertainty(std::shared_ptr<const MonteCarloResult> run, TornadoResult tornado)
{
    m_mc = std::move(run);
    m_tornado = std::move(tornado);
    m_uncertaintyReady = true;
}

const MonteCarloResult* CouncilReport::uncertainty() const
{
    ensureUncertainty();
    return m_mc.get();
}

void CouncilReport::ensureUncertainty() const
{
    if (m_uncertaintyReady)
        return;
    m_uncertaintyReady = true;
    if (m_scenario.uncertainty.empty())
        return;
    MonteCarloOptions options;
    options.draws = std::clamp(m_draws, 1, MonteCarlo::maxDraws(m_scenario));
    options.seed = 1;
    m_mc = std::make_shared<const MonteCarloResult>(MonteCarlo::run(m_scenario, options));
    TornadoResult tornado = Tornado::run(m_scenario);
    if (tornado.notFinite.empty())
        m_tornado = std::move(tornado);
}

QString CouncilReport::figureHtml(const QString& url, int width, int height, const QString& title) const
{
    ++m_figureNumber;
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>"
                          "<p class=\"caption\" align=\"center\"><b>%4</b> %5</p>")
        .arg(url)
        .arg(width)
        .arg(height)
        .arg(tr("Figur %1:").arg(m_figureNumber), esc(title));
}

QString CouncilReport::uncertaintyHtml() const
{
    ensureUncertainty();
    if (!m_mc || m_mc->cancelled)
        return {};
    const MonteCarloResult& mc = *m_mc;
    const Summary& point = m_result.summary;
    const Summary& p10 = mc.p10().summary;
    const Summary& p50 = mc.p50().summary;
    const Summary& p90 = mc.p90().summary;
    const QString end = QString::number(m_result.years.back());
    const int ranged = static_cast<int>(m_scenario.uncertainty.size());
    QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("Usikkerhet"));

    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Tallene foran er <b>punktanslag</b>: de bygger på den mest sannsynlige verdien av hver "
                        "forutsetning. %n av forutsetningene er usikre og har et intervall fra en lav til en høy verdi. "
                        "For å se hva usikkerheten betyr, er beregningen gjort %1 ganger, hver gang med verdier trukket "
                        "tilfeldig innenfor intervallene (Monte Carlo-simulering, frø 1).",
                        nullptr, ranged)
                         .arg(NumberText::number(mc.draws, 0)));

    // The probability and the median, beside the point estimate.
    QString npv = tr("<b>Sannsynligheten for at nåverdien av budsjetteffekten er positiv, er %1.</b> Medianen – verdien "
                     "som halvparten av trekningene ligger under – er %2, mens punktanslaget er %3. Åtte av ti trekninger "
                     "gir en nåverdi mellom %4 og %5.")
                      .arg(NumberText::percent(mc.probabilityNpvPositive, 0), NumberText::nok(p50.npvBudgetNok),
                           NumberText::nok(point.npvBudgetNok), NumberText::nok(p10.npvBudgetNok),
                           NumberText::nok(p90.npvBudgetNok));
    // Why the median may differ: ranges reaching further on one side of the most likely value.
    int longerDown = 0, longerUp = 0;
    QString example;
    double widest = 0;
    for (const auto& [path, range] : m_scenario.uncertainty) {
        const double down = range.mode - range.low, up = range.high - range.mode;
        if (down > up * 1.15)
            ++longerDown;
        else if (up > down * 1.15)
            ++longerUp;
    }
    const double gapToPoint = p50.npvBudgetNok - point.npvBudgetNok;
    const double scale = std::max({std::abs(point.npvBudgetNok), std::abs(p90.npvBudgetNok - p10.npvBudgetNok), 1.0});
    if (m_tornado)
        for (std::size_t i : m_tornado->byNpvSwing) {
            const TornadoBar& bar = m_tornado->bars[i];
            const double down = bar.range.mode - bar.range.low, up = bar.range.high - bar.range.mode;
            const bool matches = gapToPoint < 0 ? down > up * 1.15 : up > down * 1.15;
            if (matches && std::abs(bar.npvSwing()) > widest) {
                widest = std::abs(bar.npvSwing());
                const auto kind = [&] {
                    for (const auto& a : io::AssumptionList::of(m_scenario))
                        if (a.path.toStdString() == bar.path)
                            return a.kind;
                    return ValueKind::Plain;
                }();
                example = tr("%1: %2 – %3 – %4")
                              .arg(InputLabel::of(m_scenario, bar.path).toLower(),
                                   NumberText::ofKind(bar.range.low, kind), NumberText::ofKind(bar.range.mode, kind),
                                   NumberText::ofKind(bar.range.high, kind));
                break;
            }
        }
    if (std::abs(gapToPoint) < 0.05 * scale)
        npv += QLatin1Char(' ') + tr("Medianen ligger nær punktanslaget: usikkerheten trekker ikke resultatet i noen bestemt retning.");
    else if (gapToPoint < 0)
        npv += QLatin1Char(' ') +
               tr("Medianen ligger under punktanslaget fordi %n av intervallene er skjeve: de strekker seg lenger ned enn "
                  "opp fra den mest sannsynlige verdien%1. Når mange slike forutsetninger trekkes samtidig, blir utfallet "
                  "oftere svakere enn punktanslaget enn sterkere. Punktanslaget er altså ikke et midtpunkt, men utfallet "
                  "der alt går omtrent som ventet.",
                  nullptr, longerDown)
                   .arg(example.isEmpty() ? QString() : tr(" (for eksempel %1)").arg(example));
    else
        npv += QLatin1Char(' ') +
               tr("Medianen ligger over punktanslaget fordi %n av intervallene strekker seg lenger opp enn ned fra den "
                  "mest sannsynlige verdien%1.",
                  nullptr, longerUp)
                   .arg(example.isEmpty() ? QString() : tr(" (for eksempel %1)").arg(example));
    html += QStringLiteral("<p>%1</p>").arg(npv);
    if (mc.probabilityNpvPositive > 0.2 && mc.probabilityNpvPositive < 0.8)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("For saken betyr det at gevinsten ikke er sikker: den avhenger av at tiltakene får det omfanget "
                            "og den realiseringen som er lagt til grunn. Tornadodiagrammet nedenfor viser hvilke "
                            "forutsetninger som betyr mest, og dermed hva det lønner seg å følge opp."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Sannsynligheten for at tiltakene er tilbakebetalt innen %1, er %2. I %1 frigjøres mellom %3 og %4 "
                        "årsverk i åtte av ti trekninger (median %5).")
                         .arg(end, NumberText::percent(mc.probabilityPayback, 0), NumberText::number(p10.freedFteEnd, 1),
                              NumberText::number(p90.freedFteEnd, 1), NumberText::number(p50.freedFteEnd, 1)));

    // The range table: point estimate and P10 / P50 / P90 of the key figures.
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\">"
                           "<tr><th>%1</th><th class=\"num\" align=\"right\">%2</th><th class=\"num\" align=\"right\">%3</th>"
                           "<th class=\"num\" align=\"right\">%4</th><th class=\"num\" align=\"right\">%5</th></tr>")
                .arg(tr("Nøkkeltall"), tr("Punktanslag"), tr("Lav (P10)"), tr("Median (P50)"), tr("Høy (P90)"));
    int row = 0;
    auto line = [&](const QString& label, const QString& a, const QString& b, const QString& c, const QString& d) {
        html += (row++ % 2 ? QStringLiteral("<tr bgcolor=\"#f4f6f9\">") : QStringLiteral("<tr>")) +
                QStringLiteral("<td>%1</td><td class=\"num\" align=\"right\">%2</td><td class=\"num\" align=\"right\">%3</td>"
                               "<td class=\"num\" align=\"right\">%4</td><td class=\"num\" align=\"right\">%5</td></tr>")
                    .arg(esc(label), esc(a), esc(b), esc(c), esc(d));
    };
    const int endYear = m_result.years.back();
    line(io::ExportLabels::keyFigure(KeyFigureId::NpvBudgetNok, endYear), NumberText::nok(point.npvBudgetNok),
         NumberText::nok(p10.npvBudgetNok), NumberText::nok(p50.npvBudgetNok), NumberText::nok(p90.npvBudgetNok));
    line(io::ExportLabels::keyFigure(KeyFigureId::FreedFteEnd, endYear), NumberText::number(point.freedFteEnd, 1),
         NumberText::number(p10.freedFteEnd, 1), NumberText::number(p50.freedFteEnd, 1), NumberText::number(p90.freedFteEnd, 1));
    auto share = [](const std::optional<double>& v) { return v ? NumberText::percent(*v, 0) : NumberText::missing(); };
    line(io::ExportLabels::keyFigure(KeyFigureId::GapClosedShareEnd, endYear), share(point.gapClosedShareEnd),
         share(p10.gapClosedShareEnd), share(p50.gapClosedShareEnd), share(p90.gapClosedShareEnd));
    line(io::ExportLabels::keyFigure(KeyFigureId::SubsidiesTotalNok, endYear), NumberText::nok(point.subsidiesTotalNok),
         NumberText::nok(p10.subsidiesTotalNok), NumberText::nok(p50.subsidiesTotalNok), NumberText::nok(p90.subsidiesTotalNok));
    line(io::ExportLabels::keyFigure(KeyFigureId::SocialAssistanceSavingsTotalNok, endYear),
         NumberText::nok(point.socialAssistanceSavingsTotalNok), NumberText::nok(p10.socialAssistanceSavingsTotalNok),
         NumberText::nok(p50.socialAssistanceSavingsTotalNok), NumberText::nok(p90.socialAssistanceSavingsTotalNok));
    line(io::ExportLabels::keyFigure(KeyFigureId::CostTotalNok, endYear), NumberText::nok(point.costTotalNok),
         NumberText::nok(p10.costTotalNok), NumberText::nok(p50.costTotalNok), NumberText::nok(p90.costTotalNok));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("P10, P50 og P90 er tatt for hvert tall for seg: én av ti trekninger gir et lavere tall enn P10, én av "
                        "ti et høyere enn P90. Tallene i en kolonne hører derfor ikke nødvendigvis til samme trekning."));

    html += figureHtml(kFanBudgetUrl, kChartWidth, kFanHeight, UncertaintyCharts::fanTitle(SeriesId::BudgetEffectNok));
    html += figureHtml(kFanFreedUrl, kChartWidth, kFanHeight, UncertaintyCharts::fanTitle(SeriesId::FreedFte));
    if (m_tornado && !m_tornado->bars.empty())
        html += figureHtml(kTornadoUrl, kChartWidth, kTornadoHeight, UncertaintyCharts::tornadoTitle(TornadoMeasure::NpvBudget)) +
                QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(tr("Tornadodiagrammet endrer én forutsetning om gangen til lav og høy verdi, mens de andre står på "
                            "mest sannsynlig verdi. De øverste stolpene er forutsetningene som betyr mest for nåverdien."));

    // The ranges themselves.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Usikre forutsetninger"));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\" style=\"font-size: 8pt\">"
                           "<tr><th width=\"58%\">%1</th><th class=\"num\" align=\"right\">%2</th>"
                           "<th class=\"num\" align=\"right\">%3</th><th class=\"num\" align=\"right\">%4</th></tr>")
                .arg(tr("Forutsetning"), tr("Lav"), tr("Mest sannsynlig"), tr("Høy"));
    const auto assumptions = io::AssumptionList::of(m_scenario);
    row = 0;
    for (const auto& [path, range] : m_scenario.uncertainty) {
        ValueKind kind = ValueKind::Plain;
        for (const auto& a : assumptions)
            if (a.path.toStdString() == path)
                kind = a.kind;
        html += (row++ % 2 ? QStringLiteral("<tr bgcolor=\"#f4f6f9\">") : QStringLiteral("<tr>")) +
                QStringLiteral("<td>%1</td><td class=\"num\" align=\"right\">%2</td><td class=\"num\" align=\"right\">%3</td>"
                               "<td class=\"num\" align=\"right\">%4</td></tr>")
                    .arg(esc(InputLabel::of(m_scenario, path)), esc(NumberText::ofKind(range.low, kind)),
                         esc(NumberText::ofKind(range.mode, kind)), esc(NumberText::ofKind(range.high, kind)));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString CouncilReport::summaryHtml() const
{
    const Result& r = m_result;
    const Summary& s = r.summary;
    const int last = r.yearCount() - 1;
    const QString end = QString::number(r.years.back());
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Sammendrag"));

    // 1. Kapasitet.
    const double gap = r[SeriesId::GapFte][last];
    QString capacity = tr("<b>Kapasitet.</b> Oppgavedelingen frigjør %1 årsverk i fagrollene (%2) i %3.")
                           .arg(NumberText::number(s.freedFteEnd, 1), listed(professionalNames(m_scenario)), end);
    if (gap > 0 && s.gapClosedShareEnd)
        capacity += QLatin1Char(' ') + tr("Veksten i behov gir et bemanningsgap på %1 årsverk i %2; tiltakene dekker %3 av det.")
                                           .arg(NumberText::number(gap, 1), end, NumberText::percent(*s.gapClosedShareEnd, 0));
    else
        capacity += QLatin1Char(' ') + tr("Beregningen viser ikke noe bemanningsgap i %1, så frigjort tid kan brukes til å styrke tjenesten.").arg(end);
    const double extra = r[SeriesId::ExtraRecipients][last];
    if (std::isfinite(extra))
        capacity += QLatin1Char(' ') + tr("Den frigjorte tiden svarer til om lag %1 flere tjenestemottakere med dagens tid per mottaker.")
                                           .arg(NumberText::number(extra, 0));
    // Freed time beyond the staffing gap is capacity, not money (spec §3, realisation.basis).
    bool beyondGap = false;
    for (int t = 0; t <= last; ++t)
        beyondGap = beyondGap || r[SeriesId::CapacityValueNok][t] - r[SeriesId::RealisedCapacityNok][t] >= 1.0;
    if (beyondGap)
        capacity += QLatin1Char(' ') + tr("I år der tiltakene frigjør mer enn bemanningsgapet, er resten kapasitet til flere "
                                          "tjenestemottakere eller bedre kvalitet, ikke penger i budsjettet.");
    html += QStringLiteral("<p>%1</p>").arg(capacity);

    // 2. Utnyttelsesgrad.
    QStringList roles;
    for (const RoleUtilisation& u : r.utilisation)
        if (u.series.size() > 0)
            roles << tr("%1 fra %2 til %3")
                         .arg(nameOf(m_scenario, u.roleId), NumberText::percent(u.baseline, 0),
                              NumberText::percent(u.series[u.series.size() - 1], 0));
    if (!roles.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("<b>Utnyttelsesgrad.</b> Andelen av arbeidstiden som går til oppgaver som krever rollens "
                            "utdanning, øker for %1 (i %2).")
                             .arg(listed(roles), end));

    // 3. Statlige tilskudd.
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("<b>Statlige tilskudd.</b> Nyansatte som rekrutteres gjennom NAV, kan gi lønnstilskudd "
                        "og mentortilskudd. Over perioden %1–%2 utgjør det %3.")
                         .arg(QString::number(r.years.front()), end, NumberText::nok(s.subsidiesTotalNok)));
    // 4. Sosialhjelp.
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("<b>Sosialhjelp.</b> Når personer som mottar sosialhjelp, kommer i arbeid, sparer kommunen "
                        "sosialhjelpsutgifter: %1 over perioden.")
                         .arg(NumberText::nok(s.socialAssistanceSavingsTotalNok)));

    // Økonomi.
    QString economy = tr("<b>Kostnader og budsjett.</b> Tiltakene koster %1 over perioden (lønn til nyansatte, "
                         "opplæring, koordinering og tekniske løsninger).")
                          .arg(NumberText::nok(s.costTotalNok));
    const QString share = NumberText::percent(m_scenario.realisation.budgetShareOfFreedCapacity, 0);
    economy += QLatin1Char(' ') +
               (m_scenario.realisation.basis == RealisationBasis::Gap
                    ? tr("Med %1 av verdien av frigjort kapasitet innenfor bemanningsgapet regnet som budsjettgevinst er "
                         "nåverdien av budsjetteffekten %2 (diskonteringsrente %3).")
                    : tr("Med %1 av verdien av frigjort kapasitet regnet som budsjettgevinst er nåverdien av "
                         "budsjetteffekten %2 (diskonteringsrente %3)."))
                   .arg(share, NumberText::nok(s.npvBudgetNok), NumberText::percent(m_scenario.discountRate, 1));
    if (s.paybackYear && *s.paybackYear == r.years.front())
        economy += QLatin1Char(' ') + tr("Tiltakene er lønnsomme fra første år: den samlede budsjetteffekten er ikke negativ i noe år.");
    else if (s.paybackYear)
        economy += QLatin1Char(' ') + tr("Tiltakene er tilbakebetalt i %1.").arg(*s.paybackYear);
    else
        economy += QLatin1Char(' ') + tr("Tiltakene er ikke tilbakebetalt innen %1.").arg(end);
    if (s.netCostPerFreedFteNok) {
        economy += QLatin1Char(' ') + tr("Netto kostnad per frigjort årsverk er %1").arg(NumberText::nok(*s.netCostPerFreedFteNok));
        if (const int compared = comparisonRole(m_scenario); compared >= 0)
            economy += tr(", mot en årskostnad for en %1 på %2")
                           .arg(nameOf(m_scenario, m_scenario.vocabulary.roles[std::size_t(compared)].id),
                                NumberText::nok(m_scenario.role(compared).annualCostNok));
        economy += QLatin1Char('.');
    }
    ensureUncertainty();
    if (m_mc && !m_mc->cancelled)
        economy += QLatin1Char(' ') + tr("Forutsetningene er usikre: sannsynligheten for at nåverdien er positiv, er %1, "
                                         "og medianen er %2 (se «Usikkerhet»).")
                                          .arg(NumberText::percent(m_mc->probabilityNpvPositive, 0),
                                               NumberText::nok(m_mc->p50().summary.npvBudgetNok));
    html += QStringLiteral("<p>%1</p>").arg(economy);
    return html;
}

QString CouncilReport::keyFiguresHtml() const
{
    const Result& r = m_result;
    const int endYear = r.years.back();
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Nøkkeltall"));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\">");
    bool odd = false;
    auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr%3><td>%1</td><td class=\"num\" align=\"right\">%2</td></tr>")
                    .arg(esc(label), esc(value), odd ? QStringLiteral(" bgcolor=\"#f4f6f9\"") : QString());
        odd = !odd;
    };
    for (const auto& figure : KeyFigures::of(r)) {
        QString value = NumberText::ofKind(figure.value, KeyFigures::kindOf(figure.id));
        if (figure.id == KeyFigureId::PaybackYear && !figure.value)
            value = io::ExportLabels::noPayback(endYear);
        row(io::ExportLabels::keyFigure(figure.id, endYear), value);
    }
    for (const RoleUtilisation& u : r.utilisation)
        if (u.series.size() > 0)
            row(tr("%1, før → %2").arg(io::ExportLabels::utilisation(r.serviceArea, u.roleId)).arg(endYear),
                NumberText::percent(u.baseline, 0) + QStringLiteral(" → ") +
                    NumberText::percent(u.series[u.series.size() - 1], 0));
    html += QStringLiteral("</table>");
    return html;
}

QString CouncilReport::chartsHtml() const
{
    QString html;
    int n = 0;
    for (ChartId id : chartIds()) {
        // Two charts per page, each page starting with its own heading.
        if (n % 2 == 0)
            html += QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                        .arg(n == 0 ? tr("Figurer") : tr("Figurer (forts.)"));
        html += figureHtml(chartUrl(id), kChartWidth, kChartHeight, chartTitle(id));
        ++n;
    }
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Budsjetteffekten er verdien av den andelen av frigjort kapasitet som regnes som realisert, pluss "
                        "tilskudd og sparte sosialhjelpsutgifter, minus kostnadene. Beløp i faste %1-kroner.")
                         .arg(m_result.years.front()));
    return html;
}

QString CouncilReport::yearlyHtml() const
{
    const auto columns = io::YearlyTable::compact(m_result);
    QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("Tall per år"));
    html += QStringLiteral("<p class=\"note\">%1</p>").arg(tr("Beløp i 1 000 kr, faste priser. Årsverk med én desimal."));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\" style=\"font-size: 8pt\"><tr>");
    // Short headers broken where a reader expects it (a narrow column would split words).
    const QStringList headers{tr("År"),
                              tr("Frigjorte<br>årsverk"),
                              tr("Gap<br>(årsverk)"),
                              tr("Andel av<br>gapet<br>dekket"),
                              tr("Statlige<br>tilskudd"),
                              tr("Spart<br>sosial-<br>hjelp"),
                              tr("Kost-<br>nader<br>i alt"),
                              tr("Budsjett-<br>effekt"),
                              tr("Akku-<br>mulert<br>effekt")};
    for (std::size_t c = 0; c < columns.size(); ++c)
        html += QStringLiteral("<th class=\"num\" align=\"right\" valign=\"bottom\">%1</th>")
                    .arg(c < std::size_t(headers.size()) ? headers[int(c)] : esc(columns[c].label));
    html += QStringLiteral("</tr>");
    for (int t = 0; t < m_result.yearCount(); ++t) {
        html += t % 2 ? QStringLiteral("<tr bgcolor=\"#f4f6f9\">") : QStringLiteral("<tr>");
        for (const auto& c : columns) {
            const double v = c.values[t];
            QString text;
            switch (c.kind) {
            case ValueKind::Year: text = NumberText::year(v); break;
            case ValueKind::Nok: text = NumberText::number(v / 1000.0, 0); break;
            case ValueKind::Share: text = std::isnan(v) ? NumberText::missing() : NumberText::percent(v, 0); break;
            default: text = NumberText::number(v, 1); break;
            }
            html += QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString CouncilReport::assumptionsHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Forutsetninger og kilder"));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Alle tall beregningen bygger på. Kilden står der scenarioet oppgir en; «Antakelse» betyr at tallet "
                        "er et anslag som kommunen bør vurdere og gjerne erstatte med egne tall."));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\" border=\"0\" style=\"font-size: 7.5pt\">"
                           "<tr><th width=\"34%\">%1</th><th class=\"num\" align=\"right\" width=\"14%\">%2</th>"
                           "<th width=\"2%\"></th><th>%3</th></tr>")
                .arg(tr("Forutsetning"), tr("Verdi"), tr("Kilde"));
    int t = 0;
    for (const auto& a : io::AssumptionList::of(m_scenario)) {
        // Every row names its own source, so that a row read alone (or copied into a
        // saksframlegg) still says where its number comes from.
        const QString shown = a.source.isEmpty() ? io::AssumptionList::noSource() : a.source;
        html += (t++ % 2 ? QStringLiteral("<tr bgcolor=\"#f4f6f9\">") : QStringLiteral("<tr>")) +
                QStringLiteral("<td valign=\"top\">%1</td><td class=\"num\" align=\"right\" valign=\"top\">%2</td>"
                               "<td></td><td valign=\"top\">%3</td></tr>")
                    .arg(esc(a.label), esc(NumberText::ofKind(a.value, a.kind)), esc(shown));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString CouncilReport::methodHtml() const
{
    QString html = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(tr("Slik regner modellen"));
    QStringList receiverNamesAll;
    for (ReceiverKind kind : {ReceiverKind::TaskWorker, ReceiverKind::Volunteer, ReceiverKind::Technology, ReceiverKind::Role})
        receiverNamesAll << receiverNames(m_scenario, kind);
    const QStringList paragraphs{
        tr("<b>Behov.</b> Antall tjenestemottakere hvert år er innbyggere i hver aldersgruppe ganget med andelen som mottar "
           "tjenesten. Behovet for årsverk vokser i takt med antall mottakere; tilgjengelige årsverk følger dagens bemanning. "
           "Forskjellen er bemanningsgapet."),
        tr("<b>Oppgavedeling.</b> Hver rolle bruker en andel av tiden på %n typer oppgaver. Et tiltak flytter en andel "
           "av én oppgavetype fra en rolle til en mottaker (%1), fullt ut etter innfasingen. Den som overtar, kan bruke "
           "lengre tid (tidsfaktor).",
           nullptr, static_cast<int>(m_scenario.vocabulary.categories.size()))
            .arg(listed(receiverNamesAll)),
        tr("<b>Frigjort kapasitet.</b> Timene fagrollene (%1) ikke lenger bruker på oppgavene, minus timene de selv overtar "
           "som mottakere, gir frigjorte årsverk. Utnyttelsesgraden er andelen av tiden som går til oppgaver som krever "
           "rollens utdanning; frigjort tid går til slike oppgaver.")
            .arg(listed(professionalNames(m_scenario))),
        tr("<b>Tilskudd og sosialhjelp.</b> Nyansatte ansettes etter behov og turnover. De som rekrutteres via NAV, "
           "kan gi lønnstilskudd og mentortilskudd de første månedene, og sparer sosialhjelp så lenge de er i jobb."),
        tr("<b>Økonomi.</b> Kostnadene er lønn til nyansatte, opplæring, koordinering, tekniske løsninger og hub. "
           "Frigjort tid sparer penger bare der den erstatter ansettelser kommunen ellers måtte gjøre (%1); resten er "
           "kapasitet. Budsjetteffekten regner den valgte andelen av dette som realisert. Nåverdien diskonterer hvert år "
           "med diskonteringsrenten; tilbakebetalingsåret er første år den akkumulerte effekten blir positiv etter å ha "
           "vært negativ.")
            .arg(m_scenario.realisation.basis == RealisationBasis::Gap ? tr("innenfor bemanningsgapet")
                                                                        : tr("her regnet som all frigjort kapasitet")),
        tr("Alle beløp er i faste kroner for startåret. Modellen er et verktøy for å sammenligne alternativer; den erstatter "
           "ikke lokal kunnskap om tjenesten. Hele regnestykket er beskrevet i modellens dokumentasjon."),
    };
    for (const auto& p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p);
    return html;
}

QString CouncilReport::html() const
{
    const Result& r = m_result;
    m_figureNumber = 0;
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(tr("Gevinster av oppgavedeling – %1").arg(esc(r.unit.name)));
    html += QStringLiteral("<p class=\"lead\">%1<br>%2</p>")
                .arg(esc(m_scenario.name),
                     esc(tr("%1 %2 · %3 · %4–%5")
                             .arg(io::ExportLabels::unitLevel(r.unit.level), QString::fromStdString(r.unit.id),
                                  serviceAreaName(m_scenario.serviceArea))
                             .arg(r.years.front())
                             .arg(r.years.back())));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Beløp i kroner, faste %1-priser. Årsverk = %2 timer.")
                         .arg(r.years.front())
                         .arg(NumberText::number(m_scenario.hoursPerFte, 0)));
    html += summaryHtml();
    html += keyFiguresHtml();
    html += chartsHtml();
    html += uncertaintyHtml();
    html += yearlyHtml();
    html += assumptionsHtml();
    html += LedgerReportPage(m_scenario, m_result).html(&m_figureNumber);
    html += methodHtml();
    html += QStringLiteral("</body></html>");
    return html;
}

void CouncilReport::layOut(QTextDocument& doc, bool vector, ReportFigures& figures) const
{
    ReportPdf::useReportFont(doc);
    // The figures: the result's charts, the fan charts and the tornado.
    ChartExportOptions chartOptions;
    chartOptions.size = QSize(kChartWidth, kChartHeight);
    chartOptions.dpi = kPrintDpi;
    for (ChartId id : chartIds()) {
        QCustomPlot plot;
        plot.resize(chartOptions.size);
        ChartExporter::prepare(plot, m_result, id, chartOptions);
        figures.add(chartUrl(id), plot, chartOptions.size, kPrintDpi);
    }
    ensureUncertainty();
    if (m_mc && !m_mc->cancelled) {
        for (auto [url, series] : {std::pair{kFanBudgetUrl, SeriesId::BudgetEffectNok}, std::pair{kFanFreedUrl, SeriesId::FreedFte}}) {
            QCustomPlot plot;
            plot.resize(kChartWidth, kFanHeight);
            plot.setBackground(Qt::white);
            plot.setLocale(NumberText::locale());
            UncertaintyCharts::fan(plot, *m_mc, series);
            plot.replot(QCustomPlot::rpImmediateRefresh);
            figures.add(url, plot, QSize(kChartWidth, kFanHeight), kPrintDpi);
        }
        if (m_tornado && !m_tornado->bars.empty()) {
            QCustomPlot plot;
            plot.resize(kChartWidth, kTornadoHeight);
            plot.setBackground(Qt::white);
            plot.setLocale(NumberText::locale());
            UncertaintyCharts::tornado(plot, m_scenario, *m_tornado, TornadoMeasure::NpvBudget, 10);
            plot.replot(QCustomPlot::rpImmediateRefresh);
            figures.add(kTornadoUrl, plot, QSize(kChartWidth, kTornadoHeight), kPrintDpi);
        }
    }
    LedgerReportPage(m_scenario, m_result).addFigures(figures, kPrintDpi);
    figures.addImageResources(doc);
    doc.setHtml(html());
    if (vector) {
        figures.useVectorObjects(doc);
        // Lay the whole document out again with the objects in place, so that the page
        // count and every page's contents (the last section too) follow the new sizes.
        doc.markContentsDirty(0, doc.characterCount());
        doc.setPageSize(doc.pageSize());
        ReportFigures::keepWithNext(doc);
    }
}

QByteArray CouncilReport::pdf(int* pages) const
{
    ReportPdf pdf(tr("Gevinster av oppgavedeling – %1").arg(QString::fromStdString(m_result.unit.name)),
                  QMarginsF(kMarginLeft, kMarginTop, kMarginRight, kMarginBottom));
    QTextDocument doc;
    pdf.prepare(doc);
    ReportFigures figures;
    layOut(doc, true, figures);
    return pdf.paint(doc, m_source.text(), tr("Side %1 av %2"), pages);
}

QByteArray CouncilReport::odt() const
{
    QTextDocument doc;
    doc.setPageSize(QSizeF(794 - kMarginLeft - kMarginRight, 1123 - kMarginTop - kMarginBottom));
    ReportFigures figures;
    layOut(doc, false, figures);
    // The source line, which the PDF prints in every page's footer, as the last paragraph.
    QTextCursor cursor(&doc);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    QTextCharFormat note;
    note.setFontPointSize(7.5);
    note.setForeground(QColor(0x55, 0x55, 0x55));
    cursor.insertText(m_source.text(), note);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc))
        return {};
    return bytes;
}

int CouncilReport::write(const QString& path, QString* error) const
{
    int pages = 0;
    QByteArray bytes;
    if (QFileInfo(path).suffix().compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0) {
        bytes = odt();
        QTextDocument doc;
        doc.setPageSize(QSizeF(794 - kMarginLeft - kMarginRight, 1123 - kMarginTop - kMarginBottom));
        doc.setHtml(html());
        pages = bytes.isEmpty() ? 0 : std::max(1, doc.pageCount());
    } else {
        bytes = pdf(&pages);
    }
    return ReportPdf::save(path, bytes, pages, tr("%1: rapporten kunne ikke lages").arg(path), error);
}

} // namespace gevinst::ui
