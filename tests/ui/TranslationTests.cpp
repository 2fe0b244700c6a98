// The English translation is compiled into the program and loads.

#include "UiTestSupport.h"

#include "ChartId.h"
#include "GevinstApplication.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

TEST_CASE("the English translation loads and translates the window's texts", "[ui][i18n]")
{
    gevinst::test::ensureApplication();
    using gevinst::ui::ChartId;
    REQUIRE(gevinst::ui::chartTitle(ChartId::BudgetComponents) == QStringLiteral("Budsjetteffekt per år"));

    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/gevinst_en.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    CHECK(gevinst::ui::chartTitle(ChartId::BudgetComponents) == QStringLiteral("Budget effect per year"));
    CHECK(QCoreApplication::translate("gevinst::ui::ResultsPanel", "Nåverdi budsjett") == QStringLiteral("Budget NPV"));
    CHECK(QCoreApplication::translate("gevinst::ui::MainWindow", "&Fil") == QStringLiteral("&File"));
    QCoreApplication::removeTranslator(&translator);
    CHECK(gevinst::ui::chartTitle(ChartId::BudgetComponents) == QStringLiteral("Budsjetteffekt per år"));

    // Norwegian needs no file; an unknown language has none.
    CHECK(gevinst::ui::installTranslation(*QCoreApplication::instance(), QStringLiteral("nb_NO")));
    CHECK_FALSE(gevinst::ui::installTranslation(*QCoreApplication::instance(), QStringLiteral("xx")));
}
