#include "ActualsFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>
#include <cstring>
#include <map>

namespace gevinst::plan {

namespace {

const QStringList kColumns{QStringLiteral("gevinst"), QStringLiteral("periode"), QStringLiteral("verdi"), QStringLiteral("kilde"),
                           QStringLiteral("kommentar")};

ActualsFileError fileError(const QString& message, int line = 0, const QString& column = {})
{
    return ActualsFileError{message, line, column};
}

/// The column index of each name in a header row; an error names a missing or unknown column.
std::variant<std::map<QString, int>, ActualsFileError> headerColumns(const QStringList& header)
{
    std::map<QString, int> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (!kColumns.contains(name))
            return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "ukjent kolonne «%1» i overskriften; ventet gevinst;periode;verdi;kilde;kommentar")
                                 .arg(header[i].trimmed()),
                             1, header[i].trimmed());
        if (columns.count(name))
            return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "kolonnen «%1» står to ganger i overskriften").arg(name), 1, name);
        columns[name] = i;
    }
    for (const char* required : {"gevinst", "periode", "verdi"})
        if (!columns.count(QString::fromLatin1(required)))
            return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "overskriften har ingen kolonne «%1»; ventet gevinst;periode;verdi;kilde;kommentar")
                                 .arg(QLatin1String(required)),
                             1, QString::fromLatin1(required));
    return columns;
}

/// One data row (cells by column index) → an actual, or the error naming line and column.
std::variant<ActualInput, ActualsFileError> rowToActual(const QStringList& cells, const std::map<QString, int>& columns, int line)
{
    auto cell = [&](const char* name) {
        const auto it = columns.find(QString::fromLatin1(name));
        if (it == columns.end() || it->second >= cells.size())
            return QString();
        return cells[it->second].trimmed();
    };
    ActualInput row;
    row.line = line;
    row.benefitKey = cell("gevinst");
    if (row.benefitKey.isEmpty())
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "gevinstnøkkelen er tom"), line, QStringLiteral("gevinst"));
    const QString periodText = cell("periode");
    const auto period = Period::parse(periodText);
    if (!period)
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "«%1» er ikke en periode; skriv et år (2026) eller et tertial (2026-T1)").arg(periodText), line,
                         QStringLiteral("periode"));
    row.period = *period;
    const QString valueText = cell("verdi");
    const auto value = ActualsFile::parseNumber(valueText);
    if (!value)
        return fileError(valueText.isEmpty() ? QCoreApplication::translate("gevinst::plan::PlanError", "verdien er tom")
                                             : QCoreApplication::translate("gevinst::plan::PlanError", "«%1» er ikke et tall (desimalkomma eller -punktum, uten enhet)").arg(valueText),
                         line, QStringLiteral("verdi"));
    row.value = *value;
    row.source = cell("kilde");
    row.comment = cell("kommentar");
    return row;
}

/// Splits one CSV line at ';', honouring double quotes ("a;b" and "" inside quotes).
QStringList splitCsvLine(const QString& line)
{
    QStringList cells;
    QString current;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            cells << current;
            current.clear();
        } else {
            current += c;
        }
    }
    cells << current;
    return cells;
}

ActualsRead readRows(const std::vector<std::pair<int, QStringList>>& rows)
{
    if (rows.empty())
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "filen er tom; ventet overskriften gevinst;periode;verdi;kilde;kommentar"), 1);
    auto header = headerColumns(rows.front().second);
    if (auto* e = std::get_if<ActualsFileError>(&header)) {
        e->line = rows.front().first;
        return *e;
    }
    const auto& columns = std::get<std::map<QString, int>>(header);
    std::vector<ActualInput> out;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& [line, cells] = rows[i];
        bool blank = true;
        for (const auto& c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        auto row = rowToActual(cells, columns, line);
        if (auto* e = std::get_if<ActualsFileError>(&row))
            return *e;
        out.push_back(std::get<ActualInput>(std::move(row)));
    }
    if (out.empty())
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "filen har en overskrift, men ingen rader"), 2);
    return out;
}

