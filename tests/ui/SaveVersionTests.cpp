// Saving the open scenario as a new library version, and refusing to save an
// invalid one.

#include "UiTestSupport.h"

#include "DocumentManager.h"
#include "ScenarioDocument.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>

using gevinst::test::WindowFixture;


namespace {
std::size_t versionCount(WindowFixture& f, qint64 id)
{
    auto versions = f.window->documents()->library()->versions(id);
    REQUIRE(versions.ok());
    return versions->size();
}
} // namespace

TEST_CASE("save creates a new version with its note", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    REQUIRE(id > 0);
    const std::size_t before = versionCount(f, id);

    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    REQUIRE(doc->isModified());
    REQUIRE(f.window->documents()->saveVersion(QStringLiteral("Lavere rente")));
    CHECK_FALSE(doc->isModified());
    REQUIRE(versionCount(f, id) == before + 1);
    auto versions = f.window->documents()->library()->versions(id);
    CHECK(versions->back().note == QStringLiteral("Lavere rente"));
    CHECK(doc->version() == versions->back().version);
    auto loaded = f.window->documents()->library()->load(id);
    REQUIRE(loaded.ok());
    CHECK(loaded->json.contains("\"discount_rate\": 0.03"));
}

TEST_CASE("an invalid scenario is not saved", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    const std::size_t before = versionCount(f, id);

    f.type(QStringLiteral("field:receivers.oppgavemedarbeider.position_share"), QStringLiteral("0"));
    REQUIRE_FALSE(doc->isValid());
    CHECK_FALSE(f.window->documents()->saveVersion(QStringLiteral("skal ikke lagres")));
    f.find<QAction>(QStringLiteral("actionSave"))->trigger();
    CHECK(versionCount(f, id) == before);
    CHECK(doc->isModified());
}

TEST_CASE("autosave writes unsaved work and removes it once saved", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    f.type(QStringLiteral("field:hub.one_off_cost_nok"), QStringLiteral("654321"));
    f.window->documents()->autosaveNow();
    const QDir dir(f.window->documents()->autosaveDir());
    const QString file = dir.filePath(QStringLiteral("scenario-%1.json").arg(doc->scenarioId()));
    REQUIRE(QFile::exists(file));
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CHECK(in.readAll().contains("654321"));
    in.close();
    REQUIRE(f.window->documents()->saveVersion(QString()));
    CHECK_FALSE(QFile::exists(file));
}

