// Norwegian number formatting on the command line.

#include "TerminalText.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace gevinst::cli;

TEST_CASE("amounts have space between thousands and kr after", "[format]")
{
    CHECK(formatNok(1234567.4) == "1 234 567 kr");
    CHECK(formatNok(999.5) == "1 000 kr");
    CHECK(formatNok(0.0) == "0 kr");
    CHECK(formatNok(-1234567.0) == "−1 234 567 kr");
    CHECK(formatNok(std::nan("")) == "–");
}

TEST_CASE("percentages use a decimal comma and a space before %", "[format]")
{
    CHECK(formatPercent(0.125) == "12,5 %");
    CHECK(formatPercent(1.0, 0) == "100 %");
    CHECK(formatPercent(std::optional<double>{}) == "–");
}

TEST_CASE("numbers round to the decimals asked for, never showing −0", "[format]")
{
    CHECK(formatNumber(1234.56, 1) == "1 234,6");
    CHECK(formatNumber(-0.04, 1) == "0,0");
    CHECK(formatNumber(12.0, 0) == "12");
}

TEST_CASE("a text table aligns columns by characters, not bytes", "[format]")
{
    TextTable table({"År", "Beløp"});
    table.addRow({"2025", "1 000 kr"});
    table.addRow({"Sum", "12 kr"});
    const std::string text = table.render();
    CHECK(text.find("År       Beløp\n") == 0);
    CHECK(text.find("2025  1 000 kr\n") != std::string::npos);
    CHECK(text.find("Sum      12 kr\n") != std::string::npos);
}

TEST_CASE("a text table keeps a column of names left-aligned and a column of figures right-aligned", "[format]")
{
    TextTable table({"Id", "Navn", "Versjon", "Endret"});
    table.addRow({"4", "Røros hjemmetjeneste", "12", "–"});
    table.addRow({"10", "Alna", "1", "1.12.2026 05:27"});
    const std::string text = table.render();
    CHECK(text.find("Id  Navn                  Versjon           Endret\n") == 0);
    CHECK(text.find("4   Røros hjemmetjeneste       12                –\n") != std::string::npos);
    CHECK(text.find("10  Alna                        1  1.12.2026 05:27\n") != std::string::npos);
}
