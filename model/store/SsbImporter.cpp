#include "SsbImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <QBuffer>

#include <algorithm>
#include <bitset>
#include <map>
#include <set>

namespace gevinst::store {

namespace {

constexpr qint64 kMaxImportBytes = 64LL * 1024 * 1024;
/// Most persons one figure may hold (one unit, year and age or band). Far above any
/// real figure, low enough that sums of them stay inside qint64 and that a double
/// from JSON converts to qint64 without undefined behaviour (found by fuzz_ssb_jsonstat).
constexpr qint64 kMaxPersons = 100'000'000;
const QString kAttribution = QStringLiteral("Kilde: Statistisk sentralbyrå");
/// Most figures (cells) one JSON-stat2 import may hold, and most unit × year rows one
/// import may produce: far above a whole statbank table of every kommune and bydel for
/// decades, low enough that an import stays within a few hundred megabytes.
constexpr qint64 kMaxImportCells = 5'000'000;
constexpr qint64 kMaxImportRecords = 200'000;

StoreError importError(const QString& file, int line, const QString& field, const QString& message)
{
    return StoreError{StoreError::Kind::InvalidInput, message, file, line, field};
}

/// UTF-8 when the bytes are valid UTF-8, else Latin-1 (the statbank's CSV default).
QString decodeText(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(data);
}

QStringList splitLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    return lines;
}

class LineReader;
StoreResult<PopulationTable> readCsv(QIODevice& device, const QString& label);
StoreResult<PopulationTable> readStatbankLines(LineReader& reader, const QString& label);
StoreResult<PopulationTable> readAgeBandLines(LineReader& reader, const QString& label);

/// A text file's lines, read one at a time (a statbank export can be tens of megabytes):
/// UTF-8 when the whole file is valid UTF-8, else Latin-1 (the statbank's CSV default);
/// UTF-16 with or without a byte order mark (Excel's «Unicode text») is decoded whole.
class LineReader {
public:
    enum class Encoding { Utf8, Latin1, Utf16LE, Utf16BE };

    /// `device` open for reading at its start.
    explicit LineReader(QIODevice& device) : m_device(device)
    {
        const QByteArray head = device.peek(4);
        const auto at = [&](int i) { return i < head.size() ? head[i] : char(1); };
        if (head.startsWith("\xFF\xFE") || (at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0))
            m_encoding = Encoding::Utf16LE;
        else if (head.startsWith("\xFE\xFF") || (at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0))
            m_encoding = Encoding::Utf16BE;
        else
            m_encoding = isUtf8(device) ? Encoding::Utf8 : Encoding::Latin1;
        if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
            QStringDecoder decoder(m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                                   QStringDecoder::Flag::Stateless);
            const QByteArray bytes = device.readAll();
            m_text = decoder.decode(bytes);
            m_utf16Valid = !decoder.hasError() && bytes.size() % 2 == 0;
            if (m_text.startsWith(QChar(0xFEFF)))
                m_position = 1;
        } else if (device.peek(3) == "\xEF\xBB\xBF") {
            device.read(3);
        }
    }

    Encoding encoding() const { return m_encoding; }
    /// False for UTF-16 that does not decode (an odd number of bytes, lone surrogates).
    bool valid() const { return m_utf16Valid; }
    /// "UTF-16 (little-endian)" and the like, for messages.
    QString encodingName() const
    {
        switch (m_encoding) {
        case Encoding::Utf8: return QStringLiteral("UTF-8");
        case Encoding::Latin1: return QStringLiteral("Latin-1");
        case Encoding::Utf16LE: return QCoreApplication::translate("gevinst::store::StoreError", "UTF-16 (little-endian, Excels «Unicode-tekst»)");
        case Encoding::Utf16BE: return QStringLiteral("UTF-16 (big-endian)");
        }
        return {};
    }

    /// The next line without its line break; false at the end.
    bool next(QString& line)
    {
        if (m_pushedBack) {
            m_pushedBack = false;
            line = m_back;
            ++m_lineNumber;
            return true;
        }
        if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
            if (m_position >= m_text.size())
                return false;
            qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_position);
            if (end < 0)
                end = m_text.size();
            line = m_text.mid(m_position, end - m_position);
            m_position = end + 1;
        } else {
            if (m_device.atEnd())
                return false;
            const QByteArray bytes = m_device.readLine();
            if (bytes.isEmpty() && m_device.atEnd())
                return false;
            QByteArrayView view(bytes);
            if (view.endsWith('\n'))
                view.chop(1);
            line = m_encoding == Encoding::Utf8 ? QString::fromUtf8(view) : QString::fromLatin1(view);
        }
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        m_back = line;
        ++m_lineNumber;
        return true;
    }
    /// Gives the line next() returned last back, to be returned again.
    void pushBack()
    {
        m_pushedBack = true;
        --m_lineNumber;
    }
    /// 1-based number of the line next() returned last.
    int lineNumber() const { return m_lineNumber; }

