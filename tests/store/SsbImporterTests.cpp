// SsbImporter: the statbank CSV and JSON-stat2 shapes, the shipped files, name cleaning,
// and refusals that name the line and field.

#include "SsbImporter.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <map>

using namespace gevinst::store;
using gevinst::test::projectDir;
using gevinst::test::readBytes;
using gevinst::test::storeDataDir;

namespace {

std::map<std::pair<QString, int>, AgeBandPopulation> byUnitYear(const PopulationTable& table)
{
    std::map<std::pair<QString, int>, AgeBandPopulation> out;
    for (const auto& p : table.records)
        out[{p.unitId, p.year}] = p;
    return out;
}

QString dataFile(const char* name)
{
    return projectDir() + QStringLiteral("/resources/data/") + QString::fromLatin1(name);
}

const QByteArray kHeader = "\"07459: Population, by region, age, contents and year\"\r\n\r\n\"region\";\"age\";\"Persons 2024\"\r\n";

/// A statbank CSV for Nordre Follo with ages 0…105+, each with `persons`.
QByteArray completeCsv(int persons = 10)
{
    QByteArray csv = kHeader;
    for (int age = 0; age <= 105; ++age) {
        const QByteArray ageText = age == 105 ? "105 years or older" : QByteArray::number(age) + (age == 1 ? " year" : " years");
        csv += "\"K-3207 Nordre Follo\";\"" + ageText + "\";" + QByteArray::number(persons) + "\r\n";
    }
    return csv;
}

} // namespace

TEST_CASE("cleanName keeps the Norwegian form and the Sami/Kven form as alternative", "[ssb]")
{
    CHECK(SsbImporter::cleanName("Oslo-Oslove").name == "Oslo");
    CHECK(SsbImporter::cleanName("Oslo-Oslove").alternativeName == "Oslove");
    CHECK(SsbImporter::cleanName("Nordland-Nordlándda").name == "Nordland");
    CHECK(SsbImporter::cleanName("Kárášjohka-Karasjok").name == "Karasjok");
    CHECK(SsbImporter::cleanName("Kárášjohka-Karasjok").alternativeName == QString::fromUtf8("Kárášjohka"));
    CHECK(SsbImporter::cleanName("Storfjord-Omasvuotna-Omasvuono").alternativeName == "Omasvuotna-Omasvuono");
    CHECK(SsbImporter::cleanName("Aurskog-Høland").name == QString::fromUtf8("Aurskog-Høland"));
    CHECK(SsbImporter::cleanName("Aurskog-Høland").alternativeName.isEmpty());
    CHECK(SsbImporter::cleanName("Nord-Odal").name == "Nord-Odal");
    CHECK(SsbImporter::cleanName("bergen_norhus").name == "Bergenhus");
    CHECK(SsbImporter::cleanName("Nordre Follo").name == "Nordre Follo");
}

TEST_CASE("parseAge reads the statbank's age texts", "[ssb]")
{
    CHECK(SsbImporter::parseAge("0 years") == 0);
    CHECK(SsbImporter::parseAge("1 year") == 1);
    CHECK(SsbImporter::parseAge("105 years or older") == 105);
    CHECK(SsbImporter::parseAge(QString::fromUtf8("105 år eller eldre")) == 105);
    CHECK(SsbImporter::parseAge("067") == 67);
    CHECK(SsbImporter::parseAge("105+") == 105);
    CHECK(SsbImporter::parseAge("Total") == -1);
    CHECK(SsbImporter::parseAge("12 apples") == -1);
}

TEST_CASE("the shipped 07459 statbank export gives every kommune with the right totals", "[ssb]")
{
    auto table = SsbImporter::readFile(dataFile("ssb-07459-population-by-single-age-kommune-2024.csv"));
    INFO((table ? QString() : table.error().text()).toStdString());
    REQUIRE(table.ok());
    CHECK(table->records.size() == 357);
    const auto cells = byUnitYear(*table);
    CHECK(cells.at({"0301", 2024}).total() == 717710);
    CHECK(cells.at({"3207", 2024}).total() == 63560);
    CHECK(cells.at({"4601", 2024}).total() == 291940);
    // The bands agree with the shipped age-band file (16111, 37575, 6937, 2937).
    CHECK(cells.at({"3207", 2024}).persons == std::array<qint64, 4>{16111, 37575, 6937, 2937});
    CHECK(table->source.contains("07459"));
    CHECK(table->source.contains(QString::fromUtf8("Kilde: Statistisk sentralbyrå")));
}

