// ScenarioLibrary on temporary databases: seeding, units and population, round trip,
// versions and restore, trash, templates, imports, and hostile names — each on SQLite
// and on the PostgreSQL test server (LibraryBackends.h).

#include "ScenarioLibrary.h"
#include "ScenarioReader.h"
#include "SsbImporter.h"
#include "LibraryBackends.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace gevinst::store;
using gevinst::test::projectDir;
using gevinst::test::shippedScenario;
using gevinst::test::storeDataDir;

namespace {

QByteArray withName(const QByteArray& json, const std::string& name)
{
    auto doc = nlohmann::ordered_json::parse(json.constData());
    doc["name"] = name;
    return QByteArray::fromStdString(doc.dump(2));
}

QByteArray withDiscountRate(const QByteArray& json, double rate)
{
    auto doc = nlohmann::ordered_json::parse(json.constData());
    doc["discount_rate"] = rate;
    return QByteArray::fromStdString(doc.dump(2));
}

} // namespace

LIBRARY_TEST_CASE("a new library is seeded with every unit, the population and the shipped scenarios", "[library]")
{
    auto lib = backend.openSeeded("lib.sqlite");
    auto status = lib->status();
    REQUIRE(status.ok());
    CHECK(status->schemaVersion == ScenarioLibrary::currentSchemaVersion());
    CHECK(status->unitCount == 15 + 357 + 15);
    CHECK(status->populationYears == std::vector<int>{2024, 2025, 2026});
    const int shipped = int(QDir(projectDir() + "/scenarios").entryList({"*.json"}).size());
    CHECK(status->scenarioCount == shipped);
    CHECK(status->server == backend.isServer());
    if (backend.isServer())
        CHECK(status->filePath == backend.location());
    else
        CHECK(status->filePath == QFileInfo(backend.location("lib.sqlite")).absoluteFilePath());

    auto oslo = lib->unit("0301");
    REQUIRE(oslo.ok());
    CHECK(oslo->name == "Oslo");
    CHECK(oslo->alternativeName == "Oslove");
    CHECK(oslo->level == UnitLevel::Kommune);
    CHECK(oslo->parentId == "03");

    auto bydeler = lib->childUnits("0301");
    REQUIRE(bydeler.ok());
    CHECK(bydeler->size() == 15);
    for (const auto& b : *bydeler) {
        CHECK(b.level == UnitLevel::Bydel);
        CHECK(b.countyId == "03");
    }
    auto counties = lib->childUnits({});
    REQUIRE(counties.ok());
    CHECK(counties->size() == 15);
    auto akershus = lib->childUnits("32");
    REQUIRE(akershus.ok());
    CHECK(std::any_of(akershus->begin(), akershus->end(), [](const Unit& u) { return u.name == "Nordre Follo"; }));

    auto pop = lib->population("0301", 2024);
    REQUIRE(pop.ok());
    CHECK(pop->total() == 717710);
    auto nf = lib->population("3207");
    REQUIRE(nf.ok());
    REQUIRE(nf->size() == 3);
    CHECK(nf->front().total() == 63560);
    CHECK(nf->front().source.contains(QString::fromUtf8("Statistisk sentralbyrå")));
    CHECK(lib->population("0301", 1990).error().kind == StoreError::Kind::NotFound);
}

LIBRARY_TEST_CASE("unit search by name, alternative name and number, case-insensitive beyond ASCII", "[library]")
{
    auto lib = backend.openSeeded();
    auto ostensjo = lib->searchUnits(QString::fromUtf8("østensjø"));
    REQUIRE(ostensjo.ok());
    REQUIRE(ostensjo->size() == 1);
    CHECK(ostensjo->front().id == "030113");
    auto oslove = lib->searchUnits("oslove");
    REQUIRE(oslove.ok());
    REQUIRE(oslove->size() == 2); // the county, then the kommune
    CHECK(oslove->at(0).level == UnitLevel::County);
    CHECK(oslove->at(1).id == "0301");
    auto byNumber = lib->searchUnits("3207");
    REQUIRE(byNumber.ok());
    REQUIRE(byNumber->size() == 1);
    CHECK(byNumber->front().name == "Nordre Follo");
    auto wildcard = lib->searchUnits("%");
    REQUIRE(wildcard.ok());
    CHECK(wildcard->empty());
    CHECK(lib->unit("9999").error().kind == StoreError::Kind::NotFound);
}

