// Who may do what on a server library prepared as README says (issue 14, items 1–2): a
// read-only role reads, and is told «ingen skrivetilgang» (exit 1) with nothing stored; an
// editor role saves, and its versions carry its name; a stale `db save --base-version`
// exits 3 naming who saved and when, and stores nothing.

#include "AdministeredLibrary.h"
#include "PgCliSupport.h"

#include "PlanLibrary.h"
#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace gevinst;
using namespace gevinst::store;
using namespace gevinst::test;

namespace {

std::unique_ptr<ScenarioLibrary> openAs(const AdministeredLibrary::Role& role)
{
    ensureApplication();
    OpenOptions options;
    options.password = QString::fromStdString(role.password);
    auto opened = ScenarioLibrary::open(role.uri, options);
    INFO(role.name.toStdString() << ": " << (opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

std::string dbArg(const AdministeredLibrary::Role& role)
{
    return " --db " + shellQuoted(role.uri);
}

} // namespace

TEST_CASE("a read-only role lists and exports, and is told «ingen skrivetilgang» when it saves", "[postgresql][permission]")
{
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    auto lib = AdministeredLibrary::prepare(scratch);
    if (!lib)
        return;
    const auto& reader = lib->reader();
    writeBytes(scratch / "ny.json", scenarioNamed("roros-hjemmetjenester.json", "Lesers forsøk"));
    const std::string file = shellQuoted((scratch / "ny.json").string());

    auto asOwner = openAs(lib->owner());
    const int scenariosBefore = asOwner->status()->scenarioCount;
    REQUIRE(scenariosBefore > 0);
    const qint64 shippedId = asOwner->scenarios()->front().id;
    const auto versionsBefore = asOwner->versions(shippedId)->size();

    // Reading works, from the command line and through the store.
    const GevinstRun list = runGevinstAs(reader.password, "db list" + dbArg(reader), scratch, "list");
    INFO(list.err);
    CHECK(list.exitCode == 0);
    CHECK(list.out.find(asOwner->scenarios()->front().name.toStdString()) != std::string::npos);
    const GevinstRun exported = runGevinstAs(reader.password, "db export " + std::to_string(shippedId) + dbArg(reader), scratch, "export");
    CHECK(exported.exitCode == 0);
    CHECK(QByteArray::fromStdString(exported.out) == asOwner->load(shippedId)->json);
    const GevinstRun status = runGevinstAs(reader.password, "db status" + dbArg(reader), scratch, "status");
    CHECK(status.exitCode == 0);
    CHECK(status.out.find("ingen skrivetilgang") != std::string::npos);
    CHECK(status.out.find(reader.name.toStdString()) != std::string::npos);

    auto asReader = openAs(reader);
    CHECK(asReader->isReadOnly());
    CHECK(asReader->status()->readOnly);
    CHECK(asReader->userName() == reader.name);
    auto refused = asReader->create(shippedScenario("roros-hjemmetjenester.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == StoreError::Kind::ReadOnly);
    CHECK(refused.error().text().contains(QStringLiteral("ingen skrivetilgang")));
    CHECK(asReader->save(shippedId, shippedScenario("roros-hjemmetjenester.json")).error().kind == StoreError::Kind::ReadOnly);
    CHECK(asReader->moveToTrash(shippedId).error().kind == StoreError::Kind::ReadOnly);
    PlanLibrary plans(*asReader);
    CHECK(plans.approve(shippedId).error().kind == StoreError::Kind::ReadOnly);

    // Writing from the command line: exit 1, the reason in words, nothing stored.
    const GevinstRun import = runGevinstAs(reader.password, "db import " + file + dbArg(reader), scratch, "import");
    CHECK(import.exitCode == 1);
    CHECK(import.out.empty());
    CHECK(import.err.find("Ingen skrivetilgang") != std::string::npos);
    const GevinstRun save = runGevinstAs(reader.password, "db save " + std::to_string(shippedId) + " " + file + dbArg(reader), scratch, "save");
    CHECK(save.exitCode == 1);
    CHECK(save.err.find("Ingen skrivetilgang") != std::string::npos);
    const GevinstRun trash = runGevinstAs(reader.password, "db trash " + std::to_string(shippedId) + dbArg(reader), scratch, "trash");
    CHECK(trash.exitCode == 1);
    CHECK(trash.err.find("Ingen skrivetilgang") != std::string::npos);

    auto after = openAs(lib->owner());
    CHECK(after->status()->scenarioCount == scenariosBefore);
    CHECK(after->status()->trashedCount == 0);
    CHECK(after->versions(shippedId)->size() == versionsBefore);
    CHECK_FALSE(plans.currentPlan(shippedId)->has_value());
    auto all = after->scenarios();
    CHECK(std::none_of(all->begin(), all->end(), [](const ScenarioInfo& s) { return s.name == QStringLiteral("Lesers forsøk"); }));
}

TEST_CASE("an editor role saves, imports and keeps plans - its versions carry its name", "[postgresql][permission]")
{
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    auto lib = AdministeredLibrary::prepare(scratch);
    if (!lib)
        return;
    const auto& editor = lib->editor();
    writeBytes(scratch / "ny.json", scenarioNamed("roros-hjemmetjenester.json", "Redaktørens scenario"));
    const std::string file = shellQuoted((scratch / "ny.json").string());

    const GevinstRun import = runGevinstAs(editor.password, "db import " + file + " --note første" + dbArg(editor), scratch, "import");
    INFO(import.err);
    REQUIRE(import.exitCode == 0);
    const qint64 id = printedId(import);
    REQUIRE(id > 0);
    const GevinstRun save = runGevinstAs(editor.password, "db save " + std::to_string(id) + " " + file + " --note andre" + dbArg(editor),
                                         scratch, "save");
    INFO(save.err);
    CHECK(save.exitCode == 0);
    CHECK(save.out == "2\n");

    auto asEditor = openAs(editor);
    CHECK_FALSE(asEditor->isReadOnly());
    CHECK(asEditor->userName() == editor.name);
    auto versions = asEditor->versions(id);
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    for (const auto& v : *versions)
        CHECK(v.savedBy == editor.name); // the database user, not the OS user
    const GevinstRun listed = runGevinstAs(editor.password, "db versions " + std::to_string(id) + dbArg(editor), scratch, "versions");
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.find(editor.name.toStdString()) != std::string::npos);

    // Plans, benefits and actuals (their ids come from sequences) and the trash.
    PlanLibrary plans(*asEditor);
    auto approved = plans.approve(id, std::nullopt, QStringLiteral("PS 1/27"));
    REQUIRE_OK(approved);
    CHECK(approved->approvedBy == editor.name);
    plan::BenefitInput benefit;
    benefit.figure = QStringLiteral("freed_fte");
    benefit.ownerName = QStringLiteral("Kari Nordmann");
    benefit.ownerPosition = QStringLiteral("Enhetsleder");
    REQUIRE_OK(plans.addBenefit(id, benefit));
    plan::ActualInput actual;
    actual.benefitKey = QStringLiteral("freed_fte");
    actual.period = *plan::Period::parse(QStringLiteral("2026"));
    actual.value = 3.5;
    REQUIRE_OK(plans.recordActuals(id, {actual}));
    CHECK(plans.actuals(id)->front().recordedBy == editor.name);
    auto other = asEditor->duplicate(id);
    REQUIRE_OK(other);
    REQUIRE_OK(asEditor->moveToTrash(other->scenarioId));
    REQUIRE_OK(asEditor->deletePermanently(other->scenarioId));
}

TEST_CASE("a stale db save --base-version exits 3, names who saved and when, and stores nothing", "[postgresql][conflict]")
{
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    auto lib = AdministeredLibrary::prepare(scratch);
    if (!lib)
        return;
    const auto& owner = lib->owner();
    const auto& editor = lib->editor();
    writeBytes(scratch / "v1.json", scenarioNamed("nordre-follo-hjemmetjenester.json", "Budsjett 2027"));
    writeBytes(scratch / "kari.json", scenarioNamed("nordre-follo-hjemmetjenester.json", "Budsjett 2027 – Karis endring"));
    writeBytes(scratch / "ola.json", scenarioNamed("nordre-follo-hjemmetjenester.json", "Budsjett 2027 – Olas endring"));
    auto path = [&](const char* name) { return shellQuoted((scratch / name).string()); };

    const GevinstRun import = runGevinstAs(owner.password, "db import " + path("v1.json") + dbArg(owner), scratch, "import");
    INFO(import.err);
    const qint64 id = printedId(import);
    REQUIRE(id > 0);
    const std::string sid = std::to_string(id);

    // Both start from version 1; the editor saves first.
    const GevinstRun first = runGevinstAs(editor.password, "db save " + sid + " " + path("kari.json") + " --base-version 1" + dbArg(editor),
                                          scratch, "first");
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == "2\n");
    const GevinstRun stale = runGevinstAs(owner.password, "db save " + sid + " " + path("ola.json") + " --base-version 1" + dbArg(owner),
                                          scratch, "stale");
    CHECK(stale.exitCode == 3);
    CHECK(stale.out.empty());
    INFO(stale.err);
    CHECK(stale.err.find(editor.name.toStdString()) != std::string::npos); // who

    auto check = openAs(owner);
    auto versions = check->versions(id);
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2); // nothing stored
    // As a Norwegian date is written (io::NumberText::dateTime): 1.12.2026 05:28.
    const QString when = versions->back().savedAt.toLocalTime().toString(QStringLiteral("d.M.yyyy HH:mm"));
    CHECK(stale.err.find(when.toStdString()) != std::string::npos); // when
    CHECK(versions->back().savedBy == editor.name);
    const GevinstRun exported = runGevinstAs(owner.password, "db export " + sid + dbArg(owner), scratch, "export");
    CHECK(exported.out == readWhole(scratch / "kari.json"));

    // On top of the newest version it is saved, as the owner.
    const GevinstRun again = runGevinstAs(owner.password, "db save " + sid + " " + path("ola.json") + " --base-version 2" + dbArg(owner),
                                          scratch, "again");
    INFO(again.err);
    CHECK(again.exitCode == 0);
    CHECK(again.out == "3\n");
    auto latest = openAs(owner)->versions(id);
    REQUIRE(latest->size() == 3);
    CHECK(latest->back().savedBy == owner.name);
}
