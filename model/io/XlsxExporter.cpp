#include "XlsxExporter.h"

#include "AssumptionList.h"
#include "ExportLabels.h"
#include "KeyFigures.h"
#include "NumberText.h"
#include "XlsxSheet.h"
#include "YearlyTable.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace gevinst::io {

namespace {

using xlsx::fitRow;
using xlsx::setUpPage;
using xlsx::text;

/// The workbook's cell formats: the basic ones, a note, and one per kind of value.
class Formats : public XlsxBasicFormats {
public:
    explicit Formats(lxw_workbook* book) : XlsxBasicFormats(book)
    {
        note = workbook_add_format(book);
        format_set_italic(note);
        format_set_font_color(note, 0x595959);
        const std::pair<ValueKind, const char*> numberFormats[] = {
            {ValueKind::Nok, "#,##0\" kr\""}, {ValueKind::Share, "0.0%"},   {ValueKind::Fte, "#,##0.0"},
            {ValueKind::Persons, "#,##0"},    {ValueKind::Hours, "#,##0"},  {ValueKind::Index, "0.000"},
            {ValueKind::Year, "0"},           {ValueKind::Plain, "General"},
        };
        for (const auto& [kind, pattern] : numberFormats)
            byKind[kind] = numberFormat(book, pattern);
    }
    lxw_format* of(ValueKind kind) const { return byKind.at(kind); }

