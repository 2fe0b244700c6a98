// Issue 16, items 1, 3, 4 and 8, through the window's widgets: a changed value has
// its source marked «Endret av bruker …» in the same undo step and the «Kilde»
// field shows and edits it; undo brings the value's tab forward; the payback and
// gap cards say what the edge cases mean; the library panel renames, duplicates,
// trashes, restores and uses a scenario as template, and shows an empty state for
// a unit without scenarios; the Hjelp menu opens «Kom i gang», «Ordliste» and «Om».

#include "UiTestSupport.h"

#include "DocumentManager.h"
#include "HelpDialog.h"
#include "NumberField.h"
#include "ResultsPanel.h"
#include "ScenarioDocument.h"

#include "LibraryPanel.h"
#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using gevinst::test::WindowFixture;
using gevinst::ui::HelpDialog;
using gevinst::ui::NumberField;
using gevinst::ui::ScenarioDocument;

namespace {

void trigger(const WindowFixture& f, const char* action)
{
    auto* a = f.find<QAction>(QLatin1String(action));
    REQUIRE(a != nullptr);
    REQUIRE(a->isEnabled());
    a->trigger();
}

/// With GEVINST_SCREENSHOT_DIR set, saves a picture of `widget` there (for looking at, not checked).
void shot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("GEVINST_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

QString today()
{
    return QDate::currentDate().toString(QStringLiteral("d.M.yyyy"));
}

QString cardText(const WindowFixture& f, const char* key)
{
    auto* label = f.find<QLabel>(QStringLiteral("cardValue:") + QLatin1String(key));
    REQUIRE(label != nullptr);
    return label->text();
}

/// Every text on a card (caption, value, context), one per line.
QString cardTexts(const WindowFixture& f, const char* key)
{
    auto* card = f.find<QWidget>(QStringLiteral("card:") + QLatin1String(key));
    REQUIRE(card != nullptr);
    QStringList texts;
    for (QLabel* l : card->findChildren<QLabel*>())
        texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("editing a value marks its source in the same undo step; the Kilde field edits it", "[ui][sources]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const QString original = doc->sourceFor("discount_rate");
    REQUIRE(original.contains(QStringLiteral("R-109")));
    auto* sourceEdit = f.find<QLineEdit>(QStringLiteral("source:discount_rate"));
    REQUIRE(sourceEdit != nullptr);
    CHECK(sourceEdit->text() == original);
    const int commands = doc->undoStack().count();

    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3,5"));
    const QString marked = doc->sourceFor("discount_rate");
    CHECK(marked == QStringLiteral("Endret av bruker %1; tidligere kilde: %2").arg(today(), original));
    CHECK(ScenarioDocument::isChangedMark(marked));
    CHECK(doc->undoStack().count() == commands + 1); // value and source in one command
    CHECK(sourceEdit->text() == marked);
    CHECK(f.find<NumberField>(QStringLiteral("field:discount_rate"))->isSourceChanged());
    shot(f.window.get(), "source-marked");
    // The engine reads the mark like any source (the report prints it beside the value).
    REQUIRE(doc->lastValidScenario().has_value());
    CHECK(QString::fromStdString(doc->lastValidScenario()->sources.at("discount_rate")) == marked);

    // Typing on in the same field neither stacks marks nor adds commands.
    QTest::keyClick(f.find<QLineEdit>(QStringLiteral("field:discount_rate")), Qt::Key_5);
    CHECK(doc->sourceFor("discount_rate") == marked);
    CHECK(doc->undoStack().count() == commands + 1);

    trigger(f, "actionUndo");
    CHECK(doc->value("discount_rate")->get<double>() == Approx(0.04));
    CHECK(doc->sourceFor("discount_rate") == original);
    CHECK(sourceEdit->text() == original);
    CHECK_FALSE(f.find<NumberField>(QStringLiteral("field:discount_rate"))->isSourceChanged());
    CHECK_FALSE(doc->isModified());
    trigger(f, "actionRedo");
    CHECK(doc->sourceFor("discount_rate") == marked);

    // The user writes a new source: the mark is gone; the next change marks again, citing it.
    doc->endMerge();
    f.type(QStringLiteral("source:discount_rate"), QStringLiteral("Kommunens budsjett 2026 (vedtatt)"));
    doc->endMerge();
    CHECK(doc->sourceFor("discount_rate") == QStringLiteral("Kommunens budsjett 2026 (vedtatt)"));
    CHECK_FALSE(f.find<NumberField>(QStringLiteral("field:discount_rate"))->isSourceChanged());
    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    CHECK(doc->sourceFor("discount_rate") ==
          QStringLiteral("Endret av bruker %1; tidligere kilde: Kommunens budsjett 2026 (vedtatt)").arg(today()));
}

TEST_CASE("a changed table cell gets a source of its own; the others keep the shared one", "[ui][sources]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const QString shared = doc->sourceFor("roles.helsefagarbeider.fte");
    REQUIRE_FALSE(shared.isEmpty());
    REQUIRE_FALSE(doc->hasOwnSource("roles.sykepleier.fte"));
    REQUIRE(f.find<QLineEdit>(QStringLiteral("source:roles")) != nullptr);

    f.type(QStringLiteral("field:roles.sykepleier.fte"), QStringLiteral("61"));
    CHECK(doc->hasOwnSource("roles.sykepleier.fte"));
    CHECK(doc->sourceFor("roles.sykepleier.fte") ==
          QStringLiteral("Endret av bruker %1; tidligere kilde: %2").arg(today(), shared));
    CHECK(doc->sourceFor("roles.helsefagarbeider.fte") == shared);
    CHECK(f.find<NumberField>(QStringLiteral("field:roles.sykepleier.fte"))->isSourceChanged());
    CHECK_FALSE(f.find<NumberField>(QStringLiteral("field:roles.helsefagarbeider.fte"))->isSourceChanged());
    if (auto* tabs = f.find<QTabWidget>(QStringLiteral("editorTabs")))
        tabs->setCurrentWidget(f.find<QWidget>(QStringLiteral("page:staff")));
    shot(f.window.get(), "staff-sources");

    // Typing the old value back removes the mark with the change.
    const double before = doc->savedJson()["roles"]["sykepleier"]["fte"].get<double>();
    f.type(QStringLiteral("field:roles.sykepleier.fte"), NumberField::formatNumber(before, gevinst::ui::FieldDisplay::Number));
    CHECK_FALSE(doc->hasOwnSource("roles.sykepleier.fte"));
    CHECK_FALSE(doc->isModified());
}

TEST_CASE("undo and redo bring the tab of the changed value to the front", "[ui][undo]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    auto* tabs = f.find<QTabWidget>(QStringLiteral("editorTabs"));
    REQUIRE(tabs != nullptr);
    f.type(QStringLiteral("field:hub.one_off_cost_nok"), QStringLiteral("700000"));
    doc->endMerge();
    tabs->setCurrentIndex(0);
    REQUIRE(tabs->currentWidget()->objectName() == QStringLiteral("page:period"));
    trigger(f, "actionUndo");
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("page:hub"));
    tabs->setCurrentIndex(0);
    trigger(f, "actionRedo");
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("page:hub"));

    // A source-only edit brings its own tab forward too.
    doc->setSource("roles.sykepleier.task_shares", QStringLiteral("Tidsstudie 2026"), QStringLiteral("Endre kilde"));
    tabs->setCurrentIndex(0);
    trigger(f, "actionUndo");
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("page:staff"));
}