LIBRARY_TEST_CASE("import then export gives the same document, byte for byte", "[library]")
{
    auto lib = backend.openSeeded();
    const QByteArray original = shippedScenario("nordre-follo-hjemmetjenester.json");
    auto saved = lib->create(original, "importert");
    REQUIRE(saved.ok());
    CHECK(saved->version == 1);
    auto loaded = lib->load(saved->scenarioId);
    REQUIRE(loaded.ok());
    CHECK(loaded->json == original);
    CHECK(loaded->version.note == "importert");
    CHECK(loaded->info.unitId == "3207");
    CHECK(loaded->info.unitName == "Nordre Follo");
    CHECK(loaded->info.serviceArea == "hjemmetjenester");
    CHECK_FALSE(loaded->info.shipped);
}

LIBRARY_TEST_CASE("every save is a new version - restore copies an old one forward", "[library]")
{
    auto lib = backend.openSeeded();
    const QByteArray v1 = shippedScenario("roros-hjemmetjenester.json");
    const QByteArray v2 = withDiscountRate(v1, 0.03);
    const QByteArray v3 = withName(v2, "Røros etter revisjon");
    auto created = lib->create(v1);
    REQUIRE_OK(created);
    const qint64 id = created->scenarioId;
    REQUIRE(lib->save(id, v2, "lavere rente").ok());
    auto third = lib->save(id, v3);
    REQUIRE(third.ok());
    CHECK(third->version == 3);

    auto versions = lib->versions(id);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 3);
    CHECK(versions->at(1).note == "lavere rente");
    for (const auto& v : *versions)
        CHECK(v.savedBy == backend.expectedUser());
    CHECK(versions->at(0).savedAt <= versions->at(2).savedAt);
    CHECK(lib->load(id, 1)->json == v1);
    CHECK(lib->load(id, 2)->json == v2);
    CHECK(lib->load(id)->json == v3);
    CHECK(lib->scenario(id)->name == QString::fromUtf8("Røros etter revisjon"));

    auto restored = lib->restore(id, 1);
    REQUIRE(restored.ok());
    CHECK(restored->version == 4);
    CHECK(lib->load(id)->json == v1);
    CHECK(lib->load(id)->version.note == "Gjenopprettet fra versjon 1");
    CHECK(lib->scenario(id)->versionCount == 4);
    CHECK(lib->load(id, 3)->json == v3); // the history is kept
    CHECK(lib->restore(id, 9).error().kind == StoreError::Kind::NotFound);
    CHECK(lib->load(4242).error().kind == StoreError::Kind::NotFound);
}

LIBRARY_TEST_CASE("an invalid document is refused and nothing is stored", "[library]")
{
    auto lib = backend.openSeeded();
    const int before = lib->status()->scenarioCount;
    auto bad = lib->create(withDiscountRate(shippedScenario("roros-hjemmetjenester.json"), -5));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == StoreError::Kind::InvalidInput);
    CHECK(bad.error().field == "discount_rate");
    CHECK(lib->create("not json").error().kind == StoreError::Kind::InvalidInput);
    CHECK(lib->status()->scenarioCount == before);
}