// --- XLSX: a zip of XML parts, read from memory ------------------------------------------

struct MemoryZip {
    const QByteArray* bytes = nullptr;
    qint64 position = 0;
};

voidpf ZCALLBACK zipOpen(voidpf opaque, const void*, int)
{
    static_cast<MemoryZip*>(opaque)->position = 0;
    return opaque;
}
uLong ZCALLBACK zipRead(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* zip = static_cast<MemoryZip*>(stream);
    const qint64 left = zip->bytes->size() - zip->position;
    const qint64 n = std::min<qint64>(qint64(size), std::max<qint64>(left, 0));
    if (n > 0)
        std::memcpy(buffer, zip->bytes->constData() + zip->position, std::size_t(n));
    zip->position += n;
    return uLong(n);
}
uLong ZCALLBACK zipWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T ZCALLBACK zipTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryZip*>(stream)->position);
}
long ZCALLBACK zipSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* zip = static_cast<MemoryZip*>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = zip->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = zip->bytes->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > zip->bytes->size())
        return -1;
    zip->position = target;
    return 0;
}
int ZCALLBACK zipClose(voidpf, voidpf)
{
    return 0;
}
int ZCALLBACK zipError(voidpf, voidpf)
{
    return 0;
}

/// The parts of an XLSX file the reader needs, by name.
class XlsxPackage {
public:
    explicit XlsxPackage(const QByteArray& bytes) : m_memory{&bytes, 0}
    {
        zlib_filefunc64_def functions{zipOpen, zipRead, zipWrite, zipTell, zipSeek, zipClose, zipError, &m_memory};
        m_zip = unzOpen2_64("memory", &functions);
    }
    ~XlsxPackage()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;
    bool isOpen() const { return m_zip != nullptr; }

    /// The part's bytes, or nullopt when missing or damaged (parts over maxBytes refused).
    std::optional<QByteArray> part(const QString& name)
    {
        if (!m_zip || unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.uncompressed_size > ZPOS64_T(ActualsFile::maxBytes * 4))
            return std::nullopt;
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray out;
        out.resize(qsizetype(info.uncompressed_size));
        const int read = out.isEmpty() ? 0 : unzReadCurrentFile(m_zip, out.data(), unsigned(out.size()));
        const int closed = unzCloseCurrentFile(m_zip);
        if (read != out.size() || closed != UNZ_OK)
            return std::nullopt;
        return out;
    }

private:
    MemoryZip m_memory;
    unzFile m_zip = nullptr;
};

/// "AB12" → column index 27 (0-based), or -1.
int columnOfReference(const QString& reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : column - 1;
}

QString resolveTarget(const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

/// The first sheet's part name ("xl/worksheets/sheet1.xml"), from workbook.xml and its relations.
QString firstSheetPart(XlsxPackage& package)
{
    const auto workbook = package.part(QStringLiteral("xl/workbook.xml"));
    const auto relations = package.part(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !relations)
        return QStringLiteral("xl/worksheets/sheet1.xml");
    QString relationId;
    QXmlStreamReader wb(*workbook);
    while (!wb.atEnd() && relationId.isEmpty())
        if (wb.readNext() == QXmlStreamReader::StartElement && wb.name() == QLatin1String("sheet"))
            for (const auto& a : wb.attributes())
                if (a.name() == QLatin1String("id"))
                    relationId = a.value().toString();
    QXmlStreamReader rel(*relations);
    while (!rel.atEnd())
        if (rel.readNext() == QXmlStreamReader::StartElement && rel.name() == QLatin1String("Relationship") &&
            rel.attributes().value(QLatin1String("Id")) == relationId)
            return resolveTarget(rel.attributes().value(QLatin1String("Target")).toString());
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

std::vector<QString> sharedStrings(XlsxPackage& package)
{
    std::vector<QString> out;
    const auto bytes = package.part(QStringLiteral("xl/sharedStrings.xml"));
    if (!bytes)
        return out;
    QXmlStreamReader xml(*bytes);
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (token == QXmlStreamReader::StartElement && inItem && xml.name() == QLatin1String("t")) {
            current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("si")) {
            out.push_back(current);
            inItem = false;
        }
    }
    return out;
}

/// A number as XLSX stores it ("2026", "0.5", "1.5E-3") shown as plain text that parseNumber and Period::parse read.
QString numberCellText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 17);
}

} // namespace

