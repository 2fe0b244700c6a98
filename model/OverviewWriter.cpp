#include "OverviewWriter.h"

#include "CsvExporter.h"
#include "XlsxSheet.h"

#include <QCoreApplication>
#include <QStringList>

#include <xlsxwriter.h>

namespace gevinst::io {

namespace {

/// The figures' column headings (Norwegian), in OverviewFigure order.
QString labelOf(int figure)
{
    static const char* const labels[kOverviewFigureCount] = {
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Bemanningsgap (årsverk)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Gap per 1 000 innbyggere 67+"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Andel av gapet lukket"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Frigjorte årsverk"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi budsjetteffekt (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Netto kostnad per frigjort årsverk (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi kommunen, helse og omsorg (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi kommunen, sosialhjelp (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi kommunen, skatt (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi staten, NAV (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi staten, skatt (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi arbeidstakerne (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi offentlig sektor netto (kr)"),
        QT_TRANSLATE_NOOP("gevinst::io::OverviewWriter", "Nåverdi samfunnet netto (kr)"),
    };
    return QCoreApplication::translate("gevinst::io::OverviewWriter", labels[figure]);
}

/// One line of the table: a unit or a total, in the same shape.
struct Line {
    QString level;
    QString id;
    QString name;
    QString countyId;
    QString countyName;
    double inhabitants = 0;
    int units = 1;
    const OverviewValues* values = nullptr;
    const OverviewPercentiles* drawn = nullptr;
    QString missingKind;
    QString missingDetail;
};

std::vector<Line> linesOf(const Overview& o)
{
    std::vector<Line> lines;
    for (const OverviewRow& r : o.units) {
        Line l;
        l.level = QString::fromStdString(r.unit.level);
        l.id = QString::fromStdString(r.unit.id);
        l.name = QString::fromStdString(r.unit.name);
        l.countyId = QString::fromStdString(r.countyId);
        l.countyName = QString::fromStdString(r.countyName);
        l.inhabitants = r.inhabitants;
        l.values = &r.values;
        l.drawn = r.drawn ? &*r.drawn : nullptr;
        if (r.missing) {
            l.missingKind = QString::fromUtf8(idOf(r.missing->kind).data(), qsizetype(idOf(r.missing->kind).size()));
            l.missingDetail = QString::fromStdString(r.missing->detail);
        }
        lines.push_back(l);
    }
    auto total = [&](const OverviewTotal& t) {
        Line l;
        l.level = QString::fromStdString(t.level);
        l.id = QString::fromStdString(t.id);
        l.name = QString::fromStdString(t.name);
        l.countyId = t.level == "fylke" ? l.id : QString();
        l.countyName = t.level == "fylke" ? l.name : QString();
        l.inhabitants = t.inhabitants;
        l.units = t.units;
        l.values = &t.values;
        l.drawn = t.drawn ? &*t.drawn : nullptr;
        if (t.unitsMissing > 0 || t.unitsFailed > 0)
            l.missingDetail = QCoreApplication::translate("gevinst::io::OverviewWriter", "%1 av %2 enheter med skjermede tall (med i summen med reservetallene), %3 uten tall (utelatt)")
                                  .arg(t.unitsMissing)
                                  .arg(t.units)
                                  .arg(t.unitsFailed);
        lines.push_back(l);
    };
    for (const OverviewTotal& t : o.counties)
        total(t);
    total(o.country);
    if (o.osloBydeler)
        total(*o.osloBydeler);
    return lines;
}

nlohmann::ordered_json valueJson(const std::optional<double>& v)
{
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

void putFigures(nlohmann::ordered_json& j, const OverviewValues& values)
{
    for (int f = 0; f < kOverviewFigureCount; ++f)
        j[std::string(kOverviewFigureIds[std::size_t(f)])] = valueJson(values[std::size_t(f)]);
}

void putDrawn(nlohmann::ordered_json& j, const std::optional<OverviewPercentiles>& drawn, int draws)
{
    if (draws <= 0)
        return;
    static const char* const names[3] = {"p10", "p50", "p90"};
    for (int l = 0; l < 3; ++l) {
        if (!drawn) {
            j[names[l]] = nullptr;
            continue;
        }
        nlohmann::ordered_json p = nlohmann::ordered_json::object();
        putFigures(p, drawn->levels[std::size_t(l)]);
        j[names[l]] = p;
    }
}

nlohmann::ordered_json totalJson(const OverviewTotal& t, int draws)
{
    nlohmann::ordered_json j;
    j["id"] = t.id;
    j["name"] = t.name;
    j["level"] = t.level;
    j["units"] = t.units;
    j["units_missing"] = t.unitsMissing;
    j["units_failed"] = t.unitsFailed;
    j["inhabitants"] = t.inhabitants;
    putFigures(j, t.values);
    putDrawn(j, t.drawn, draws);
    return j;
}

} // namespace

nlohmann::ordered_json OverviewWriter::json(const Overview& o, const OverviewMeta& meta)
{
    nlohmann::ordered_json j;
    j["format"] = kFormat;
    j["year"] = o.year;
    j["package"] = meta.package;
    j["service_area"] = meta.serviceArea;
    j["years"] = {{"start", meta.startYear}, {"end", meta.endYear}};
    j["draws"] = o.draws;
    if (o.draws > 0)
        j["seed"] = o.seed;
    nlohmann::ordered_json units = nlohmann::ordered_json::array();
    for (const OverviewRow& r : o.units) {
        nlohmann::ordered_json u;
        u["id"] = r.unit.id;
        u["name"] = r.unit.name;
        u["level"] = r.unit.level;
        u["parent"] = r.unit.parent ? nlohmann::ordered_json(*r.unit.parent) : nlohmann::ordered_json(nullptr);
        u["county"] = r.countyId;
        u["county_name"] = r.countyName;
        u["inhabitants"] = r.inhabitants;
        putFigures(u, r.values);
        if (r.missing)
            u["missing"] = {{"reason", std::string(idOf(r.missing->kind))}, {"detail", r.missing->detail}};
        else
            u["missing"] = nullptr;
        putDrawn(u, r.drawn, o.draws);
        units.push_back(std::move(u));
    }
    j["units"] = std::move(units);
    nlohmann::ordered_json counties = nlohmann::ordered_json::array();
    for (const OverviewTotal& t : o.counties)
        counties.push_back(totalJson(t, o.draws));
    j["counties"] = std::move(counties);
    j["country"] = nlohmann::ordered_json::array({totalJson(o.country, o.draws)});
    nlohmann::ordered_json rolled = nlohmann::ordered_json::array();
    if (o.osloBydeler)
        rolled.push_back(totalJson(*o.osloBydeler, o.draws));
    j["bydeler_rolled_up"] = std::move(rolled);
    return j;
}

QByteArray OverviewWriter::csv(const Overview& o, const OverviewMeta& meta)
{
    const CsvFormat format;
    auto num = [&](const std::optional<double>& v) { return v ? CsvExporter::number(*v, format) : QString(); };
    QStringList header{QCoreApplication::translate("gevinst::io::OverviewWriter", "Nivå"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Id"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Navn"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Fylke-id"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Fylke"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Innbyggere"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Enheter")};
    for (int f = 0; f < kOverviewFigureCount; ++f)
        header << labelOf(f);
    if (o.draws > 0)
        for (const char* p : {"P10", "P50", "P90"})
            for (int f = 0; f < kOverviewFigureCount; ++f)
                header << QStringLiteral("%1 %2").arg(labelOf(f), QString::fromLatin1(p));
    header << QCoreApplication::translate("gevinst::io::OverviewWriter", "Mangler tall") << QCoreApplication::translate("gevinst::io::OverviewWriter", "Merknad");
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&](const QStringList& cells) { out += cells.join(format.separator).toUtf8() + "\r\n"; };
    // A first line saying what the table is (year, package, draws).
    line({CsvExporter::text(QCoreApplication::translate("gevinst::io::OverviewWriter", "Kommunebildet %1, tiltakspakke: %2, horisont %3–%4%5")
                                .arg(o.year)
                                .arg(QString::fromStdString(meta.package))
                                .arg(meta.startYear)
                                .arg(meta.endYear)
                                .arg(o.draws > 0 ? QCoreApplication::translate("gevinst::io::OverviewWriter", ", %1 trekk per enhet (frø %2)").arg(o.draws).arg(o.seed) : QString()),
                            format)});
    QStringList h;
    for (const QString& c : header)
        h << CsvExporter::text(c, format);
    line(h);
    for (const Line& l : linesOf(o)) {
        QStringList cells{CsvExporter::text(l.level, format), CsvExporter::text(l.id, format), CsvExporter::text(l.name, format),
                          CsvExporter::text(l.countyId, format), CsvExporter::text(l.countyName, format),
                          CsvExporter::number(l.inhabitants, format), QString::number(l.units)};
        for (int f = 0; f < kOverviewFigureCount; ++f)
            cells << num((*l.values)[std::size_t(f)]);
        if (o.draws > 0)
            for (int p = 0; p < 3; ++p)
                for (int f = 0; f < kOverviewFigureCount; ++f)
                    cells << (l.drawn ? num(l.drawn->levels[std::size_t(p)][std::size_t(f)]) : QString());
        cells << CsvExporter::text(l.missingKind, format) << CsvExporter::text(l.missingDetail, format);
        line(cells);
    }
    return out;
}

