// Renaming and duplicating library scenarios (issue 16, item 4): a rename is a new
// version with the new name, a duplicate a new scenario holding the chosen version.
// Both on SQLite and on the PostgreSQL test server (LibraryBackends.h).

#include "ScenarioLibrary.h"
#include "LibraryBackends.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace gevinst::store;
using gevinst::test::shippedScenario;

namespace {

nlohmann::ordered_json parsed(const QByteArray& json)
{
    return nlohmann::ordered_json::parse(json.constData());
}

} // namespace

LIBRARY_TEST_CASE("rename saves a new version with the new name and keeps the old one", "[library][manage]")
{
    auto lib = backend.openSeeded();
    const QByteArray original = shippedScenario("oslo-alna-hjemmetjenester.json");
    const qint64 id = lib->create(original)->scenarioId;

    auto renamed = lib->rename(id, QStringLiteral("  Alna – moderat  "));
    REQUIRE_OK(renamed);
    CHECK(renamed->scenarioId == id);
    CHECK(renamed->version == 2);
    CHECK(lib->scenario(id)->name == QStringLiteral("Alna – moderat"));
    auto versions = lib->versions(id);
    REQUIRE(versions->size() == 2);
    CHECK(versions->back().note == QStringLiteral("Nytt navn: Alna – moderat"));
    // Only the name changed; the first version is untouched.
    auto now = parsed(lib->load(id)->json);
    auto before = parsed(original);
    CHECK(now["name"] == "Alna – moderat");
    now["name"] = before["name"];
    CHECK(now == before);
    CHECK(parsed(lib->load(id, 1)->json)["name"] == before["name"]);

    auto empty = lib->rename(id, QStringLiteral("   "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == StoreError::Kind::InvalidInput);
    CHECK(empty.error().field == QStringLiteral("name"));
    CHECK(lib->versions(id)->size() == 2);

    CHECK(lib->rename(999999, QStringLiteral("x")).error().kind == StoreError::Kind::NotFound);
    REQUIRE(lib->moveToTrash(id).ok());
    CHECK_FALSE(lib->rename(id, QStringLiteral("i papirkurven")).ok());
}

LIBRARY_TEST_CASE("duplicate makes a new scenario named «… (kopi)» from the chosen version", "[library][manage]")
{
    auto lib = backend.openSeeded();
    const QByteArray original = shippedScenario("oslo-alna-hjemmetjenester.json");
    const qint64 id = lib->create(original)->scenarioId;
    auto v1Name = QString::fromStdString(parsed(original)["name"].get<std::string>());
    auto doc = parsed(original);
    doc["discount_rate"] = 0.025;
    REQUIRE_OK(lib->save(id, QByteArray::fromStdString(doc.dump(2)), QStringLiteral("lavere rente")));
    const int liveBefore = lib->status()->scenarioCount;

    auto copy = lib->duplicate(id);
    REQUIRE_OK(copy);
    CHECK(copy->scenarioId != id);
    CHECK(copy->version == 1);
    CHECK(lib->status()->scenarioCount == liveBefore + 1);
    auto info = lib->scenario(copy->scenarioId);
    CHECK(info->name == v1Name + QStringLiteral(" (kopi)"));
    CHECK(info->unitId == lib->scenario(id)->unitId);
    auto copied = parsed(lib->load(copy->scenarioId)->json);
    CHECK(copied["discount_rate"] == 0.025);
    CHECK(lib->versions(copy->scenarioId)->front().note == QStringLiteral("Kopi av «%1», versjon 2").arg(v1Name));
    // The original keeps its two versions.
    CHECK(lib->versions(id)->size() == 2);

    auto fromFirst = lib->duplicate(id, QStringLiteral("Alna – 0-alternativ"), 1);
    REQUIRE_OK(fromFirst);
    CHECK(lib->scenario(fromFirst->scenarioId)->name == QStringLiteral("Alna – 0-alternativ"));
    CHECK(parsed(lib->load(fromFirst->scenarioId)->json)["discount_rate"] == parsed(original)["discount_rate"]);

    CHECK(lib->duplicate(id, QStringLiteral(" ")).error().field == QStringLiteral("name"));
    CHECK(lib->duplicate(id, {}, 7).error().kind == StoreError::Kind::NotFound);
}
