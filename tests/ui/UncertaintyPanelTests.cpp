// The Usikkerhet view through its widgets' object names: a run fills the fan
// charts and the probability, cancel stops it, a scenario without ranges has no
// tornado bars, and the tornado's texts are whole in a narrow window and on a page.

#include "TestPaths.h"

#include "InputLabel.h"
#include "UncertaintyCharts.h"
#include "UncertaintyPanel.h"

#include "ScenarioReader.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <QFontMetrics>

#include <fstream>
#include <set>
#include <sstream>

using namespace gevinst;
using gevinst::ui::TornadoMeasure;
using gevinst::ui::UncertaintyCharts;
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

namespace {

/// The tornado in `plot` as a reader sees it: the bars get at least half the width, the
/// value axis's title (centred under the bars) and every row label lie inside the plot,
/// a row's lines fit in its height, and hovering a row gives its input's full name.
void checkTornadoWhole(QCustomPlot& plot, const Scenario& s)
{
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const QRect bars = plot.axisRect()->rect();
    INFO("plot " << plot.width() << "x" << plot.height() << ", bars " << bars.left() << "+" << bars.width());
    CHECK(bars.width() >= plot.width() / 2);

    const QFontMetrics title(plot.xAxis->labelFont());
    const QStringList titleLines = plot.xAxis->label().split(QLatin1Char('\n'));
    CHECK(titleLines.join(QLatin1Char(' ')).contains(QStringLiteral("Nåverdi av budsjetteffekten")));
    CHECK_FALSE(titleLines.join(QString()).contains(QChar(0x2026))); // the title is not cut
    for (const QString& line : titleLines) {
        INFO(line.toStdString());
        const int width = title.horizontalAdvance(line);
        CHECK(bars.center().x() - width / 2 >= 0);
        CHECK(bars.center().x() + width / 2 <= plot.width());
    }

    auto ticker = plot.yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    REQUIRE(ticker);
    REQUIRE(ticker->ticks().size() >= 5);
    const QFontMetrics tick(plot.yAxis->tickLabelFont());
    const double rowHeight = bars.height() / plot.yAxis->range().size();
    std::set<std::string> paths;
    for (const auto& [path, range] : s.uncertainty)
        paths.insert(path);
    for (auto it = ticker->ticks().cbegin(); it != ticker->ticks().cend(); ++it) {
        const QStringList lines = it.value().split(QLatin1Char('\n'));
        INFO(it.value().toStdString());
        CHECK(lines.size() * tick.height() <= rowHeight + 1);
        for (const QString& line : lines)
            CHECK(bars.left() - plot.yAxis->tickLabelPadding() - tick.horizontalAdvance(line) >= 0);
        // The hover text starts with the full name, of which the label shows the start.
        const QString hover = UncertaintyCharts::tornadoTextAt(plot, it.key());
        QString shown = lines.join(QLatin1Char(' '));
        shown.remove(QChar(0x2026));
        CHECK(hover.startsWith(shown.trimmed()));
        bool named = false;
        for (const std::string& path : paths)
            named = named || hover.startsWith(ui::InputLabel::of(s, path) + QLatin1Char('\n'));
        CHECK(named);
    }
    CHECK(UncertaintyCharts::tornadoTextAt(plot, 0.0).isEmpty());
}

} // namespace

TEST_CASE("the tornado's axis title and row labels are whole in a narrow window and on the report's page", "[ui][uncertainty]")
{
    ensureApplication();
    const Scenario s = shipped();
    SECTION("the Usikkerhet tab beside the editor at 1366 x 768")
    {
        UncertaintyPanel panel;
        panel.resize(580, 690);
        panel.show();
        panel.setScenario(s);
        QApplication::processEvents();
        auto* tornado = panel.findChild<QCustomPlot*>("chart:tornado");
        REQUIRE(tornado);
        REQUIRE(tornado->width() < 600);
        checkTornadoWhole(*tornado, s);
        // Wider: the same texts get more room, and are still whole.
        panel.resize(1100, 900);
        QApplication::processEvents();
        checkTornadoWhole(*tornado, s);
    }
    SECTION("the council report's figure, 640 x 470")
    {
        QCustomPlot plot;
        plot.resize(640, 470);
        UncertaintyCharts::tornado(plot, s, Tornado::run(s), TornadoMeasure::NpvBudget, 10);
        checkTornadoWhole(plot, s);
        // Tall enough rows: long names take two lines instead of being cut at one.
        auto ticker = plot.yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        REQUIRE(ticker);
        int twoLines = 0;
        for (const QString& label : ticker->ticks())
            twoLines += label.contains(QLatin1Char('\n')) ? 1 : 0;
        CHECK(twoLines >= 3);
    }
}

TEST_CASE("the fan charts' legends wrap instead of being cut in a narrow window", "[ui][uncertainty]")
{
    ensureApplication();
    UncertaintyPanel panel;
    panel.resize(580, 690);
    panel.show();
    panel.setScenario(shipped());
    panel.findChild<QSpinBox*>("mcDraws")->setValue(200);
    panel.run();
    REQUIRE(waitFor([&] { return panel.lastResult() != nullptr; }));
    QApplication::processEvents();
    for (const char* name : {"chart:fan-freed-fte", "chart:fan-budget-effect"}) {
        auto* plot = panel.findChild<QCustomPlot*>(QLatin1String(name));
        REQUIRE(plot);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        REQUIRE(plot->legend->itemCount() == 2);
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            QCPAbstractLegendItem* item = plot->legend->item(i);
            INFO(name << " item " << i);
            CHECK(item->outerRect().width() >= item->minimumOuterSizeHint().width());
            CHECK(item->outerRect().right() <= plot->width());
        }
    }
}
