// Issue 16, items 2, 5 and 7 through the window's widgets: the key-figure cards
// show the median and the probability of a positive NPV after the background run
// (and refine on demand); goal seeking answers in words and applies its answer as
// one undoable edit; a second variant is compared in the «Sammenligning» tab in two
// views, with columns named by unit, scenario and version and a chosen version;
// «Kopier tabell» copies tab-separated Norwegian numbers; the XLSX has its page
// setup and row heights; the report is also an ODT with the uncertainty section.

#include "UiTestSupport.h"

#include "CompareView.h"
#include "CouncilReport.h"
#include "DocumentManager.h"
#include "GoalSeekDialog.h"
#include "KeyFigureCard.h"
#include "ReportFigures.h"
#include "ResultsPanel.h"
#include "ScenarioDocument.h"
#include "XlsxExporter.h"

#include "Aggregation.h"
#include "Engine.h"
#include "ScenarioReader.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>
#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>

#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>

namespace {
/// Label text with no-break spaces as plain spaces (io::NumberText keeps a unit on the number's line).
QString plain(QString text)
{
    return text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
}
} // namespace

using namespace gevinst;
using gevinst::test::WindowFixture;
using gevinst::ui::ScenarioDocument;

namespace {

/// Processes events until `done` or 60 s (a loaded machine runs the draws slowly).
template <typename Done>
bool waitFor(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

std::string readText(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

Scenario shipped(const std::string& file)
{
    auto outcome = ScenarioReader::fromText(readText(std::string(GEVINST_SOURCE_DIR) + "/scenarios/" + file));
    REQUIRE(outcome.ok());
    return *outcome.scenario;
}

/// One member of a zip archive (XLSX, ODT) through `unzip -p`; unzip is a build dependency.
QByteArray unzipMember(const QString& archive, const QString& member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    REQUIRE(unzip.waitForFinished(30000));
    return unzip.readAllStandardOutput();
}

/// Opens the shipped scenario of `unitName` from the window's library; returns its id.
qint64 openShipped(WindowFixture& f, const QString& unitName)
{
    const auto list = f.window->documents()->library()->scenarios();
    REQUIRE(list.ok());
    for (const auto& info : *list)
        if (info.unitName == unitName) {
            REQUIRE(f.window->documents()->openScenario(info.id));
            return info.id;
        }
    FAIL("no shipped scenario for " << unitName.toStdString());
    return 0;
}

} // namespace


TEST_CASE("the NPV card shows the median and the probability of a positive NPV after the background run", "[ui][share]")
{
    WindowFixture f;
    openShipped(f, QStringLiteral("Nordre Follo"));
    auto* results = f.window->results();
    auto* npvDetail = f.find<QLabel>(QStringLiteral("cardDetail:npvBudget"));
    auto* freedDetail = f.find<QLabel>(QStringLiteral("cardDetail:freedFteEnd"));
    auto* more = f.find<QPushButton>(QStringLiteral("cardsMoreDraws"));
    REQUIRE(npvDetail);
    REQUIRE(freedDetail);
    REQUIRE(more);

    REQUIRE(waitFor([&] { return results->uncertainty() != nullptr; }));
    const MonteCarloResult* mc = results->uncertainty();
    CHECK(mc->draws == ui::ResultsPanel::kQuickDraws);
    CHECK(npvDetail->isVisible());
    const QString probability = QLocale(QLocale::NorwegianBokmal).toString(std::round(mc->probabilityNpvPositive * 100), 'f', 0);
    CHECK(plain(npvDetail->text()).contains(QStringLiteral("sjanse for positiv nåverdi")));
    CHECK(plain(npvDetail->text()).contains(probability + QStringLiteral(" %")));
    CHECK(plain(npvDetail->text()).contains(QStringLiteral("Median")));
    CHECK(plain(npvDetail->text()).contains(QStringLiteral("mill. kr")));
    CHECK(plain(freedDetail->text()).contains(QStringLiteral("80 %-intervall")));
    // For the shipped scenario the median is well below the point estimate.
    CHECK(mc->p50().summary.npvBudgetNok < f.window->currentDocument()->lastValidResult()->summary.npvBudgetNok);
    f.window->grab().save(QDir::temp().filePath(QStringLiteral("gevinst-share-cards.png")));

    // Refined on demand.
    REQUIRE(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    REQUIRE(waitFor([&] { return results->uncertainty() && results->uncertainty()->draws == ui::ResultsPanel::kMoreDraws; }));
    CHECK_FALSE(more->isEnabled());
    CHECK(f.find<QLabel>(QStringLiteral("cardsUncertaintyStatus"))->text().replace(QChar::Nbsp, QLatin1Char(' ')).contains(QStringLiteral("10 000")));

    // An edit forgets the old figures at once and computes new ones.
    ScenarioDocument* doc = f.window->currentDocument();
    const double before = results->uncertainty()->p50().summary.npvBudgetNok;
    REQUIRE(doc->setValue("realisation.budget_share_of_freed_capacity", 1.0, QStringLiteral("Endre realiseringsandel")));
    CHECK(results->uncertainty() == nullptr);
    CHECK(plain(npvDetail->text()).isEmpty());
    REQUIRE(waitFor([&] { return results->uncertainty() != nullptr; }));
    CHECK(results->uncertainty()->draws == ui::ResultsPanel::kQuickDraws);
    CHECK(results->uncertainty()->p50().summary.npvBudgetNok != Approx(before).epsilon(1e-6));
}

TEST_CASE("goal seeking answers in words and applies the answer as one undoable edit", "[ui][share]")
{
    WindowFixture f;
    openShipped(f, QStringLiteral("Nordre Follo"));
    ScenarioDocument* doc = f.window->currentDocument();
    const double shareBefore = doc->lastValidScenario()->realisation.budgetShareOfFreedCapacity;
    ui::GoalSeekDialog dialog(doc, f.window.get());
    auto* answer = dialog.findChild<QLabel*>(QStringLiteral("goalAnswer"));
    auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("goalApply"));
    REQUIRE(answer);
    REQUIRE(apply);

    // «Hvor mye må vi dele for å dekke halve gapet i 2035?»
    CHECK(dialog.goal() == GoalKind::CloseGap);
    CHECK(plain(answer->text()).contains(QStringLiteral("50 % av gapet i 2035")));
    CHECK(plain(answer->text()).contains(QStringLiteral("delingsandel")));
    dialog.show();
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("gevinst-share-goal-gap.png")));

