// «Hvem betaler – hvem får», «Økonomiplan» and the report page through their
// widgets' object names: the table shows the six actors with the result's NPVs,
// the stacked chart has one bar series per actor, «Kopier tabell» puts
// tab-separated Norwegian numbers on the clipboard, the økonomiplan's net line is
// the budget effect of the chosen years and its nominal kroner follow the deflator.

#include "TestPaths.h"
#include "UiTestSupport.h"

#include "BudgetPlanView.h"
#include "CouncilReport.h"
#include "LedgerCharts.h"
#include "LedgerView.h"

#include "Engine.h"
#include "ExportLabels.h"
#include "NumberText.h"
#include "NumberText.h"
#include "ScenarioDocument.h"
#include "ScenarioReader.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace gevinst;
using gevinst::ui::BudgetPlanView;
using gevinst::ui::LedgerView;

namespace {

constexpr SeriesId kActors[] = {SeriesId::LedgerKommuneHelseOmsorg, SeriesId::LedgerKommuneSosial,
                                SeriesId::LedgerKommuneSkatt,       SeriesId::LedgerStatNav,
                                SeriesId::LedgerStatSkatt,          SeriesId::LedgerArbeidstakere};

Scenario shipped(const char* file = "nordre-follo-hjemmetjenester.json")
{
    std::ifstream in(gevinst::test::scenariosDir() + "/" + file);
    std::stringstream text;
    text << in.rdbuf();
    auto outcome = ScenarioReader::fromText(text.str());
    REQUIRE(outcome.ok());
    return *outcome.scenario;
}

double npv(const Result& r, SeriesId id)
{
    return r.summary.ledgerNpv[std::size_t(static_cast<int>(id) - kFirstLedgerSeries)];
}

QString cell(const QTableWidget& table, int row, int column)
{
    const QTableWidgetItem* item = table.item(row, column);
    return item ? item->text() : QString();
}

bool near(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

TEST_CASE("the ledger table shows the six actors with the result's NPVs and DFØ classes", "[ui][ledger]")
{
    gevinst::test::ensureApplication();
    const Scenario s = shipped();
    const Result r = Engine::compute(s);
    REQUIRE(s.ledger.present);
    LedgerView view;
    view.setResult(s, r);
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("ledgerTable"));
    REQUIRE(table);
    const int npvColumn = table->columnCount() - 1;
    REQUIRE(table->columnCount() == 2 + r.yearCount() + 1);
    REQUIRE(table->rowCount() >= 6);
    CHECK(table->horizontalHeaderItem(npvColumn)->text() == QStringLiteral("Nåverdi"));
    for (int i = 0; i < 6; ++i) {
        CAPTURE(i);
        CHECK(cell(*table, i, 0) == io::ExportLabels::series(kActors[i]));
        CHECK(cell(*table, i, 1) == io::ExportLabels::ledgerClass(kActors[i]));
        CHECK(cell(*table, i, npvColumn) == io::NumberText::number(r.summary.ledgerNpv[std::size_t(i)], 0));
        // The first and last year as the engine has them.
        CHECK(cell(*table, i, 2) == io::NumberText::number(r[kActors[i]][0], 0));
        CHECK(cell(*table, i, 2 + r.yearCount() - 1) == io::NumberText::number(r[kActors[i]][r.yearCount() - 1], 0));
    }
    // The municipality's own line is far from zero in the shipped scenario: the check above means something.
    CHECK(std::abs(npv(r, SeriesId::LedgerKommuneHelseOmsorg)) > 1e5);
    // Totals follow, and the freed time (not cash) comes last.
    CHECK(cell(*table, 7, 0) == io::ExportLabels::series(SeriesId::LedgerSocietyNet));
    CHECK(cell(*table, 7, npvColumn) == io::NumberText::number(npv(r, SeriesId::LedgerSocietyNet), 0));
    CHECK(cell(*table, table->rowCount() - 1, 0) == io::ExportLabels::series(SeriesId::LedgerCapacityTime));

    auto* nonPriced = view.findChild<QLabel*>(QStringLiteral("ledgerNonPriced"));
    REQUIRE(nonPriced);
    CHECK(nonPriced->text().contains(QStringLiteral("Utnyttelsesgrad")));
    CHECK(nonPriced->text().contains(QStringLiteral("NAV")));
    auto* time = view.findChild<QLabel*>(QStringLiteral("ledgerCapacityTime"));
    REQUIRE(time);
    CHECK(time->text().contains(io::NumberText::nok(npv(r, SeriesId::LedgerCapacityTime)).toHtmlEscaped()));
}

TEST_CASE("the stacked chart has one bar series per actor with each year's cash", "[ui][ledger]")
{
    gevinst::test::ensureApplication();
    const Scenario s = shipped();
    const Result r = Engine::compute(s);
    LedgerView view;
    view.setResult(s, r);
    auto* plot = view.findChild<QCustomPlot*>(QStringLiteral("chart:ledger-cash"));
    REQUIRE(plot);
    std::vector<QCPBars*> bars;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* b = qobject_cast<QCPBars*>(plot->plottable(i)))
            bars.push_back(b);
    REQUIRE(bars.size() == 6);
    bool someNegative = false, somePositive = false;
    for (std::size_t i = 0; i < 6; ++i) {
        CAPTURE(i);
        CHECK(bars[i]->name() == io::ExportLabels::series(kActors[i]));
        REQUIRE(bars[i]->data()->size() == r.yearCount());
        for (int t = 0; t < r.yearCount(); ++t) {
            const double v = (bars[i]->data()->constBegin() + t)->value * 1e6;
            CHECK(near(v, r[kActors[i]][t]));
            someNegative = someNegative || v < -1;
            somePositive = somePositive || v > 1;
        }
        if (i > 0)
            CHECK(bars[i]->barBelow() == bars[i - 1]); // stacked, costs down and gains up
    }
    CHECK(someNegative);
    CHECK(somePositive);

