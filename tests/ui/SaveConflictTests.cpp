// Saving when someone else saved in between (issue 14): two library handles on the
// same SQLite file stand for two users. The window's save builds on the version it
// opened; the conflict names who saved and when, keeps the edits, and each of the
// three choices does what it says.

#include "UiTestSupport.h"

#include "DocumentManager.h"
#include "ScenarioDocument.h"

#include "SaveConflictDialog.h"
#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTreeWidget>

#include <optional>

using gevinst::test::WindowFixture;
using gevinst::ui::DocumentManager;


namespace {

using Choice = DocumentManager::ConflictChoice;

/// The other user: a second handle on the window's library file, saving the newest
/// version of `id` again with `marker` in its note and a discount rate of its own.
struct OtherUser {
    explicit OtherUser(const QString& path)
    {
        auto opened = gevinst::store::ScenarioLibrary::open(path);
        REQUIRE(opened.ok());
        library = std::move(opened.value());
    }
    int save(qint64 id)
    {
        auto loaded = library->load(id);
        REQUIRE(loaded.ok());
        QByteArray json = loaded->json;
        REQUIRE(json.contains("\"discount_rate\""));
        json.replace("\"discount_rate\": 0.04", "\"discount_rate\": 0.05");
        auto saved = library->save(id, json, QStringLiteral("Den andres endring"));
        REQUIRE(saved.ok());
        return saved->version;
    }
    std::unique_ptr<gevinst::store::ScenarioLibrary> library;
};

QString libraryPath(const WindowFixture& f)
{
    return f.window->documents()->library()->filePath();
}

int newestVersion(gevinst::store::ScenarioLibrary& library, qint64 id)
{
    auto info = library.scenario(id);
    REQUIRE(info.ok());
    return info->latestVersion;
}

} // namespace

TEST_CASE("a save on a stale base asks, names who saved and when, and cancelling keeps the edits", "[ui][conflict]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    REQUIRE(id > 0);
    const int opened = doc->version();
    REQUIRE(doc->baseVersion() == opened);

    OtherUser other(libraryPath(f));
    const int theirs = other.save(id);
    REQUIRE(theirs == opened + 1);

    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    REQUIRE(doc->isModified());
    std::optional<DocumentManager::SaveConflict> asked;
    f.window->documents()->setResolveConflict([&](const DocumentManager::SaveConflict& c) {
        asked = c;
        return Choice::Cancel;
    });
    CHECK_FALSE(f.window->documents()->saveVersion(QStringLiteral("Min endring")));
    REQUIRE(asked.has_value());
    CHECK(asked->scenarioId == id);
    CHECK(asked->baseVersion == opened);
    CHECK(asked->newestVersion == theirs);
    CHECK_FALSE(asked->savedBy.isEmpty());
    CHECK(asked->savedAt.isValid());
    // The dialog's words name the version, who saved it and that the edits are kept.
    const QString text = gevinst::ui::SaveConflictDialog::text(*asked);
    CHECK(text.contains(QStringLiteral("Versjon %1").arg(theirs)));
    CHECK(text.contains(asked->savedBy));
    CHECK(text.contains(QStringLiteral("kl.")));
    CHECK(text.contains(QStringLiteral("endringene dine er beholdt")));

    // Nothing saved; the edits are still there.
    CHECK(newestVersion(*other.library, id) == theirs);
    CHECK(doc->isModified());
    CHECK(doc->json()["discount_rate"].get<double>() == Approx(0.03));
    CHECK(doc->version() == opened);
}

