// The window on a library it may only read (issue 17): it opens it read-only, shows
// the scenarios, and says so in its status bar.

#include "ScratchMounts.h"
#include "UiTestSupport.h"
#include "DocumentManager.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest/QtTest>


TEST_CASE("a library in a read-only folder opens read-only and the status bar says so", "[ui][readonly]")
{
    gevinst::test::ensureApplication();
    QTemporaryDir scratch;
    const QString folder = scratch.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/library.sqlite");
    {
        auto created = gevinst::store::ScenarioLibrary::open(path);
        REQUIRE(created.ok());
    }
    gevinst::test::ReadOnlyFolder readOnly(folder.toStdString());
    if (!readOnly.ok()) {
        WARN(readOnly.why());
        return;
    }
    gevinst::ui::WindowOptions options;
    options.libraryPath = path;
    options.autosaveDir = scratch.filePath(QStringLiteral("autosave"));
    options.interactive = false;
    auto window = std::make_unique<gevinst::ui::MainWindow>(options);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    REQUIRE(window->documents()->library() != nullptr);
    CHECK(window->documents()->library()->isReadOnly());
    CHECK(window->currentDocument() != nullptr);
    bool said = false;
    for (const QLabel* label : window->statusBar()->findChildren<QLabel*>())
        said = said || label->text().contains(QStringLiteral("skrivebeskyttet"));
    CHECK(said);
    window.reset();
}

