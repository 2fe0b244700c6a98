// The window on a library it may only read (issue 17): it opens it read-only, shows
// the scenarios, and says so in its status bar.

#include "ScratchMounts.h"
#include "UiTestSupport.h"
#include "DocumentManager.h"
#include "LibraryPanel.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
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

    // Nothing offers to make a scenario the library cannot store: the panel's button is
    // off and says why, and a unit without scenarios shows no «Nytt scenario».
    auto* panel = window->findChild<gevinst::ui::LibraryPanel*>(QStringLiteral("libraryPanel"));
    REQUIRE(panel != nullptr);
    auto* newButton = window->findChild<QPushButton*>(QStringLiteral("newScenarioButton"));
    REQUIRE(newButton != nullptr);
    CHECK_FALSE(newButton->isEnabled());
    CHECK(newButton->toolTip().contains(QStringLiteral("skrivebeskyttet")));
    for (const char* action : {"actionRenameScenario", "actionDuplicateScenario", "actionTemplateScenario", "actionTrashScenario"}) {
        INFO(action);
        auto* a = window->findChild<QAction*>(QLatin1String(action));
        REQUIRE(a != nullptr);
        CHECK_FALSE(a->isEnabled());
    }
    panel->selectUnit(QStringLiteral("4601")); // Bergen: no scenarios in a new library
    QApplication::processEvents();
    auto* editorButton = window->findChild<QPushButton*>(QStringLiteral("editorNewScenario"));
    auto* panelButton = window->findChild<QPushButton*>(QStringLiteral("emptyNewScenario"));
    REQUIRE(editorButton != nullptr);
    REQUIRE(panelButton != nullptr);
    CHECK_FALSE(editorButton->isVisible());
    CHECK_FALSE(panelButton->isVisible());
    CHECK(window->findChild<QLabel*>(QStringLiteral("editorEmptyText"))->text().contains(QStringLiteral("skrivebeskyttet")));
    CHECK(window->findChild<QLabel*>(QStringLiteral("unitEmptyText"))->text().contains(QStringLiteral("Bergen")));
    window.reset();
}

