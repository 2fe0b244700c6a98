#include "CouncilReport.h"

#include "AssumptionList.h"
#include "AtomicFile.h"
#include "ChartExporter.h"
#include "ExportLabels.h"
#include "KeyFigures.h"
#include "LedgerReportPage.h"
#include "NumberText.h"
#include "YearlyTable.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

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

// Page geometry at 96 units per inch on A4 (794 × 1123).
constexpr double kDpi = 96;
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
table { border-collapse: collapse; }
th { background-color: #e8eef5; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
)css";

QString chartUrl(ChartId id)
{
    return QStringLiteral("chart:/") + chartKey(id);
}

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
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                    .arg(chartUrl(id))
                    .arg(kChartWidth)
                    .arg(kChartHeight);
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
    QString previousSource;
    int t = 0;
    for (const auto& a : io::AssumptionList::of(m_scenario)) {
        // A source shared by consecutive rows (e.g. one for all population figures) is printed once.
        QString source = a.source.isEmpty() ? io::AssumptionList::noSource() : a.source;
        const QString shown = source == previousSource && !a.source.isEmpty() ? tr("(som over)") : source;
        previousSource = source;
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
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(tr("Gevinster av oppgavedeling – %1").arg(esc(r.unit.name)));
    html += QStringLiteral("<p class=\"lead\">%1<br>%2</p>")
                .arg(esc(m_scenario.name),
                     esc(tr("%1 %2 · %3 · %4–%5")
                             .arg(io::ExportLabels::unitLevel(r.unit.level), QString::fromStdString(r.unit.id),
                                  QString::fromStdString(m_scenario.serviceArea))
                             .arg(r.years.front())
                             .arg(r.years.back())));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Beløp i kroner, faste %1-priser. Årsverk = %2 timer.")
                         .arg(r.years.front())
                         .arg(NumberText::number(m_scenario.hoursPerFte, 0)));
    html += summaryHtml();
    html += keyFiguresHtml();
    html += chartsHtml();
    html += yearlyHtml();
    html += assumptionsHtml();
    html += LedgerReportPage(m_scenario, m_result).html();
    html += methodHtml();
    html += QStringLiteral("</body></html>");
    return html;
}

QByteArray CouncilReport::pdf(int* pages) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Gevinstmodell"));
    writer.setTitle(tr("Gevinster av oppgavedeling – %1").arg(QString::fromStdString(m_result.unit.name)));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(static_cast<int>(kDpi));

    const QRectF page(0, 0, writer.width(), writer.height());
    const QSizeF body(page.width() - kMarginLeft - kMarginRight, page.height() - kMarginTop - kMarginBottom);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    // No ligatures ("ff" stays two letters), so that text copied from the PDF into a
    // saksframlegg reads as typed.
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setPageSize(body);
    ChartExportOptions chartOptions;
    chartOptions.size = QSize(kChartWidth, kChartHeight);
    chartOptions.dpi = 220;
    for (ChartId id : chartIds())
        doc.addResource(QTextDocument::ImageResource, QUrl(chartUrl(id)),
                        ChartExporter::image(m_result, id, chartOptions));
    LedgerReportPage(m_scenario, m_result).addResources(doc, chartOptions.dpi);
    doc.setHtml(html());

    const int count = doc.pageCount();
    QPainter painter(&writer);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(kMarginLeft, kMarginTop - i * body.height());
        doc.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();

        const double footerTop = page.height() - kMarginBottom + 24;
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.8));
        painter.drawLine(QPointF(kMarginLeft, footerTop), QPointF(page.width() - kMarginRight, footerTop));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const double pageNumberWidth = 80;
        painter.drawText(QRectF(kMarginLeft, footerTop + 4, body.width() - pageNumberWidth, 40),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_source.text());
        painter.drawText(QRectF(kMarginLeft, footerTop + 4, body.width(), 20), Qt::AlignRight | Qt::AlignTop,
                         tr("Side %1 av %2").arg(i + 1).arg(count));
    }
    painter.end();
    if (pages)
        *pages = count;
    return bytes;
}

int CouncilReport::write(const QString& path, QString* error) const
{
    int pages = 0;
    const QByteArray bytes = pdf(&pages);
    if (bytes.isEmpty() || pages == 0) {
        if (error)
            *error = tr("%1: rapporten kunne ikke lages").arg(path);
        return 0;
    }
    return io::AtomicFile::write(path, bytes, error) ? pages : 0;
}

} // namespace gevinst::ui
