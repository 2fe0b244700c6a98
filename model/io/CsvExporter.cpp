#include "CsvExporter.h"

#include "AssumptionList.h"
#include "AtomicFile.h"
#include "ExportLabels.h"
#include "KeyFigures.h"
#include "YearlyTable.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace gevinst::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::io::CsvExporter", text);
}
} // namespace

QString CsvExporter::number(double value, const CsvFormat& format)
{
    if (std::isnan(value))
        return {};
    QString s = QString::number(value, 'g', 15);
    if (format.decimalPoint != u'.')
        s.replace(u'.', format.decimalPoint);
    return s;
}

QString CsvExporter::text(const QString& value, const CsvFormat& format)
{
    if (!value.contains(format.separator) && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvExporter::finish(const std::vector<QStringList>& rows, const CsvFormat& format)
{
    QString out;
    for (const auto& row : rows)
        out += row.join(format.separator) + QStringLiteral("\r\n");
    QByteArray bytes = format.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

namespace {

/// A header row and one row per year of `columns`.
std::vector<QStringList> yearRows(const std::vector<YearlyColumn>& columns, int years, const CsvFormat& format)
{
    std::vector<QStringList> rows;
    QStringList header;
    for (const auto& c : columns)
        header << CsvExporter::text(YearlyTable::header(c, true), format);
    rows.push_back(header);
    for (int t = 0; t < years; ++t) {
        QStringList row;
        for (const auto& c : columns)
            row << CsvExporter::number(c.values[t], format);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

QByteArray CsvExporter::yearly(const Result& result, const CsvFormat& format)
{
    return finish(yearRows(YearlyTable::full(result), result.yearCount(), format), format);
}

QByteArray CsvExporter::ledger(const Result& result, const CsvFormat& format)
{
    const auto columns = YearlyTable::ledger(result);
    std::vector<QStringList> rows = yearRows(columns, result.yearCount(), format);
    // Net present values at the scenario's discount rate (spec §7): the actors and the totals.
    QStringList npv{text(QCoreApplication::translate("gevinst::io::CsvExporter", "Nåverdi"), format)};
    for (std::size_t i = 1; i < columns.size(); ++i)
        npv << (i <= std::size_t(kLedgerNpvCount) ? number(result.summary.ledgerNpv[i - 1], format) : QString());
    rows.push_back(npv);
    return finish(rows, format);
}

QByteArray CsvExporter::keyFigures(const Result& result, const std::optional<UnitBase>& base, const CsvFormat& format)
{
    const int endYear = result.years.empty() ? 0 : result.years.back();
    std::vector<QStringList> rows;
    QStringList header{text(tr("Nøkkeltall"), format), text(tr("Verdi"), format), text(tr("Enhet"), format)};
    if (base)
        header << text(tr("Per 1 000 innbyggere 67+"), format) << text(tr("Per årsverk i startåret"), format);
    header << text(tr("Id"), format);
    rows.push_back(header);
    for (const auto& figure : KeyFigures::of(result)) {
        const ValueKind kind = KeyFigures::kindOf(figure.id);
        QStringList row{text(ExportLabels::keyFigure(figure.id, endYear), format),
                        figure.value ? number(*figure.value, format) : QString(),
                        text(kind == ValueKind::Share ? tr("andel") : ExportLabels::unit(kind), format)};
        if (base) {
            std::optional<double> per1000, perFte;
            if (figure.value && KeyFigures::isAdditive(figure.id)) {
                per1000 = Aggregation::per1000Inhabitants67Plus(*figure.value, *base);
                perFte = Aggregation::perBaseFte(*figure.value, *base);
            }
            row << (per1000 ? number(*per1000, format) : QString()) << (perFte ? number(*perFte, format) : QString());
        }
        row << QString::fromUtf8(KeyFigures::idOf(figure.id).data());
        rows.push_back(row);
    }
    return finish(rows, format);
}

QByteArray CsvExporter::assumptions(const Scenario& scenario, const CsvFormat& format)
{
    std::vector<QStringList> rows;
    rows.push_back({text(tr("Forutsetning"), format), text(tr("Verdi"), format), text(tr("Enhet"), format),
                    text(tr("Felt"), format), text(tr("Kilde"), format)});
    for (const auto& a : AssumptionList::of(scenario))
        rows.push_back({text(a.label, format), number(a.value, format),
                        text(a.kind == ValueKind::Share ? tr("andel") : ExportLabels::unit(a.kind), format),
                        text(a.path, format), text(a.source.isEmpty() ? AssumptionList::noSource() : a.source, format)});
    return finish(rows, format);
}

bool CsvExporter::write(const QString& path, const QByteArray& bytes, QString* error)
{
    return AtomicFile::write(path, bytes, error);
}

} // namespace gevinst::io