std::optional<double> ActualsFile::parseNumber(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    t.remove(QLatin1Char(' '));
    t.replace(QChar(0x2212), QLatin1Char('-')); // typographic minus
    if (t.isEmpty())
        return std::nullopt;
    if (t.count(QLatin1Char(',')) + t.count(QLatin1Char('.')) > 1)
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

ActualsRead ActualsFile::readCsv(const QByteArray& bytes)
{
    if (bytes.size() > maxBytes)
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "filen er større enn 16 MB"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "filen er ikke UTF-8-tekst (lagre den som CSV UTF-8)"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<std::pair<int, QStringList>> rows;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == lines.size() - 1 && line.isEmpty())
            break;
        rows.emplace_back(i + 1, splitCsvLine(line));
    }
    return readRows(rows);
}

ActualsRead ActualsFile::readXlsx(const QByteArray& bytes)
{
    if (bytes.size() > maxBytes)
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "filen er større enn 16 MB"));
    XlsxPackage package(bytes);
    if (!package.isOpen())
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "ikke en XLSX-arbeidsbok (den kan ikke åpnes som en zip-pakke)"));
    const QString sheetName = firstSheetPart(package);
    const auto sheet = package.part(sheetName);
    if (!sheet)
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "arbeidsboken har ikke et første ark som kan leses (%1)").arg(sheetName));
    const auto strings = sharedStrings(package);

    std::vector<std::pair<int, QStringList>> rows;
    QXmlStreamReader xml(*sheet);
    int rowNumber = 0;
    QStringList cells;
    int column = -1;
    QString cellType;
    bool inRow = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("row")) {
                bool ok = false;
                const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
                rowNumber = ok ? r : rowNumber + 1;
                cells.clear();
                column = -1;
                inRow = true;
            } else if (inRow && xml.name() == QLatin1String("c")) {
                const int c = columnOfReference(xml.attributes().value(QLatin1String("r")).toString());
                column = c >= 0 ? c : column + 1;
                cellType = xml.attributes().value(QLatin1String("t")).toString();
                while (cells.size() <= column && column < 64)
                    cells << QString();
            } else if (inRow && column >= 0 && column < 64 && xml.name() == QLatin1String("v")) {
                const QString raw = xml.readElementText();
                if (cellType == QLatin1String("s")) {
                    bool ok = false;
                    const int index = raw.toInt(&ok);
                    cells[column] = ok && index >= 0 && std::size_t(index) < strings.size() ? strings[std::size_t(index)] : QString();
                } else if (cellType == QLatin1String("str") || cellType == QLatin1String("b") || cellType == QLatin1String("e")) {
                    cells[column] = raw;
                } else {
                    cells[column] = numberCellText(raw);
                }
            } else if (inRow && column >= 0 && column < 64 && xml.name() == QLatin1String("t") &&
                       cellType == QLatin1String("inlineStr")) {
                cells[column] += xml.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
            rows.emplace_back(rowNumber, cells);
            inRow = false;
        }
    }
    if (xml.hasError())
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "det første arket er ikke lesbar XML: %1").arg(xml.errorString()));
    return readRows(rows);
}

ActualsRead ActualsFile::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "kan ikke lese %1: %2").arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return fileError(QCoreApplication::translate("gevinst::plan::PlanError", "filen er større enn 16 MB"));
    const QByteArray bytes = file.readAll();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return readXlsx(bytes);
    return readCsv(bytes);
}

} // namespace gevinst::plan
