// The vocabulary as the user edits it in the «Ordliste» tab: a role, a category and
// a receiver are added through the add dialog, filled in through the editor's
// tables, and undo and redo move the document, the widgets and the results
// together; renaming a category carries its task shares, measures and paths with
// it; ids that break the rule or are taken are refused with a Norwegian reason; a
// format-1 document becomes format 2 on its first vocabulary edit with the same
// numbers; the realisation basis is chosen in the editor and the results panel
// says when freed capacity goes beyond the gap.

#include "UiTestSupport.h"

#include "DocumentManager.h"
#include "Language.h"
#include "NumberField.h"
#include "ScenarioDocument.h"
#include "TestPaths.h"
#include "VocabularyEdit.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <fstream>
#include <sstream>

using gevinst::test::WindowFixture;
using gevinst::ui::Json;
using gevinst::ui::NumberField;
using gevinst::ui::ScenarioDocument;

namespace {

void click(const WindowFixture& f, const QString& objectName)
{
    auto* button = f.find<QAbstractButton>(objectName);
    INFO(objectName.toStdString());
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    button->click();
}

/// The add/rename dialog that is open now.
QDialog* openDialog(const WindowFixture& f)
{
    for (auto* d : f.window->findChildren<QDialog*>(QStringLiteral("vocabularyIdDialog")))
        if (d->isVisible())
            return d;
    return nullptr;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    REQUIRE(edit != nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Opens the add (or rename) dialog with `button`, types `name` (and `id` when given) and presses OK.
void addThroughDialog(const WindowFixture& f, const QString& button, const QString& name, const QString& id = {},
                      const QString& kind = {})
{
    click(f, button);
    QDialog* dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    if (!kind.isEmpty()) {
        auto* kinds = dialog->findChild<QComboBox*>(QStringLiteral("idDialog:kind"));
        REQUIRE(kinds != nullptr);
        kinds->setCurrentIndex(kinds->findData(kind));
    }
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:name")), name);
    if (!id.isEmpty())
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id")), id);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"));
    REQUIRE(ok != nullptr);
    REQUIRE(ok->isEnabled());
    ok->click();
    QCoreApplication::processEvents();
}

void choose(const WindowFixture& f, const QString& comboName, const QString& id)
{
    auto* combo = f.find<QComboBox>(comboName);
    INFO(comboName.toStdString());
    REQUIRE(combo != nullptr);
    const int i = combo->findData(id);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
    QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, i));
}

void fill(WindowFixture& f, const std::string& path, const QString& text)
{
    const QString name = QStringLiteral("field:") + QString::fromStdString(path);
    INFO(path);
    REQUIRE(f.find<NumberField>(name) != nullptr);
    f.type(name, text);
    f.find<NumberField>(name)->clearFocus();
    f.window->currentDocument()->endMerge();
}

double freedEnd(const ScenarioDocument& doc)
{
    REQUIRE(doc.lastValidResult().has_value());
    return doc.lastValidResult()->summary.freedFteEnd;
}

bool hasId(const Json& list, const std::string& id)
{
    if (list.is_object())
        return list.contains(id);
    for (const auto& v : list)
        if (v == id)
            return true;
    return false;
}

} // namespace

