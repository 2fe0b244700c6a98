// Reading the projection's inputs: SSB statbank exports (07459 / 10826, Latin-1,
// title lines, historical districts), the 2019 file on 2024 borders, the life table,
// and the shipped files as a whole.

#include "LifeTable.h"
#include "ProjectionDataSet.h"
#include "SingleAgeReader.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <string>

using namespace gevinst::projection;

namespace {

std::string ageText(int a)
{
    if (a == kOpenAge)
        return "105 years or older";
    return std::to_string(a) + (a == 1 ? " year" : " years");
}

/// A statbank export with the given regions, persons = base + age.
std::string statbank(const std::vector<std::pair<std::string, double>>& regions, int skipAge = -1)
{
    std::string text = "\"07459: Population, by region, age, contents and year\"\r\n\r\n\"region\";\"age\";\"Persons 2024\"\r\n";
    for (const auto& [region, base] : regions)
        for (int a = 0; a < kAgeCount; ++a)
            if (a != skipAge)
                text += "\"" + region + "\";\"" + ageText(a) + "\";" + std::to_string(int(base) + a) + "\r\n";
    return text;
}

std::string register2019(const std::string& type, const std::string& code, double persons)
{
    std::string text;
    for (int a = 0; a < kAgeCount; ++a)
        text += "2019," + type + "," + code + ",Navn," + (a == kOpenAge ? std::string("105+") : std::to_string(a)) + "," +
                std::to_string(persons) + ",exact," + code + "\n";
    return text;
}

std::string lifeTable(double q)
{
    std::string text = "sex,year,age,qx,px,lx,source\n";
    for (int a = 0; a <= 106; ++a) {
        text += "both_derived,2022-2024," + std::to_string(a) + "," + std::to_string(a == 106 ? 1.0 : q) + ",0,0,x\n";
        text += "male,2022-2024," + std::to_string(a) + ",0.9,0,0,x\n";
        text += "both_derived,2023," + std::to_string(a) + ",0.8,0,0,x\n";
    }
    return text;
}

} // namespace

TEST_CASE("statbank CSV: kommuner and current districts by number, other regions skipped", "[projection][data]")
{
    // "K-Rest" has no number; "(1988-2003)" marks an earlier division that reuses 030112.
    const std::string text = statbank({{"K-3207 Nordre Follo", 100},
                                       {"K-Rest Divided municalities and unknown", 0},
                                       {"K-1818 Her\xf8y (Nordland)", 30},
                                       {"030112 Manglerud (1988-2003)", 0},
                                       {"030112a Alna", 500},
                                       {"460102 Bergenhus", 7},
                                       {"030100aa Oslo total", 9000}});
    const auto read = SingleAgeReader::readStatbankCsv(text, "test.csv");
    REQUIRE(read.ok());
    CHECK(read->size() == 5);
    CHECK(read->at("3207")[0] == 100.0);
    CHECK(read->at("1818")[2] == 32.0); // brackets with a county, not a period
    CHECK(read->at("3207")[105] == 205.0);
    CHECK(read->at("030112")[10] == 510.0); // Alna, not Manglerud's zeros
    CHECK(read->at("460102")[1] == 8.0);
    CHECK(read->count("030100") == 1);
}

TEST_CASE("statbank CSV: Latin-1 names do not matter, Norwegian age texts read", "[projection][data]")
{
    std::string text = "\"07459: Folkemengde\"\n\n\"region\";\"alder\";\"Personer 2024\"\n";
    for (int a = 0; a < kAgeCount; ++a)
        text += "\"K-5001 Trondheim - Tr\xf8" "ante\";\"" + (a == kOpenAge ? std::string("105 \xe5r eller eldre") : std::to_string(a) + " \xe5r") +
                "\";" + std::to_string(a) + "\n";
    const auto read = SingleAgeReader::readStatbankCsv(text, "latin1.csv");
    REQUIRE(read.ok());
    CHECK(read->at("5001")[105] == 105.0);
}

TEST_CASE("statbank CSV: a missing or repeated age, a bad number or two year columns are errors", "[projection][data]")
{
    const auto missing = SingleAgeReader::readStatbankCsv(statbank({{"K-1151 Utsira", 1}}, 40), "a.csv");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ProjectionError::Kind::IncompleteUnit);
    CHECK_THAT(missing.error().message(), Catch::Contains("1151") && Catch::Contains("age 40"));

    std::string twice = statbank({{"K-1151 Utsira", 1}}) + "\"K-1151 Utsira\";\"3 years\";4\r\n";
    const auto repeated = SingleAgeReader::readStatbankCsv(twice, "b.csv");
    REQUIRE_FALSE(repeated.ok());
    CHECK_THAT(repeated.error().message(), Catch::Contains("b.csv: line") && Catch::Contains("twice"));

    std::string bad = statbank({{"K-1151 Utsira", 1}});
    bad.replace(bad.find(";1\r\n"), 4, ";x\r\n");
    CHECK(SingleAgeReader::readStatbankCsv(bad, "c.csv").error().kind == ProjectionError::Kind::BadFile);

    const std::string years = "\"t\"\n\"region\";\"age\";\"Persons 2023\";\"Persons 2024\"\n\"K-1151 Utsira\";\"0 years\";1;2\n";
    CHECK_THAT(SingleAgeReader::readStatbankCsv(years, "d.csv").error().message(), Catch::Contains("one year"));
}