private:
    /// Checks the whole device for valid UTF-8 in chunks, then goes back to where it was.
    static bool isUtf8(QIODevice& device)
    {
        const qint64 start = device.pos();
        QStringDecoder utf8(QStringDecoder::Utf8);
        bool ok = true;
        while (ok && !device.atEnd()) {
            const QByteArray chunk = device.read(1 << 20);
            if (chunk.isEmpty())
                break;
            (void)utf8.decode(chunk);
            ok = !utf8.hasError();
        }
        device.seek(start);
        return ok;
    }

    QIODevice& m_device;
    Encoding m_encoding = Encoding::Utf8;
    QString m_text;          // UTF-16 only: the whole text
    qsizetype m_position = 0;
    bool m_utf16Valid = true;
    QString m_back;
    bool m_pushedBack = false;
    int m_lineNumber = 0;
};

/// Splits one CSV line on `separator`, honouring double quotes ("" inside quotes is a quote).
/// Returns false for an unterminated quote.
bool splitCsvLine(const QString& line, QChar separator, QStringList& fields)
{
    fields.clear();
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
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
            wasQuoted = true;
        } else if (c == separator) {
            fields << (wasQuoted ? current : current.trimmed());
            current.clear();
            wasQuoted = false;
        } else {
            current += c;
        }
    }
    if (quoted)
        return false;
    fields << (wasQuoted ? current : current.trimmed());
    return true;
}

/// What a region text or code stands for.
struct RegionRef {
    enum Kind { Skip, Kommune, Bydel } kind = Skip;
    QString id;
};

/// "K-3207 Nordre Follo", "3207", "K-3207" → kommune 3207; "030112a Alna", "030112a",
/// "030112" (JSON-stat code) → Oslo bydel 030112; anything else (counties, "Rest",
/// totals, districts of other cities, districts of 1988–2003) → Skip.
RegionRef parseRegion(const QString& text, bool codeOnly)
{
    static const QRegularExpression kommune(QStringLiteral("^(?:K-)?(\\d{4})(?:\\s|$)"));
    static const QRegularExpression bydel(QStringLiteral("^(\\d{6})([a-z]*)(?:\\s|$)"));
    const QString t = text.trimmed();
    if (const auto m = kommune.match(t); m.hasMatch())
        return {RegionRef::Kommune, m.captured(1)};
    if (const auto m = bydel.match(t); m.hasMatch()) {
        const QString code = m.captured(1);
        const QString suffix = m.captured(2);
        // Statbank text exports mark today's districts with "a"; codes without it are 1988–2003.
        const bool current = suffix == QLatin1String("a") || (codeOnly && suffix.isEmpty());
        const int district = code.mid(4).toInt();
        if (current && code.startsWith(QLatin1String("0301")) && district >= 1 && district <= 15)
            return {RegionRef::Bydel, code};
    }
    return {};
}

bool isTotalCategory(const QString& code, const QString& label)
{
    const QString l = label.toLower();
    return code == QLatin1String("999") || code.compare(QLatin1String("TOT"), Qt::CaseInsensitive) == 0 ||
           l.contains(QLatin1String("i alt")) || l.contains(QLatin1String("total")) ||
           l.contains(QLatin1String("alle aldre")) || l.contains(QLatin1String("all ages"));
}

/// Sums single ages into bands and checks that every region × year has every age once.
class BandAccumulator {
public:
    explicit BandAccumulator(QString label) : m_label(std::move(label)) {}

    /// Adds one age's persons; a second figure for the same region, year and age is an error.
    std::optional<StoreError> add(const QString& unitId, int year, int age, qint64 persons, int line, const QString& field)
    {
        auto found = m_cells.find({unitId, year});
        if (found == m_cells.end()) {
            if (qint64(m_cells.size()) >= kMaxImportRecords)
                return importError(m_label, line, field,
                                   QCoreApplication::translate("gevinst::store::StoreError", "mer enn %1 tall for enhet × år; én import kan ha høyst %1 (importer færre år eller regioner om gangen)")
                                       .arg(kMaxImportRecords));
            found = m_cells.emplace(std::pair{unitId, year}, Cell{}).first;
        }
        Cell& cell = found->second;
        if (age < 0 || age >= kAges || cell.ages.test(size_t(age)))
            return importError(m_label, line, field,
                               QCoreApplication::translate("gevinst::store::StoreError", "et tall til for %1, %2, alder %3 (hver alder skal stå én gang)").arg(unitId).arg(year).arg(age));
        cell.ages.set(size_t(age));
        cell.oldest = std::max(cell.oldest, age);
        cell.persons[ageBandOfAge(age)] += persons;
        return std::nullopt;
    }

    /// Every region × year must hold ages 0…N with the same N (the oldest, "N or older").
    StoreResult<PopulationTable> finish(const QString& source) const
    {
        if (m_cells.empty())
            return importError(m_label, 0, QString(),
                               QCoreApplication::translate("gevinst::store::StoreError", "fant ingen tall for noen kommune eller bydel i Oslo"));
        int oldest = 0;
        for (const auto& [key, cell] : m_cells)
            oldest = std::max(oldest, cell.oldest);
        if (oldest < 80)
            return importError(m_label, 0, QStringLiteral("age"),
                               QCoreApplication::translate("gevinst::store::StoreError", "den høyeste alderen er %1; trenger ettårige aldre opp til 80 eller mer").arg(oldest));
        PopulationTable table;
        table.sourceFile = m_label;
        table.source = source;
        for (const auto& [key, cell] : m_cells) {
            for (int age = 0; age <= oldest; ++age)
                if (!cell.ages.test(size_t(age)))
                    return importError(m_label, 0, QStringLiteral("age"),
                                       QCoreApplication::translate("gevinst::store::StoreError", "%1, %2: mangler tall for alder %3 (filen er ufullstendig)")
                                           .arg(key.first)
                                           .arg(key.second)
                                           .arg(age));
            AgeBandPopulation p;
            p.unitId = key.first;
            p.year = key.second;
            p.persons = cell.persons;
            p.source = source;
            table.records.push_back(p);
        }
        return table;
    }

private:
    static constexpr int kAges = 1000; // parseAge reads at most three digits
    struct Cell {
        std::bitset<kAges> ages; // which single ages have a figure
        int oldest = 0;
        std::array<qint64, 4> persons{};
    };
    QString m_label;
    std::map<std::pair<QString, int>, Cell> m_cells;
};