TEST_CASE("add a role, a category and a receiver, fill them in, undo and redo: the results follow", "[ui][vocabulary]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    REQUIRE(doc->isValid());
    const Json original = doc->json();
    const double freedBefore = freedEnd(*doc);
    const double costBefore = doc->lastValidResult()->summary.costTotalNok;
    const int start = doc->undoStack().count();

    // A role: the id is proposed from the name.
    click(f, QStringLiteral("vocab:addRole"));
    QDialog* dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:name")), QStringLiteral("Fysioterapeut"));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id"))->text() == QStringLiteral("fysioterapeut"));
    dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"))->click();
    QCoreApplication::processEvents();
    CHECK(doc->undoStack().text(doc->undoStack().count() - 1) == QStringLiteral("Legg til rolle «Fysioterapeut»"));
    REQUIRE(hasId(doc->json()["vocabulary"]["roles"], "fysioterapeut"));
    CHECK(doc->json()["vocabulary"]["roles"]["fysioterapeut"]["professional"] == true);
    CHECK(doc->isValid());
    CHECK(freedEnd(*doc) == Approx(freedBefore).epsilon(1e-12)); // 0 FTE: nothing changes yet
    REQUIRE(f.find<NumberField>(QStringLiteral("field:roles.fysioterapeut.fte")) != nullptr);

    // A category: every role gets 0 % of it; the task-share table has a column for it.
    addThroughDialog(f, QStringLiteral("vocab:addCategory"), QStringLiteral("Trening og øvelser"));
    REQUIRE(hasId(doc->json()["vocabulary"]["categories"], "trening_og_ovelser"));
    CHECK(doc->json()["roles"]["sykepleier"]["task_shares"]["trening_og_ovelser"] == 0.0);
    CHECK(f.find<NumberField>(QStringLiteral("field:roles.fysioterapeut.task_shares.trening_og_ovelser")) != nullptr);
    CHECK(f.find<QLabel>(QStringLiteral("categoryHead:trening_og_ovelser")) != nullptr);
    CHECK(doc->isValid());

    // A receiver of kind task worker.
    addThroughDialog(f, QStringLiteral("vocab:addReceiver"), QStringLiteral("Treningsassistent"), {},
                     QStringLiteral("task_worker"));
    REQUIRE(hasId(doc->json()["vocabulary"]["receivers"], "treningsassistent"));
    CHECK(doc->json()["vocabulary"]["receivers"]["treningsassistent"]["kind"] == "task_worker");
    REQUIRE(f.find<NumberField>(QStringLiteral("field:receivers.treningsassistent.annual_cost_nok")) != nullptr);
    CHECK(f.find<QWidget>(QStringLiteral("receiver:treningsassistent")) != nullptr);

    // Fill them in: 10 FTE physiotherapists spending half their time on training,
    // half of which moves to the new receiver.
    fill(f, "roles.fysioterapeut.fte", QStringLiteral("10"));
    fill(f, "roles.fysioterapeut.annual_cost_nok", QStringLiteral("800000"));
    fill(f, "roles.fysioterapeut.task_shares.trening_og_ovelser", QStringLiteral("50"));
    const std::string firstCategory = doc->vocabulary().categories.front();
    fill(f, "roles.fysioterapeut.task_shares." + firstCategory, QStringLiteral("50"));
    fill(f, "receivers.treningsassistent.annual_cost_nok", QStringLiteral("500000"));
    REQUIRE(doc->isValid());
    const std::size_t measures = doc->json()["sharing"].size();
    click(f, QStringLiteral("addMeasure"));
    REQUIRE(doc->json()["sharing"].size() == measures + 1);
    const QString m = QStringLiteral("sharing[%1]").arg(measures);
    choose(f, QStringLiteral("combo:") + m + QStringLiteral(".from"), QStringLiteral("fysioterapeut"));
    choose(f, QStringLiteral("combo:") + m + QStringLiteral(".category"), QStringLiteral("trening_og_ovelser"));
    choose(f, QStringLiteral("combo:") + m + QStringLiteral(".to"), QStringLiteral("treningsassistent"));
    fill(f, m.toStdString() + ".share", QStringLiteral("50"));
    REQUIRE(doc->isValid());

    // 10 FTE × 50 % × 50 % = 2,5 FTE freed at full effect (more with demand growth).
    const double freedAfter = freedEnd(*doc);
    const double costAfter = doc->lastValidResult()->summary.costTotalNok;
    CHECK(freedAfter - freedBefore >= 2.5 - 1e-9);
    CHECK(costAfter > costBefore);
    CHECK(doc->lastValidScenario()->vocabulary.roleIndex("fysioterapeut") >= 0);
    const Json edited = doc->json();
    const int commands = doc->undoStack().count() - start;
    REQUIRE(commands >= 12);

    // Undo everything: document, widgets and results are back where they began.
    for (int i = 0; i < commands; ++i)
        doc->undoStack().undo();
    CHECK(doc->json() == original);
    CHECK_FALSE(doc->isModified());
    CHECK(freedEnd(*doc) == Approx(freedBefore).epsilon(1e-12));
    CHECK(f.find<NumberField>(QStringLiteral("field:roles.fysioterapeut.fte")) == nullptr);
    CHECK(f.find<QWidget>(QStringLiteral("receiver:treningsassistent")) == nullptr);
    CHECK(f.find<QLabel>(QStringLiteral("categoryHead:trening_og_ovelser")) == nullptr);

    // Redo everything: the same document and the same numbers again.
    for (int i = 0; i < commands; ++i)
        doc->undoStack().redo();
    CHECK(doc->json() == edited);
    CHECK(freedEnd(*doc) == Approx(freedAfter).epsilon(1e-12));
    CHECK(doc->lastValidResult()->summary.costTotalNok == Approx(costAfter).epsilon(1e-12));
    auto* fte = f.find<NumberField>(QStringLiteral("field:roles.fysioterapeut.fte"));
    REQUIRE(fte != nullptr);
    CHECK(fte->text() == QStringLiteral("10"));
    auto* to = f.find<QComboBox>(QStringLiteral("combo:") + m + QStringLiteral(".to"));
    REQUIRE(to != nullptr);
    CHECK(to->currentData().toString() == QStringLiteral("treningsassistent"));

    // Removing the role removes its measure with it, in one undoable step.
    click(f, QStringLiteral("vocab:removeRole:fysioterapeut"));
    CHECK_FALSE(hasId(doc->json()["vocabulary"]["roles"], "fysioterapeut"));
    CHECK(doc->json()["sharing"].size() == measures);
    CHECK(doc->isValid());
    CHECK(freedEnd(*doc) == Approx(freedBefore).epsilon(1e-9));
    doc->undoStack().undo();
    CHECK(doc->json() == edited);
}