    // The waterfall ends at the society total with the tax-financing cost, the freed time apart.
    auto* waterfall = view.findChild<QCustomPlot*>(QStringLiteral("chart:ledger-waterfall"));
    REQUIRE(waterfall);
    auto* society = waterfall->findChild<QCPBars*>(QStringLiteral("step:society_with_tax_financing_nok"));
    auto* time = waterfall->findChild<QCPBars*>(QStringLiteral("step:capacity_time_nok"));
    REQUIRE(society);
    REQUIRE(time);
    CHECK(near(society->data()->constBegin()->value * 1e6, npv(r, SeriesId::LedgerSocietyWithTaxFinancing)));
    CHECK(society->baseValue() == 0);
    CHECK(near(time->data()->constBegin()->value * 1e6, npv(r, SeriesId::LedgerCapacityTime)));
    CHECK(time->baseValue() == 0);
}

TEST_CASE("«Kopier tabell» puts the ledger table tab-separated with Norwegian numbers on the clipboard", "[ui][ledger]")
{
    gevinst::test::ensureApplication();
    const Scenario s = shipped();
    const Result r = Engine::compute(s);
    LedgerView view;
    view.setResult(s, r);
    QApplication::clipboard()->clear();
    auto* copy = view.findChild<QPushButton*>(QStringLiteral("ledgerCopy"));
    REQUIRE(copy);
    REQUIRE(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("ledgerTable"));
    REQUIRE(lines.size() == 1 + table->rowCount());
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    REQUIRE(header.size() == table->columnCount());
    CHECK(header[0] == QStringLiteral("Aktør"));
    CHECK(header[2] == QString::number(r.years.front()));
    CHECK(header.back() == QStringLiteral("Nåverdi"));
    const QLocale nb = io::NumberText::locale();
    for (int i = 0; i < 6; ++i) {
        CAPTURE(i);
        const QStringList fields = lines[1 + i].split(QLatin1Char('\t'));
        REQUIRE(fields.size() == table->columnCount());
        CHECK(fields[0] == io::ExportLabels::series(kActors[i]));
        // Norwegian numbers: read back with the Norwegian locale, whole kroner.
        bool ok = false;
        const double value = nb.toDouble(fields.back(), &ok);
        CHECK(ok);
        CHECK(std::abs(value - r.summary.ledgerNpv[std::size_t(i)]) <= 0.5);
        CHECK(fields.back() == io::NumberText::number(r.summary.ledgerNpv[std::size_t(i)], 0));
    }
    // A value above a thousand carries the Norwegian group separator, never a comma or a point.
    const QString big = lines[1].split(QLatin1Char('\t')).back();
    CHECK(big.contains(nb.groupSeparator()));
    CHECK_FALSE(big.contains(QLatin1Char(',')));
    CHECK_FALSE(big.contains(QLatin1Char('.')));
}

