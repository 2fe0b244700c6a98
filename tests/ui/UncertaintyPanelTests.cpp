// The Usikkerhet view through its widgets' object names: a run fills the fan
// charts and the probability, cancel stops it, and a scenario without ranges
// has no tornado bars.

#include "TestPaths.h"

#include "UncertaintyPanel.h"

#include "ScenarioReader.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <fstream>
#include <sstream>

using namespace gevinst;
using gevinst::ui::UncertaintyPanel;

namespace {

void ensureApplication()
{
    if (QApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "test_ui_uncertainty";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
}

Scenario shipped()
{
    std::ifstream in(gevinst::test::scenariosDir() + "/nordre-follo-hjemmetjenester.json");
    std::stringstream text;
    text << in.rdbuf();
    auto outcome = ScenarioReader::fromText(text.str());
    REQUIRE(outcome.ok());
    return *outcome.scenario;
}

/// Processes events until `done` or 20 s.
template <typename Done>
bool waitFor(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

} // namespace

TEST_CASE("A run fills the fan charts and the probability of a positive NPV", "[ui][uncertainty]")
{
    ensureApplication();
    UncertaintyPanel panel;
    const Scenario s = shipped();
    panel.setScenario(s);
    auto* draws = panel.findChild<QSpinBox*>("mcDraws");
    auto* run = panel.findChild<QPushButton*>("mcRun");
    auto* probability = panel.findChild<QLabel*>("mcProbability");
    auto* tornado = panel.findChild<QCustomPlot*>("chart:tornado");
    auto* freed = panel.findChild<QCustomPlot*>("chart:fan-freed-fte");
    REQUIRE(draws);
    REQUIRE(run);
    REQUIRE(probability);
    REQUIRE(tornado);
    REQUIRE(freed);
    CHECK(tornado->plottableCount() == 2); // low and high bars
    CHECK(probability->text().isEmpty());

    draws->setValue(2000);
    run->click();
    REQUIRE(waitFor([&] { return panel.lastResult() != nullptr; }));
    CHECK_FALSE(panel.running());
    CHECK(panel.lastResult()->draws == 2000);
    CHECK(probability->text().contains(QStringLiteral("%")));
    REQUIRE(freed->graphCount() == 3); // P90, P10 (band), P50
    const auto* median = freed->graph(2);
    const Result& p50 = panel.lastResult()->p50();
    REQUIRE(median->data()->size() == p50.yearCount());
    const int last = p50.yearCount() - 1;
    CHECK(median->data()->at(last)->value == Approx(p50[SeriesId::FreedFte][last]).epsilon(1e-12));
    CHECK(run->isEnabled());
}

TEST_CASE("Cancel stops a run and leaves no result", "[ui][uncertainty]")
{
    ensureApplication();
    UncertaintyPanel panel;
    panel.setScenario(shipped());
    panel.findChild<QSpinBox*>("mcDraws")->setValue(100000);
    panel.run();
    CHECK(panel.running());
    CHECK(panel.findChild<QPushButton*>("mcCancel")->isEnabled());
    panel.findChild<QPushButton*>("mcCancel")->click();
    CHECK_FALSE(panel.running());
    CHECK(panel.lastResult() == nullptr);
    CHECK(panel.findChild<QLabel*>("mcStatus")->text().contains(QStringLiteral("avbrutt")));
    // A late result of the cancelled run must not show up.
    QApplication::processEvents(QEventLoop::AllEvents, 200);
    CHECK(panel.lastResult() == nullptr);
}

TEST_CASE("A scenario without ranges has no tornado bars", "[ui][uncertainty]")
{
    ensureApplication();
    UncertaintyPanel panel;
    Scenario s = shipped();
    s.uncertainty.clear();
    panel.setScenario(s);
    CHECK(panel.findChild<QCustomPlot*>("chart:tornado")->plottableCount() == 0);
    CHECK(panel.findChild<QLabel*>("mcStatus")->text().contains(QStringLiteral("ingen usikkerhetsområder")));
}