TEST_CASE("renaming a category carries its task shares, measures and paths with it", "[ui][vocabulary]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const Json original = doc->json();
    const double freedBefore = freedEnd(*doc);
    const double npvBefore = doc->lastValidResult()->summary.npvBudgetNok;
    std::vector<std::size_t> usedBy;
    for (std::size_t i = 0; i < original["sharing"].size(); ++i)
        if (original["sharing"][i]["category"] == "kjoring")
            usedBy.push_back(i);
    REQUIRE_FALSE(usedBy.empty());

    click(f, QStringLiteral("vocab:renameCategory:kjoring"));
    QDialog* dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id"))->text() == QStringLiteral("kjoring"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id")), QStringLiteral("transport"));
    dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"))->click();
    QCoreApplication::processEvents();

    CHECK(doc->undoStack().text(doc->undoStack().count() - 1) ==
          QStringLiteral("Gi nytt navn: kategori «kjoring» → «transport»"));
    const Json& d = doc->json();
    CHECK(hasId(d["vocabulary"]["categories"], "transport"));
    CHECK_FALSE(hasId(d["vocabulary"]["categories"], "kjoring"));
    for (std::size_t i : usedBy) {
        CHECK(d["sharing"][i]["category"] == "transport");
        auto* combo = f.find<QComboBox>(QStringLiteral("combo:sharing[%1].category").arg(i));
        REQUIRE(combo != nullptr);
        CHECK(combo->currentData().toString() == QStringLiteral("transport"));
    }
    for (const auto& [role, input] : d["roles"].items()) {
        CHECK_FALSE(input["task_shares"].contains("kjoring"));
        CHECK(input["task_shares"]["transport"] == original["roles"][role]["task_shares"]["kjoring"]);
        CHECK(f.find<NumberField>(QStringLiteral("field:roles.%1.task_shares.transport").arg(QString::fromStdString(role))));
    }
    for (const char* block : {"sources", "uncertainty"})
        if (d.contains(block))
            for (const auto& [path, value] : d[block].items())
                CHECK(path.find("kjoring") == std::string::npos);
    // A new id for the same thing: the same numbers.
    REQUIRE(doc->isValid());
    CHECK(freedEnd(*doc) == Approx(freedBefore).epsilon(1e-12));
    CHECK(doc->lastValidResult()->summary.npvBudgetNok == Approx(npvBefore).epsilon(1e-12));

    doc->undoStack().undo();
    CHECK(doc->json() == original);
    CHECK(f.find<QComboBox>(QStringLiteral("combo:sharing[%1].category").arg(usedBy.front()))->currentData().toString() ==
          QStringLiteral("kjoring"));
    doc->undoStack().redo();
    CHECK(doc->json()["sharing"][usedBy.front()]["category"] == "transport");
}