/// Reads a whole non-negative count; "..", ".", ":" and the like (SSB's missing markers) fail.
std::optional<qint64> parseCount(const QString& text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 0 || v > kMaxPersons)
        return std::nullopt;
    return v;
}

QString tableSource(const QString& table, const QString& label)
{
    const QString name = QFileInfo(label).fileName();
    return table.isEmpty() ? QStringLiteral("SSB, importert fra %1 (%2)").arg(name, kAttribution)
                           : QStringLiteral("SSB tabell %1, importert fra %2 (%3)").arg(table, name, kAttribution);
}

/// Table number from a title like "07459: Population, by region…" or a JSON-stat label.
QString tableNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*\"?(\\d{5})\\s*:"));
    const auto m = number.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

int SsbImporter::parseAge(const QString& text)
{
    static const QRegularExpression age(QStringLiteral("^\\s*(\\d{1,3})\\s*(\\+|years?(\\s+or\\s+older)?|år(\\s+eller\\s+eldre)?)?\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = age.match(text);
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toInt();
}

CleanName SsbImporter::cleanName(const QString& raw)
{
    const QString trimmed = raw.trimmed();
    if (trimmed == QLatin1String("bergen_norhus"))
        return {QStringLiteral("Bergenhus"), {}};
    // The Norwegian form of every unit SSB names with parallel Sami or Kven forms.
    static const QSet<QString> norwegianForms{
        QStringLiteral("Oslo"),       QStringLiteral("Fauske"),     QStringLiteral("Sortland"),
        QStringLiteral("Snåsa"),      QStringLiteral("Røyrvik"),    QStringLiteral("Lavangen"),
        QStringLiteral("Storfjord"),  QStringLiteral("Kåfjord"),    QStringLiteral("Karasjok"),
        QStringLiteral("Kautokeino"), QStringLiteral("Porsanger"),  QStringLiteral("Tana"),
        QStringLiteral("Nesseby"),    QStringLiteral("Finnmark"),   QStringLiteral("Innlandet"),
        QStringLiteral("Nordland"),   QStringLiteral("Troms"),      QStringLiteral("Trøndelag"),
        QStringLiteral("Hattfjelldal"), QStringLiteral("Rana"),     QStringLiteral("Sørfold"),
        QStringLiteral("Evenes"),     QStringLiteral("Hamarøy"),    QStringLiteral("Trondheim"),
        QStringLiteral("Namsos"),     QStringLiteral("Røros"),      QStringLiteral("Levanger"),
        QStringLiteral("Harstad"),    QStringLiteral("Tjeldsund"),  QStringLiteral("Gratangen"),
        QStringLiteral("Nordreisa"),  QStringLiteral("Hammerfest"),
    };
    QStringList parts = trimmed.split(QLatin1Char('-'));
    for (QString& p : parts)
        p = p.trimmed();
    if (parts.size() < 2)
        return {trimmed, {}};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (norwegianForms.contains(parts[i])) {
            QStringList others = parts;
            others.removeAt(i);
            return {parts[i], others.join(QLatin1Char('-'))};
        }
    }
    // Hyphenated Norwegian names (Aurskog-Høland, Nord-Odal) stay whole.
    return {trimmed, {}};
}

StoreResult<PopulationTable> SsbImporter::readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return StoreError{StoreError::Kind::NotFound, QCoreApplication::translate("gevinst::store::StoreError", "filen finnes ikke"), path, 0, {}};
    if (!QFileInfo(path).isFile())
        return StoreError{StoreError::Kind::Io, QCoreApplication::translate("gevinst::store::StoreError", "ikke en vanlig fil (en mappe, en enhet eller et navngitt rør)"), path, 0, {}};
    if (file.size() > kMaxImportBytes)
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError", "filen er større enn %1 MB").arg(kMaxImportBytes / 1024 / 1024), path, 0, {}};
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Io, file.errorString(), path, 0, {}};
    const QByteArray start = file.peek(64).trimmed();
    if (start.startsWith('{') || start.startsWith("\xEF\xBB\xBF{"))
        return readJsonStat2(file.readAll(), path);
    // CSV is streamed line by line: memory grows with the figures, not with the file.
    return readCsv(file, path);
}