    // «Hvilken realiseringsandel gir nåverdi 0?»
    dialog.setGoal(GoalKind::NpvZero);
    const GoalResult expected = GoalSeek::npvZero(*doc->lastValidScenario());
    REQUIRE(expected.reachable());
    const QString percent = QLocale(QLocale::NorwegianBokmal).toString(std::round(expected.value * 100), 'f', 0) + QStringLiteral(" %");
    CHECK(plain(answer->text()).startsWith(QStringLiteral("Nåverdien av budsjetteffekten blir 0 når ") + percent));
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("gevinst-share-goal-npv.png")));

    const int commands = doc->undoStack().count();
    QTest::mouseClick(apply, Qt::LeftButton);
    CHECK(doc->undoStack().count() == commands + 1);
    REQUIRE(doc->isValid());
    CHECK(doc->lastValidScenario()->realisation.budgetShareOfFreedCapacity == Approx(expected.value).margin(1e-4));
    CHECK(std::abs(doc->lastValidResult()->summary.npvBudgetNok) < 0.01 * doc->lastValidResult()->summary.costTotalNok);
    // The range follows the value: its mode is the new value.
    CHECK(doc->lastValidScenario()->uncertainty.at("realisation.budget_share_of_freed_capacity").mode ==
          Approx(expected.value).margin(1e-4));
    doc->undoStack().undo();
    CHECK(doc->lastValidScenario()->realisation.budgetShareOfFreedCapacity == Approx(shareBefore));

    // Closing half the gap in 2035 applied to every share in one step.
    dialog.setGoal(GoalKind::CloseGap);
    const GoalResult gap = GoalSeek::closeGap(*doc->lastValidScenario(), 0.5, 2035);
    if (gap.reachable()) {
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(doc->undoStack().count() == commands + 1);
        const Result& r = *doc->lastValidResult();
        const int t = 2035 - doc->lastValidScenario()->startYear;
        CHECK(r[SeriesId::FreedFte][t] / r[SeriesId::GapFte][t] == Approx(0.5).margin(0.01));
        doc->undoStack().undo();
    }
}

