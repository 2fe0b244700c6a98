// The «Eksport» menu of the main window: its actions are there, and each writes its
// file for the current scenario (paths given, so no file dialog opens).

#include "GuiTestApp.h"
#include "IoTestData.h"

#include "Engine.h"
#include "ExportMenu.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>

using namespace gevinst;

TEST_CASE("the export menu writes report, workbook, CSV and chart of the current scenario", "[exportmenu]")
{
    test::guiApp();

    QMainWindow window;
    bool haveScenario = true;
    auto* menu = ui::ExportMenu::install(
        &window,
        [&]() -> std::optional<ui::ExportSubject> {
            if (!haveScenario)
                return std::nullopt;
            ui::ExportSubject s{test::alna(), {}, {}};
            s.result = Engine::compute(s.scenario);
            s.source.scenarioName = QString::fromStdString(s.scenario.name);
            s.source.version = QStringLiteral("3");
            return s;
        },
        [] { return std::vector<ui::CompareEntry>{}; });
    REQUIRE(menu);
    REQUIRE(window.findChild<QMenu*>(QStringLiteral("exportMenu")));
    REQUIRE(window.findChild<QAction*>(QStringLiteral("exportReportAction")));

    const auto dir = test::ioTempDir();
    const auto path = [&](const char* file) { return QString::fromStdString((dir / file).string()); };
    CHECK(menu->exportReport(path("menu.pdf")));
    CHECK(menu->exportXlsx(path("menu.xlsx")));
    CHECK(menu->exportCsv(path("menu.csv")));
    CHECK(menu->saveChart(1, path("menu.svg")));
    CHECK(std::filesystem::file_size(dir / "menu.pdf") > 10000);
    CHECK(test::slurpFile(dir / "menu.xlsx").substr(0, 2) == "PK");
    CHECK(test::slurpFile(dir / "menu.csv").find("År;") != std::string::npos);
    CHECK(test::slurpFile(dir / "menu.svg").find("Kilde: Gevinstmodell, scenario Alna hjemmetjeneste – oppgavedeling "
                                                "2026–2035, versjon 3") != std::string::npos);
}