TEST_CASE("«Lagre likevel som ny versjon» saves the edits on top of the other user's version", "[ui][conflict]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    OtherUser other(libraryPath(f));
    const int theirs = other.save(id);

    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    int calls = 0;
    f.window->documents()->setResolveConflict([&](const DocumentManager::SaveConflict&) {
        ++calls;
        return Choice::SaveOnTop;
    });
    REQUIRE(f.window->documents()->saveVersion(QStringLiteral("Min endring")));
    CHECK(calls == 1);
    CHECK(newestVersion(*other.library, id) == theirs + 1);
    CHECK_FALSE(doc->isModified());
    CHECK(doc->version() == theirs + 1);
    CHECK(doc->baseVersion() == theirs + 1);
    // The other user's version stays in the history; the newest holds the window's edits.
    auto versions = other.library->versions(id);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() >= 2);
    CHECK(versions->back().note == QStringLiteral("Min endring"));
    CHECK((*versions)[versions->size() - 2].note == QStringLiteral("Den andres endring"));
    auto newest = other.library->load(id);
    REQUIRE(newest.ok());
    CHECK(newest->json.contains("\"discount_rate\": 0.03"));

    // The version list says who saved each version.
    auto* list = f.find<QTreeWidget>(QStringLiteral("scenarioList"));
    REQUIRE(list != nullptr);
    REQUIRE(list->columnCount() == 3);
    int seen = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int c = 0; c < list->topLevelItem(i)->childCount(); ++c) {
            const QTreeWidgetItem* row = list->topLevelItem(i)->child(c);
            if (row->text(0).startsWith(QStringLiteral("Versjon %1 – Min endring").arg(theirs + 1))) {
                CHECK(row->text(2) == versions->back().savedBy);
                CHECK(row->toolTip(0).contains(versions->back().savedBy));
                ++seen;
            }
        }
    CHECK(seen == 1);

    // The next save builds on the saved version: no question.
    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3,5"));
    REQUIRE(f.window->documents()->saveVersion(QString()));
    CHECK(calls == 1);
}

TEST_CASE("«Lagre som kopi» saves the edits as a new scenario and leaves the original as the other user saved it", "[ui][conflict]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    const QString name = doc->name();
    OtherUser other(libraryPath(f));
    const int theirs = other.save(id);
    const std::size_t scenariosBefore = other.library->scenarios()->size();

    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    f.window->documents()->setResolveConflict([](const DocumentManager::SaveConflict&) { return Choice::SaveAsCopy; });
    REQUIRE(f.window->documents()->saveVersion(QStringLiteral("Min endring")));

    // The original is untouched: the other user's version is the newest.
    CHECK(newestVersion(*other.library, id) == theirs);
    auto original = other.library->load(id);
    REQUIRE(original.ok());
    CHECK(original->json.contains("\"discount_rate\": 0.05"));
    // The copy is a new scenario with the edits, and the window now shows it.
    CHECK(other.library->scenarios()->size() == scenariosBefore + 1);
    const qint64 copyId = doc->scenarioId();
    CHECK(copyId != id);
    CHECK(f.window->currentDocument() == doc);
    CHECK_FALSE(doc->isModified());
    CHECK(doc->name() == QStringLiteral("%1 (kopi)").arg(name));
    auto copy = other.library->load(copyId);
    REQUIRE(copy.ok());
    CHECK(copy->info.name == QStringLiteral("%1 (kopi)").arg(name));
    CHECK(copy->version.version == 1);
    CHECK(copy->json.contains("\"discount_rate\": 0.03"));
}

TEST_CASE("an older version opened and saved goes on top of the newest without a question", "[ui][conflict]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    REQUIRE(f.window->documents()->saveVersion(QStringLiteral("Andre versjon")));
    const int newest = doc->version();
    REQUIRE(newest >= 2);

    REQUIRE(f.window->documents()->openScenario(id, 1));
    doc = f.window->currentDocument();
    REQUIRE(doc->version() == 1);
    CHECK(doc->baseVersion() == newest);
    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("2,5"));
    bool asked = false;
    f.window->documents()->setResolveConflict([&](const DocumentManager::SaveConflict&) {
        asked = true;
        return Choice::Cancel;
    });
    REQUIRE(f.window->documents()->saveVersion(QStringLiteral("Fra versjon 1")));
    CHECK_FALSE(asked);
    CHECK(doc->version() == newest + 1);
}

TEST_CASE("without a decision (no dialog allowed) a stale save stores nothing", "[ui][conflict]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    OtherUser other(libraryPath(f));
    const int theirs = other.save(id);
    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    CHECK_FALSE(f.window->documents()->saveVersion(QString()));
    CHECK(newestVersion(*other.library, id) == theirs);
    CHECK(doc->isModified());
}