TEST_CASE("a second variant is compared in the Sammenligning tab in two views", "[ui][share]")
{
    WindowFixture f;
    store::ScenarioLibrary& library = *f.window->documents()->library();
    const qint64 id = openShipped(f, QStringLiteral("Nordre Follo"));
    // A second, ambitious variant of the same unit, and a second version of the first.
    auto original = library.load(id);
    REQUIRE(original.ok());
    QByteArray variant = original->json;
    variant.replace(QByteArray("\"name\": \"") + original->info.name.toUtf8(),
                    QByteArray("\"name\": \"Ambisiøst alternativ"));
    auto created = library.create(variant, QStringLiteral("Kopi"));
    REQUIRE(created.ok());
    QByteArray second = original->json;
    second.replace("\"budget_share_of_freed_capacity\": 0.8", "\"budget_share_of_freed_capacity\": 0.5");
    REQUIRE(second != original->json);
    REQUIRE(library.save(id, second, QStringLiteral("Lavere realisering")).ok());

    auto* tabs = f.find<QTabWidget>(QStringLiteral("viewTabs"));
    auto* compare = f.find<ui::CompareView>(QStringLiteral("compareView"));
    REQUIRE(tabs);
    REQUIRE(compare);
    tabs->setCurrentWidget(compare);
    auto* list = compare->findChild<QTreeWidget*>(QStringLiteral("compareScenarioList"));
    auto* empty = compare->findChild<QLabel*>(QStringLiteral("compareEmpty"));
    auto* table = compare->findChild<QTableWidget*>(QStringLiteral("compareTable"));
    auto* perCapita = compare->findChild<QTableWidget*>(QStringLiteral("compareTablePerCapita"));
    auto* views = compare->findChild<QTabWidget*>(QStringLiteral("compareViews"));
    REQUIRE(list);
    REQUIRE(empty);
    REQUIRE(table);
    REQUIRE(perCapita);
    REQUIRE(views);

    // Nothing ticked: the empty state says what to do.
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Kryss av")));
    f.window->grab().save(QDir::temp().filePath(QStringLiteral("gevinst-share-compare-empty.png")));

    int original_ = -1, ambitious = -1;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QString label = list->topLevelItem(i)->text(0);
        if (label.contains(QStringLiteral("Ambisiøst alternativ")))
            ambitious = i;
        else if (label.startsWith(QStringLiteral("Nordre Follo")) && original_ < 0)
            original_ = i;
    }
    REQUIRE(original_ >= 0);
    REQUIRE(ambitious >= 0);
    compare->setChosen({original_, ambitious});
    CHECK_FALSE(empty->isVisible());
    REQUIRE(compare->columnCount() == 2);

    // Readable at 1366 x 768: the view fits the window (long legend names do not widen it),
    // the list lies above the figures in the narrow pane, the row labels leave the values
    // room, and every legend entry is whole inside its chart.
    QApplication::processEvents();
    CHECK(f.window->width() <= 1366);
    CHECK(compare->mapTo(f.window.get(), QPoint(compare->width(), 0)).x() <= f.window->width());
    auto* split = compare->findChild<QSplitter*>(QStringLiteral("compareSplit"));
    REQUIRE(split);
    CHECK(split->orientation() == (compare->width() < ui::CompareView::kNarrowWidth ? Qt::Vertical : Qt::Horizontal));
    CHECK(table->verticalHeader()->width() <= table->width() / 2);
    auto* chart = compare->findChild<QCustomPlot*>(QStringLiteral("compareChart"));
    REQUIRE(chart);
    chart->replot(QCustomPlot::rpImmediateRefresh);
    REQUIRE(chart->legend->itemCount() == 2);
    for (int i = 0; i < chart->legend->itemCount(); ++i) {
        QCPAbstractLegendItem* item = chart->legend->item(i);
        CHECK(item->outerRect().right() <= chart->width());
        CHECK(item->outerRect().width() >= item->minimumOuterSizeHint().width());
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(item);
        REQUIRE(entry);
        CHECK(entry->plottable()->property("fullName").toString().startsWith(QStringLiteral("Nordre Follo – ")));
    }
    REQUIRE(table->columnCount() == 2);
    const QString first = table->horizontalHeaderItem(0)->text();
    const QString other = table->horizontalHeaderItem(1)->text();
    CHECK(first.startsWith(QStringLiteral("Nordre Follo\n")));
    CHECK(first.contains(QStringLiteral("versjon 2")));
    CHECK(other.contains(QStringLiteral("Ambisiøst")));
    CHECK(other.contains(QStringLiteral("versjon 1")));

    // Two views: absolute, then per capita and per FTE — not rows appended below.
    CHECK_FALSE(compare->perCapitaShown());
    const int absoluteRows = table->rowCount();
    views->setCurrentIndex(1);
    CHECK(compare->perCapitaShown());
    CHECK(table->rowCount() == absoluteRows);
    CHECK(perCapita->columnCount() == 2);
    CHECK(perCapita->rowCount() > 0);
    CHECK(perCapita->verticalHeaderItem(0)->toolTip().contains(QStringLiteral("per 1 000 innb. 67+")));
    // A long row label is wrapped (the whole of it on hover), never cut.
    for (QTableWidget* t : {table, perCapita})
        for (int r = 0; r < t->rowCount(); ++r)
            CHECK(t->verticalHeaderItem(r)->text().replace(QLatin1Char('\n'), QLatin1Char(' ')) == t->verticalHeaderItem(r)->toolTip());
    f.window->grab().save(QDir::temp().filePath(QStringLiteral("gevinst-share-compare-percapita.png")));
    views->setCurrentIndex(0);
    f.window->grab().save(QDir::temp().filePath(QStringLiteral("gevinst-share-compare-absolute.png")));

    // Choose version 1 of the original: its column changes with it.
    const int npvRow = [&] {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->verticalHeaderItem(r)->toolTip().startsWith(QStringLiteral("Nåverdi budsjetteffekt")) ||
                table->verticalHeaderItem(r)->toolTip().startsWith(QStringLiteral("Nåverdi av budsjetteffekten")))
                return r;
        return -1;
    }();
    REQUIRE(npvRow >= 0);
    const QString npvVersion2 = table->item(npvRow, 0)->text();
    REQUIRE(compare->setVersion(original_, 1));
    CHECK(table->horizontalHeaderItem(0)->text().contains(QStringLiteral("versjon 1")));
    CHECK(table->item(npvRow, 0)->text() != npvVersion2);
    CHECK(table->item(npvRow, 0)->text() == table->item(npvRow, 1)->text()); // same document as the copy

    // «Kopier tabell»: tab-separated, Norwegian numbers, the columns' names in the header line.
    auto* copy = compare->findChild<QPushButton*>(QStringLiteral("compareTableCopy"));
    REQUIRE(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text().replace(QChar::Nbsp, QLatin1Char(' '));
    const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == absoluteRows + 1);
    CHECK(lines.front().split(QLatin1Char('\t')).size() == 3);
    CHECK(lines.front().contains(QStringLiteral("Ambisiøst")));
    CHECK(lines[npvRow + 1].split(QLatin1Char('\t')).at(1) == table->item(npvRow, 0)->text().replace(QChar::Nbsp, QLatin1Char(' ')));
    CHECK(copied.contains(QStringLiteral(" kr")));
    CHECK(QRegularExpression(QStringLiteral("\\d \\d{3}")).match(copied).hasMatch()); // grouped thousands
}