TEST_CASE("the økonomiplan's net line is the budget effect of the chosen years, nominal with the deflator", "[ui][ledger]")
{
    gevinst::test::ensureApplication();
    const Scenario s = shipped();
    const Result r = Engine::compute(s);
    BudgetPlanView view;
    view.setResult(s, r);
    auto* firstYear = view.findChild<QSpinBox*>(QStringLiteral("budgetFirstYear"));
    auto* nominal = view.findChild<QCheckBox*>(QStringLiteral("budgetNominal"));
    auto* deflator = view.findChild<QDoubleSpinBox*>(QStringLiteral("budgetDeflator"));
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("budgetTable"));
    auto* source = view.findChild<QLabel*>(QStringLiteral("budgetDeflatorSource"));
    REQUIRE(firstYear);
    REQUIRE(nominal);
    REQUIRE(deflator);
    REQUIRE(table);
    REQUIRE(source);
    CHECK(source->text().contains(QStringLiteral("Antakelse")));
    CHECK(deflator->value() == Approx(3.0));

    // The default: the year after this year, inside the horizon.
    const int thisYear = QDate::currentDate().year();
    CHECK(firstYear->value() == std::clamp(thisYear + 1, r.years.front(), r.years.back() - 3));

    const int chosen = r.years.front() + 2;
    firstYear->setValue(chosen);
    const int t0 = chosen - r.years.front();
    REQUIRE(table->columnCount() == 1 + 4 + 1);
    const int net = table->rowCount() - 1;
    CHECK(cell(*table, net, 0) == QStringLiteral("Netto budsjetteffekt"));
    for (int c = 0; c < 4; ++c) {
        CAPTURE(c);
        CHECK(table->horizontalHeaderItem(1 + c)->text() == QString::number(chosen + c));
        CHECK(cell(*table, net, 1 + c) == io::NumberText::number(r[SeriesId::BudgetEffectNok][t0 + c], 0));
        CHECK(near(view.shown().lines.back().values[std::size_t(c)], r[SeriesId::BudgetEffectNok][t0 + c]));
        // The kommune's lines add up to the net.
        double sum = 0;
        for (std::size_t l = 0; l + 1 < view.shown().lines.size(); ++l)
            sum += view.shown().lines[l].values[std::size_t(c)];
        CHECK(near(sum, r[SeriesId::BudgetEffectNok][t0 + c], 1e-9));
    }
    const std::vector<ui::BudgetPlanLine> fixed = view.shown().lines;

    // Nominal: fixed × (1 + deflator)^(year − start year).
    deflator->setValue(2.5); // ignored while fixed prices are shown
    CHECK(cell(*table, net, 1) == io::NumberText::number(r[SeriesId::BudgetEffectNok][t0], 0));
    nominal->setChecked(true);
    REQUIRE(view.shown().nominal);
    for (std::size_t l = 0; l < fixed.size(); ++l)
        for (int c = 0; c < 4; ++c) {
            const double expected = fixed[l].values[std::size_t(c)] * std::pow(1.025, chosen + c - s.startYear);
            CHECK(near(view.shown().lines[l].values[std::size_t(c)], expected));
        }
    CHECK(cell(*table, net, 4) ==
          io::NumberText::number(r[SeriesId::BudgetEffectNok][t0 + 3] * std::pow(1.025, chosen + 3 - s.startYear), 0));

    // «Kopier tabell»: the same table, tab-separated.
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("budgetCopy")), Qt::LeftButton);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + table->rowCount());
    CHECK(lines.back().split(QLatin1Char('\t')).at(4) == cell(*table, net, 4));
}