TEST_CASE("the invalid-scenario banner lies over the editor and does not move it", "[ui]")
{
    WindowFixture f;
    auto* tabs = f.find<QTabWidget>(QStringLiteral("editorTabs"));
    const QRect before = tabs->geometry();
    f.type(QStringLiteral("field:receivers.oppgavemedarbeider.position_share"), QStringLiteral("0"));
    auto* banner = f.find<QLabel>(QStringLiteral("errorSummary"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(tabs->geometry() == before);
    shot(f.window.get(), "invalid-banner");
}

TEST_CASE("the results' stale banner takes a slot of its own: the cards and the charts stay put", "[ui]")
{
    WindowFixture f;
    auto* card = f.find<QWidget>(QStringLiteral("card:freedFteEnd"));
    auto* lastCard = f.find<QWidget>(QStringLiteral("card:paybackYear"));
    auto* charts = f.find<QTabWidget>(QStringLiteral("chartTabs"));
    auto* banner = f.find<QLabel>(QStringLiteral("staleBanner"));
    REQUIRE(card != nullptr);
    REQUIRE(lastCard != nullptr);
    REQUIRE(charts != nullptr);
    REQUIRE(banner != nullptr);
    QCoreApplication::processEvents();
    CHECK_FALSE(banner->isVisibleTo(f.window.get()));
    const QRect cardBefore = card->geometry();
    const QRect lastCardBefore = lastCard->geometry();
    const QRect chartsBefore = charts->geometry();

    f.type(QStringLiteral("field:receivers.oppgavemedarbeider.position_share"), QStringLiteral("0"));
    QCoreApplication::processEvents();
    REQUIRE_FALSE(f.window->currentDocument()->isValid());
    CHECK(banner->isVisibleTo(f.window.get()));
    CHECK(card->geometry().y() == cardBefore.y());
    CHECK(card->geometry() == cardBefore);
    CHECK(lastCard->geometry() == lastCardBefore);
    CHECK(charts->geometry() == chartsBefore);
    // The banner lies between the cards and the charts, whole.
    const QRect bannerBox(banner->mapTo(f.window->results(), QPoint(0, 0)), banner->size());
    const QRect cardsBox(lastCard->mapTo(f.window->results(), QPoint(0, 0)), lastCard->size());
    const QRect chartsBox(charts->mapTo(f.window->results(), QPoint(0, 0)), charts->size());
    CHECK(bannerBox.top() >= cardsBox.bottom());
    CHECK(bannerBox.bottom() <= chartsBox.top());
    CHECK(banner->height() >= banner->heightForWidth(banner->width()));
    shot(f.window->results(), "results-stale-banner");

    f.window->currentDocument()->undoStack().undo();
    QCoreApplication::processEvents();
    CHECK_FALSE(banner->isVisibleTo(f.window.get()));
    CHECK(card->geometry() == cardBefore);
    CHECK(charts->geometry() == chartsBefore);
}

TEST_CASE("payback and gap cards say what the edge cases mean", "[ui][wording]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    CHECK(cardTexts(f, "paybackYear").startsWith(QStringLiteral("Lønnsom fra\n")));

    // Costs away and all freed capacity counted: the cumulative effect is never negative.
    for (const auto& [path, value] : std::vector<std::pair<std::string, gevinst::ui::Json>>{
             {"hub.coordinator_fte", 0}, {"hub.one_off_cost_nok", 0}, {"recruitment.training_cost_per_hire_nok", 0},
             {"realisation.basis", "all"}, {"realisation.budget_share_of_freed_capacity", 1.0}})
        doc->setValue(path, value, QStringLiteral("test"));
    REQUIRE(doc->isValid());
    const auto& r = *doc->lastValidResult();
    REQUIRE(r.summary.paybackYear.has_value());
    REQUIRE(*r.summary.paybackYear == r.years.front());
    CHECK(cardText(f, "paybackYear") == QStringLiteral("første år"));
    CHECK(cardTexts(f, "paybackYear").contains(QStringLiteral("aldri negativ")));
    shot(f.window->results(), "cards-from-first-year");
    CHECK_FALSE(cardText(f, "paybackYear").contains(QString::number(r.years.front())));

    // A large one-off cost: paid back in a later year, shown as that year.
    doc->setValue("hub.one_off_cost_nok", 20000000, QStringLiteral("test"));
    const auto& later = *doc->lastValidResult();
    if (later.summary.paybackYear) {
        CHECK(*later.summary.paybackYear > later.years.front());
        CHECK(cardText(f, "paybackYear") == QString::number(*later.summary.paybackYear));
    } else {
        CHECK(cardText(f, "paybackYear") == QStringLiteral("Ikke i perioden"));
    }

    // Staff growing faster than the need: no gap, and the card says what that means for the budget.
    doc->setValue("realisation.basis", "gap", QStringLiteral("test"));
    doc->setValue("staff_growth_per_year", 0.08, QStringLiteral("test"));
    REQUIRE(doc->isValid());
    REQUIRE_FALSE(doc->lastValidResult()->summary.gapClosedShareEnd.has_value());
    CHECK(cardText(f, "gapClosedShareEnd") == QStringLiteral("Ingen gap"));
    CHECK(cardTexts(f, "gapClosedShareEnd").contains(QStringLiteral("ikke innsparing")));
}


TEST_CASE("the library panel renames, duplicates, trashes and restores scenarios", "[ui][library]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    auto* panel = f.find<gevinst::ui::LibraryPanel>(QStringLiteral("libraryPanel"));
    REQUIRE(panel != nullptr);
    auto* library = f.window->documents()->library();
    const qint64 id = doc->scenarioId();
    const auto versionsBefore = library->versions(id)->size();
    panel->setAskName([](const QString&, const QString&, const QString&) { return std::optional<QString>(QStringLiteral("Moderat variant")); });
    panel->setConfirm([](const QString&, const QString&) { return true; });

    REQUIRE(panel->selectScenario(id));
    trigger(f, "actionRenameScenario");
    CHECK(library->scenario(id)->name == QStringLiteral("Moderat variant"));
    CHECK(library->versions(id)->size() == versionsBefore + 1);
    CHECK(doc->name() == QStringLiteral("Moderat variant"));
    CHECK_FALSE(doc->isModified());
    CHECK(f.window->windowTitle().contains(QStringLiteral("Moderat variant")));

    REQUIRE(panel->selectScenario(id));
    trigger(f, "actionDuplicateScenario");
    ScenarioDocument* copy = f.window->currentDocument();
    REQUIRE(copy != nullptr);
    const qint64 copyId = copy->scenarioId();
    CHECK(copyId != id);
    CHECK(copy->name() == QStringLiteral("Moderat variant (kopi)"));
    auto* list = f.find<QTreeWidget>(QStringLiteral("scenarioList"));
    REQUIRE(list != nullptr);
    CHECK(list->topLevelItemCount() == 2);
    shot(f.window.get(), "library-duplicated");

    REQUIRE(panel->selectScenario(copyId));
    trigger(f, "actionTrashScenario");
    CHECK(library->scenario(copyId)->trashed);
    CHECK(f.window->currentDocument() == nullptr);
    CHECK(list->topLevelItemCount() == 1);

    f.find<QAbstractButton>(QStringLiteral("trashToggle"))->click();
    REQUIRE(panel->showsTrash());
    CHECK(f.find<QLabel>(QStringLiteral("scenarioListTitle"))->text() == QStringLiteral("Papirkurv"));
    REQUIRE(panel->selectScenario(copyId));
    shot(f.window.get(), "library-trash");
    CHECK_FALSE(f.find<QAction>(QStringLiteral("actionRenameScenario"))->isVisible());
    trigger(f, "actionRestoreScenario");
    CHECK_FALSE(library->scenario(copyId)->trashed);
    CHECK_FALSE(panel->showsTrash());
    REQUIRE(f.window->currentDocument() != nullptr);
    CHECK(f.window->currentDocument()->scenarioId() == copyId);
    CHECK(list->topLevelItemCount() == 2);
}

TEST_CASE("«Bruk som mal» makes a scenario for another unit from this one", "[ui][library]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    auto* panel = f.find<gevinst::ui::LibraryPanel>(QStringLiteral("libraryPanel"));
    const qint64 templateId = doc->scenarioId();
    const double share = doc->value("sharing[0].share")->get<double>();
    panel->setPickUnit([](qint64) { return QStringLiteral("5001"); }); // Trondheim
    REQUIRE(panel->selectScenario(templateId));
    trigger(f, "actionTemplateScenario");
    ScenarioDocument* made = f.window->currentDocument();
    REQUIRE(made != nullptr);
    CHECK(made->scenarioId() != templateId);
    CHECK(made->unitName() == QStringLiteral("Trondheim"));
    CHECK(made->value("sharing[0].share")->get<double>() == Approx(share));
    CHECK(panel->selectedUnit() == QStringLiteral("5001"));
    // The unit is named once: not in the default name as well.
    CHECK_FALSE(made->name().contains(QStringLiteral("Trondheim")));
    CHECK(f.window->windowTitle().count(QStringLiteral("Trondheim")) == 1);
}

TEST_CASE("a unit without scenarios shows an empty state with «Nytt scenario»", "[ui][library]")
{
    WindowFixture f;
    REQUIRE(f.window->currentDocument() != nullptr);
    auto* panel = f.find<gevinst::ui::LibraryPanel>(QStringLiteral("libraryPanel"));
    panel->selectUnit(QStringLiteral("4601")); // Bergen: no scenarios in a new library
    CHECK(f.window->currentDocument() == nullptr);
    auto* emptyPanel = f.find<QWidget>(QStringLiteral("unitEmptyState"));
    auto* emptyEditor = f.find<QWidget>(QStringLiteral("editorEmptyState"));
    REQUIRE(emptyPanel != nullptr);
    REQUIRE(emptyEditor != nullptr);
    CHECK(emptyPanel->isVisible());
    CHECK(emptyEditor->isVisible());
    CHECK_FALSE(f.find<QWidget>(QStringLiteral("editorTabs"))->isVisible());
    CHECK_FALSE(f.find<QLineEdit>(QStringLiteral("field:name"))->isVisible()); // not the previous scenario's name
    CHECK(f.find<QLineEdit>(QStringLiteral("field:name"))->text().isEmpty());
    CHECK(f.find<QLabel>(QStringLiteral("editorEmptyText"))->text().contains(QStringLiteral("Bergen")));
    CHECK(f.find<QLabel>(QStringLiteral("unitEmptyText"))->text().contains(QStringLiteral("Bergen")));
    shot(f.window.get(), "empty-unit");

    f.find<QPushButton>(QStringLiteral("editorNewScenario"))->click();
    ScenarioDocument* made = f.window->currentDocument();
    REQUIRE(made != nullptr);
    CHECK(made->unitName() == QStringLiteral("Bergen"));
    CHECK_FALSE(emptyEditor->isVisible());
    CHECK(f.find<QWidget>(QStringLiteral("editorTabs"))->isVisible());
    CHECK_FALSE(emptyPanel->isVisible());
    CHECK(f.find<QTreeWidget>(QStringLiteral("scenarioList"))->topLevelItemCount() == 1);
}


TEST_CASE("the Hjelp menu opens Kom i gang, Ordliste and Om Gevinstmodell", "[ui][help]")
{
    WindowFixture f;
    auto textOf = [&](const char* action, const char* name) {
        trigger(f, action);
        auto* dialog = f.find<HelpDialog>(QLatin1String(name));
        REQUIRE(dialog != nullptr);
        CHECK(dialog->isVisible());
        auto* text = dialog->findChild<QTextBrowser*>(QStringLiteral("helpText"));
        REQUIRE(text != nullptr);
        shot(dialog, name);
        return text->toPlainText();
    };
    const QString start = textOf("actionGettingStarted", "helpGettingStarted");
    for (const char* step : {"Velg enhet", "Lag et nytt scenario", "Sjekk bemanningen", "Les resultatene"})
        CHECK(start.contains(QString::fromUtf8(step)));

    const QString glossary = textOf("actionGlossary", "helpGlossary");
    for (const char* term : {"Realiseringsandel", "Tidsfaktor", "Utnyttelsesgrad", "Bemanningsgap"})
        CHECK(glossary.contains(QString::fromUtf8(term)));
    CHECK(glossary.contains(QStringLiteral("1,1 er 10 % lengre")));

    const QString about = textOf("actionAbout", "helpAbout");
    CHECK(about.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(about.contains(QStringLiteral("Kilde: Statistisk sentralbyrå")));
    CHECK(about.contains(QStringLiteral("NLOD 2.0")));
    CHECK(about.contains(QStringLiteral("Kartgrunnlag: Kartverket (CC BY 4.0)")));
    // The program's version (main sets it; here the test's application has none yet).
    CHECK(about.contains(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral("ukjent versjon")
                                                                          : QCoreApplication::applicationVersion()));
    const QString version = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    delete f.window->findChild<HelpDialog*>(QStringLiteral("helpAbout")); // a new one reads the version again
    const QString aboutWithVersion = textOf("actionAbout", "helpAbout");
    QCoreApplication::setApplicationVersion(version);
    CHECK(aboutWithVersion.contains(QStringLiteral("Gevinstmodell 9.8.7")));
    CHECK_FALSE(aboutWithVersion.contains(QStringLiteral("ukjent versjon")));

    // Asking again brings the open page forward instead of opening another.
    trigger(f, "actionAbout");
    CHECK(f.window->findChildren<HelpDialog*>(QStringLiteral("helpAbout")).size() == 1);
}