TEST_CASE("the XLSX has page setup and row heights for wrapped texts", "[ui][share][xlsx]")
{
    gevinst::test::ensureApplication();
    QTemporaryDir dir;
    const Scenario s = shipped("nordre-follo-hjemmetjenester.json");
    const Result r = Engine::compute(s);
    const QString path = dir.filePath(QStringLiteral("nordre-follo.xlsx"));
    QString error;
    REQUIRE(io::XlsxExporter::write(path, {&r, &s, Aggregation::baseOf(s), {}}, &error));
    const QString workbook = QString::fromUtf8(unzipMember(path, QStringLiteral("xl/workbook.xml")));
    // Header rows repeated on every printed page.
    CHECK(workbook.count(QStringLiteral("_xlnm.Print_Titles")) == 4);
    for (int sheet = 1; sheet <= 4; ++sheet) {
        const QString xml = QString::fromUtf8(unzipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        INFO("sheet " << sheet);
        CHECK(xml.contains(QStringLiteral("<pageSetUpPr fitToPage=\"1\"/>")));
        CHECK(QRegularExpression(QStringLiteral("<pageSetup [^>]*orientation=\"landscape\"")).match(xml).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("<pageSetup [^>]*fitToHeight=\"0\"")).match(xml).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("<pageSetup [^>]*paperSize=\"9\"")).match(xml).hasMatch());
        CHECK(xml.contains(QStringLiteral("<oddFooter>")));
    }
    // The assumptions sheet: long sources get taller rows, short ones keep the default.
    const QString assumptions = QString::fromUtf8(unzipMember(path, QStringLiteral("xl/worksheets/sheet4.xml")));
    auto tall = QRegularExpression(QStringLiteral("<row r=\"\\d+\"[^>]* ht=\"([\\d.]+)\"[^>]*customHeight=\"1\""))
                          .globalMatch(assumptions);
    int tallRows = 0;
    while (tall.hasNext()) {
        const auto m = tall.next();
        CHECK(m.captured(1).toDouble() >= 2 * 13.5); // two lines of Calibri 11 or more
        ++tallRows;
    }
    CHECK(tallRows > 3);
}