    lxw_format* note = nullptr;

private:
    std::map<ValueKind, lxw_format*> byKind;
};

void number(lxw_worksheet* sheet, int row, int col, const std::optional<double>& value, lxw_format* format)
{
    if (value && std::isfinite(*value))
        worksheet_write_number(sheet, row, col, *value, format);
}

QString unitText(ValueKind kind)
{
    return kind == ValueKind::Plain ? QString() : ExportLabels::unit(kind);
}

constexpr double kKeyLabelWidth = 52;

void writeKeyFigures(lxw_workbook* book, const Formats& f, const XlsxContent& content)
{
    const Result& r = *content.result;
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::io::XlsxExporter", "Nøkkeltall").toUtf8().constData());
    const int endYear = r.years.empty() ? 0 : r.years.back();
    text(sheet, 0, 0, QCoreApplication::translate("gevinst::io::XlsxExporter", "Gevinstmodell – %1").arg(QString::fromStdString(r.scenarioName)), f.title);
    text(sheet, 1, 0,
         QCoreApplication::translate("gevinst::io::XlsxExporter", "%1 (%2 %3), %4–%5")
             .arg(QString::fromStdString(r.unit.name), ExportLabels::unitLevel(r.unit.level),
                  QString::fromStdString(r.unit.id))
             .arg(r.years.empty() ? 0 : r.years.front())
             .arg(endYear));
    text(sheet, 2, 0, content.source.text(), f.note);

    int row = 4;
    int col = 0;
    text(sheet, row, col++, QCoreApplication::translate("gevinst::io::XlsxExporter", "Nøkkeltall"), f.header);
    text(sheet, row, col++, QCoreApplication::translate("gevinst::io::XlsxExporter", "Verdi"), f.header);
    text(sheet, row, col++, QCoreApplication::translate("gevinst::io::XlsxExporter", "Enhet"), f.header);
    if (content.base) {
        text(sheet, row, col++, QCoreApplication::translate("gevinst::io::XlsxExporter", "Per 1 000 innbyggere 67+"), f.header);
        text(sheet, row, col++, QCoreApplication::translate("gevinst::io::XlsxExporter", "Per årsverk i startåret"), f.header);
        fitRow(sheet, row, {{QCoreApplication::translate("gevinst::io::XlsxExporter", "Per 1 000 innbyggere 67+"), 16}, {QCoreApplication::translate("gevinst::io::XlsxExporter", "Per årsverk i startåret"), 16}},
               nullptr, true);
    }
    ++row;
    for (const auto& figure : KeyFigures::of(r)) {
        const ValueKind kind = KeyFigures::kindOf(figure.id);
        text(sheet, row, 0, ExportLabels::keyFigure(figure.id, endYear), f.wrap);
        fitRow(sheet, row, {{ExportLabels::keyFigure(figure.id, endYear), kKeyLabelWidth}});
        number(sheet, row, 1, figure.value, f.of(kind));
        text(sheet, row, 2, unitText(kind), f.top);
        if (content.base && figure.value && KeyFigures::isAdditive(figure.id)) {
            const ValueKind normalisedKind = kind == ValueKind::Persons ? ValueKind::Fte : kind;
            number(sheet, row, 3, Aggregation::per1000Inhabitants67Plus(*figure.value, *content.base),
                   f.of(normalisedKind));
            number(sheet, row, 4, Aggregation::perBaseFte(*figure.value, *content.base),
                   f.of(kind == ValueKind::Nok ? ValueKind::Nok : ValueKind::Index));
        }
        ++row;
    }
    for (const auto& u : r.utilisation) {
        const QString label = ExportLabels::utilisation(r.serviceArea, u.roleId);
        const QString before = QCoreApplication::translate("gevinst::io::XlsxExporter", "%1 før tiltakene").arg(label);
        text(sheet, row, 0, before, f.wrap);
        fitRow(sheet, row, {{before, kKeyLabelWidth}});
        number(sheet, row, 1, std::optional<double>(u.baseline), f.of(ValueKind::Share));
        text(sheet, row++, 2, unitText(ValueKind::Share), f.top);
        const QString atEnd = QCoreApplication::translate("gevinst::io::XlsxExporter", "%1 %2").arg(label).arg(endYear);
        text(sheet, row, 0, atEnd, f.wrap);
        fitRow(sheet, row, {{atEnd, kKeyLabelWidth}});
        number(sheet, row, 1, u.series.size() ? std::optional<double>(u.series[r.yearCount() - 1]) : std::nullopt,
               f.of(ValueKind::Share));
        text(sheet, row++, 2, unitText(ValueKind::Share), f.top);
    }
    if (content.base) {
        ++row;
        text(sheet, row++, 0,
             QCoreApplication::translate("gevinst::io::XlsxExporter", "Grunnlag for per innbygger og per årsverk: %1 innbyggere 67 år og eldre og %2 årsverk i startåret.")
                 .arg(NumberText::number(content.base->inhabitants67Plus, 0), NumberText::number(content.base->baseFte, 1)),
             f.note);
    }
    worksheet_set_column(sheet, 0, 0, kKeyLabelWidth, nullptr);
    worksheet_set_column(sheet, 1, 1, 18, nullptr);
    worksheet_set_column(sheet, 2, 2, 10, nullptr);
    worksheet_set_column(sheet, 3, 4, 16, nullptr);
    setUpPage(sheet, 4, 4);
}

void writeYearly(lxw_workbook* book, const Formats& f, const XlsxContent& content)
{
    const Result& r = *content.result;
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::io::XlsxExporter", "Per år").toUtf8().constData());
    const auto columns = YearlyTable::full(r);
    double headerHeight = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QString header = YearlyTable::header(columns[c], false);
        text(sheet, 0, static_cast<int>(c), header, f.header);
        headerHeight = std::max(headerHeight, XlsxExporter::wrappedRowHeight({{header, c == 0 ? 8.0 : 16.0}}, true));
        for (int t = 0; t < r.yearCount(); ++t)
            number(sheet, t + 1, static_cast<int>(c), columns[c].values[t], f.of(columns[c].kind));
    }
    text(sheet, r.yearCount() + 2, 0, content.source.text(), f.note);
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(columns.size()), 16, nullptr);
    if (headerHeight > 0)
        worksheet_set_row(sheet, 0, headerHeight, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    setUpPage(sheet, 0, 0);
}

