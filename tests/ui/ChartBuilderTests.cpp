// ChartBuilder draws every named chart of a real result, with the numbers of the
// result, a title, and exact hover text in Norwegian format.

#include "UiTestSupport.h"

#include "ChartBuilder.h"
#include "ChartHover.h"
#include "Engine.h"
#include "ScenarioReader.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <qcustomplot.h>

#include <fstream>
#include <sstream>

using namespace gevinst;

namespace {
Result nordreFollo()
{
    std::ifstream in(test::scenariosDir() + "/nordre-follo-hjemmetjenester.json");
    std::stringstream text;
    text << in.rdbuf();
    auto outcome = ScenarioReader::fromText(text.str());
    REQUIRE(outcome.ok());
    return Engine::compute(*outcome.scenario);
}
} // namespace

TEST_CASE("chart keys are stable and round-trip", "[ui][charts]")
{
    REQUIRE(ui::chartIds().size() == 4);
    CHECK(ui::chartKey(ui::ChartId::FreedFteVsGap) == QStringLiteral("freed-fte-vs-gap"));
    for (ui::ChartId id : ui::chartIds())
        CHECK(ui::chartFromKey(ui::chartKey(id)) == id);
    CHECK_FALSE(ui::chartFromKey(u"no-such-chart").has_value());
}

TEST_CASE("every chart draws the result's numbers", "[ui][charts]")
{
    test::ensureApplication();
    const Result r = nordreFollo();
    QCustomPlot plot;
    plot.resize(800, 500);
    for (ui::ChartId id : ui::chartIds()) {
        ui::ChartBuilder::build(plot, r, id);
        // Building twice leaves one title and one set of plottables.
        ui::ChartBuilder::build(plot, r, id);
        int titles = 0;
        for (int i = 0; i < plot.plotLayout()->elementCount(); ++i)
            if (auto* t = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i)))
                titles += t->text() == ui::chartTitle(id);
        CHECK(titles == 1);
        CHECK(plot.plottableCount() > 0);
        CHECK_FALSE(plot.yAxis->label().isEmpty());
        const QImage image = plot.toPixmap(800, 500).toImage();
        CHECK_FALSE(image.isNull());
    }

    ui::ChartBuilder::build(plot, r, ui::ChartId::FreedFteVsGap);
    const int last = r.years.back();
    const QString hover = ui::ChartHover::textAt(plot, last);
    CHECK(hover.contains(QString::number(last)));
    const QString freed = QLocale(QLocale::NorwegianBokmal).toString(r.summary.freedFteEnd, 'f', 1);
    CHECK(hover.contains(freed));

    ui::ChartBuilder::build(plot, r, ui::ChartId::BudgetComponents);
    const QString budget = ui::ChartHover::textAt(plot, last);
    CHECK(budget.contains(QStringLiteral("\u00a0kr")));
}