StoreResult<PopulationTable> SsbImporter::readStatbankCsv(const QByteArray& bytes, const QString& label)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(buffer);
    if (!reader.valid())
        return importError(label, 0, {}, QCoreApplication::translate("gevinst::store::StoreError", "filen ser ut som %1, men kan ikke leses slik").arg(reader.encodingName()));
    return readStatbankLines(reader, label);
}

StoreResult<PopulationTable> SsbImporter::readJsonStat2(const QByteArray& bytes, const QString& label)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(std::count(bytes.begin(), bytes.begin() + std::min<qsizetype>(parseError.offset, bytes.size()), '\n')) + 1;
        return importError(label, line, {}, QCoreApplication::translate("gevinst::store::StoreError", "ikke JSON: %1").arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("class")).toString() != QLatin1String("dataset"))
        return importError(label, 0, QStringLiteral("class"), QCoreApplication::translate("gevinst::store::StoreError", "ikke et JSON-stat2-datasett (class må være \"dataset\")"));
    const QJsonArray ids = root.value(QLatin1String("id")).toArray();
    const QJsonArray sizes = root.value(QLatin1String("size")).toArray();
    const QJsonObject dimensions = root.value(QLatin1String("dimension")).toObject();
    if (ids.isEmpty() || ids.size() != sizes.size())
        return importError(label, 0, QStringLiteral("id/size"), QCoreApplication::translate("gevinst::store::StoreError", "\"id\" og \"size\" må være lister like lange"));

    const QJsonObject role = root.value(QLatin1String("role")).toObject();
    auto roleOf = [&](const char* name) {
        const QJsonArray a = role.value(QLatin1String(name)).toArray();
        return a.isEmpty() ? QString() : a.first().toString();
    };
    QString regionDim = roleOf("geo");
    QString timeDim = roleOf("time");
    QString ageDim;
    for (const auto& idValue : ids) {
        const QString id = idValue.toString();
        const QString l = id.toLower();
        if (regionDim.isEmpty() && (l == QLatin1String("region") || l == QLatin1String("geo")))
            regionDim = id;
        if (timeDim.isEmpty() && (l == QLatin1String("tid") || l == QLatin1String("time") || l == QLatin1String("year")))
            timeDim = id;
        if (l == QLatin1String("alder") || l == QLatin1String("age"))
            ageDim = id;
    }
    if (regionDim.isEmpty() || timeDim.isEmpty() || ageDim.isEmpty())
        return importError(label, 0, QStringLiteral("id"),
                           QCoreApplication::translate("gevinst::store::StoreError", "trenger dimensjoner for region (\"Region\"), alder (\"Alder\") og tid (\"Tid\")"));

    struct Category {
        QString code;
        QString label;
    };
    const int dimCount = int(ids.size());
    std::vector<std::vector<Category>> categories(dimCount);
    std::vector<qint64> strides(dimCount, 1);
    qint64 cells = 1;
    for (int d = dimCount - 1; d >= 0; --d) {
        const QString id = ids[d].toString();
        const int size = sizes[d].toInt(-1);
        const QString path = QStringLiteral("dimension.%1.category").arg(id);
        if (size < 1)
            return importError(label, 0, QStringLiteral("size[%1]").arg(d), QCoreApplication::translate("gevinst::store::StoreError", "må være et positivt heltall"));
        const QJsonObject category = dimensions.value(id).toObject().value(QLatin1String("category")).toObject();
        const QJsonValue index = category.value(QLatin1String("index"));
        const QJsonObject labels = category.value(QLatin1String("label")).toObject();
        // Before anything is allocated: the declared size must match the categories the file
        // really lists (a tiny file may declare millions), and the figures must fit one import.
        const qint64 listed = index.isObject() ? index.toObject().size() : index.isArray() ? index.toArray().size() : labels.size();
        if (size > listed)
            return importError(label, 0, QStringLiteral("size[%1]").arg(d),
                               QCoreApplication::translate("gevinst::store::StoreError", "oppgir %1 kategorier for \"%2\", men %3 har bare %4")
                                   .arg(size)
                                   .arg(id, path + (index.isUndefined() ? QStringLiteral(".label") : QStringLiteral(".index")))
                                   .arg(listed));
        if (cells * size > kMaxImportCells)
            return importError(label, 0, QStringLiteral("size"),
                               QCoreApplication::translate("gevinst::store::StoreError", "datasettet har %1 tall eller flere; én import kan ha høyst %2 (velg færre regioner, aldre eller år i statistikkbanken og importer dem etter tur)")
                                   .arg(cells * size)
                                   .arg(kMaxImportCells));
        std::vector<Category> cats(size);
        if (index.isObject()) {
            const QJsonObject o = index.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const int pos = it.value().toInt(-1);
                if (pos < 0 || pos >= size)
                    return importError(label, 0, path + QStringLiteral(".index.") + it.key(), QCoreApplication::translate("gevinst::store::StoreError", "posisjon utenfor 0…%1").arg(size - 1));
                cats[pos].code = it.key();
            }
        } else if (index.isArray()) {
            const QJsonArray a = index.toArray();
            for (int i = 0; i < a.size() && i < size; ++i)
                cats[i].code = a[i].toString();
        } else if (size == 1 && labels.size() == 1) {
            cats[0].code = labels.begin().key();
        } else {
            return importError(label, 0, path + QStringLiteral(".index"), QCoreApplication::translate("gevinst::store::StoreError", "mangler"));
        }
        for (int i = 0; i < size; ++i) {
            if (cats[i].code.isEmpty())
                return importError(label, 0, path + QStringLiteral(".index"), QCoreApplication::translate("gevinst::store::StoreError", "posisjon %1 har ingen kategori").arg(i));
            cats[i].label = labels.value(cats[i].code).toString(cats[i].code);
        }
        if (id != regionDim && id != timeDim && id != ageDim && size > 1)
            return importError(label, 0, QStringLiteral("dimension.%1").arg(id),
                               QCoreApplication::translate("gevinst::store::StoreError", "har %1 kategorier; velg nøyaktig én (for eksempel én ContentsCode, begge kjønn samlet)").arg(size));
        categories[d] = std::move(cats);
        strides[d] = cells;
        cells *= size;
    }

    const QJsonValue values = root.value(QLatin1String("value"));
    auto valueAt = [&](qint64 i) -> QJsonValue {
        if (values.isArray())
            return values.toArray().at(i);
        return values.toObject().value(QString::number(i));
    };
    if (values.isArray() && values.toArray().size() != cells)
        return importError(label, 0, QStringLiteral("value"),
                           QCoreApplication::translate("gevinst::store::StoreError", "har %1 verdier; størrelsene gir %2").arg(values.toArray().size()).arg(cells));
    if (!values.isArray() && !values.isObject())
        return importError(label, 0, QStringLiteral("value"), QCoreApplication::translate("gevinst::store::StoreError", "mangler"));

    const int regionD = int(ids.toVariantList().indexOf(regionDim));
    const int timeD = int(ids.toVariantList().indexOf(timeDim));
    const int ageD = int(ids.toVariantList().indexOf(ageDim));

    // Age categories: single ages ("000", "105+", "0 år") or bands ("000-019"); totals skipped.
    static const QRegularExpression range(QStringLiteral("^\\s*(\\d{1,3})\\s*-\\s*(\\d{1,3})\\s*$"));
    struct AgeCat {
        int age = -1;  // single age, or the band's first age
        bool band = false;
        bool skip = false;
        bool openEnded = false; // "90+", "105 år eller eldre"
    };
    std::vector<AgeCat> ages(categories[ageD].size());
    std::set<int> bandsSeen;
    for (size_t i = 0; i < ages.size(); ++i) {
        const auto& c = categories[ageD][i];
        if (isTotalCategory(c.code, c.label)) {
            ages[i].skip = true;
            continue;
        }
        int a = parseAge(c.code);
        if (a < 0)
            a = parseAge(c.label);
        if (a >= 0) {
            ages[i].age = a;
            ages[i].openEnded = c.code.trimmed().endsWith(QLatin1Char('+')) || c.label.contains(QLatin1String("older")) ||
                                c.label.contains(QLatin1String("eldre"));
            continue;
        }
        const auto m = range.match(c.code);
        if (m.hasMatch() && ageBandOfAge(m.captured(1).toInt()) == ageBandOfAge(m.captured(2).toInt())) {
            ages[i] = {m.captured(1).toInt(), true, false};
            continue;
        }
        return importError(label, 0, QStringLiteral("dimension.%1.category.index.%2").arg(ageDim, c.code),
                           QCoreApplication::translate("gevinst::store::StoreError", "«%1» er verken en ettårig alder eller et intervall innenfor en av aldersgruppene 0-19, 20-66, 67-79, 80+").arg(c.label));
    }

    std::vector<int> years(categories[timeD].size());
    for (size_t i = 0; i < years.size(); ++i) {
        bool ok = false;
        years[i] = categories[timeD][i].code.left(4).toInt(&ok);
        if (!ok || years[i] < 1900 || years[i] > 2300)
            return importError(label, 0, QStringLiteral("dimension.%1.category.index.%2").arg(timeDim, categories[timeD][i].code),
                               QCoreApplication::translate("gevinst::store::StoreError", "ikke et år"));
    }

    const bool anyBand = std::any_of(ages.begin(), ages.end(), [](const AgeCat& a) { return a.band; });
    // Among ranges, an open-ended "90+" is the range from 90 up.
    if (anyBand)
        for (AgeCat& a : ages)
            if (a.openEnded)
                a.band = true;
    const bool anySingle = std::any_of(ages.begin(), ages.end(), [](const AgeCat& a) { return !a.band && !a.skip; });
    if (anyBand && anySingle)
        return importError(label, 0, QStringLiteral("dimension.%1").arg(ageDim), QCoreApplication::translate("gevinst::store::StoreError", "blander ettårige aldre og aldersintervaller"));

    BandAccumulator single(label);
    std::map<std::pair<QString, int>, std::pair<std::set<int>, std::array<qint64, 4>>> banded;
    const QString table = tableNumber(root.value(QLatin1String("label")).toString());
    for (size_t r = 0; r < categories[regionD].size(); ++r) {
        const RegionRef region = parseRegion(categories[regionD][r].code, true);
        if (region.kind == RegionRef::Skip)
            continue;
        for (size_t t = 0; t < years.size(); ++t) {
            for (size_t a = 0; a < ages.size(); ++a) {
                if (ages[a].skip)
                    continue;
                const qint64 i = qint64(r) * strides[regionD] + qint64(t) * strides[timeD] + qint64(a) * strides[ageD];
                const QJsonValue v = valueAt(i);
                const QString where = QStringLiteral("value[%1]").arg(i);
                if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > double(kMaxPersons) ||
                    v.toDouble() != std::floor(v.toDouble()))
                    return importError(label, 0, where,
                                       QCoreApplication::translate("gevinst::store::StoreError", "%1, %2, %3: ikke et helt antall personer (%4)")
                                           .arg(categories[regionD][r].label, categories[timeD][t].code, categories[ageD][a].label,
                                                v.isNull() || v.isUndefined() ? QCoreApplication::translate("gevinst::store::StoreError", "mangler") : v.toVariant().toString()));
                const auto persons = qint64(v.toDouble());
                if (ages[a].band) {
                    auto& cell = banded[{region.id, years[t]}];
                    cell.first.insert(ageBandOfAge(ages[a].age));
                    cell.second[ageBandOfAge(ages[a].age)] += persons;
                } else if (auto error = single.add(region.id, years[t], ages[a].age, persons, 0, where)) {
                    return *error;
                }
            }
        }
    }
    const QString source = tableSource(table, label);
    if (!anyBand)
        return single.finish(source);
    PopulationTable out;
    out.sourceFile = label;
    out.source = source;
    for (const auto& [key, cell] : banded) {
        if (cell.first.size() != 4)
            return importError(label, 0, QStringLiteral("dimension.%1").arg(ageDim),
                               QCoreApplication::translate("gevinst::store::StoreError", "aldersintervallene dekker ikke alle de fire aldersgruppene 0-19, 20-66, 67-79, 80+"));
        AgeBandPopulation p;
        p.unitId = key.first;
        p.year = key.second;
        p.persons = cell.second;
        p.source = source;
        out.records.push_back(p);
    }
    if (out.records.empty())
        return importError(label, 0, QStringLiteral("dimension.%1").arg(regionDim),
                           QCoreApplication::translate("gevinst::store::StoreError", "fant ingen tall for noen kommune eller bydel i Oslo"));
    return out;
}