TEST_CASE("the add dialog proposes ids and refuses invalid or taken ones in Norwegian", "[ui][vocabulary]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    CHECK(gevinst::ui::VocabularyEdit::proposeId(QStringLiteral("Ærlig øving på å gå")) == "aerlig_oving_pa_a_ga");
    CHECK(gevinst::ui::VocabularyEdit::proposeId(QStringLiteral("  3 Café-drift ")) == "cafe_drift");

    const int commands = doc->undoStack().count();
    click(f, QStringLiteral("vocab:addCategory"));
    QDialog* dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"));
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("idDialog:problem"));
    REQUIRE(ok != nullptr);
    REQUIRE(problem != nullptr);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:name")), QStringLiteral("Kjøring"));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id"))->text() == QStringLiteral("kjoring"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("finnes allerede en oppgavekategori")));

    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id")), QStringLiteral("9liv"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("kan ikke brukes som id")));

    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id")), QStringLiteral("sykepleier"));
    CHECK(ok->isEnabled()); // a category may share an id with a role

    dialog->reject();
    QCoreApplication::processEvents();
    CHECK(doc->undoStack().count() == commands);

    // A role may not take a receiver's id.
    click(f, QStringLiteral("vocab:addRole"));
    dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:name")), QStringLiteral("Oppgave­medarbeider"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id")), QStringLiteral("frivillig"));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"))->isEnabled());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("idDialog:problem"))->text().contains(QStringLiteral("mottaker")));
    dialog->reject();
}

TEST_CASE("a format-1 document becomes format 2 on its first vocabulary edit, with the same numbers", "[ui][vocabulary]")
{
    WindowFixture f;
    // The shipped scenario written back as format 1 (standard vocabulary, basis all implied).
    Json doc1 = f.window->currentDocument()->json();
    doc1["format"] = "gevinstmodell-scenario/1";
    doc1.erase("vocabulary");
    doc1["realisation"].erase("basis");
    for (const char* block : {"sources", "uncertainty"})
        if (doc1.contains(block)) {
            doc1[block].erase("vocabulary");
            doc1[block].erase("realisation.basis");
        }
    const QString path = f.dir.filePath(QStringLiteral("format1.json"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(doc1.dump(2)));
    }
    REQUIRE(f.window->documents()->importFile(path));
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc->format() == 1);
    REQUIRE(doc->isValid());
    CHECK(f.find<QLabel>(QStringLiteral("vocabularyFormatNote")) != nullptr);
    auto* basis = f.find<QComboBox>(QStringLiteral("combo:realisation.basis"));
    REQUIRE(basis != nullptr);
    CHECK(basis->currentData().toString() == QStringLiteral("all")); // format 1's meaning
    const Json before = doc->json();
    const double npv = doc->lastValidResult()->summary.npvBudgetNok;
    const double freed = freedEnd(*doc);

    click(f, QStringLiteral("vocab:renameCategory:mestring"));
    QDialog* dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id")), QStringLiteral("aktivitet"));
    dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"))->click();
    QCoreApplication::processEvents();

    CHECK(doc->format() == 2);
    CHECK(doc->json()["format"] == "gevinstmodell-scenario/2");
    REQUIRE(doc->json().contains("vocabulary"));
    CHECK(doc->json()["realisation"]["basis"] == "all");
    REQUIRE(doc->isValid());
    CHECK(doc->lastValidResult()->summary.npvBudgetNok == Approx(npv).epsilon(1e-12));
    CHECK(freedEnd(*doc) == Approx(freed).epsilon(1e-12));
    CHECK(f.find<QLabel>(QStringLiteral("vocabularyFormatNote")) == nullptr);

    doc->undoStack().undo();
    CHECK(doc->json() == before);
    CHECK(doc->format() == 1);
}

TEST_CASE("the realisation basis is chosen in the editor and the results say when capacity goes beyond the gap",
          "[ui][vocabulary]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    // Staff that grows faster than demand: no gap, so all freed time is beyond it.
    fill(f, "staff_growth_per_year", QStringLiteral("10"));
    fill(f, "realisation.budget_share_of_freed_capacity", QStringLiteral("100"));
    choose(f, QStringLiteral("combo:realisation.basis"), QStringLiteral("gap"));
    REQUIRE(doc->isValid());
    CHECK(doc->json()["realisation"]["basis"] == "gap");
    const auto& r = *doc->lastValidResult();
    const int last = r.yearCount() - 1;
    REQUIRE(r[gevinst::SeriesId::FreedFte][last] > 0);
    CHECK(r[gevinst::SeriesId::RealisedCapacityNok][last] < r[gevinst::SeriesId::CapacityValueNok][last]);
    auto* note = f.find<QLabel>(QStringLiteral("capacityNote"));
    REQUIRE(note != nullptr);
    CHECK(note->isVisibleTo(f.window.get()));
    CHECK(note->text().contains(QStringLiteral("ikke penger")));
    const double npvGap = r.summary.npvBudgetNok;

    choose(f, QStringLiteral("combo:realisation.basis"), QStringLiteral("all"));
    CHECK(doc->json()["realisation"]["basis"] == "all");
    CHECK(doc->undoStack().text(doc->undoStack().count() - 1).startsWith(QStringLiteral("Endre ")));
    const double npvAll = doc->lastValidResult()->summary.npvBudgetNok;
    CHECK(npvAll > npvGap);
    CHECK(note->text().contains(QStringLiteral("All frigjort kapasitet")));

    doc->undoStack().undo();
    CHECK(doc->json()["realisation"]["basis"] == "gap");
    CHECK(doc->lastValidResult()->summary.npvBudgetNok == Approx(npvGap).epsilon(1e-12));
    CHECK(f.find<QComboBox>(QStringLiteral("combo:realisation.basis"))->currentData().toString() == QStringLiteral("gap"));
}