LIBRARY_TEST_CASE("trash is recoverable - only trashed scenarios can be deleted", "[library]")
{
    auto lib = backend.openSeeded();
    const qint64 id = lib->create(shippedScenario("oslo-alna-hjemmetjenester.json"))->scenarioId;
    CHECK(lib->deletePermanently(id).error().kind == StoreError::Kind::NotFound);
    REQUIRE(lib->moveToTrash(id).ok());
    CHECK_FALSE(lib->moveToTrash(id).ok());
    auto live = lib->scenarios();
    CHECK(std::none_of(live->begin(), live->end(), [&](const ScenarioInfo& s) { return s.id == id; }));
    auto trash = lib->scenarios({std::nullopt, true});
    REQUIRE(trash->size() == 1);
    CHECK(trash->front().trashedAt.has_value());
    CHECK(lib->save(id, shippedScenario("oslo-alna-hjemmetjenester.json")).error().kind == StoreError::Kind::InvalidInput);
    REQUIRE(lib->restoreFromTrash(id).ok());
    CHECK_FALSE(lib->scenario(id)->trashed);
    REQUIRE(lib->moveToTrash(id).ok());
    REQUIRE(lib->deletePermanently(id).ok());
    CHECK(lib->scenario(id).error().kind == StoreError::Kind::NotFound);
    CHECK(lib->versions(id).error().kind == StoreError::Kind::NotFound);
}

LIBRARY_TEST_CASE("listing per unit", "[library]")
{
    auto lib = backend.openSeeded();
    const qint64 id = lib->create(shippedScenario("oslo-alna-hjemmetjenester.json"))->scenarioId;
    auto alna = lib->scenarios({QString("030112"), false});
    REQUIRE(alna.ok());
    CHECK(std::any_of(alna->begin(), alna->end(), [&](const ScenarioInfo& s) { return s.id == id; }));
    for (const auto& s : *alna)
        CHECK(s.unitId == "030112");
    CHECK(lib->scenarios({QString("5610"), false})->empty());
}

LIBRARY_TEST_CASE("names full of quotes and SQL are stored as text", "[library]")
{
    auto lib = backend.openSeeded();
    const std::string hostile = "Robert'); DROP TABLE scenario; -- \"x\" ''";
    const QByteArray doc = withName(shippedScenario("roros-hjemmetjenester.json"), hostile);
    auto saved = lib->create(doc, QString::fromStdString(hostile));
    REQUIRE(saved.ok());
    REQUIRE(lib->save(saved->scenarioId, doc, "'; DROP TABLE scenario_version; --").ok());
    CHECK(lib->scenario(saved->scenarioId)->name.toStdString() == hostile);
    CHECK(lib->load(saved->scenarioId, 1)->version.note.toStdString() == hostile);
    CHECK(lib->versions(saved->scenarioId)->size() == 2);
    auto search = lib->searchUnits("'; DROP TABLE unit; --");
    REQUIRE(search.ok());
    CHECK(search->empty());
    CHECK(lib->status()->unitCount == 387);
    CHECK(lib->unit("0301' OR '1'='1").error().kind == StoreError::Kind::NotFound);
}

LIBRARY_TEST_CASE("a new scenario from a template carries the unit's real population and says where things came from", "[library]")
{
    auto lib = backend.openSeeded();
    const qint64 templ = lib->create(shippedScenario("nordre-follo-hjemmetjenester.json"))->scenarioId;
    auto doc = lib->documentFromTemplate("030113", templ);
    INFO((doc ? QString() : doc.error().text()).toStdString());
    REQUIRE(doc.ok());
    const auto json = nlohmann::json::parse(doc->constData());
    CHECK(json["unit"]["id"] == "030113");
    CHECK(json["unit"]["name"] == "Østensjø");
    CHECK(json["unit"]["level"] == "bydel");
    CHECK(json["unit"]["parent"] == "0301");
    CHECK(json["demography"]["population"]["2024"]["80+"] == 2321);
    CHECK(json["demography"]["population"]["2024"]["0-19"] == 12574);
    CHECK(json["demography"]["population"]["2026"]["80+"].is_number()); // registered 2024–2026, then the §8 projection
    CHECK(json["format"] == "gevinstmodell-scenario/2");
    const std::string popSource = json["sources"]["demography.population"];
    CHECK(popSource.find("Østensjø") != std::string::npos);
    CHECK(popSource.find("Statistisk sentralbyrå") != std::string::npos);
    const std::string wage = json["sources"]["roles.sykepleier.annual_cost_nok"];
    CHECK(wage.rfind("Fra malen «", 0) == 0);
    CHECK(json["discount_rate"] == 0.04);

    auto saved = lib->createFromTemplate("5610", templ, "Karasjok – hjemmetjenester");
    REQUIRE(saved.ok());
    CHECK(lib->scenario(saved->scenarioId)->unitName == "Karasjok");
    CHECK(lib->documentFromTemplate("03", templ).error().kind == StoreError::Kind::InvalidInput);
    CHECK(lib->documentFromTemplate("9999", templ).error().kind == StoreError::Kind::NotFound);
}