namespace {

/// A CSV file, streamed: the shipped age-band format by its header, else a statbank export.
StoreResult<PopulationTable> readCsv(QIODevice& device, const QString& label)
{
    LineReader reader(device);
    if (!reader.valid())
        return importError(label, 0, {},
                           QCoreApplication::translate("gevinst::store::StoreError", "filen ser ut som %1, men kan ikke leses slik; lagre den fra Excel som «CSV UTF-8» eller eksporter den på nytt fra statistikkbanken")
                               .arg(reader.encodingName()));
    QString first;
    if (!reader.next(first))
        return importError(label, 0, {}, QCoreApplication::translate("gevinst::store::StoreError", "filen er tom"));
    reader.pushBack();
    if (first.startsWith(QLatin1String("year,location_code")))
        return readAgeBandLines(reader, label);
    return readStatbankLines(reader, label);
}

/// The separator of a statbank line: ';' (the statbank's CSV), or a tab (Excel's «Unicode text»).
QChar separatorOf(const QString& line)
{
    return !line.contains(QLatin1Char(';')) && line.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(';');
}

StoreResult<PopulationTable> readStatbankLines(LineReader& reader, const QString& label)
{
    QString table;
    int headerLine = -1;
    QStringList header;
    QStringList fields;
    QString line;
    QChar separator = QLatin1Char(';');
    while (reader.lineNumber() < 20 && reader.next(line)) {
        if (reader.lineNumber() == 1)
            table = tableNumber(line);
        separator = separatorOf(line);
        if (!splitCsvLine(line, separator, fields))
            return importError(label, reader.lineNumber(), {}, QCoreApplication::translate("gevinst::store::StoreError", "et anførselstegn er ikke lukket"));
        if (fields.size() >= 3 && fields[0].compare(QLatin1String("region"), Qt::CaseInsensitive) == 0) {
            headerLine = reader.lineNumber() - 1;
            header = fields;
            break;
        }
    }
    if (headerLine < 0)
        return importError(label, 1, {},
                           QCoreApplication::translate("gevinst::store::StoreError", "ingen overskriftslinje \"region\";\"age\";\"Persons YYYY\"… i de første 20 linjene (eksporter tabellen fra statistikkbanken som semikolonseparert CSV; filen ble lest som %1)")
                               .arg(reader.encodingName()));
    const int ageColumn = [&] {
        for (int c = 1; c < header.size(); ++c)
            if (header[c].compare(QLatin1String("age"), Qt::CaseInsensitive) == 0 ||
                header[c].compare(QLatin1String("alder"), Qt::CaseInsensitive) == 0)
                return c;
        return -1;
    }();
    if (ageColumn < 0)
        return importError(label, headerLine + 1, QStringLiteral("age"), QCoreApplication::translate("gevinst::store::StoreError", "ingen kolonne \"age\" i overskriften"));
    // Every other column after the region is a count for the year at the end of its name.
    static const QRegularExpression yearAtEnd(QStringLiteral("(\\d{4})\\s*$"));
    std::vector<std::pair<int, int>> yearColumns; // column, year
    for (int c = 1; c < header.size(); ++c) {
        if (c == ageColumn)
            continue;
        const auto m = yearAtEnd.match(header[c]);
        if (!m.hasMatch())
            return importError(label, headerLine + 1, header[c],
                               QCoreApplication::translate("gevinst::store::StoreError", "kolonnen er verken \"age\" eller et antall som slutter på et år; eksporter bare region, alder og år"));
        yearColumns.emplace_back(c, m.captured(1).toInt());
    }

    BandAccumulator bands(label);
    while (reader.next(line)) {
        const int lineNo = reader.lineNumber();
        if (line.trimmed().isEmpty())
            continue;
        if (!splitCsvLine(line, separator, fields))
            return importError(label, lineNo, {}, QCoreApplication::translate("gevinst::store::StoreError", "et anførselstegn er ikke lukket"));
        if (fields.size() != header.size())
            return importError(label, lineNo, {},
                               QCoreApplication::translate("gevinst::store::StoreError", "ventet %1 felt, fant %2").arg(header.size()).arg(fields.size()));
        const RegionRef region = parseRegion(fields[0], false);
        const int age = SsbImporter::parseAge(fields[ageColumn]);
        if (age < 0)
            return importError(label, lineNo, header[ageColumn],
                               QCoreApplication::translate("gevinst::store::StoreError", "«%1» er ikke en alder som «0 years»").arg(fields[ageColumn]));
        if (region.kind == RegionRef::Skip)
            continue;
        for (const auto& [column, year] : yearColumns) {
            const auto persons = parseCount(fields[column]);
            if (!persons)
                return importError(label, lineNo, header[column],
                                   QCoreApplication::translate("gevinst::store::StoreError", "«%1» er ikke et helt antall personer (0 til 100000000)").arg(fields[column]));
            if (auto error = bands.add(region.id, year, age, *persons, lineNo, header[ageColumn]))
                return *error;
        }
    }
    return bands.finish(tableSource(table, label));
}


StoreResult<PopulationTable> readAgeBandLines(LineReader& reader, const QString& label)
{
    QString line;
    static const QStringList expected{QStringLiteral("year"),     QStringLiteral("location_code"), QStringLiteral("location_name"),
                                      QStringLiteral("pop_total"), QStringLiteral("pop_0_19"),     QStringLiteral("pop_20_66"),
                                      QStringLiteral("pop_67_79"), QStringLiteral("pop_80p")};
    QStringList fields;
    if (!reader.next(line) || !splitCsvLine(line, QLatin1Char(','), fields) || fields != expected)
        return importError(label, 1, {}, QCoreApplication::translate("gevinst::store::StoreError", "overskriften må være %1").arg(expected.join(QLatin1Char(','))));
    static const QRegularExpression code(QStringLiteral("^(municip_nor(\\d{4})|wardoslo_nor(\\d{6}))$"));
    PopulationTable table;
    table.sourceFile = label;
    table.source = QStringLiteral("SSB tabell 07459/10826, befolkning etter aldersgruppe 1. januar (%1)").arg(kAttribution);
    std::set<std::pair<QString, int>> seen;
    while (reader.next(line)) {
        const int lineNo = reader.lineNumber();
        if (line.trimmed().isEmpty())
            continue;
        if (!splitCsvLine(line, QLatin1Char(','), fields))
            return importError(label, lineNo, {}, QCoreApplication::translate("gevinst::store::StoreError", "et anførselstegn er ikke lukket"));
        if (fields.size() != expected.size())
            return importError(label, lineNo, {}, QCoreApplication::translate("gevinst::store::StoreError", "ventet %1 felt, fant %2").arg(expected.size()).arg(fields.size()));
        const auto m = code.match(fields[1]);
        if (!m.hasMatch())
            continue; // nation, counties, districts of Bergen, Stavanger, Trondheim
        const QString unitId = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        if (unitId.size() == 6 && !parseRegion(unitId, true).kind)
            continue;
        bool ok = false;
        const int year = fields[0].toInt(&ok);
        if (!ok || year < 1900 || year > 2300)
            return importError(label, lineNo, expected[0], QCoreApplication::translate("gevinst::store::StoreError", "«%1» er ikke et år").arg(fields[0]));
        AgeBandPopulation p;
        p.unitId = unitId;
        p.year = year;
        p.source = table.source;
        std::optional<qint64> total = parseCount(fields[3]);
        if (!total)
            return importError(label, lineNo, expected[3], QCoreApplication::translate("gevinst::store::StoreError", "«%1» er ikke et heltall (0 til 100000000)").arg(fields[3]));
        for (int b = 0; b < 4; ++b) {
            const auto v = parseCount(fields[4 + b]);
            if (!v)
                return importError(label, lineNo, expected[4 + b], QCoreApplication::translate("gevinst::store::StoreError", "«%1» er ikke et heltall (0 til 100000000)").arg(fields[4 + b]));
            p.persons[b] = *v;
        }
        if (p.total() != *total)
            return importError(label, lineNo, expected[3],
                               QCoreApplication::translate("gevinst::store::StoreError", "aldersgruppene summerer til %1, ikke %2").arg(p.total()).arg(*total));
        if (!seen.insert({unitId, year}).second)
            return importError(label, lineNo, expected[1], QCoreApplication::translate("gevinst::store::StoreError", "en rad til for %1 i %2 (hver enhet skal stå én gang per år)").arg(fields[1]).arg(year));
        if (qint64(table.records.size()) >= kMaxImportRecords)
            return importError(label, lineNo, {},
                               QCoreApplication::translate("gevinst::store::StoreError", "mer enn %1 rader; én import kan ha høyst %1 (importer færre år om gangen)")
                                   .arg(kMaxImportRecords));
        table.records.push_back(p);
    }
    if (table.records.empty())
        return importError(label, 0, {}, QCoreApplication::translate("gevinst::store::StoreError", "ingen rader for kommuner eller bydeler i Oslo"));
    return table;
}

} // namespace