TEST_CASE("the report is also an ODT with the uncertainty section and numbered figures", "[ui][share][report]")
{
    gevinst::test::ensureApplication();
    QTemporaryDir dir;
    const Scenario s = shipped("nordre-follo-hjemmetjenester.json");
    const Result r = Engine::compute(s);
    ui::CouncilReport report(s, r, {});
    report.setDraws(2000);
    const QString odt = dir.filePath(QStringLiteral("rapport.odt"));
    QString error;
    REQUIRE(report.write(odt, &error) > 0);
    const MonteCarloResult* mc = report.uncertainty();
    REQUIRE(mc);

    // Read the text without any office program: content.xml of the ODF package.
    CHECK(unzipMember(odt, QStringLiteral("mimetype")) == QByteArray("application/vnd.oasis.opendocument.text"));
    QString content = QString::fromUtf8(unzipMember(odt, QStringLiteral("content.xml")));
    content.remove(QRegularExpression(QStringLiteral("<[^>]+>")));
    content.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    const QLocale no(QLocale::NorwegianBokmal);
    CHECK(content.contains(QStringLiteral("Gevinster av oppgavedeling – Nordre Follo")));
    CHECK(content.contains(QStringLiteral("Usikkerhet")));
    CHECK(content.contains(QStringLiteral("Sannsynligheten for at nåverdien av budsjetteffekten er positiv, er %1\u00a0%")
                               .arg(no.toString(std::round(mc->probabilityNpvPositive * 100), 'f', 0))));
    CHECK(content.contains(QStringLiteral("Medianen ligger under punktanslaget")));
    CHECK(content.contains(QStringLiteral("Figur 1:")));
    CHECK(content.contains(QStringLiteral("Figur 7:"))); // four result charts, two fan charts, the tornado
    CHECK(content.contains(QStringLiteral("Figur 9:"))); // and the ledger's two
    CHECK(content.contains(QStringLiteral("Usikre forutsetninger")));
    // The service area by its name in the lead line.
    CHECK(content.contains(QStringLiteral("kommune 3207 · Hjemmetjenester · ")));
    // The figures are embedded images at print resolution.
    const QString manifest = QString::fromUtf8(unzipMember(odt, QStringLiteral("META-INF/manifest.xml")));
    CHECK(manifest.count(QStringLiteral("image/png")) >= 9);

    // With LibreOffice installed, the document also opens there and holds the same text.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        WARN("soffice not found: the LibreOffice conversion check of the ODT is skipped (content.xml was checked)");
        return;
    }
    QProcess convert;
    convert.start(soffice, {QStringLiteral("--headless"), QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo")),
                            QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"), QStringLiteral("--outdir"),
                            dir.path(), odt});
    REQUIRE(convert.waitForFinished(180000));
    QFile text(dir.filePath(QStringLiteral("rapport.txt")));
    REQUIRE(text.open(QIODevice::ReadOnly));
    const QString converted = QString::fromUtf8(text.readAll());
    CHECK(converted.contains(QStringLiteral("Usikkerhet")));
    CHECK(converted.contains(QStringLiteral("Medianen ligger under punktanslaget")));
    CHECK(converted.contains(QStringLiteral("Figur 7:")));
}

