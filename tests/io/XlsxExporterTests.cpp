// XLSX export: a valid workbook (zip with the sheets named as promised) whose
// numbers are numeric cells with number formats, not text.

#include "IoTestData.h"

#include "Aggregation.h"
#include "Engine.h"
#include "XlsxExporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <cstdio>
#include <map>

using namespace gevinst;
using gevinst::test::alna;

namespace {

/// One member of the zip archive, through unzip -p.
std::string unzipMember(const std::string& archive, const std::string& member)
{
    const std::string command = "unzip -p '" + archive + "' '" + member + "' 2>/dev/null";
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            out.append(buffer, n);
        ::pclose(pipe);
    }
    return out;
}

/// Cell reference → (type attribute, <v> text) for every cell of a sheet.
std::map<QString, std::pair<QString, QString>> cells(const std::string& sheetXml)
{
    std::map<QString, std::pair<QString, QString>> out;
    static const QRegularExpression cell(R"re(<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>))re");
    static const QRegularExpression type(R"re(t="([a-zA-Z]+)")re");
    static const QRegularExpression value(R"re(<v>([^<]*)</v>)re");
    auto it = cell.globalMatch(QString::fromStdString(sheetXml));
    while (it.hasNext()) {
        const auto m = it.next();
        const auto t = type.match(m.captured(2));
        const auto v = value.match(m.captured(3));
        out[m.captured(1)] = {t.hasMatch() ? t.captured(1) : QString(), v.hasMatch() ? v.captured(1) : QString()};
    }
    return out;
}

