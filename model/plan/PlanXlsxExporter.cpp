#include "PlanXlsxExporter.h"

#include "FigureCatalogue.h"
#include "NumberText.h"
#include "XlsxSheet.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

#include <set>

namespace gevinst::plan {

namespace {

using io::xlsx::fitRow;
using io::xlsx::setUpPage;
using io::xlsx::text;

/// The workbook's cell formats: the basic ones and those of a benefit's values and of a time.
struct Formats : io::XlsxBasicFormats {
    explicit Formats(lxw_workbook* book)
        : XlsxBasicFormats(book)
        , share(numberFormat(book, "0.0%"))
        , nok(numberFormat(book, "#,##0\" kr\""))
        , decimal(numberFormat(book, "#,##0.0##"))
        , date(numberFormat(book, "dd.mm.yyyy hh:mm"))
    {
    }
    /// The number format of a benefit's values.
    lxw_format* valueFormat(const Benefit& b) const
    {
        const auto info = FigureCatalogue::describe(b.figure, nullptr);
        if (info && info->valueKind == ValueKind::Nok)
            return nok;
        if (info && info->valueKind == ValueKind::Share)
            return share;
        return decimal;
    }
    lxw_format* share;
    lxw_format* nok;
    lxw_format* decimal;
    lxw_format* date;
};

void number(lxw_worksheet* sheet, int row, int col, const std::optional<double>& value, lxw_format* format)
{
    if (value)
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), *value, format);
}

void headers(lxw_worksheet* sheet, int row, const QStringList& names, const Formats& f)
{
    for (int c = 0; c < names.size(); ++c)
        text(sheet, row, c, names[c], f.header);
}

QString when(const QDateTime& utc)
{
    return io::NumberText::dateTime(utc.toLocalTime());
}

void writePlan(lxw_workbook* book, const Formats& f, const PlanReportData& r)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Plan").toUtf8().constData());
    text(sheet, 0, 0, QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Gevinstrealiseringsplan – %1 (%2)").arg(r.scenarioName, r.unitName), f.title);
    text(sheet, 1, 0, QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Vedtatt versjon %1, %2 av %3. %4")
                          .arg(r.data.plan.version)
                          .arg(when(r.data.plan.approvedAt), r.data.plan.approvedBy, r.data.plan.note));
    std::set<int> years;
    for (const auto& b : r.data.benefits)
        for (const auto& [year, value] : b.targets)
            years.insert(year);
    QStringList names{QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Nøkkel"),         QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Gevinst"),       QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Måltall"),      QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Enhet"),        QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Gevinsteier"),
                      QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Stilling"),       QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Klasse (DFØ)"),  QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Nullpunkt"),    QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Nullpunkt dato"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Nullpunkt kilde"),
                      QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Måles slik"),     QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Måles av"),      QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Merknader")};
    const int firstYear = int(names.size());
    for (int y : years)
        names << QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Mål %1").arg(y);
    headers(sheet, 3, names, f);
    int row = 4;
    for (const auto& b : r.data.benefits) {
        text(sheet, row, 0, b.key, f.top);
        text(sheet, row, 1, b.name, f.wrap);
        text(sheet, row, 2, b.figure, f.top);
        text(sheet, row, 3, b.unit, f.top);
        text(sheet, row, 4, b.ownerName, f.top);
        text(sheet, row, 5, b.ownerPosition, f.top);
        text(sheet, row, 6, benefitClassName(b.benefitClass), f.wrap);
        number(sheet, row, 7, b.baselineValue, f.valueFormat(b));
        text(sheet, row, 8, b.baselineDate, f.top);
        text(sheet, row, 9, b.baselineSource, f.wrap);
        text(sheet, row, 10, b.measuredHow, f.wrap);
        text(sheet, row, 11, b.measuredBy, f.top);
        text(sheet, row, 12, b.notes, f.wrap);
        fitRow(sheet, row, {{b.name, 30}, {benefitClassName(b.benefitClass), 16}, {b.baselineSource, 30}, {b.measuredHow, 30}, {b.notes, 30}});
        int c = firstYear;
        for (int y : years) {
            const auto it = b.targets.find(y);
            number(sheet, row, c++, it == b.targets.end() ? std::nullopt : std::optional<double>(it->second), f.valueFormat(b));
        }
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, 8, 16, nullptr);
    worksheet_set_column(sheet, 9, 10, 30, nullptr); // nullpunkt kilde, måles slik
    worksheet_set_column(sheet, 11, 11, 16, nullptr);
    worksheet_set_column(sheet, 12, 12, 30, nullptr); // merknader
    worksheet_set_column(sheet, lxw_col_t(firstYear), lxw_col_t(firstYear + int(years.size())), 14, nullptr);
    worksheet_freeze_panes(sheet, 4, 2);
    setUpPage(sheet, 3, 3);
}