TEST_CASE("report figures are drawn as vector objects, not images, in the PDF", "[ui][share][report]")
{
    gevinst::test::ensureApplication();
    QCustomPlot plot;
    plot.resize(400, 300);
    plot.addGraph()->setData({0, 1, 2}, {1, 3, 2});
    plot.replot();
    ui::ReportFigures figures;
    figures.add(QStringLiteral("chart:/test"), plot, QSize(400, 300), 150);
    QTextDocument doc;
    figures.addImageResources(doc);
    doc.setHtml(QStringLiteral("<p>Før</p><p><img src=\"chart:/test\" width=\"400\" height=\"300\"></p><p>Etter</p>"));
    CHECK(figures.useVectorObjects(doc) == 1);
    CHECK(doc.toPlainText().contains(QChar::ObjectReplacementCharacter));
    // Nothing else is an image any more.
    int images = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            images += it.fragment().charFormat().isImageFormat() ? 1 : 0;
    CHECK(images == 0);
    CHECK(doc.toPlainText().startsWith(QStringLiteral("Før")));
}

TEST_CASE("a report figure is drawn only on the page that holds it, not also at the foot of the page before", "[ui][share][report]")
{
    gevinst::test::ensureApplication();
    QCustomPlot plot;
    plot.resize(400, 300);
    plot.addGraph()->setData({0, 1, 2}, {1, 3, 2});
    plot.axisRect()->setBackground(Qt::black); // plenty of dark pixels when drawn
    plot.replot();
    ui::ReportFigures figures;
    figures.add(QStringLiteral("chart:/test"), plot, QSize(400, 300), 96);
    // The layout's object format: its name and size (the properties useVectorObjects sets).
    QTextDocument doc;
    figures.addImageResources(doc);
    doc.setHtml(QStringLiteral("<p><img src=\"chart:/test\" width=\"400\" height=\"300\"></p>"));
    REQUIRE(figures.useVectorObjects(doc) == 1);
    QTextCursor cursor(&doc);
    cursor.setPosition(1);
    const QTextFormat format = cursor.charFormat();
    REQUIRE(format.objectType() == ui::ReportFigures::kObjectType);

    const auto darkPixels = [&](const QRectF& pageClip) {
        QImage page(600, 800, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.setClipRect(pageClip);
        figures.drawObject(&painter, QRectF(50, 420, 400, 300), &doc, 0, format);
        painter.end();
        int dark = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 60 ? 1 : 0;
        return dark;
    };
    CHECK(darkPixels(QRectF(0, 0, 600, 800)) > 10000); // the page holds the figure: drawn
    CHECK(darkPixels(QRectF(0, 0, 600, 400)) == 0);    // the figure lies below this page's body: not drawn
}

TEST_CASE("a heading at the foot of a page, or a figure whose caption would start the next, moves to the next page", "[ui][share][report]")
{
    gevinst::test::ensureApplication();
    QCustomPlot plot;
    plot.resize(200, 120);
    plot.replot();
    ui::ReportFigures figures;
    figures.add(QStringLiteral("chart:/test"), plot, QSize(200, 120), 96);
    const auto layOut = [&](int fillLines, const QString& tail) {
        auto doc = std::make_unique<QTextDocument>();
        doc->setDocumentMargin(0);
        doc->setPageSize(QSizeF(400, 300));
        QString html;
        for (int i = 0; i < fillLines; ++i)
            html += QStringLiteral("<p>Linje %1</p>").arg(i);
        figures.addImageResources(*doc);
        doc->setHtml(html + tail);
        figures.useVectorObjects(*doc);
        return doc;
    };
    const auto blockOf = [](QTextDocument& doc, const QString& start) {
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            if (b.text().startsWith(start))
                return b;
        return QTextBlock();
    };
    const auto pageOf = [](QTextDocument& doc, const QTextBlock& b) {
        return static_cast<int>(doc.documentLayout()->blockBoundingRect(b).top() / doc.pageSize().height());
    };
    // A heading, then a paragraph: find a filling that leaves the heading alone at a page's foot.
    bool orphanSeen = false;
    for (int lines = 8; lines < 40 && !orphanSeen; ++lines) {
        auto doc = layOut(lines, QStringLiteral("<h2>Overskrift</h2><p>Teksten under overskriften.</p>"));
        const QTextBlock heading = blockOf(*doc, QStringLiteral("Overskrift"));
        const QTextBlock text = blockOf(*doc, QStringLiteral("Teksten"));
        REQUIRE(heading.isValid());
        if (pageOf(*doc, heading) == pageOf(*doc, text))
            continue;
        orphanSeen = true;
        ui::ReportFigures::keepWithNext(*doc);
        CHECK(pageOf(*doc, heading) == pageOf(*doc, text));
        CHECK(pageOf(*doc, heading) == 1);
        // The layout it leaves is the whole document's (what a fresh layout gives too).
        const QRectF moved = doc->documentLayout()->blockBoundingRect(text);
        const int pages = doc->pageCount();
        doc->markContentsDirty(0, doc->characterCount());
        doc->setPageSize(doc->pageSize());
        CHECK(doc->documentLayout()->blockBoundingRect(text) == moved);
        CHECK(doc->pageCount() == pages);
    }
    CHECK(orphanSeen);
    // A figure, then its caption.
    bool splitSeen = false;
    for (int lines = 4; lines < 40 && !splitSeen; ++lines) {
        auto doc = layOut(lines, QStringLiteral("<p><img src=\"chart:/test\" width=\"200\" height=\"120\"></p>"
                                                "<p>Figur 1: Tittel</p>"));
        const QTextBlock caption = blockOf(*doc, QStringLiteral("Figur 1"));
        const QTextBlock figure = caption.previous();
        if (pageOf(*doc, figure) == pageOf(*doc, caption))
            continue;
        splitSeen = true;
        ui::ReportFigures::keepWithNext(*doc);
        CHECK(pageOf(*doc, figure) == pageOf(*doc, caption));
    }
    CHECK(splitSeen);
}

TEST_CASE("every heading and figure caption of the report is on its PDF pages", "[ui][share][report]")
{
    gevinst::test::ensureApplication();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not found: the PDF's text is not checked");
        return;
    }
    QTemporaryDir dir;
    for (const char* file : {"nordre-follo-hjemmetjenester.json", "bodo-sykehjem.json"}) {
        INFO(file);
        const Scenario s = shipped(file);
        const Result r = Engine::compute(s);
        ui::CouncilReport report(s, r, {});
        report.setDraws(500);
        const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
        QString error;
        const int pages = report.write(pdf, &error);
        REQUIRE(pages > 0);
        QProcess extract;
        extract.start(pdftotext, {pdf, QStringLiteral("-")});
        REQUIRE(extract.waitForFinished(60000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput());
        // Headings kept with what follows them are still drawn, once each.
        for (const char* heading : {"Sammendrag", "Figurer", "Usikkerhet", "Usikre forutsetninger", "Tall per år",
                                    "Forutsetninger og kilder", "Hvem betaler og hvem får", "Ikke prissatt",
                                    "Forutsetninger for fordelingen", "Slik regner modellen"})
            CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\n)\\s*%1\\s*\\n").arg(QRegularExpression::escape(QString::fromUtf8(heading))))));
        for (int n = 1; n <= 9; ++n)
            CHECK(text.count(QStringLiteral("Figur %1:").arg(n)) == 1);
        CHECK(text.count(QStringLiteral("Side %1 av %1").arg(pages)) == 1);
    }
}