/// «Fordeling»: who pays and who gains (spec §7) — one row per ledger line, one column
/// per year, the NPV last, and the DFØ benefit class of each line.
void writeLedger(lxw_workbook* book, const Formats& f, const XlsxContent& content)
{
    const Result& r = *content.result;
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::io::XlsxExporter", "Fordeling").toUtf8().constData());
    text(sheet, 0, 0, QCoreApplication::translate("gevinst::io::XlsxExporter", "Aktør / linje"), f.header);
    text(sheet, 0, 1, QCoreApplication::translate("gevinst::io::XlsxExporter", "Gevinsttype (DFØ)"), f.header);
    for (int t = 0; t < r.yearCount(); ++t)
        number(sheet, 0, 2 + t, std::optional<double>(r.years[std::size_t(t)]), f.header);
    text(sheet, 0, 2 + r.yearCount(), QCoreApplication::translate("gevinst::io::XlsxExporter", "Nåverdi"), f.header);
    int row = 1;
    for (int i = kFirstLedgerSeries; i < kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        text(sheet, row, 0, ExportLabels::series(id), f.wrap);
        text(sheet, row, 1, ExportLabels::ledgerClass(id), f.wrap);
        fitRow(sheet, row, {{ExportLabels::series(id), 44}, {ExportLabels::ledgerClass(id), 30}});
        for (int t = 0; t < r.yearCount(); ++t)
            number(sheet, row, 2 + t, std::optional<double>(r[id][t]), f.of(ValueKind::Nok));
        if (i - kFirstLedgerSeries < kLedgerNpvCount)
            number(sheet, row, 2 + r.yearCount(),
                   std::optional<double>(r.summary.ledgerNpv[std::size_t(i - kFirstLedgerSeries)]), f.of(ValueKind::Nok));
        ++row;
    }
    ++row;
    text(sheet, row++, 0,
         QCoreApplication::translate("gevinst::io::XlsxExporter", "Kroner i faste priser. Kommunen (helse og omsorg + sosialhjelp) er lik budsjetteffekten. Frigjort tid til "
            "annen bruk er en gevinst, ikke kontanter, og er ikke lagt inn i summene."),
         f.note);
    text(sheet, row, 0, content.source.text(), f.note);
    worksheet_set_column(sheet, 0, 0, 44, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, static_cast<lxw_col_t>(2 + r.yearCount()), 14, nullptr);
    worksheet_freeze_panes(sheet, 1, 2);
    setUpPage(sheet, 0, 0);
}

void writeAssumptions(lxw_workbook* book, const Formats& f, const XlsxContent& content)
{
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::io::XlsxExporter", "Forutsetninger").toUtf8().constData());
    int col = 0;
    for (const QString& h : {QCoreApplication::translate("gevinst::io::XlsxExporter", "Forutsetning"), QCoreApplication::translate("gevinst::io::XlsxExporter", "Verdi"), QCoreApplication::translate("gevinst::io::XlsxExporter", "Enhet"), QCoreApplication::translate("gevinst::io::XlsxExporter", "Felt i scenariofilen"), QCoreApplication::translate("gevinst::io::XlsxExporter", "Kilde")})
        text(sheet, 0, col++, h, f.header);
    int row = 1;
    for (const auto& a : AssumptionList::of(*content.scenario)) {
        text(sheet, row, 0, a.label, f.wrap);
        number(sheet, row, 1, a.value, f.of(a.kind));
        text(sheet, row, 2, unitText(a.kind), f.top);
        text(sheet, row, 3, a.path, f.top);
        const QString source = a.source.isEmpty() ? AssumptionList::noSource() : a.source;
        text(sheet, row, 4, source, f.wrap);
        fitRow(sheet, row, {{a.label, 48}, {source, 90}});
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 48, nullptr);
    worksheet_set_column(sheet, 1, 1, 16, nullptr);
    worksheet_set_column(sheet, 2, 2, 10, nullptr);
    worksheet_set_column(sheet, 3, 3, 40, nullptr);
    worksheet_set_column(sheet, 4, 4, 90, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    setUpPage(sheet, 0, 0);
}

} // namespace