TEST_CASE("the council report has the page «Hvem betaler og hvem får» with NPVs and the ledger's sources", "[ui][ledger]")
{
    gevinst::test::ensureApplication();
    const Scenario s = shipped();
    const Result r = Engine::compute(s);
    const QString html = ui::CouncilReport(s, r, io::SourceLine{}).html();
    CHECK(html.contains(QStringLiteral("Hvem betaler og hvem får")));
    for (SeriesId id : kActors)
        CHECK(html.contains(io::ExportLabels::series(id).toHtmlEscaped()));
    CHECK(html.contains(io::NumberText::nok(npv(r, SeriesId::LedgerSocietyNet))));
    CHECK(html.contains(QStringLiteral("chart:/ledger-waterfall")));
    // The ledger's two charts are numbered figures, in sequence with the report's others.
    QList<int> numbers;
    QStringList titles;
    auto captions = QRegularExpression(QStringLiteral("<b>Figur (\\d+):</b> ([^<]+)</p>")).globalMatch(html);
    while (captions.hasNext()) {
        const auto m = captions.next();
        numbers << m.captured(1).toInt();
        titles << m.captured(2);
    }
    REQUIRE(numbers.size() >= 9); // four result charts, two fans, the tornado, the ledger's two
    for (int i = 0; i < numbers.size(); ++i)
        CHECK(numbers[i] == i + 1);
    CHECK(titles[titles.size() - 2] == ui::LedgerCharts::title(ui::LedgerCharts::Chart::NpvWaterfall).toHtmlEscaped());
    CHECK(titles.back() == ui::LedgerCharts::title(ui::LedgerCharts::Chart::CashByYear).toHtmlEscaped());
    CHECK(html.indexOf(QStringLiteral("Figur %1:").arg(numbers.size() - 1)) > html.indexOf(QStringLiteral("chart:/ledger-waterfall")));
    // The ledger's assumptions with their sources (the shipped tax-financing source).
    const QString taxSource = QString::fromStdString(s.sources.at("ledger.tax_financing_rate")).toHtmlEscaped();
    CHECK(html.contains(taxSource));
}

TEST_CASE("the two views' stale banners lie over their foot and move nothing", "[ui][ledger]")
{
    gevinst::test::WindowFixture f;
    auto* tabs = f.find<QTabWidget>(QStringLiteral("viewTabs"));
    REQUIRE(tabs);
    auto* doc = f.window->currentDocument();
    REQUIRE(doc);
    for (const char* view : {"ledgerView", "budgetPlanView"}) {
        INFO(view);
        auto* widget = f.find<QWidget>(QLatin1String(view));
        REQUIRE(widget);
        tabs->setCurrentWidget(widget);
        QApplication::processEvents();
        auto* table = widget->findChild<QTableWidget*>();
        auto* banner = widget->findChild<QLabel*>(QLatin1String(view) == QLatin1String("ledgerView")
                                                      ? QStringLiteral("ledgerStaleBanner")
                                                      : QStringLiteral("budgetStaleBanner"));
        REQUIRE(table);
        REQUIRE(banner);
        CHECK_FALSE(banner->isVisible());
        const QPoint tableAt = table->mapTo(widget, QPoint(0, 0));
        REQUIRE(doc->setValue("receivers.oppgavemedarbeider.position_share", 0, QStringLiteral("test")));
        REQUIRE_FALSE(doc->isValid());
        QApplication::processEvents();
        CHECK(banner->isVisible());
        CHECK(table->mapTo(widget, QPoint(0, 0)) == tableAt);
        // Whole, at the view's foot, inside it.
        CHECK(banner->geometry().bottom() <= widget->height());
        CHECK(banner->geometry().top() >= widget->height() / 2);
        CHECK(banner->height() >= banner->heightForWidth(banner->width()));
        widget->grab().save(QDir::temp().filePath(QStringLiteral("gevinst-%1-stale.png").arg(QLatin1String(view))));
        doc->undoStack().undo();
        QApplication::processEvents();
        CHECK_FALSE(banner->isVisible());
    }
}

