// CSV export: UTF-8 with BOM, semicolon and decimal comma by default (comma and
// point as an option), and numbers that parse back to the result's numbers.

#include "IoTestData.h"

#include "AtomicFile.h"
#include "CsvExporter.h"
#include "Engine.h"
#include "YearlyTable.h"

#include <QFile>
#include <QStringList>

#include <cmath>

using namespace gevinst;
using gevinst::test::alna;

namespace {

/// Splits CSV text into rows of fields (handles quoted fields).
std::vector<QStringList> parseCsv(const QByteArray& bytes, QChar separator)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

double parseNumber(QString cell, QChar decimalPoint)
{
    if (cell.isEmpty())
        return std::nan("");
    if (decimalPoint != u'.')
        cell.replace(decimalPoint, u'.');
    bool ok = false;
    const double v = cell.toDouble(&ok);
    REQUIRE(ok);
    return v;
}

void checkYearlyParsesBack(const Result& r, const io::CsvFormat& format)
{
    const QByteArray bytes = io::CsvExporter::yearly(r, format);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto rows = parseCsv(bytes, format.separator);
    const auto columns = io::YearlyTable::full(r);
    REQUIRE(rows.size() == std::size_t(r.yearCount()) + 1);
    REQUIRE(rows[0].size() == qsizetype(columns.size()));
    CHECK(rows[0][0] == QStringLiteral("År"));
    CHECK(rows[0].contains(QStringLiteral("Frigjorte årsverk (årsverk)")));
    CHECK(rows[0].contains(QStringLiteral("Budsjetteffekt (kr)")));
    for (int t = 0; t < r.yearCount(); ++t) {
        REQUIRE(rows[t + 1].size() == qsizetype(columns.size()));
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double expected = columns[c].values[t];
            const double read = parseNumber(rows[t + 1][c], format.decimalPoint);
            INFO("column " << columns[c].id.toStdString() << ", year " << r.years[t]);
            if (std::isnan(expected))
                CHECK(std::isnan(read));
            else
                CHECK(read == Approx(expected).epsilon(1e-13).margin(1e-300));
        }
    }
    // The budget effect column is really there with the engine's numbers.
    const auto budget = std::find_if(columns.begin(), columns.end(),
                                     [](const io::YearlyColumn& c) { return c.id == "budget_effect_nok"; });
    REQUIRE(budget != columns.end());
    const int b = int(budget - columns.begin());
    CHECK(parseNumber(rows[3][b], format.decimalPoint) ==
          Approx(r[SeriesId::BudgetEffectNok][2]).epsilon(1e-13));
}

} // namespace

TEST_CASE("yearly CSV in Norwegian form parses back to the same numbers", "[csv]")
{
    const Result r = Engine::compute(alna());
    checkYearlyParsesBack(r, io::CsvFormat{});
    const QByteArray bytes = io::CsvExporter::yearly(r);
    // Decimal comma, no decimal point anywhere in the numbers.
    const QString body = QString::fromUtf8(bytes).section(u'\n', 1);
    CHECK(body.contains(u','));
    CHECK_FALSE(body.contains(u'.'));
}

TEST_CASE("yearly CSV with comma and point parses back to the same numbers", "[csv]")
{
    const Result r = Engine::compute(alna());
    checkYearlyParsesBack(r, io::CsvFormat::international());
}

TEST_CASE("numbers keep 15 significant digits and the chosen decimal mark", "[csv]")
{
    CHECK(io::CsvExporter::number(1234567.891, {}) == QStringLiteral("1234567,891"));
    CHECK(io::CsvExporter::number(-0.125, io::CsvFormat::international()) == QStringLiteral("-0.125"));
    CHECK(io::CsvExporter::number(std::nan(""), {}).isEmpty());
    CHECK(io::CsvExporter::text(QStringLiteral("a;b \"c\""), {}) == QStringLiteral("\"a;b \"\"c\"\"\""));
    CHECK(io::CsvExporter::text(QStringLiteral("a,b"), {}) == QStringLiteral("a,b"));
    CHECK(io::CsvExporter::text(QStringLiteral("a,b"), io::CsvFormat::international()) == QStringLiteral("\"a,b\""));
}

TEST_CASE("assumptions CSV lists every input with its source", "[csv]")
{
    const Scenario s = alna();
    const auto rows = parseCsv(io::CsvExporter::assumptions(s), u';');
    REQUIRE(rows.size() > 40);
    bool foundDiscount = false;
    bool foundNurseCost = false;
    for (const auto& row : rows) {
        REQUIRE(row.size() == 5);
        if (row[3] == QStringLiteral("discount_rate")) {
            foundDiscount = true;
            CHECK(parseNumber(row[1], u',') == Approx(0.04).epsilon(1e-15));
            CHECK(row[4].contains(QStringLiteral("R-109")));
        }
        if (row[3] == QStringLiteral("roles.sykepleier.annual_cost_nok")) {
            foundNurseCost = true;
            CHECK(parseNumber(row[1], u',') == Approx(s.role(s.vocabulary.roleIndex("sykepleier")).annualCostNok).epsilon(1e-15));
            CHECK(row[4].startsWith(QStringLiteral("KS, lønnsstatistikk"))); // the shipped file's source text
        }
    }
    CHECK(foundDiscount);
    CHECK(foundNurseCost);
}

TEST_CASE("a CSV write that fails leaves the old file and says why", "[csv]")
{
    const QString missingFolder = QString::fromStdString((test::ioTempDir() / "no-such-folder" / "x.csv").string());
    QString error;
    CHECK_FALSE(io::CsvExporter::write(missingFolder, "a;b\n", &error));
    CHECK(error.contains(QStringLiteral("kan ikke skrive")));
    CHECK_FALSE(QFile::exists(missingFolder));

    const QString path = QString::fromStdString((test::ioTempDir() / "kept.csv").string());
    REQUIRE(io::CsvExporter::write(path, "old\n", &error));
    QFile::setPermissions(QString::fromStdString(test::ioTempDir().string()),
                          QFile::ReadOwner | QFile::ExeOwner);
    const bool failed = !io::CsvExporter::write(path, "new\n", &error);
    QFile::setPermissions(QString::fromStdString(test::ioTempDir().string()),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (::geteuid() != 0) { // root may write anyway
        CHECK(failed);
        CHECK(test::slurpFile(path.toStdString()) == "old\n");
    }
}