bool OverviewWriter::xlsx(const QString& path, const Overview& o, const OverviewMeta& meta, QString* error)
{
    XlsxFile file(path, error);
    lxw_workbook* book = file.book();
    if (!book)
        return false;
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* nok = workbook_add_format(book);
    format_set_num_format(nok, "#,##0\" kr\"");
    lxw_format* share = workbook_add_format(book);
    format_set_num_format(share, "0.0%");
    lxw_format* fte = workbook_add_format(book);
    format_set_num_format(fte, "#,##0.0");
    lxw_format* persons = workbook_add_format(book);
    format_set_num_format(persons, "#,##0");
    auto formatOf = [&](int f) {
        switch (static_cast<OverviewFigure>(f)) {
        case OverviewFigure::GapClosedShare: return share;
        case OverviewFigure::GapFte:
        case OverviewFigure::FreedFte:
        case OverviewFigure::GapPer1000Aged67Plus: return fte;
        default: return nok;
        }
    };
    lxw_worksheet* sheet = workbook_add_worksheet(book, QCoreApplication::translate("gevinst::io::OverviewWriter", "Kommunebildet").toUtf8().constData());
    const QByteArray title = QCoreApplication::translate("gevinst::io::OverviewWriter", "Kommunebildet %1 – tiltakspakke: %2, horisont %3–%4")
                                 .arg(o.year)
                                 .arg(QString::fromStdString(meta.package))
                                 .arg(meta.startYear)
                                 .arg(meta.endYear)
                                 .toUtf8();
    worksheet_write_string(sheet, 0, 0, title.constData(), bold);
    if (o.draws > 0)
        worksheet_write_string(sheet, 1, 0, QCoreApplication::translate("gevinst::io::OverviewWriter", "%1 trekk per enhet (frø %2); P10–P90 i egne kolonner").arg(o.draws).arg(o.seed).toUtf8().constData(),
                               nullptr);
    QStringList header{QCoreApplication::translate("gevinst::io::OverviewWriter", "Nivå"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Id"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Navn"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Fylke-id"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Fylke"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Innbyggere"), QCoreApplication::translate("gevinst::io::OverviewWriter", "Enheter")};
    for (int f = 0; f < kOverviewFigureCount; ++f)
        header << labelOf(f);
    if (o.draws > 0)
        for (const char* p : {"P10", "P50", "P90"})
            for (int f = 0; f < kOverviewFigureCount; ++f)
                header << QStringLiteral("%1 %2").arg(labelOf(f), QString::fromLatin1(p));
    header << QCoreApplication::translate("gevinst::io::OverviewWriter", "Mangler tall") << QCoreApplication::translate("gevinst::io::OverviewWriter", "Merknad");
    const lxw_row_t headerRow = 3;
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c), header[c].toUtf8().constData(), bold);
    worksheet_freeze_panes(sheet, headerRow + 1, 3);
    lxw_row_t row = headerRow + 1;
    auto text = [&](lxw_col_t c, const QString& s) {
        if (!s.isEmpty())
            worksheet_write_string(sheet, row, c, s.toUtf8().constData(), nullptr);
    };
    for (const Line& l : linesOf(o)) {
        lxw_col_t c = 0;
        text(c++, l.level);
        text(c++, l.id);
        text(c++, l.name);
        text(c++, l.countyId);
        text(c++, l.countyName);
        worksheet_write_number(sheet, row, c++, l.inhabitants, persons);
        worksheet_write_number(sheet, row, c++, l.units, nullptr);
        for (int f = 0; f < kOverviewFigureCount; ++f, ++c)
            if (const auto& v = (*l.values)[std::size_t(f)])
                worksheet_write_number(sheet, row, c, *v, formatOf(f));
        if (o.draws > 0)
            for (int p = 0; p < 3; ++p)
                for (int f = 0; f < kOverviewFigureCount; ++f, ++c)
                    if (l.drawn)
                        if (const auto& v = l.drawn->levels[std::size_t(p)][std::size_t(f)])
                            worksheet_write_number(sheet, row, c, *v, formatOf(f));
        text(c++, l.missingKind);
        text(c++, l.missingDetail);
        ++row;
    }
    worksheet_set_column(sheet, 2, 2, 22, nullptr);
    worksheet_set_column(sheet, 7, lxw_col_t(header.size() - 3), 14, nullptr);

    return file.commit();
}

} // namespace gevinst::io
