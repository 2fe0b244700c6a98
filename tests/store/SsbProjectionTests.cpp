// SSB's own projection in the library (schema v3) and its fetch from PxWebAPI v2: the
// migration from a v2 library, storing beside the registered figures, the fetch against
// a local server serving real-shaped JSON-stat2 for table 14288, every failure as a value
// with nothing stored, and a new scenario that uses SSB's projection when asked. Storing
// and the new scenario run on SQLite and on the PostgreSQL test server (LibraryBackends.h).

#include "LibraryBackends.h"
#include "StoreTestSupport.h"

#include "PxWebServer.h"

#include "ScenarioLibrary.h"
#include "SsbProjection.h"
#include "SsbProjectionFetcher.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

using namespace gevinst::store;
using gevinst::test::ensureApplication;
using gevinst::test::openSeeded;
using gevinst::test::PxWebServer;

namespace {

/// Turns a current library into one as schema version 2 left it (no SSB projection tables).
void downgradeToV2(const QString& path)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const char* statement : {"DROP TABLE actual", "DROP TABLE benefit_target", "DROP TABLE benefit", "DROP TABLE plan",
                                      "ALTER TABLE scenario_version DROP COLUMN saved_by",
                                      "DROP TABLE ssb_projection_year", "DROP TABLE ssb_projection",
                                      "UPDATE schema_version SET version = 2", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
            QSqlQuery q(db);
            INFO(statement);
            REQUIRE(q.exec(QString::fromLatin1(statement)));
            while (q.next()) {
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

SsbProjection bergen(const QString& alternative, qint64 old2040)
{
    SsbProjection p;
    p.unitId = "4601";
    p.alternative = alternative;
    p.tableId = "14288";
    p.fetchedAt = QDateTime::fromString("2026-11-30T12:00:00Z", Qt::ISODate);
    p.source = "SSB tabell 14288, alternativ " + alternative + " (test)";
    for (int year : {2024, 2040}) {
        AgeBandPopulation y;
        y.unitId = "4601";
        y.year = year;
        y.persons = {60000, 190000, 30000, year == 2040 ? old2040 : 13000};
        p.years.push_back(y);
    }
    return p;
}

/// The fixture's persons 80+ in `year`, summed straight from its JSON (Region × Alder × ContentsCode × Tid).
qint64 fixtureOldest(int year)
{
    QFile f(QStringLiteral(GEVINST_TEST_DATA_DIR) + "/store/data/pxweb/14288-data-4601-MMMM.json");
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto doc = nlohmann::json::parse(f.readAll().toStdString());
    const int years = doc["size"][3].get<int>();
    const int t = doc["dimension"]["Tid"]["category"]["index"][std::to_string(year)].get<int>();
    qint64 sum = 0;
    for (int age = 80; age <= 105; ++age)
        sum += doc["value"][std::size_t(age * years + t)].get<qint64>();
    return sum;
}

SsbFetchRequest requestFor(const QString& base)
{
    SsbFetchRequest r;
    r.unitId = "4601";
    r.baseUrl = base;
    r.timeoutMs = 10000;
    return r;
}

} // namespace

TEST_CASE("a schema-2 library gains the tables for SSB's projection, with a backup", "[ssb][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v2.sqlite");
    int scenarios = 0;
    {
        auto lib = openSeeded(path);
        scenarios = lib->status()->scenarioCount;
    }
    downgradeToV2(path);
    auto opened = ScenarioLibrary::open(path);
    REQUIRE_OK(opened);
    auto& lib = *opened;
    CHECK(lib->status()->schemaVersion == ScenarioLibrary::currentSchemaVersion());
    CHECK(ScenarioLibrary::currentSchemaVersion() >= 3);
    CHECK(QFileInfo::exists(path + ".v2.bak"));
    CHECK(lib->status()->scenarioCount == scenarios);
    auto none = lib->ssbProjections("4601");
    REQUIRE_OK(none);
    CHECK(none->empty());
    REQUIRE_OK(lib->saveSsbProjection(bergen("MMMM", 20000)));
    CHECK(lib->ssbProjections("4601")->size() == 1);
}

LIBRARY_TEST_CASE("SSB's projection is kept per unit and alternative, beside the registered figures", "[ssb]")
{
    auto lib = backend.openSeeded("lib.sqlite");
    const auto registeredBefore = lib->population("4601");
    REQUIRE_OK(registeredBefore);

    REQUIRE_OK(lib->saveSsbProjection(bergen("MMMM", 20000)));
    REQUIRE_OK(lib->saveSsbProjection(bergen("LLML", 18000)));
    REQUIRE_OK(lib->saveSsbProjection(bergen("MMMM", 21000))); // fetched again: replaces MMMM
    auto stored = lib->ssbProjections("4601");
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 2);
    for (const SsbProjection& p : *stored) {
        CHECK(p.tableId == "14288");
        CHECK(p.fetchedAt == QDateTime::fromString("2026-11-30T12:00:00Z", Qt::ISODate));
        REQUIRE(p.years.size() == 2);
        REQUIRE(p.year(2040) != nullptr);
        CHECK(p.year(2040)->persons[3] == (p.alternative == "MMMM" ? 21000 : 18000));
    }
    // The registered figures are not touched.
    const auto registeredAfter = lib->population("4601");
    REQUIRE(registeredAfter->size() == registeredBefore->size());
    for (std::size_t i = 0; i < registeredAfter->size(); ++i)
        CHECK((*registeredAfter)[i].persons == (*registeredBefore)[i].persons);