TEST_CASE("the window shows the two views as tabs beside the results, following the document", "[ui][ledger]")
{
    gevinst::test::WindowFixture f;
    auto* tabs = f.find<QTabWidget>(QStringLiteral("viewTabs"));
    auto* ledger = f.find<LedgerView>(QStringLiteral("ledgerView"));
    auto* plan = f.find<BudgetPlanView>(QStringLiteral("budgetPlanView"));
    REQUIRE(tabs);
    REQUIRE(ledger);
    REQUIRE(plan);
    REQUIRE(tabs->indexOf(ledger) >= 0);
    REQUIRE(tabs->indexOf(plan) >= 0);
    auto* doc = f.window->currentDocument();
    REQUIRE(doc);
    REQUIRE(doc->lastValidResult());
    tabs->setCurrentWidget(ledger);
    QApplication::processEvents();
    auto* table = f.find<QTableWidget>(QStringLiteral("ledgerTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 11);
    const int npvColumn = table->columnCount() - 1;
    CHECK(cell(*table, 0, npvColumn) == io::NumberText::number(doc->lastValidResult()->summary.ledgerNpv[0], 0));

    // An edit recomputes; the view follows.
    REQUIRE(doc->setValue("realisation.budget_share_of_freed_capacity", 0.1, QStringLiteral("test")));
    QApplication::processEvents();
    CHECK(cell(*table, 0, npvColumn) == io::NumberText::number(doc->lastValidResult()->summary.ledgerNpv[0], 0));
    doc->undoStack().undo();
    QApplication::processEvents();
    CHECK(cell(*table, 0, npvColumn) == io::NumberText::number(doc->lastValidResult()->summary.ledgerNpv[0], 0));

    tabs->setCurrentWidget(plan);
    QApplication::processEvents();
    auto* budget = f.find<QTableWidget>(QStringLiteral("budgetTable"));
    REQUIRE(budget);
    CHECK(budget->rowCount() > 0);
}

// Not run by default: GEVINST_SCREENSHOT_DIR=/tmp/shots test_ui_ledger "[.screenshot]"
TEST_CASE("screenshots of the two views", "[.screenshot]")
{
    gevinst::test::ensureApplication();
    const QString dir = qEnvironmentVariable("GEVINST_SCREENSHOT_DIR", QDir::tempPath());
    const Scenario s = shipped();
    const Result r = Engine::compute(s);
    LedgerView ledger;
    ledger.resize(760, 1000);
    ledger.setResult(s, r);
    ledger.show();
    QTest::qWait(100);
    CHECK(ledger.grab().save(dir + QStringLiteral("/ledgerView.png")));
    ledger.findChild<QTabWidget*>(QStringLiteral("ledgerChartTabs"))->setCurrentIndex(1);
    QTest::qWait(100);
    CHECK(ledger.grab().save(dir + QStringLiteral("/ledgerView-waterfall.png")));

    BudgetPlanView plan;
    plan.resize(760, 600);
    plan.setResult(s, r);
    plan.show();
    QTest::qWait(100);
    CHECK(plan.grab().save(dir + QStringLiteral("/budgetPlanView.png")));
    plan.findChild<QCheckBox*>(QStringLiteral("budgetNominal"))->setChecked(true);
    QTest::qWait(100);
    CHECK(plan.grab().save(dir + QStringLiteral("/budgetPlanView-nominal.png")));

    // The whole window with the ledger tab, once the views are wired into it.
    gevinst::test::WindowFixture f;
    f.window->resize(1500, 950);
    auto* tabs = f.find<QTabWidget>(QStringLiteral("viewTabs"));
    if (auto* view = f.find<QWidget>(QStringLiteral("ledgerView")); tabs && view) {
        tabs->setCurrentWidget(view);
        QTest::qWait(200);
        CHECK(f.window->grab().save(dir + QStringLiteral("/window-ledgerView.png")));
    }
}
