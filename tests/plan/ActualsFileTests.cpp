// Reading actuals from CSV and XLSX (issue 13, item 3): decimal comma or point, the
// header's columns, and all or nothing with the bad row named by line and column.

#include "ActualsFile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace gevinst::plan;

namespace {

std::vector<ActualInput> rowsOf(const ActualsRead& read)
{
    if (const auto* e = std::get_if<ActualsFileError>(&read))
        FAIL("line " << e->line << " " << e->column.toStdString() << ": " << e->message.toStdString());
    return std::get<std::vector<ActualInput>>(read);
}

ActualsFileError errorOf(const ActualsRead& read)
{
    REQUIRE(std::holds_alternative<ActualsFileError>(read));
    return std::get<ActualsFileError>(read);
}

} // namespace

TEST_CASE("CSV actuals: semicolons, decimal comma or point, quotes, BOM", "[plan][import]")
{
    const QByteArray csv = "\xEF\xBB\xBFgevinst;periode;verdi;kilde;kommentar\r\n"
                           "freed_fte;2026;12,5;Lønnssystemet;\"Sen start; to sluttet\"\r\n"
                           "social_assistance_savings_nok;2026-T1;1 234 567.5;NAV;\r\n"
                           "\r\n"
                           "custom:x;2027-t3;-3;;\r\n";
    const auto rows = rowsOf(ActualsFile::readCsv(csv));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].benefitKey == QStringLiteral("freed_fte"));
    CHECK(rows[0].value == Approx(12.5).epsilon(1e-12));
    CHECK(rows[0].comment == QStringLiteral("Sen start; to sluttet"));
    CHECK(rows[0].source == QStringLiteral("Lønnssystemet"));
    CHECK(rows[0].line == 2);
    CHECK(rows[1].value == Approx(1234567.5).epsilon(1e-12));
    CHECK(rows[1].period.text() == QStringLiteral("2026-T1"));
    CHECK(rows[2].line == 5);
    CHECK(rows[2].value == Approx(-3).epsilon(1e-12));
}

TEST_CASE("CSV actuals: a bad row is named by line and column and nothing is returned", "[plan][import]")
{
    const QByteArray header = "gevinst;periode;verdi;kilde;kommentar\n";
    auto e = errorOf(ActualsFile::readCsv(header + "a;2026;1\nb;2026;1,2,3\nc;2026;4\n"));
    CHECK(e.line == 3);
    CHECK(e.column == QStringLiteral("verdi"));
    e = errorOf(ActualsFile::readCsv(header + "a;2026;1\na;2026-T5;1\n"));
    CHECK(e.line == 3);
    CHECK(e.column == QStringLiteral("periode"));
    e = errorOf(ActualsFile::readCsv(header + ";2026;1\n"));
    CHECK(e.line == 2);
    CHECK(e.column == QStringLiteral("gevinst"));
    e = errorOf(ActualsFile::readCsv("benefit;period;value\na;2026;1\n"));
    CHECK(e.line == 1);
    e = errorOf(ActualsFile::readCsv(header));
    CHECK(e.message.contains(QStringLiteral("ingen rader")));
    e = errorOf(ActualsFile::readCsv(QByteArray("gevinst;periode;verdi\na;2026;\xff\n")));
    CHECK(e.message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("Numbers: comma or point, spaces between thousands, no units", "[plan][import]")
{
    CHECK(*ActualsFile::parseNumber(QStringLiteral("1\u00a0234,5")) == Approx(1234.5).epsilon(1e-12));
    CHECK(*ActualsFile::parseNumber(QStringLiteral("\u22125")) == Approx(-5).epsilon(1e-12));
    CHECK_FALSE(ActualsFile::parseNumber(QStringLiteral("12 %")));
    CHECK_FALSE(ActualsFile::parseNumber(QStringLiteral("1.234,5")));
    CHECK_FALSE(ActualsFile::parseNumber(QStringLiteral("nan")));
    CHECK_FALSE(ActualsFile::parseNumber(QString()));
}

TEST_CASE("XLSX actuals: the first sheet's rows, numbers and shared strings", "[plan][import]")
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("faktisk.xlsx")).toUtf8();
    lxw_workbook* book = workbook_new(path.constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Faktisk");
    const char* header[] = {"gevinst", "periode", "verdi", "kilde", "kommentar"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "freed_fte", nullptr);
    worksheet_write_number(sheet, 1, 1, 2026, nullptr);
    worksheet_write_number(sheet, 1, 2, 12.25, nullptr);
    worksheet_write_string(sheet, 1, 3, "HR-systemet", nullptr);
    worksheet_write_string(sheet, 1, 4, "Økt bruk av assistenter", nullptr);
    worksheet_write_string(sheet, 2, 0, "social_assistance_savings_nok", nullptr);
    worksheet_write_string(sheet, 2, 1, "2026-T2", nullptr);
    worksheet_write_string(sheet, 2, 2, "450 000,5", nullptr); // typed as text with a decimal comma
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    const auto rows = rowsOf(ActualsFile::readFile(QString::fromUtf8(path)));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].period.text() == QStringLiteral("2026"));
    CHECK(rows[0].value == Approx(12.25).epsilon(1e-12));
    CHECK(rows[0].comment == QStringLiteral("Økt bruk av assistenter"));
    CHECK(rows[1].value == Approx(450000.5).epsilon(1e-12));
    CHECK(rows[1].line == 3);

    // A bad cell names the sheet's row number and the column.
    const QByteArray bad = dir.filePath(QStringLiteral("feil.xlsx")).toUtf8();
    book = workbook_new(bad.constData());
    sheet = workbook_add_worksheet(book, nullptr);
    for (int c = 0; c < 3; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c], nullptr);
    worksheet_write_string(sheet, 1, 0, "freed_fte", nullptr);
    worksheet_write_number(sheet, 1, 1, 2026, nullptr);
    worksheet_write_number(sheet, 1, 2, 1, nullptr);
    worksheet_write_string(sheet, 3, 0, "freed_fte", nullptr);
    worksheet_write_number(sheet, 3, 1, 2027, nullptr);
    worksheet_write_string(sheet, 3, 2, "mange", nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    const auto e = errorOf(ActualsFile::readFile(QString::fromUtf8(bad)));
    CHECK(e.line == 4);
    CHECK(e.column == QStringLiteral("verdi"));

    // Not a zip at all.
    CHECK(errorOf(ActualsFile::readXlsx("gevinst;periode;verdi\n")).message.contains(QStringLiteral("XLSX")));
}