    SECTION("an unknown unit or alternative writes nothing")
    {
        SsbProjection unknown = bergen("MMMM", 1);
        unknown.unitId = "9999";
        for (auto& y : unknown.years)
            y.unitId = "9999";
        auto r = lib->saveSsbProjection(unknown);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == StoreError::Kind::NotFound);
        CHECK(lib->ssbProjections("9999")->empty());
        auto bad = lib->saveSsbProjection(bergen("XXXX", 1));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().field == "alternative");
    }
    SECTION("a year of another unit rolls the whole save back")
    {
        SsbProjection mixed = bergen("HHMH", 25000);
        mixed.years.back().unitId = "0301";
        REQUIRE_FALSE(lib->saveSsbProjection(mixed).ok());
        CHECK(lib->ssbProjections("4601")->size() == 2);
    }
}

TEST_CASE("the PxWebAPI v2 addresses", "[ssb][fetch]")
{
    SsbFetchRequest r = requestFor("https://data.ssb.no/api/pxwebapi/v2/");
    CHECK(SsbProjectionFetcher::metadataUrl(r).toString() ==
          "https://data.ssb.no/api/pxwebapi/v2/tables/14288/metadata?lang=no&outputFormat=json-stat2");
    const QUrl data = SsbProjectionFetcher::dataUrl(r, "Personer1");
    CHECK(data.scheme() == "https");
    CHECK(data.host() == "data.ssb.no");
    CHECK(data.path() == "/api/pxwebapi/v2/tables/14288/data");
    const QUrlQuery query(data);
    CHECK(query.queryItemValue("lang") == "no");
    CHECK(query.queryItemValue("outputFormat") == "json-stat2");
    CHECK(query.queryItemValue("valueCodes[Region]") == "4601");
    CHECK(query.queryItemValue("valueCodes[Alder]") == "*");
    CHECK(query.queryItemValue("valueCodes[ContentsCode]") == "Personer1");
    CHECK(query.queryItemValue("valueCodes[Tid]") == "*");
    CHECK(QString::fromLatin1(SsbProjectionFetcher::kDefaultBaseUrl) == "https://data.ssb.no/api/pxwebapi/v2");
    qputenv(SsbProjectionFetcher::kBaseUrlVariable, "http://127.0.0.1:9/x");
    CHECK(SsbProjectionFetcher::configuredBaseUrl() == "http://127.0.0.1:9/x");
    qunsetenv(SsbProjectionFetcher::kBaseUrlVariable);
    CHECK(SsbProjectionFetcher::configuredBaseUrl() == "https://data.ssb.no/api/pxwebapi/v2");
}

TEST_CASE("the alternative's ContentsCode is found by its label in the metadata", "[ssb][fetch]")
{
    QFile f(QStringLiteral(GEVINST_TEST_DATA_DIR) + "/store/data/pxweb/14288-metadata.json");
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray metadata = f.readAll();
    CHECK(std::get<QString>(SsbProjectionFetcher::contentsCodeFor(metadata, "MMMM")) == "Personer1");
    CHECK(std::get<QString>(SsbProjectionFetcher::contentsCodeFor(metadata, "HHMH")) == "Personer3");
    const auto missing = SsbProjectionFetcher::contentsCodeFor(metadata, "ZZZZ");
    REQUIRE(std::holds_alternative<SsbFetchError>(missing));
    CHECK(std::get<SsbFetchError>(missing).kind == SsbFetchError::Kind::NoAlternative);
    const auto broken = SsbProjectionFetcher::contentsCodeFor("<html>", "MMMM");
    REQUIRE(std::holds_alternative<SsbFetchError>(broken));
    CHECK(std::get<SsbFetchError>(broken).kind == SsbFetchError::Kind::Malformed);
}