TEST_CASE("2019 register file: kommuner and Oslo bydeler, 105+, fractions, oslo_other skipped", "[projection][data]")
{
    const std::string text = "year,region_type,code,name,age,persons,mapping_quality,source_codes\n" +
                             register2019("kommune", "1806", 207.5) + register2019("oslo_bydel", "030112", 10) +
                             register2019("oslo_other", "030116", 3);
    const auto read = SingleAgeReader::readRegisterCsv(text, "2019.csv");
    REQUIRE(read.ok());
    CHECK(read->size() == 2);
    CHECK(read->at("1806")[105] == 207.5);
    CHECK(read->at("030112")[0] == 10.0);
    CHECK(read->count("030116") == 0);

    const std::string noHeader = register2019("kommune", "1806", 1);
    CHECK(SingleAgeReader::readRegisterCsv(noHeader, "x.csv").error().kind == ProjectionError::Kind::BadFile);
}

TEST_CASE("life table: the chosen sex and period, ages 0 … 105 (106 ignored)", "[projection][data]")
{
    const auto table = LifeTable::fromCsv(lifeTable(0.25), "life.csv");
    REQUIRE(table.ok());
    CHECK(table->deathProbabilities()[0] == 0.25);
    CHECK(table->deathProbabilities()[105] == 0.25);
    CHECK(LifeTable::fromCsv(lifeTable(0.25), "life.csv", "male")->deathProbabilities()[3] == 0.9);

    std::string shortTable = "sex,year,age,qx\nboth_derived,2022-2024,0,0.1\n";
    const auto incomplete = LifeTable::fromCsv(shortTable, "short.csv");
    REQUIRE_FALSE(incomplete.ok());
    CHECK_THAT(incomplete.error().message(), Catch::Contains("age 1"));
    CHECK_FALSE(LifeTable::fromCsv("sex,year,age,qx\nboth_derived,2022-2024,0,1.5\n", "p.csv").ok());
}

TEST_CASE("data set: inputs per unit, and no migration without 2019 figures", "[projection][data]")
{
    const std::string header = "year,region_type,code,name,age,persons,mapping_quality,source_codes\n";
    const auto data = ProjectionDataSet::fromTexts(statbank({{"K-3207 Nordre Follo", 100}}),
                                                   statbank({{"030112a Alna", 50}, {"460101 Arna", 20}}),
                                                   header + register2019("kommune", "3207", 90) + register2019("oslo_bydel", "030112", 40),
                                                   lifeTable(0.01));
    REQUIRE(data.ok());
    CHECK(data->unitIds() == std::vector<std::string>{"030112", "3207", "460101"});
    CHECK(data->hasFiveYearsEarlier("3207"));
    CHECK_FALSE(data->hasFiveYearsEarlier("460101"));
    const auto arna = data->inputs("460101");
    REQUIRE(arna.ok());
    CHECK_FALSE(arna->fiveYearsEarlier.has_value());
    const PopulationProjection projection(*arna);
    for (double m : projection.migration())
        CHECK(m == 0.0);
    CHECK(data->inputs("9999").error().kind == ProjectionError::Kind::UnknownUnit);
    CHECK(data->inputs("3207")->deathProbability[50] == 0.01);
}

TEST_CASE("shipped data: 357 kommuner and Oslo's 15 bydeler, each with 2019 figures", "[projection][data]")
{
    const auto data = ProjectionDataSet::load(gevinst::test::sourceDir() + "/resources/data");
    REQUIRE(data.ok());
    int kommuner = 0, bydeler = 0;
    for (const std::string& id : data->unitIds()) {
        if (id.size() == 4)
            ++kommuner;
        if (id.size() == 6 && id.starts_with("0301") && id >= "030101" && id <= "030115") {
            ++bydeler;
            CHECK(data->hasFiveYearsEarlier(id));
        }
    }
    CHECK(kommuner == 357);
    CHECK(bydeler == 15);
    CHECK(data->fiveYearsEarlier().size() == 357 + 15);
    // The README's check figures for 1 January 2024.
    auto total = [&](const char* id) {
        double sum = 0;
        for (double v : data->base().at(id))
            sum += v;
        return sum;
    };
    CHECK(total("0301") == 717710.0);
    CHECK(total("4601") == 291940.0);
    CHECK(total("3207") == 63560.0);
    CHECK(data->lifeTable().deathProbabilities()[0] == 0.001968);
    CHECK(data->lifeTable().deathProbabilities()[105] == 0.386203);
}