/// The sheet's part in the archive, found by its name through the workbook and its relationships.
std::string sheetPart(const std::string& archive, const QString& name)
{
    const QString workbook = QString::fromStdString(unzipMember(archive, "xl/workbook.xml"));
    const QString rels = QString::fromStdString(unzipMember(archive, "xl/_rels/workbook.xml.rels"));
    const QRegularExpression sheet(QStringLiteral(R"re(<sheet name="%1"[^>]*r:id="([^"]+)")re")
                                       .arg(QRegularExpression::escape(name)));
    const auto m = sheet.match(workbook);
    if (!m.hasMatch())
        return {};
    const QRegularExpression target(QStringLiteral(R"re(<Relationship Id="%1"[^>]*Target="([^"]+)")re")
                                        .arg(QRegularExpression::escape(m.captured(1))));
    const auto t = target.match(rels);
    return t.hasMatch() ? "xl/" + t.captured(1).toStdString() : std::string();
}

QString columnName(int c)
{
    QString name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace

TEST_CASE("XLSX is a workbook with key figures, yearly and assumptions sheets of numeric cells", "[xlsx]")
{
    const Scenario s = alna();
    const Result r = Engine::compute(s);
    const std::string path = (test::ioTempDir() / "alna.xlsx").string();
    io::XlsxContent content{&r, &s, Aggregation::baseOf(s), {}};
    content.source.scenarioName = QString::fromStdString(s.name);
    content.source.fileName = QStringLiteral("alna.json");
    QString error;
    REQUIRE(io::XlsxExporter::write(QString::fromStdString(path), content, &error));
    INFO(error.toStdString());

    const std::string workbook = unzipMember(path, "xl/workbook.xml");
    REQUIRE_FALSE(workbook.empty());
    CHECK(workbook.find("name=\"Nøkkeltall\"") != std::string::npos);
    CHECK(workbook.find("name=\"Per år\"") != std::string::npos);
    CHECK(workbook.find("name=\"Forutsetninger\"") != std::string::npos);
    const std::string styles = unzipMember(path, "xl/styles.xml");
    CHECK(styles.find("formatCode=\"#,##0&quot; kr&quot;\"") != std::string::npos);
    CHECK(styles.find("formatCode=\"0.0%\"") != std::string::npos);

    // Per år: row 1 headers (shared strings), then one row per year of plain numbers.
    CHECK(workbook.find("name=\"Fordeling\"") != std::string::npos); // the ledger of spec §7
    REQUIRE(sheetPart(path, QStringLiteral("Per år")) == "xl/worksheets/sheet2.xml");
    const auto yearly = cells(unzipMember(path, "xl/worksheets/sheet2.xml"));
    REQUIRE(yearly.count("A1"));
    CHECK(yearly.at("A1").first == "s");
    for (int t = 0; t < r.yearCount(); ++t) {
        const QString ref = QStringLiteral("A%1").arg(t + 2);
        REQUIRE(yearly.count(ref));
        CHECK(yearly.at(ref).first.isEmpty()); // no t="s" / t="inlineStr": a number
        CHECK(yearly.at(ref).second.toDouble() == Approx(r.years[t]).epsilon(1e-15));
    }
    // Column of budget_effect_nok: the series' place among the columns.
    int budgetColumn = 1 + int(SeriesId::BudgetEffectNok); // year first, every series present for a bydel
    for (int t = 0; t < r.yearCount(); ++t) {
        const QString ref = columnName(budgetColumn) + QString::number(t + 2);
        REQUIRE(yearly.count(ref));
        CHECK(yearly.at(ref).first.isEmpty());
        CHECK(yearly.at(ref).second.toDouble() == Approx(r[SeriesId::BudgetEffectNok][t]).epsilon(1e-12));
    }

    // Nøkkeltall: the NPV is a number cell in column B.
    REQUIRE(sheetPart(path, QStringLiteral("Nøkkeltall")) == "xl/worksheets/sheet1.xml");
    const auto key = cells(unzipMember(path, "xl/worksheets/sheet1.xml"));
    bool foundNpv = false;
    for (const auto& [ref, cell] : key)
        if (ref.startsWith(u'B') && cell.first.isEmpty() && !cell.second.isEmpty() &&
            std::abs(cell.second.toDouble() - r.summary.npvBudgetNok) <= 1e-6 * std::abs(r.summary.npvBudgetNok))
            foundNpv = true;
    CHECK(foundNpv);

    // Forutsetninger: the discount rate as a number, its source as text.
    const std::string sharedStrings = unzipMember(path, "xl/sharedStrings.xml");
    CHECK(sharedStrings.find("R-109") != std::string::npos);
    CHECK(sharedStrings.find("Kilde: Gevinstmodell, scenario Alna") != std::string::npos);
    const std::string assumptionsPart = sheetPart(path, QStringLiteral("Forutsetninger"));
    REQUIRE_FALSE(assumptionsPart.empty());
    const auto assumptions = cells(unzipMember(path, assumptionsPart));
    int numeric = 0;
    for (const auto& [ref, cell] : assumptions)
        if (ref.startsWith(u'B') && cell.first.isEmpty() && !cell.second.isEmpty())
            ++numeric;
    CHECK(numeric > 40);

    // No temporary file left beside it.
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::ioTempDir()))
        if (entry.path().filename().string().find("alna.xlsx") != std::string::npos)
            ++files;
    CHECK(files == 1);
}

TEST_CASE("an XLSX write into a missing folder fails with a message and writes nothing", "[xlsx]")
{
    const Scenario s = alna();
    const Result r = Engine::compute(s);
    const QString path = QString::fromStdString((test::ioTempDir() / "missing" / "a.xlsx").string());
    QString error;
    CHECK_FALSE(io::XlsxExporter::write(path, {&r, &s, std::nullopt, {}}, &error));
    CHECK(error.contains(QStringLiteral("kan ikke skrive")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("wrapped texts are measured in the workbook's font, so rows are as tall as their lines", "[xlsx]")
{
    using io::XlsxExporter;
    CHECK(XlsxExporter::wrappedLines(QStringLiteral("Diskonteringsrente"), 48) == 1);
    CHECK(XlsxExporter::wrappedRowHeight({{QStringLiteral("Diskonteringsrente"), 48}}) == 0.0); // the default height
    // Calibri's glyphs differ in width: 60 narrow letters fit a line that 60 wide ones do not.
    CHECK(XlsxExporter::wrappedLines(QString(60, QLatin1Char('i')), 30) == 1);
    CHECK(XlsxExporter::wrappedLines(QString(60, QLatin1Char('m')), 30) == 4); // one word broken inside
    // 40 words of 9 letters (some 75 pixels each) in a 90-wide column (630 pixels of
    // text): 8 words a line, 5 lines; in bold 7 words a line, 6 lines.
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << QStringLiteral("kommunens");
    CHECK(XlsxExporter::wrappedLines(words.join(QLatin1Char(' ')), 90) == 5);
    // Line breaks in the text start new lines.
    CHECK(XlsxExporter::wrappedLines(QStringLiteral("a\nb\nc"), 10) == 3);
    CHECK(XlsxExporter::wrappedLines(words.join(QLatin1Char(' ')), 90, true) == 6);
    // Lines of 13.5 points (Excel's 18 pixels) and 2 points of room.
    CHECK(XlsxExporter::wrappedRowHeight({{QStringLiteral("a\nb"), 10}, {QStringLiteral("c"), 10}}) == Approx(29.0));
}
