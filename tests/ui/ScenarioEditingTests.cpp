// Editing the open scenario through the editor's widgets: results follow every
// edit, undo and redo move the document, the widgets and the results together,
// an edit that changes nothing pushes nothing, and invalid input is flagged at
// the field while the last valid results stay on screen.

#include "UiTestSupport.h"

#include "KeyFigureCard.h"
#include "NumberField.h"
#include "ScenarioDocument.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

using gevinst::test::WindowFixture;
using gevinst::ui::NumberField;

namespace {

QString cardText(const WindowFixture& f, const char* key)
{
    auto* label = f.find<QLabel>(QStringLiteral("cardValue:") + QLatin1String(key));
    REQUIRE(label != nullptr);
    return label->text();
}

void trigger(const WindowFixture& f, const char* action)
{
    auto* a = f.find<QAction>(QLatin1String(action));
    REQUIRE(a != nullptr);
    REQUIRE(a->isEnabled());
    a->trigger();
}

} // namespace

TEST_CASE("the window opens on the shipped Nordre Follo scenario with results", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    CHECK(doc->unitName() == QStringLiteral("Nordre Follo"));
    REQUIRE(doc->isValid());
    REQUIRE(doc->lastValidResult().has_value());
    CHECK(doc->lastValidResult()->summary.freedFteEnd > 0);
    CHECK_FALSE(cardText(f, "freedFteEnd").isEmpty());
    CHECK(cardText(f, "freedFteEnd") != QStringLiteral("–"));
}

TEST_CASE("edit a field, undo and redo: document, widget and results move together", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const std::string path = "sharing[0].share";
    auto* field = f.find<NumberField>(QStringLiteral("field:") + QString::fromStdString(path));
    REQUIRE(field != nullptr);

    const double before = doc->value(path)->get<double>();
    const double freedBefore = doc->lastValidResult()->summary.freedFteEnd;
    const QString cardBefore = cardText(f, "freedFteEnd");
    const QString textBefore = field->text();
    const int commandsBefore = doc->undoStack().count();

    // Halve the share, typed in percent with a decimal comma.
    const double halved = before / 2.0;
    f.type(field->objectName(), QLocale(QLocale::NorwegianBokmal).toString(halved * 100.0, 'f', 2));
    field->clearFocus();
    REQUIRE(doc->value(path)->get<double>() == Approx(halved).epsilon(1e-9));
    const double freedAfter = doc->lastValidResult()->summary.freedFteEnd;
    CHECK(freedAfter < freedBefore);
    CHECK(cardText(f, "freedFteEnd") != cardBefore);
    // Every keystroke in one field merges into one command with a readable name.
    REQUIRE(doc->undoStack().count() == commandsBefore + 1);
    CHECK(doc->undoStack().text(doc->undoStack().count() - 1).startsWith(QStringLiteral("Endre andel:")));
    CHECK(doc->isModified());

    trigger(f, "actionUndo");
    CHECK(doc->value(path)->get<double>() == Approx(before).epsilon(1e-12));
    CHECK(doc->lastValidResult()->summary.freedFteEnd == Approx(freedBefore).epsilon(1e-12));
    CHECK(cardText(f, "freedFteEnd") == cardBefore);
    CHECK(field->text() == textBefore);
    CHECK_FALSE(doc->isModified());

    trigger(f, "actionRedo");
    CHECK(doc->value(path)->get<double>() == Approx(halved).epsilon(1e-9));
    CHECK(doc->lastValidResult()->summary.freedFteEnd == Approx(freedAfter).epsilon(1e-12));
    CHECK(cardText(f, "freedFteEnd") != cardBefore);
    CHECK(NumberField::parseNumber(field->text()).value() == Approx(halved * 100.0).epsilon(1e-9));
}

TEST_CASE("an edit that changes nothing pushes nothing", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    auto* field = f.find<NumberField>(QStringLiteral("field:roles.sykepleier.fte"));
    REQUIRE(field != nullptr);
    const QString same = field->text();
    f.type(field->objectName(), same);
    field->clearFocus();
    // Typing the same number back ends where it began: no command is left.
    CHECK(doc->undoStack().count() == 0);
    CHECK_FALSE(doc->isModified());
}

TEST_CASE("an invalid value is flagged at its field and the last valid results stay", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    auto* field = f.find<NumberField>(QStringLiteral("field:roles.sykepleier.task_shares.kjoring"));
    REQUIRE(field != nullptr);
    const QString cardBefore = cardText(f, "npvBudget");
    const double npvBefore = doc->lastValidResult()->summary.npvBudgetNok;

    f.type(field->objectName(), QStringLiteral("150"));
    CHECK_FALSE(doc->isValid());
    CHECK(field->property("invalid").toBool());
    CHECK(field->toolTip().contains(QStringLiteral("0–100")));
    auto* rowSum = f.find<QLabel>(QStringLiteral("rowSum:sykepleier"));
    REQUIRE(rowSum != nullptr);
    CHECK(rowSum->property("invalid").toBool());
    auto* summary = f.find<QLabel>(QStringLiteral("errorSummary"));
    REQUIRE(summary != nullptr);
    CHECK(summary->isVisibleTo(f.window.get()));
    // The results still show the last valid calculation.
    CHECK(doc->lastValidResult()->summary.npvBudgetNok == Approx(npvBefore).epsilon(1e-12));
    CHECK(cardText(f, "npvBudget") == cardBefore);
    auto* stale = f.find<QLabel>(QStringLiteral("staleBanner"));
    REQUIRE(stale != nullptr);
    CHECK(stale->isVisibleTo(f.window.get()));

    // Text that is not a number is reported at the field, too.
    f.type(QStringLiteral("field:hours_per_fte"), QStringLiteral("mange"));
    auto* hours = f.find<NumberField>(QStringLiteral("field:hours_per_fte"));
    CHECK(hours->property("invalid").toBool());

    // Undoing both edits makes the scenario valid again and clears the marks.
    doc->undoStack().undo();
    doc->undoStack().undo();
    CHECK(doc->isValid());
    CHECK_FALSE(field->property("invalid").toBool());
    CHECK_FALSE(hours->property("invalid").toBool());
    CHECK_FALSE(summary->isVisibleTo(f.window.get()));
}

TEST_CASE("measures can be added, moved and removed with undo", "[ui]")
{
    WindowFixture f;
    auto* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const auto count = doc->value("sharing")->size();
    const auto first = (*doc->value("sharing"))[0];
    const auto second = (*doc->value("sharing"))[1];
    auto* down = f.find<QWidget>(QStringLiteral("measureDown:0"));
    REQUIRE(down != nullptr);
    QMetaObject::invokeMethod(down, "click");
    CHECK((*doc->value("sharing"))[0] == second);
    CHECK((*doc->value("sharing"))[1] == first);
    auto* add = f.find<QWidget>(QStringLiteral("addMeasure"));
    REQUIRE(add != nullptr);
    QMetaObject::invokeMethod(add, "click");
    CHECK(doc->value("sharing")->size() == count + 1);
    CHECK(f.find<NumberField>(QStringLiteral("field:sharing[%1].share").arg(count)) != nullptr);
    doc->undoStack().undo();
    doc->undoStack().undo();
    CHECK(doc->value("sharing")->size() == count);
    CHECK((*doc->value("sharing"))[0] == first);
    CHECK_FALSE(doc->isModified());
}