TEST_CASE("the shipped 10826 export gives Oslo's 15 bydeler and nothing else", "[ssb]")
{
    auto table = SsbImporter::readFile(dataFile("ssb-10826-population-by-single-age-bydel-2024.csv"));
    INFO((table ? QString() : table.error().text()).toStdString());
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 15);
    const auto cells = byUnitYear(*table);
    CHECK(cells.at({"030112", 2024}).total() == 50378); // Alna
    qint64 oslo = 0;
    for (const auto& p : table->records)
        oslo += p.total();
    // The 15 bydeler hold all but Sentrum, Marka and the unknown district.
    CHECK(oslo < 717710);
    CHECK(oslo > 700000);
}

TEST_CASE("the shipped age-band file and the municipality list", "[ssb]")
{
    auto bands = SsbImporter::readAgeBandCsv(readBytes(dataFile("population-by-ageband-2024-2026.csv")), "bands.csv");
    REQUIRE(bands.ok());
    const auto cells = byUnitYear(*bands);
    CHECK(cells.at({"0301", 2024}).total() == 717710);
    CHECK(cells.at({"3207", 2026}).persons == std::array<qint64, 4>{16272, 38569, 7122, 3418});
    CHECK(cells.count({"460102", 2024}) == 0); // a Bergen district is no unit
    CHECK(cells.count({"030112", 2025}) == 1);

    auto units = SsbImporter::readMunicipalityCsv(readBytes(dataFile("kommuner-2024.csv")), "kommuner.csv");
    REQUIRE(units.ok());
    int kommuner = 0, counties = 0;
    for (const auto& u : *units) {
        kommuner += u.level == UnitLevel::Kommune;
        counties += u.level == UnitLevel::County;
        if (u.id == "0301") {
            CHECK(u.name == "Oslo");
            CHECK(u.alternativeName == "Oslove");
            CHECK(u.countyName == "Oslo");
        }
    }
    CHECK(kommuner == 357);
    CHECK(counties == 15);
}

TEST_CASE("a statbank CSV in Latin-1 or UTF-8 sums single ages into bands", "[ssb]")
{
    auto table = SsbImporter::readStatbankCsv(completeCsv(10), "small.csv");
    INFO((table ? QString() : table.error().text()).toStdString());
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 1);
    CHECK(table->records[0].persons == std::array<qint64, 4>{200, 470, 130, 260});
}

TEST_CASE("partial or damaged statbank CSVs are refused with line and field", "[ssb]")
{
    SECTION("a missing age")
    {
        QByteArray csv = completeCsv();
        csv.replace("\"K-3207 Nordre Follo\";\"50 years\";10\r\n", "");
        auto r = SsbImporter::readStatbankCsv(csv, "partial.csv");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == StoreError::Kind::InvalidInput);
        CHECK(r.error().field == "age");
        CHECK(r.error().message.contains("alder 50"));
    }
    SECTION("a file cut in the middle of a line")
    {
        QByteArray csv = completeCsv();
        csv.truncate(csv.indexOf("\"60 years\"") + 5);
        auto r = SsbImporter::readStatbankCsv(csv, "cut.csv");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 64);
        CHECK(r.error().text().startsWith("cut.csv:64"));
    }
    SECTION("SSB's '..' for a missing figure")
    {
        QByteArray csv = completeCsv();
        csv.replace("\"7 years\";10", "\"7 years\";..");
        auto r = SsbImporter::readStatbankCsv(csv, "dots.csv");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 11);
        CHECK(r.error().field == "Persons 2024");
    }
    SECTION("a wrong number of fields")
    {
        QByteArray csv = completeCsv();
        csv.replace("\"8 years\";10", "\"8 years\";10;11");
        auto r = SsbImporter::readStatbankCsv(csv, "fields.csv");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 12);
        CHECK(r.error().message.contains("ventet 3 felt, fant 4"));
    }
    SECTION("an unknown age")
    {
        QByteArray csv = completeCsv();
        csv.replace("\"9 years\"", "\"ni år\"");
        auto r = SsbImporter::readStatbankCsv(csv, "age.csv");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 13);
        CHECK(r.error().field == "age");
    }
    SECTION("no header")
    {
        auto r = SsbImporter::readStatbankCsv("a;b;c\r\n1;2;3\r\n", "noheader.csv");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 1);
    }
    SECTION("the same age twice")
    {
        QByteArray csv = completeCsv();
        csv += "\"K-3207 Nordre Follo\";\"3 years\";1\r\n";
        auto r = SsbImporter::readStatbankCsv(csv, "twice.csv");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 110);
    }
}

