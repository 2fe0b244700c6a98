// Library safety (issue 7): SQL is built only from constant text with bound
// parameters, so names and ids full of quotes and "; DROP TABLE" are stored and
// matched as plain text; and an SSB import with absurd figures is refused with a
// message instead of overflowing (found by fuzz_ssb_jsonstat).

#include "ScenarioLibrary.h"
#include "SsbImporter.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace gevinst::store;
using gevinst::test::openSeeded;
using gevinst::test::projectDir;
using gevinst::test::shippedScenario;

namespace {

const std::vector<std::string> kHostile{
    "Robert'); DROP TABLE scenario; --",
    "x' OR '1'='1",
    "\"; DELETE FROM unit; --",
    "3207' UNION SELECT sql FROM sqlite_master --",
    "'' ;; /* */ \\' %1 :name ?",
};

QByteArray withUnitAndName(const std::string& unitId, const std::string& name)
{
    auto doc = nlohmann::ordered_json::parse(shippedScenario("roros-hjemmetjenester.json").constData());
    doc["name"] = name;
    doc["unit"]["id"] = unitId;
    doc["unit"]["name"] = name;
    doc["service_area"] = name;
    return QByteArray::fromStdString(doc.dump(2));
}

QString sourceText(const QString& relative)
{
    QFile file(projectDir() + "/" + relative);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("SQL text lives only in LibrarySql.h constants; prepare takes nothing else", "[safety]")
{
    // Statement keywords at the start of a string literal, anywhere but LibrarySql.h.
    const QRegularExpression sqlLiteral(
        QStringLiteral("\"\\s*(SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|REPLACE|ATTACH|PRAGMA)\\s"),
        QRegularExpression::CaseInsensitiveOption);
    const QDir store(projectDir() + "/model/store");
    const QStringList files = store.entryList({"*.cpp", "*.h"}, QDir::Files);
    REQUIRE(files.contains("LibrarySql.h"));
    REQUIRE(files.size() > 5);
    int prepares = 0;
    for (const QString& name : files) {
        INFO(name.toStdString());
        const QString text = sourceText("model/store/" + name);
        if (name == "LibrarySql.h") {
            // Compile-time constants only: nothing that formats or joins at run time.
            CHECK_FALSE(text.contains("%1"));
            CHECK_FALSE(text.contains("QString"));
            CHECK_FALSE(text.contains("std::string"));
            CHECK(text.count("inline constexpr const char*") > 10);
            continue;
        }
        CHECK_FALSE(sqlLiteral.match(text).hasMatch());
        // Whatever reaches prepare()/exec() is a const char* constant, never converted text.
        const QRegularExpression call(QStringLiteral("(prepare|exec)\\(([^;]*)\\);"));
        for (auto it = call.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            INFO(m.captured(0).toStdString());
            CHECK_FALSE(m.captured(2).contains("toUtf8"));
            CHECK_FALSE(m.captured(2).contains("toLatin1"));
            CHECK_FALSE(m.captured(2).contains("arg("));
            CHECK_FALSE(m.captured(2).contains("+"));
            if (m.captured(1) == "prepare")
                ++prepares;
        }
    }
    CHECK(prepares > 20);
    // LibraryDatabase::prepare accepts only a const char*.
    CHECK(sourceText("model/store/LibraryDatabase.h").contains("prepare(const char* sql)"));
}

TEST_CASE("Hostile names and ids are stored and matched as text, never as SQL", "[safety]")
{
    auto lib = openSeeded(":memory:");
    const auto before = lib->status();
    REQUIRE(before.ok());
    REQUIRE(before->scenarioCount > 0);
    REQUIRE(before->unitCount > 300);

    std::vector<qint64> ids;
    for (const auto& hostile : kHostile) {
        INFO(hostile);
        auto saved = lib->create(withUnitAndName(hostile, hostile), QString::fromStdString(hostile));
        REQUIRE_OK(saved);
        ids.push_back(saved->scenarioId);
        REQUIRE_OK(lib->save(saved->scenarioId, withUnitAndName(hostile, hostile), QString::fromStdString(hostile)));

        const auto info = lib->scenario(saved->scenarioId);
        REQUIRE_OK(info);
        CHECK(info->name.toStdString() == hostile);
        CHECK(info->unitId.toStdString() == hostile);
        CHECK(info->serviceArea.toStdString() == hostile);
        const auto versions = lib->versions(saved->scenarioId);
        REQUIRE_OK(versions);
        REQUIRE(versions->size() == 2);
        CHECK(lib->load(saved->scenarioId, 2)->version.note.toStdString() == hostile);

        // A filter by a hostile unit id finds exactly that scenario, not every row.
        const auto mine = lib->scenarios({QString::fromStdString(hostile), false});
        REQUIRE_OK(mine);
        REQUIRE(mine->size() == 1);
        CHECK(mine->front().id == saved->scenarioId);

        // Lookups by hostile ids find nothing and break nothing.
        CHECK(lib->unit(QString::fromStdString(hostile)).error().kind == StoreError::Kind::NotFound);
        const auto children = lib->childUnits(QString::fromStdString(hostile));
        REQUIRE_OK(children);
        CHECK(children->empty());
        const auto population = lib->population(QString::fromStdString(hostile));
        CHECK((!population.ok() || population->empty()));
        const auto search = lib->searchUnits(QString::fromStdString(hostile));
        REQUIRE_OK(search);
        CHECK(search->empty());
    }

    // Trash and restore by id still touch only the one scenario.
    REQUIRE_OK(lib->moveToTrash(ids.front()));
    REQUIRE_OK(lib->restoreFromTrash(ids.front()));

    const auto after = lib->status();
    REQUIRE_OK(after);
    CHECK(after->unitCount == before->unitCount);
    CHECK(after->scenarioCount == before->scenarioCount + int(kHostile.size()));
    CHECK(after->populationYears == before->populationYears);
    CHECK(lib->units()->size() == std::size_t(before->unitCount));
}

TEST_CASE("An import naming a hostile unit id imports nothing and drops nothing", "[safety]")
{
    auto lib = openSeeded(":memory:");
    const auto before = lib->status();
    REQUIRE_OK(before);
    PopulationTable table;
    table.sourceFile = "hostile.csv";
    table.source = QString::fromStdString(kHostile.front());
    for (const auto& hostile : kHostile) {
        AgeBandPopulation p;
        p.unitId = QString::fromStdString(hostile);
        p.year = 2024;
        p.persons = {1, 2, 3, 4};
        p.source = table.source;
        table.records.push_back(p);
    }
    const auto imported = lib->importPopulation(table);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains("finnes ikke i biblioteket"));
    const auto after = lib->status();
    REQUIRE_OK(after);
    CHECK(after->unitCount == before->unitCount);
    CHECK(after->populationYears == before->populationYears);
}

TEST_CASE("SSB figures too large to be persons are refused, not overflowed", "[safety]")
{
    // Statbank CSV: 10^18 persons of one age would overflow the band's sum.
    QByteArray csv = "\"07459: Population, by region, age, contents and year\"\r\n\r\n"
                     "\"region\";\"age\";\"Persons 2024\"\r\n";
    for (int age = 0; age <= 105; ++age)
        csv += QByteArray("\"K-3207 Nordre Follo\";\"") + QByteArray::number(age) + " years\";" +
               (age == 90 ? QByteArray("9000000000000000000") : QByteArray("100")) + "\r\n";
    auto statbank = SsbImporter::readStatbankCsv(csv, "huge.csv");
    REQUIRE_FALSE(statbank.ok());
    CHECK(statbank.error().line == 4 + 90);
    CHECK(statbank.error().message.contains("0 til 100000000"));

    // The shipped age-band format: bands that would overflow their total.
    const QByteArray bands = "year,location_code,location_name,pop_total,pop_0_19,pop_20_66,pop_67_79,pop_80p\n"
                             "2024,municip_nor3207,Nordre Follo,4,9223372036854775807,9223372036854775807,1,1\n";
    auto banded = SsbImporter::readAgeBandCsv(bands, "bands.csv");
    REQUIRE_FALSE(banded.ok());
    CHECK(banded.error().line == 2);

    // JSON-stat2: a value of 1e78 does not fit a whole number of persons.
    QFile projection(QStringLiteral(GEVINST_STORE_TEST_DATA) + "/ssb-14288-projection.json");
    REQUIRE(projection.open(QIODevice::ReadOnly));
    auto doc = nlohmann::json::parse(projection.readAll().toStdString());
    REQUIRE(doc["value"].is_array());
    REQUIRE(SsbImporter::readJsonStat2(QByteArray::fromStdString(doc.dump()), "ok.json").ok());
    // Dimensions Region (03, 3207, 0301) × Alder (106) × ContentsCode × Tid (2): the
    // first figure of Nordre Follo is value[1 × 106 × 2].
    REQUIRE(doc["id"] == nlohmann::json({"Region", "Alder", "ContentsCode", "Tid"}));
    REQUIRE(doc["size"] == nlohmann::json({3, 106, 1, 2}));
    doc["value"][212] = 1e78;
    auto json = SsbImporter::readJsonStat2(QByteArray::fromStdString(doc.dump()), "huge.json");
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().field == "value[212]");
    CHECK(json.error().message.contains("ikke et helt antall personer"));
}