void writeStatus(lxw_workbook* book, const Formats& f, const PlanReportData& r)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Status").toUtf8().constData());
    text(sheet, 0, 0, QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Planlagt, faktisk og avvik per periode; prognose fra versjon %1").arg(r.latestVersion), f.title);
    text(sheet, 1, 0, QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Status: grønn når realisert andel hittil ≥ %1, gul ≥ %2, ellers rød.")
                          .arg(io::NumberText::percent(r.data.plan.thresholds.green, 0), io::NumberText::percent(r.data.plan.thresholds.yellow, 0)));
    headers(sheet, 3,
            {QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Nøkkel"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Gevinst"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Gevinsteier"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Periode"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Planlagt"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Faktisk"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Avvik"),
             QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Realisert andel hittil"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Status"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Prognose"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Kilde"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Kommentar")},
            f);
    fitRow(sheet, 3, {{QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Realisert andel hittil"), 14}}, nullptr, true);
    int row = 4;
    for (const auto& b : r.benefits) {
        lxw_format* value = f.valueFormat(b.benefit);
        for (const auto& p : b.rows) {
            text(sheet, row, 0, b.benefit.key, f.top);
            text(sheet, row, 1, b.benefit.name, f.top);
            text(sheet, row, 2, b.benefit.ownerName, f.top);
            text(sheet, row, 3, p.period.text(), f.top);
            number(sheet, row, 4, p.planned, value);
            number(sheet, row, 5, p.actual, value);
            number(sheet, row, 6, p.deviation, value);
            number(sheet, row, 7, p.realisedShare, f.share);
            text(sheet, row, 8, p.status == Status::None ? QString() : statusName(p.status), f.top);
            number(sheet, row, 9, p.forecast, value);
            text(sheet, row, 10, p.source, f.wrap);
            text(sheet, row, 11, p.comment, f.wrap);
            fitRow(sheet, row, {{p.source, 40}, {p.comment, 40}});
            ++row;
        }
    }
    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, 9, 14, nullptr);
    worksheet_set_column(sheet, 10, 11, 40, nullptr);
    worksheet_freeze_panes(sheet, 4, 2);
    setUpPage(sheet, 3, 3);
}

void writeApprovals(lxw_workbook* book, const Formats& f, const PlanReportData& r)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Vedtak").toUtf8().constData());
    headers(sheet, 0, {QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Versjon"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Vedtatt"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Av"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Notat"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Grønn fra"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Gul fra"), QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Erstattet")}, f);
    int row = 1;
    for (const auto& p : r.data.history) {
        number(sheet, row, 0, p.version, f.top);
        text(sheet, row, 1, when(p.approvedAt), f.top);
        text(sheet, row, 2, p.approvedBy, f.top);
        text(sheet, row, 3, p.note, f.wrap);
        fitRow(sheet, row, {{p.note, 40}});
        number(sheet, row, 4, p.thresholds.green, f.share);
        number(sheet, row, 5, p.thresholds.yellow, f.share);
        text(sheet, row, 6, p.supersededAt ? when(*p.supersededAt) : QString(), f.top);
        ++row;
    }
    worksheet_set_column(sheet, 1, 1, 18, nullptr);
    worksheet_set_column(sheet, 3, 3, 40, nullptr);
    worksheet_set_column(sheet, 6, 6, 18, nullptr);
    setUpPage(sheet, 0, 0);
}

} // namespace

bool PlanXlsxExporter::write(const QString& path, const PlanReportData& report, QString* error)
{
    io::XlsxFile file(path, error);
    lxw_workbook* book = file.book();
    if (!book)
        return false;
    file.setProperties(QCoreApplication::translate("gevinst::plan::PlanXlsxExporter", "Gevinstrealiseringsplan – %1")
                           .arg(report.scenarioName));
    const Formats formats(book);
    writePlan(book, formats, report);
    writeStatus(book, formats, report);
    writeApprovals(book, formats, report);
    return file.commit();
}

} // namespace gevinst::plan