LIBRARY_TEST_CASE("imported SSB figures land in the library - a file naming an unknown unit imports nothing", "[library]")
{
    auto lib = backend.openSeeded();
    auto table = SsbImporter::readFile(storeDataDir() + "/ssb-14288-projection.json");
    REQUIRE(table.ok());
    auto summary = lib->importPopulation(*table);
    REQUIRE(summary.ok());
    CHECK(summary->units == 2);
    CHECK(summary->years == 2);
    CHECK(lib->population("3207", 2040)->total() > 63560);
    CHECK(lib->status()->populationYears == std::vector<int>{2024, 2025, 2026, 2040});

    PopulationTable bad = *table;
    for (auto& p : bad.records)
        p.year = 2050;
    bad.records.back().unitId = "1850"; // Tysfjord, gone since 2020
    auto refused = lib->importPopulation(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains("1850"));
    CHECK(lib->population("3207", 2050).error().kind == StoreError::Kind::NotFound);
}

LIBRARY_TEST_CASE("loadScenario gives the stored version read and validated", "[library][load]")
{
    auto lib = backend.openSeeded();
    const QByteArray v1 = shippedScenario("roros-hjemmetjenester.json");
    const qint64 id = lib->create(v1)->scenarioId;
    REQUIRE(lib->save(id, withDiscountRate(v1, 0.03)).ok());

    auto newest = lib->loadScenario(id);
    REQUIRE_OK(newest);
    CHECK(newest->document.version.version == 2);
    CHECK(newest->document.info.unitId == "5025");
    CHECK(newest->scenario.discountRate == Approx(0.03));
    auto first = lib->loadScenario(id, 1);
    REQUIRE_OK(first);
    CHECK(first->document.json == v1);
    CHECK(first->scenario.discountRate == Approx(gevinst::ScenarioReader::fromText(v1.toStdString()).scenario->discountRate));

    CHECK(lib->loadScenario(4242).error().kind == StoreError::Kind::NotFound);
    CHECK(lib->loadScenario(id, 3).error().kind == StoreError::Kind::NotFound);
    CHECK(lib->loadScenario(id, 3).error().readErrors.empty());
}

TEST_CASE("a stored version that no longer reads: loadScenario names the problems, load still gives the text", "[library][load]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
    qint64 id = 0;
    const QByteArray broken = withDiscountRate(shippedScenario("roros-hjemmetjenester.json"), -5);
    {
        auto lib = gevinst::test::openSeeded(path);
        id = lib->create(shippedScenario("roros-hjemmetjenester.json"))->scenarioId;
    }
    {
        // As if an older program had stored a text this one refuses.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("UPDATE scenario_version SET document = :doc WHERE scenario_id = :id")));
        q.bindValue(QStringLiteral(":doc"), QString::fromUtf8(broken));
        q.bindValue(QStringLiteral(":id"), id);
        REQUIRE(q.exec());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    auto lib = gevinst::test::openSeeded(path);
    auto stored = lib->loadScenario(id);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().kind == StoreError::Kind::InvalidInput);
    CHECK(stored.error().field == "version");
    REQUIRE_FALSE(stored.error().readErrors.empty());
    CHECK(stored.error().readErrors.front().path == "discount_rate");
    auto text = lib->load(id); // the window still opens it in the editor, to be mended
    REQUIRE_OK(text);
    CHECK(text->json == broken);
}