TEST_CASE("the names a user types are kept in the scenario, follow renames and undo, and are shown", "[ui][vocabulary][labels]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const Json original = doc->json();
    REQUIRE_FALSE(original.contains("labels"));

    // Added with a name: the name is in the scenario's labels and on the task-share table.
    addThroughDialog(f, QStringLiteral("vocab:addCategory"), QStringLiteral("Miljøarbeid på dagtid"));
    const Json& added = doc->json();
    REQUIRE(added.contains("labels"));
    CHECK(added["labels"]["nb"]["miljoarbeid_pa_dagtid"] == "Miljøarbeid på dagtid");
    auto* head = f.find<QLabel>(QStringLiteral("categoryHead:miljoarbeid_pa_dagtid"));
    REQUIRE(head != nullptr);
    CHECK(head->toolTip() == QStringLiteral("Miljøarbeid på dagtid"));
    CHECK(doc->undoStack().text(doc->undoStack().count() - 1) == QStringLiteral("Legg til kategori «Miljøarbeid på dagtid»"));

    // Renamed by name: a new id is proposed from the new name, and the name moves with it.
    click(f, QStringLiteral("vocab:renameCategory:miljoarbeid_pa_dagtid"));
    QDialog* dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:name"))->text() == QStringLiteral("Miljøarbeid på dagtid"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:name")), QStringLiteral("Miljøarbeid"));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id"))->text() == QStringLiteral("miljoarbeid"));
    dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"))->click();
    QCoreApplication::processEvents();
    CHECK(doc->undoStack().text(doc->undoStack().count() - 1) ==
          QStringLiteral("Gi nytt navn: kategori «Miljøarbeid på dagtid» → «Miljøarbeid»"));
    CHECK(doc->json()["labels"]["nb"]["miljoarbeid"] == "Miljøarbeid");
    CHECK_FALSE(doc->json()["labels"]["nb"].contains("miljoarbeid_pa_dagtid"));
    REQUIRE(f.find<QLabel>(QStringLiteral("categoryHead:miljoarbeid")) != nullptr);
    CHECK(f.find<QLabel>(QStringLiteral("categoryHead:miljoarbeid"))->toolTip() == QStringLiteral("Miljøarbeid"));

    // The same id under another name: only the name changes, as one undoable step.
    addThroughDialog(f, QStringLiteral("vocab:renameCategory:miljoarbeid"), QStringLiteral("Miljøarbeid (dag)"),
                     QStringLiteral("miljoarbeid"));
    CHECK(doc->json()["labels"]["nb"]["miljoarbeid"] == "Miljøarbeid (dag)");
    CHECK(f.find<QLabel>(QStringLiteral("categoryHead:miljoarbeid"))->toolTip() == QStringLiteral("Miljøarbeid (dag)"));

    // A shipped id keeps the service area's name: the dialog says so, and no label is stored.
    click(f, QStringLiteral("vocab:renameCategory:kjoring"));
    dialog = openDialog(f);
    REQUIRE(dialog != nullptr);
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:name")), QStringLiteral("Bilkjøring"));
    typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("idDialog:id")), QStringLiteral("kjoring"));
    auto* hint = dialog->findChild<QLabel*>(QStringLiteral("idDialog:hint"));
    REQUIRE(hint != nullptr);
    CHECK(hint->text().contains(QStringLiteral("Kjøring")));
    dialog->findChild<QPushButton*>(QStringLiteral("idDialog:ok"))->click();
    QCoreApplication::processEvents();
    CHECK_FALSE(doc->json()["labels"]["nb"].contains("kjoring"));

    // Removing the category removes its name; undoing everything gives the document back.
    click(f, QStringLiteral("vocab:removeCategory:miljoarbeid"));
    CHECK_FALSE(doc->json().contains("labels"));
    while (doc->undoStack().canUndo())
        doc->undoStack().undo();
    CHECK(doc->json() == original);
}