StoreResult<PopulationTable> SsbImporter::readAgeBandCsv(const QByteArray& bytes, const QString& label)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(buffer);
    return readAgeBandLines(reader, label);
}

StoreResult<std::vector<Unit>> SsbImporter::readMunicipalityCsv(const QByteArray& bytes, const QString& label)
{
    const QStringList lines = splitLines(decodeText(bytes));
    QStringList fields;
    if (lines.isEmpty() || !splitCsvLine(lines[0], QLatin1Char(','), fields) || fields.size() < 4 ||
        fields[0] != QLatin1String("kommunenummer") || fields[1] != QLatin1String("kommunenavn") ||
        fields[2] != QLatin1String("fylkesnummer") || fields[3] != QLatin1String("fylkesnavn"))
        return importError(label, 1, {}, QCoreApplication::translate("gevinst::store::StoreError", "overskriften må begynne med kommunenummer,kommunenavn,fylkesnummer,fylkesnavn"));
    const int columns = int(fields.size());
    static const QRegularExpression kommuneCode(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression countyCode(QStringLiteral("^\\d{2}$"));
    std::map<QString, Unit> counties;
    std::vector<Unit> kommuner;
    QSet<QString> seen;
    for (int i = 1; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        if (lines[i].trimmed().isEmpty())
            continue;
        if (!splitCsvLine(lines[i], QLatin1Char(','), fields))
            return importError(label, lineNo, {}, QCoreApplication::translate("gevinst::store::StoreError", "et anførselstegn er ikke lukket"));
        if (fields.size() != columns)
            return importError(label, lineNo, {}, QCoreApplication::translate("gevinst::store::StoreError", "ventet %1 felt, fant %2").arg(columns).arg(fields.size()));
        if (!kommuneCode.match(fields[0]).hasMatch())
            return importError(label, lineNo, QStringLiteral("kommunenummer"), QCoreApplication::translate("gevinst::store::StoreError", "«%1» er ikke fire sifre").arg(fields[0]));
        if (!countyCode.match(fields[2]).hasMatch())
            return importError(label, lineNo, QStringLiteral("fylkesnummer"), QCoreApplication::translate("gevinst::store::StoreError", "«%1» er ikke to sifre").arg(fields[2]));
        if (seen.contains(fields[0]))
            return importError(label, lineNo, QStringLiteral("kommunenummer"), QCoreApplication::translate("gevinst::store::StoreError", "%1 står to ganger").arg(fields[0]));
        seen.insert(fields[0]);
        const CleanName county = cleanName(fields[3]);
        const CleanName name = cleanName(fields[1]);
        if (name.name.isEmpty())
            return importError(label, lineNo, QStringLiteral("kommunenavn"), QCoreApplication::translate("gevinst::store::StoreError", "tom"));
        counties.try_emplace(fields[2], Unit{fields[2], county.name, county.alternativeName, UnitLevel::County, {}, fields[2], county.name});
        kommuner.push_back(Unit{fields[0], name.name, name.alternativeName, UnitLevel::Kommune, fields[2], fields[2], county.name});
    }
    std::vector<Unit> units;
    for (auto& [id, county] : counties)
        units.push_back(county);
    units.insert(units.end(), kommuner.begin(), kommuner.end());
    return units;
}

StoreResult<std::vector<Unit>> SsbImporter::readOsloBydeler(const QByteArray& ageBandCsv, const QString& label)
{
    const QStringList lines = splitLines(decodeText(ageBandCsv));
    QStringList fields;
    std::map<QString, Unit> bydeler;
    for (int i = 1; i < lines.size(); ++i) {
        if (!splitCsvLine(lines[i], QLatin1Char(','), fields) || fields.size() < 3)
            continue;
        if (!fields[1].startsWith(QLatin1String("wardoslo_nor")))
            continue;
        const QString id = fields[1].mid(12);
        if (parseRegion(id, true).kind != RegionRef::Bydel)
            continue;
        const CleanName name = cleanName(fields[2]);
        bydeler.try_emplace(id, Unit{id, name.name, name.alternativeName, UnitLevel::Bydel, QStringLiteral("0301"),
                                     QStringLiteral("03"), QStringLiteral("Oslo")});
    }
    if (bydeler.size() != 15)
        return importError(label, 0, QStringLiteral("location_code"),
                           QCoreApplication::translate("gevinst::store::StoreError", "fant %1 av Oslos 15 bydeler (wardoslo_nor030101…030115)").arg(bydeler.size()));
    std::vector<Unit> units;
    for (auto& [id, u] : bydeler)
        units.push_back(u);
    return units;
}

} // namespace gevinst::store