namespace {

/// Advance width of a character in Calibri (and the metric-compatible Carlito) at 2048
/// units per em, from the font's horizontal metrics: U+0020…U+00FF (U+007F…U+00A0 and
/// U+00AD have no glyph), then a few punctuation marks; anything else counts as a wide
/// capital.
int advance(QChar c)
{
    static constexpr int latin[0x100 - 0x20] = {
         463,  667,  821, 1020, 1038, 1464, 1397,  452,  621,  621, 1020, 1020,  511,  627,  517,  791,
        1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,  548,  548, 1020, 1020, 1020,  949,
        1831, 1185, 1114, 1092, 1260, 1000,  941, 1292, 1276,  516,  653, 1064,  861, 1751, 1322, 1356,
        1058, 1378, 1112,  941,  998, 1314, 1162, 1822, 1063,  998,  959,  628,  791,  628, 1020, 1020,
         596,  981, 1076,  866, 1076, 1019,  625,  964, 1076,  470,  490,  931,  470, 1636, 1076, 1080,
        1076, 1076,  714,  801,  686, 1076,  925, 1464,  887,  927,  809,  644,  943,  644, 1020, 1038,
        1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
        1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038,
        1038,  667, 1020, 1038, 1020, 1038, 1020, 1020,  804, 1709,  824, 1049, 1020, 1038, 1038,  807,
         694, 1020,  688,  685,  598, 1126, 1200,  517,  629,  504,  865, 1049, 1303, 1375, 1383,  949,
        1185, 1185, 1185, 1185, 1185, 1185, 1563, 1092, 1000, 1000, 1000, 1000,  516,  516,  516,  516,
        1279, 1322, 1356, 1356, 1356, 1356, 1356, 1020, 1359, 1314, 1314, 1314, 1314,  998, 1058, 1080,
         981,  981,  981,  981,  981,  981, 1583,  866, 1019, 1019, 1019, 1019,  470,  470,  470,  470,
        1076, 1076, 1080, 1080, 1080, 1080, 1080, 1020, 1084, 1076, 1076, 1076, 1076,  927, 1076,  927,
    };
    static const std::map<char16_t, int> other = {
        {u'–', 1020}, {u'—', 1854}, {u'‘', 511},  {u'’', 511},  {u'“', 857},  {u'”', 857},  {u'…', 1414},
        {u'•', 1020}, {u'≤', 1020}, {u'≥', 1020}, {u'−', 1020}, {u'€', 1038}, {u'→', 1854}, {u'\u202f', 463},
    };
    const char16_t code = c.unicode();
    if (code == 0xA0) // a no-break space is as wide as a space
        return latin[0];
    if (code >= 0x20 && code < 0x100)
        return latin[code - 0x20];
    const auto it = other.find(code);
    return it == other.end() ? 1185 : it->second;
}

} // namespace

int XlsxExporter::wrappedLines(const QString& value, double width, bool bold)
{
    // Calibri 11 at 96 dpi: 14.67 pixels to the em. Excel makes a column `width` wide
    // width × 7 + 5 pixels (7: the digit 0 rounded to whole pixels), less some 5 pixels of
    // cell margin. LibreOffice uses the digit's true width (7.43 pixels in Carlito), so its
    // columns are some 6 % wider: a row fitted for Excel never clips there either, and
    // now and then keeps one spare line. Bold runs some 3 % wider.
    // Glyphs measured 1 % wide, for the spreadsheet's rounding to whole pixels.
    const double pixelsPerUnit = 14.67 / 2048.0 * (bold ? 1.04 : 1.01);
    const double available = std::max(7.0, width * 7.0);
    const double space = advance(QLatin1Char(' ')) * pixelsPerUnit;
    auto measure = [&](const QString& word) {
        double w = 0;
        for (const QChar c : word)
            w += advance(c) * pixelsPerUnit;
        return w;
    };
    int lines = 0;
    for (const QString& paragraph : value.split(QLatin1Char('\n'))) {
        double used = 0;
        int count = 1;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            double length = measure(word);
            if (used > 0 && used + space + length <= available) {
                used += space + length;
                continue;
            }
            if (used > 0)
                ++count;
            while (length > available) { // a word wider than the column breaks inside
                ++count;
                length -= available;
            }
            used = length;
        }
        lines += count;
    }
    return std::max(1, lines);
}

double XlsxExporter::wrappedRowHeight(std::initializer_list<std::pair<QString, double>> cells, bool bold)
{
    int lines = 1;
    for (const auto& [value, width] : cells)
        lines = std::max(lines, wrappedLines(value, width, bold));
    // Excel draws lines of Calibri 11 18 pixels (13.5 points) apart, from the font's
    // Windows ascent and descent (1.22 em); a row that high per line and 2 points of room
    // neither clips nor overprints there. LibreOffice draws Carlito's lines closer (some
    // 11.3 points, its hhea ascent and descent), so it shows some 2 points spare a line.
    return lines > 1 ? 13.5 * lines + 2.0 : 0.0;
}

namespace {

} // namespace

bool XlsxExporter::write(const QString& path, const XlsxContent& content, QString* error)
{
    XlsxFile file(path, error);
    lxw_workbook* book = file.book();
    if (!book)
        return false;
    file.setProperties(QCoreApplication::translate("gevinst::io::XlsxExporter", "Gevinstmodell – %1")
                           .arg(QString::fromStdString(content.result->scenarioName)),
                       content.source.text());
    const Formats formats(book);
    writeKeyFigures(book, formats, content);
    writeYearly(book, formats, content);
    writeLedger(book, formats, content);
    if (content.scenario)
        writeAssumptions(book, formats, content);
    return file.commit();
}

} // namespace gevinst::io