TEST_CASE("a JSON-stat2 projection from the statbank API", "[ssb]")
{
    auto table = SsbImporter::readFile(storeDataDir() + "/ssb-14288-projection.json");
    INFO((table ? QString() : table.error().text()).toStdString());
    REQUIRE(table.ok());
    const auto cells = byUnitYear(*table);
    REQUIRE(cells.size() == 4); // 3207 and 0301 in 2024 and 2040; the county 03 is skipped
    CHECK(cells.at({"3207", 2024}).persons == std::array<qint64, 4>{16111, 37575, 6937, 2937});
    CHECK(cells.at({"0301", 2024}).total() == 717710);
    CHECK(cells.at({"3207", 2040}).total() > 63560);
    CHECK(table->source.contains("14288"));
}

TEST_CASE("damaged JSON-stat2 is refused naming the JSON path", "[ssb]")
{
    const QByteArray good = readBytes(storeDataDir() + "/ssb-14288-projection.json");
    SECTION("a null value")
    {
        auto doc = nlohmann::json::parse(good.constData());
        doc["value"][2 * 106 + 2 * 50] = nullptr; // Nordre Follo, age 50, 2024
        auto r = SsbImporter::readJsonStat2(QByteArray::fromStdString(doc.dump()), "null.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == "value[312]");
        CHECK(r.error().message.contains("Nordre Follo"));
        CHECK(r.error().message.contains("mangler"));
    }
    SECTION("too few values")
    {
        auto doc = nlohmann::json::parse(good.constData());
        doc["value"].erase(doc["value"].begin());
        auto r = SsbImporter::readJsonStat2(QByteArray::fromStdString(doc.dump()), "short.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == "value");
        CHECK(r.error().message.contains("635"));
    }
    SECTION("two contents codes")
    {
        auto doc = nlohmann::json::parse(good.constData());
        doc["size"][2] = 2;
        doc["dimension"]["ContentsCode"]["category"]["index"]["Personer2"] = 1;
        auto r = SsbImporter::readJsonStat2(QByteArray::fromStdString(doc.dump()), "contents.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().file == "contents.json");
        CHECK(r.error().field.contains("ContentsCode"));
    }
    SECTION("not JSON")
    {
        auto r = SsbImporter::readJsonStat2("{\n\"class\": \"dataset\",\n oops }", "broken.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().line == 3);
    }
}

TEST_CASE("JSON-stat2 with age ranges inside the model's bands", "[ssb]")
{
    nlohmann::json doc = {
        {"version", "2.0"},
        {"class", "dataset"},
        {"id", {"Region", "Alder", "Tid"}},
        {"size", {1, 5, 1}},
        {"dimension",
         {{"Region", {{"category", {{"index", {{"3207", 0}}}}}}},
          {"Alder", {{"category", {{"index", {{"000-019", 0}, {"020-066", 1}, {"067-079", 2}, {"080-089", 3}, {"090+", 4}}}}}}},
          {"Tid", {{"category", {{"index", {{"2030", 0}}}}}}}}},
        {"value", {100, 200, 30, 4, 1}},
    };
    auto table = SsbImporter::readJsonStat2(QByteArray::fromStdString(doc.dump()), "bands.json");
    INFO((table ? QString() : table.error().text()).toStdString());
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 1);
    CHECK(table->records[0].year == 2030);
    CHECK(table->records[0].persons == std::array<qint64, 4>{100, 200, 30, 5});

    doc["dimension"]["Alder"]["category"]["index"] = {{"000-019", 0}, {"020-070", 1}, {"067-079", 2}, {"080-089", 3}, {"090+", 4}};
    auto straddling = SsbImporter::readJsonStat2(QByteArray::fromStdString(doc.dump()), "straddle.json");
    REQUIRE_FALSE(straddling.ok());
    CHECK(straddling.error().field == "dimension.Alder.category.index.020-070");
}