TEST_CASE("the Ordliste tab fits the editor at 1366 x 768 and its education matrix edits each role's matching set",
          "[ui][vocabulary][layout]")
{
    WindowFixture f;
    ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    auto* tabs = f.find<QTabWidget>(QStringLiteral("editorTabs"));
    REQUIRE(tabs != nullptr);
    auto* scroll = qobject_cast<QScrollArea*>(f.find<QWidget>(QStringLiteral("page:vocabulary")));
    REQUIRE(scroll != nullptr);
    tabs->setCurrentWidget(scroll);
    QApplication::processEvents();

    // Nothing to scroll sideways, and every button is whole inside the pane.
    auto* page = f.find<QWidget>(QStringLiteral("vocabularyPage"));
    REQUIRE(page != nullptr);
    CHECK(page->minimumSizeHint().width() <= scroll->viewport()->width());
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    const QRect visible = scroll->viewport()->rect();
    for (auto* button : page->findChildren<QAbstractButton*>()) {
        INFO(button->objectName().toStdString());
        const QRect r(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
        CHECK(r.right() <= visible.right());
    }

    // A row per category, a column per role: ticking «praktisk bistand» for the
    // assistant adds it to the assistant's matching set, in one undoable step.
    const gevinst::Vocabulary& vocabulary = doc->vocabulary();
    const std::string role = vocabulary.roles.back().id;
    const std::string category = vocabulary.categories.back();
    auto* check = f.find<QCheckBox>(QStringLiteral("vocab:matching:%1:%2")
                                        .arg(QString::fromStdString(role), QString::fromStdString(category)));
    REQUIRE(check != nullptr);
    const bool before = check->isChecked();
    const Json original = doc->json();
    check->click();
    QCoreApplication::processEvents();
    const Json& matching = doc->json()["vocabulary"]["roles"][role]["matching"];
    CHECK(hasId(matching, category) == !before);
    CHECK(doc->isValid());
    doc->undoStack().undo();
    CHECK(doc->json() == original);
}

TEST_CASE("every editor tab fits the editor pane at 1366 x 768 without scrolling sideways, in both languages",
          "[ui][layout]")
{
    using gevinst::io::Language;
    using gevinst::io::UserLanguage;
    // English figures («NOK -35.1 million») and buttons are longer: the result cards
    // draw their values smaller rather than widen the results pane beside the editor.
    const Language language = GENERATE(Language::Norwegian, Language::English);
    // Home care (3 roles, 5 categories) and the nursing home (4 roles, 6 categories).
    const char* const scenario = GENERATE("", "bodo-sykehjem.json");
    gevinst::test::ensureApplication();
    REQUIRE(UserLanguage::install(*QCoreApplication::instance(), language));
    {
        WindowFixture f;
        if (*scenario)
            REQUIRE(f.window->documents()->importFile(
                QString::fromStdString(gevinst::test::scenariosDir() + "/" + scenario)));
        auto* tabs = f.find<QTabWidget>(QStringLiteral("editorTabs"));
        REQUIRE(tabs != nullptr);
        REQUIRE(tabs->count() >= 8);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            INFO(scenario << " " << tabs->tabText(i).toStdString());
            auto* scroll = qobject_cast<QScrollArea*>(tabs->widget(i));
            REQUIRE(scroll != nullptr);
            CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
            CHECK(scroll->horizontalScrollBar()->maximum() == 0);
        }
        // The result cards beside the editor show their figures whole.
        int cards = 0;
        for (auto* value : f.window->findChildren<QLabel*>()) {
            if (!value->objectName().startsWith(QStringLiteral("cardValue:")) || value->text().isEmpty())
                continue;
            INFO(value->objectName().toStdString() << " " << value->text().toStdString());
            CHECK(value->fontMetrics().horizontalAdvance(value->text()) <= value->width());
            CHECK(value->font().pointSizeF() >= value->parentWidget()->font().pointSizeF());
            ++cards;
        }
        CHECK(cards == 7);
    }
    UserLanguage::install(*QCoreApplication::instance(), Language::Norwegian);
}