TEST_CASE("SSB's projection is fetched from a local PxWebAPI v2 and stored", "[ssb][fetch]")
{
    ensureApplication();
    PxWebServer server;
    const SsbFetchOutcome outcome = SsbProjectionFetcher::fetchBlocking(requestFor(server.base()));
    INFO((outcome.error ? outcome.error->detail + " " + outcome.error->url : QString()).toStdString());
    REQUIRE(outcome.ok());
    const SsbProjection& p = *outcome.projection;
    CHECK(p.unitId == "4601");
    CHECK(p.alternative == "MMMM");
    CHECK(p.tableId == "14288");
    REQUIRE(p.years.size() == 27);
    CHECK(p.years.front().year == 2024);
    CHECK(p.years.back().year == 2050);
    REQUIRE(p.year(2040) != nullptr);
    CHECK(p.year(2040)->persons[3] == fixtureOldest(2040));
    CHECK(p.year(2024)->persons[3] == fixtureOldest(2024));
    CHECK(p.source.contains("SSB tabell 14288, alternativ MMMM"));
    CHECK(p.source.contains("127.0.0.1"));
    CHECK(p.fetchedAt.isValid());

    QTemporaryDir dir;
    auto lib = openSeeded(dir.filePath("lib.sqlite"));
    REQUIRE_OK(lib->saveSsbProjection(p));
    auto stored = lib->ssbProjections("4601");
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().year(2050)->persons == p.year(2050)->persons);
}

TEST_CASE("a failed fetch is a value with a kind, and nothing to store", "[ssb][fetch]")
{
    ensureApplication();
    PxWebServer server;
    auto failure = [](const SsbFetchRequest& request) {
        const SsbFetchOutcome o = SsbProjectionFetcher::fetchBlocking(request);
        REQUIRE_FALSE(o.ok());
        REQUIRE(o.error.has_value());
        return *o.error;
    };
    SECTION("nothing listens: offline")
    {
        CHECK(failure(requestFor(PxWebServer::closedPort())).kind == SsbFetchError::Kind::Offline);
    }
    SECTION("an HTTP error")
    {
        const SsbFetchError e = failure(requestFor(server.base("http500")));
        CHECK(e.kind == SsbFetchError::Kind::Http);
        CHECK(e.httpStatus == 500);
    }
    SECTION("an answer that is no JSON-stat2 projection")
    {
        CHECK(failure(requestFor(server.base("malformed"))).kind == SsbFetchError::Kind::Malformed);
    }
    SECTION("no answer in time")
    {
        SsbFetchRequest r = requestFor(server.base("slow"));
        r.timeoutMs = 400;
        CHECK(failure(r).kind == SsbFetchError::Kind::Timeout);
    }
    SECTION("a bydel: SSB projects kommuner only, nothing is asked")
    {
        SsbFetchRequest r = requestFor(server.base());
        r.unitId = "030112";
        CHECK(failure(r).kind == SsbFetchError::Kind::NotAKommune);
    }
    SECTION("a base URL that is no web address")
    {
        CHECK(failure(requestFor("ftp://example.invalid")).kind == SsbFetchError::Kind::BadRequest);
    }
}

LIBRARY_TEST_CASE("a new scenario uses SSB's projection only when asked and when it is there", "[ssb]")
{
    auto lib = backend.openSeeded("lib.sqlite");
    NewScenarioOptions ssb;
    ssb.projection = NewScenarioOptions::Projection::Ssb;

    auto refused = lib->documentForUnit("4601", ssb);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == StoreError::Kind::InvalidInput);
    CHECK(refused.error().field == "projection");

    REQUIRE_OK(lib->saveSsbProjection(bergen("LLML", 18000)));
    SsbProjection mmmm = bergen("MMMM", 23456);
    REQUIRE_OK(lib->saveSsbProjection(mmmm));
    auto withSsb = lib->documentForUnit("4601", ssb);
    REQUIRE_OK(withSsb);
    auto program = lib->documentForUnit("4601", NewScenarioOptions{});
    REQUIRE_OK(program);
    const auto a = nlohmann::json::parse(withSsb->toStdString());
    const auto b = nlohmann::json::parse(program->toStdString());
    // hjemmetjenester's bands are the standard four: SSB's 80+ of 2040 exactly (MMMM preferred).
    CHECK(a["demography"]["population"]["2040"]["80+"].get<double>() == 23456);
    CHECK(b["demography"]["population"]["2040"]["80+"].get<double>() != 23456);
    // Years SSB's (test) projection lacks come from the program's, and the sources say both.
    CHECK(a["demography"]["population"]["2035"] == b["demography"]["population"]["2035"]);
    const std::string source = a["sources"]["demography.population"].get<std::string>();
    CHECK(source.find("SSBs egen befolkningsframskriving") != std::string::npos);
    CHECK(source.find("alternativ MMMM") != std::string::npos);
    CHECK(source.find("dekker ikke disse årene") != std::string::npos);
    const std::string programSource = b["sources"]["demography.population"].get<std::string>();
    CHECK(programSource.find("programmets egen befolkningsframskriving") != std::string::npos);
}
