// The «Gevinstplan» view (issue 13), driven as a user would through objectNames:
// approve the open version (the dialog with its note), add a money benefit from the
// model and a custom level indicator (the benefit dialog), type actuals into the table
// and read planned, actual, deviation, realised share and status back from the plan
// table; an import with a bad row stores nothing and names the line; the approved
// version's editor is read-only, and «Rediger som ny versjon» makes edits a new version.

#include "UiTestSupport.h"

#include "ActualsTable.h"
#include "DocumentManager.h"
#include "FigureCatalogue.h"
#include "NumberField.h"
#include "PlanLibrary.h"
#include "PlanTables.h"
#include "PlanView.h"
#include "ScenarioDocument.h"
#include "ScenarioEditor.h"
#include "ScenarioLibrary.h"
#include "StoreErrorText.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>

using gevinst::test::WindowFixture;
namespace plan = gevinst::plan;
namespace ui = gevinst::ui;

namespace {

bool near(double a, double b, double relative = 1e-9)
{
    return std::fabs(a - b) <= relative * std::max({1.0, std::fabs(a), std::fabs(b)});
}

ui::PlanView* showPlanView(WindowFixture& f)
{
    auto* view = f.find<ui::PlanView>(QStringLiteral("planView"));
    REQUIRE(view != nullptr);
    auto* tabs = f.find<QTabWidget>(QStringLiteral("viewTabs"));
    REQUIRE(tabs != nullptr);
    tabs->setCurrentWidget(view);
    QCoreApplication::processEvents();
    return view;
}

/// The open dialog named `objectName` (dialogs are opened with open(), not exec()).
template <class T = QDialog>
T* openDialog(WindowFixture& f, const QString& objectName)
{
    T* dialog = nullptr;
    for (int i = 0; i < 50 && !dialog; ++i) {
        for (T* d : f.window->findChildren<T*>(objectName))
            if (d->isVisible())
                dialog = d;
        if (!dialog)
            QTest::qWait(10);
    }
    REQUIRE(dialog != nullptr);
    return dialog;
}

void typeInto(QWidget* root, const QString& objectName, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(objectName);
    REQUIRE(edit != nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void click(QWidget* root, const QString& objectName)
{
    auto* b = root->findChild<QAbstractButton*>(objectName);
    REQUIRE(b != nullptr);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

/// Approves the open version through the button and the dialog.
void approveThroughDialog(WindowFixture& f, ui::PlanView* view, const QString& note)
{
    click(view, QStringLiteral("planApprove"));
    QDialog* dialog = openDialog(f, QStringLiteral("approveDialog"));
    auto* who = dialog->findChild<QLabel*>(QStringLiteral("approveWho"));
    REQUIRE(who != nullptr);
    CHECK(who->text().startsWith(gevinst::store::PlanLibrary::currentUser()));
    typeInto(dialog, QStringLiteral("approveNote"), note);
    click(dialog, QStringLiteral("approveOk"));
    REQUIRE_FALSE(dialog->isVisible());
    REQUIRE(view->report().has_value());
}

const plan::BenefitReport* benefitOf(ui::PlanView* view, const QString& key)
{
    for (const plan::BenefitReport& b : view->report()->benefits)
        if (b.benefit.key == key)
            return &b;
    return nullptr;
}

QTreeWidgetItem* planRow(ui::PlanView* view, const QString& key, const QString& period)
{
    auto* tree = view->findChild<QTreeWidget*>(QStringLiteral("planTable"));
    REQUIRE(tree != nullptr);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = tree->topLevelItem(i);
        if (top->data(0, ui::PlanTables::KeyRole).toString() != key)
            continue;
        if (period.isEmpty())
            return top;
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->text(0) == period)
                return top->child(c);
    }
    return nullptr;
}

/// Types `text` into the «Faktisk» cell of `period` for the benefit `key`, as a user would, and waits for it to be stored.
void typeActual(ui::PlanView* view, const QString& key, const plan::Period& period, const QString& text)
{
    view->showPage(QStringLiteral("faktiske"));
    auto* benefit = view->findChild<QComboBox*>(QStringLiteral("actualsBenefit"));
    REQUIRE(benefit != nullptr);
    benefit->setCurrentIndex(benefit->findData(key));
    auto* table = view->findChild<ui::ActualsTable*>(QStringLiteral("actualsTable"));
    REQUIRE(table != nullptr);
    const int row = table->rowOf(period);
    REQUIRE(row >= 0);
    QTableWidgetItem* cell = table->item(row, ui::ActualsTable::ActualColumn);
    REQUIRE((cell->flags() & Qt::ItemIsEditable));
    table->setCurrentItem(cell);
    table->editItem(cell);
    auto* editor = table->viewport()->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // Recorded after the cell editor closes; the view reloads from the store.
    for (int i = 0; i < 100; ++i) {
        QTest::qWait(10);
        if (const auto* b = benefitOf(view, key))
            for (const plan::PeriodStatus& r : b->rows)
                if (r.period == period && r.actual)
                    return;
    }
    FAIL("the typed actual was not stored: " << view->message().toStdString());
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("approving the open version makes it the plan and its editor read-only", "[ui][plan]")
{
    WindowFixture f;
    ui::ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    REQUIRE(doc->scenarioId() > 0);
    ui::PlanView* view = showPlanView(f);
    CHECK_FALSE(view->report().has_value());
    CHECK_FALSE(doc->isReadOnly());

    approveThroughDialog(f, view, QStringLiteral("PS 2026/14"));
    const plan::PlanRecord& record = view->report()->data.plan;
    CHECK(record.version == doc->version());
    CHECK(record.note == QStringLiteral("PS 2026/14"));
    CHECK(record.approvedBy == gevinst::store::PlanLibrary::currentUser());
    auto* history = view->findChild<QTreeWidget*>(QStringLiteral("planHistory"));
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(3) == QStringLiteral("PS 2026/14"));
    CHECK(view->findChild<QLabel*>(QStringLiteral("planStatus"))->text().contains(QStringLiteral("PS 2026/14")));

    // The editor on the approved version: read-only, and it says why.
    REQUIRE(doc->isReadOnly());
    auto* editor = f.window->editor();
    CHECK(editor->isReadOnly());
    auto* banner = f.find<QWidget>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    const QString reason = f.find<QLabel>(QStringLiteral("readOnlyReason"))->text();
    CHECK(reason.contains(QStringLiteral("vedtatt plan")));
    CHECK(reason.contains(record.approvedBy));
    CHECK(reason.contains(QStringLiteral("ny versjon")));
    ui::NumberField* rate = editor->field("discount_rate");
    REQUIRE(rate != nullptr);
    CHECK(rate->isReadOnly());
    CHECK(f.find<QLineEdit>(QStringLiteral("field:name"))->isReadOnly());
    const auto before = doc->json();
    CHECK_FALSE(doc->setValue("discount_rate", 0.03, QStringLiteral("Endre")));
    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    CHECK(doc->json() == before);
    CHECK_FALSE(doc->isModified());

    // «Rediger som ny versjon»: editable; saving makes a new version, the forecast; the plan stays.
    click(f.window.get(), QStringLiteral("editAsNewVersion"));
    CHECK_FALSE(doc->isReadOnly());
    CHECK_FALSE(banner->isVisible());
    f.type(QStringLiteral("field:discount_rate"), QStringLiteral("3"));
    CHECK(doc->isModified());
    REQUIRE(f.window->documents()->saveVersion(QStringLiteral("Prognose")));
    CHECK(doc->version() == record.version + 1);
    CHECK_FALSE(doc->isReadOnly());
    REQUIRE(view->report().has_value());
    CHECK(view->report()->data.plan.version == record.version);
    CHECK(view->report()->latestVersion == record.version + 1);

    // Opening the approved version again: read-only again; the newest version is not.
    REQUIRE(f.window->documents()->openScenario(doc->scenarioId(), record.version));
    ui::ScenarioDocument* approved = f.window->currentDocument();
    CHECK(approved->version() == record.version);
    CHECK(approved->isReadOnly());
    CHECK(editor->field("discount_rate")->isReadOnly());
    REQUIRE(f.window->documents()->openScenario(approved->scenarioId(), record.version + 1));
    CHECK_FALSE(f.window->currentDocument()->isReadOnly());
    CHECK_FALSE(editor->field("discount_rate")->isReadOnly());
}

TEST_CASE("the plan table shows planned, actual, deviation, realised share and status of typed actuals", "[ui][plan]")
{
    WindowFixture f;
    ui::ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    REQUIRE(doc->lastValidResult());
    const gevinst::Result& result = *doc->lastValidResult();
    ui::PlanView* view = showPlanView(f);
    approveThroughDialog(f, view, QStringLiteral("PS 2026/20"));

    // A money benefit from the model: its targets are the approved version's computed values.
    const QString money = QStringLiteral("social_assistance_savings_nok");
    const std::map<int, double> computed = plan::FigureCatalogue::yearly(result, money);
    REQUIRE(computed.size() >= 2);
    click(view, QStringLiteral("planAddBenefit"));
    QDialog* dialog = openDialog(f, QStringLiteral("benefitDialog"));
    auto* figure = dialog->findChild<QComboBox*>(QStringLiteral("benefitFigure"));
    REQUIRE(figure != nullptr);
    REQUIRE(figure->findData(money) >= 0);
    figure->setCurrentIndex(figure->findData(money));
    typeInto(dialog, QStringLiteral("benefitOwnerName"), QStringLiteral("Kari Nordmann"));
    typeInto(dialog, QStringLiteral("benefitOwnerPosition"), QStringLiteral("NAV-leder"));
    typeInto(dialog, QStringLiteral("benefitBaseline"), QStringLiteral("0"));
    typeInto(dialog, QStringLiteral("benefitBaselineDate"), QStringLiteral("2026-01-31"));
    click(dialog, QStringLiteral("benefitOk"));
    REQUIRE_FALSE(dialog->isVisible());
    const plan::BenefitReport* moneyBenefit = benefitOf(view, money);
    REQUIRE(moneyBenefit != nullptr);
    CHECK(moneyBenefit->benefit.ownerName == QStringLiteral("Kari Nordmann"));
    CHECK(moneyBenefit->benefit.kind == plan::FigureKind::Flow);
    for (const auto& [year, value] : computed) {
        REQUIRE(moneyBenefit->benefit.targets.count(year) == 1);
        CHECK(near(moneyBenefit->benefit.targets.at(year), value));
    }

    // A custom level indicator with targets typed per year; the owner is required.
    // The first year the figure is not zero, and the next.
    auto first = std::find_if(computed.begin(), computed.end(), [](const auto& kv) { return std::fabs(kv.second) > 1.0; });
    REQUIRE(first != computed.end());
    REQUIRE(std::next(first) != computed.end());
    const int y1 = first->first;
    const int y2 = std::next(first)->first;
    click(view, QStringLiteral("planAddBenefit"));
    dialog = openDialog(f, QStringLiteral("benefitDialog"));
    click(dialog, QStringLiteral("benefitCustom"));
    typeInto(dialog, QStringLiteral("benefitName"), QStringLiteral("Brukertilfredshet"));
    typeInto(dialog, QStringLiteral("benefitUnit"), QStringLiteral("poeng"));
    auto* targets = dialog->findChild<QTableWidget*>(QStringLiteral("benefitTargets"));
    REQUIRE(targets != nullptr);
    REQUIRE(targets->rowCount() >= 2);
    auto targetRow = [targets](int year) {
        for (int r = 0; r < targets->rowCount(); ++r)
            if (targets->item(r, 0)->text() == QString::number(year))
                return r;
        return -1;
    };
    REQUIRE(targetRow(y1) >= 0);
    REQUIRE(targetRow(y2) >= 0);
    targets->item(targetRow(y1), 1)->setText(QStringLiteral("80"));
    targets->item(targetRow(y2), 1)->setText(QStringLiteral("82,5"));
    click(dialog, QStringLiteral("benefitOk"));
    REQUIRE(dialog->isVisible()); // refused: no owner
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("benefitError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("eier")));
    typeInto(dialog, QStringLiteral("benefitOwnerName"), QStringLiteral("Ola Hansen"));
    click(dialog, QStringLiteral("benefitOk"));
    REQUIRE_FALSE(dialog->isVisible());
    const QString custom = QStringLiteral("brukertilfredshet");
    const plan::BenefitReport* level = benefitOf(view, custom);
    REQUIRE(level != nullptr);
    CHECK(level->benefit.kind == plan::FigureKind::Level);
    CHECK(near(level->benefit.targets.at(y1), 80.0));
    CHECK(near(level->benefit.targets.at(y2), 82.5));

    // Actuals typed into the table: money at 80 % of plan in the first year, the indicator at 50 of 80.
    const double planned = computed.at(y1);
    REQUIRE(std::fabs(planned) > 1.0);
    const double actual = std::round(planned * 0.8);
    typeActual(view, money, plan::Period{y1, 0}, QString::number(actual, 'f', 0));
    typeActual(view, custom, plan::Period{y1, 0}, QStringLiteral("50"));

    // Read back from the plan table: planned, actual, deviation, realised share, status (colour and word).
    QTreeWidgetItem* row = planRow(view, money, QString::number(y1));
    REQUIRE(row != nullptr);
    moneyBenefit = benefitOf(view, money);
    const auto& b = moneyBenefit->benefit;
    using C = ui::PlanTables::PlanColumn;
    auto number = [](QString text) {
        text.remove(QStringLiteral("kr"));
        text.remove(QChar(0x00A0));
        text.remove(QChar(0x202F));
        text.remove(QLatin1Char(' '));
        text.replace(QChar(0x2212), QLatin1Char('-'));
        return text.toDouble();
    };
    // io::NumberText keeps the unit on the number's line with a no-break space.
    auto spaced = [](QString text) { return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')); };
    CHECK(near(number(row->text(C::Planned)), std::round(planned), 1e-6));
    CHECK(near(number(row->text(C::Actual)), actual, 1e-9));
    CHECK(near(number(row->text(C::Deviation)), std::round(actual - planned), 1e-6));
    CHECK(spaced(row->text(C::Share)) == QStringLiteral("80,0 %"));
    CHECK(row->text(C::StatusColumn) == QStringLiteral("Gul"));
    CHECK(row->data(C::StatusColumn, Qt::UserRole).toString() == QStringLiteral("yellow"));
    CHECK(row->background(C::StatusColumn).color().isValid());
    CHECK(b.key == money);
    QTreeWidgetItem* levelRow = planRow(view, custom, QString::number(y1));
    REQUIRE(levelRow != nullptr);
    CHECK(spaced(levelRow->text(C::Planned)) == QStringLiteral("80,0 poeng"));
    CHECK(spaced(levelRow->text(C::Actual)) == QStringLiteral("50,0 poeng"));
    CHECK(spaced(levelRow->text(C::Deviation)) == QStringLiteral("\u221230,0 poeng"));
    CHECK(spaced(levelRow->text(C::Share)) == QStringLiteral("62,5 %"));
    CHECK(levelRow->text(C::StatusColumn) == QStringLiteral("Rød"));
    // The benefit's own row carries its latest status.
    CHECK(planRow(view, custom, QString())->text(C::StatusColumn) == QStringLiteral("Rød"));

    // Thresholds per plan: with yellow from 60 % the indicator turns yellow.
    auto* yellow = view->findChild<QSpinBox*>(QStringLiteral("planYellow"));
    REQUIRE(yellow != nullptr);
    yellow->setValue(60);
    click(view, QStringLiteral("planThresholdsApply"));
    CHECK(near(view->report()->data.plan.thresholds.yellow, 0.6));
    CHECK(planRow(view, custom, QString::number(y1))->text(C::StatusColumn) == QStringLiteral("Gul"));

    // By owner: both owners, each with their benefit and its status.
    auto* owners = view->findChild<QTreeWidget*>(QStringLiteral("planOwners"));
    REQUIRE(owners->topLevelItemCount() == 2);
    QStringList names;
    for (int i = 0; i < owners->topLevelItemCount(); ++i)
        names << owners->topLevelItem(i)->text(0);
    CHECK(names.join(QLatin1Char('|')).contains(QStringLiteral("Kari Nordmann – NAV-leder")));
    CHECK(names.join(QLatin1Char('|')).contains(QStringLiteral("Ola Hansen")));

    // Emptying the cell removes the actual.
    view->showPage(QStringLiteral("faktiske"));
    auto* table = view->findChild<ui::ActualsTable*>(QStringLiteral("actualsTable"));
    auto* benefit = view->findChild<QComboBox*>(QStringLiteral("actualsBenefit"));
    benefit->setCurrentIndex(benefit->findData(custom));
    table->item(table->rowOf(plan::Period{y1, 0}), ui::ActualsTable::ActualColumn)->setText(QString());
    for (int i = 0; i < 100 && !benefitOf(view, custom)->rows.empty() && benefitOf(view, custom)->rows.front().actual; ++i)
        QTest::qWait(10);
    auto stored = gevinst::store::PlanLibrary(*f.window->documents()->library()).actuals(doc->scenarioId());
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().benefitKey == money);
}

TEST_CASE("an import with a bad row stores nothing and names the line", "[ui][plan]")
{
    WindowFixture f;
    ui::ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    const qint64 id = doc->scenarioId();
    ui::PlanView* view = showPlanView(f);
    approveThroughDialog(f, view, QString());
    gevinst::store::PlanLibrary plans(*f.window->documents()->library());
    plan::BenefitInput in;
    in.figure = QStringLiteral("custom:sykefravaer");
    in.name = QStringLiteral("Sykefravær");
    in.unit = QStringLiteral("%");
    in.ownerName = QStringLiteral("Ola Hansen");
    in.customTargets = {{2026, 8.0}, {2027, 7.5}};
    REQUIRE(plans.addBenefit(id, in).ok());
    view->reload();

    QTemporaryDir dir;
    // Line 3 has a period that does not exist.
    const QString badPeriod = writeFile(dir, QStringLiteral("periode.csv"),
                                        "gevinst;periode;verdi;kilde;kommentar\n"
                                        "sykefravaer;2026-T1;8,4;HR-portalen;\n"
                                        "sykefravaer;2026-T4;8,1;HR-portalen;\n");
    CHECK_FALSE(view->importActuals(badPeriod));
    CHECK(view->message().contains(QStringLiteral("Linje 3")));
    CHECK(view->message().contains(QStringLiteral("periode")));
    CHECK(view->message().contains(QStringLiteral("Ingenting ble importert")));
    REQUIRE(plans.actuals(id).ok());
    CHECK(plans.actuals(id)->empty());

    // Line 4 names a benefit the plan does not have (the store's check).
    const QString badKey = writeFile(dir, QStringLiteral("gevinst.csv"),
                                     "gevinst;periode;verdi;kilde;kommentar\n"
                                     "sykefravaer;2026-T1;8,4;HR-portalen;\n"
                                     "sykefravaer;2026-T2;8,0;HR-portalen;\n"
                                     "sykefravær;2026;7,9;HR-portalen;\n");
    CHECK_FALSE(view->importActuals(badKey));
    CHECK(view->message().contains(QStringLiteral("Linje 4")));
    CHECK(view->message().contains(QStringLiteral("gevinst")));
    CHECK(plans.actuals(id)->empty());
    CHECK(view->report()->data.actuals.empty());

    // The good file is stored, all of it.
    const QString good = writeFile(dir, QStringLiteral("godt.csv"),
                                   "gevinst;periode;verdi;kilde;kommentar\n"
                                   "sykefravaer;2026-T1;8,4;HR-portalen;Influensa\n"
                                   "sykefravaer;2026-T2;8.0;HR-portalen;\n");
    CHECK(view->importActuals(good));
    CHECK(plans.actuals(id)->size() == 2);
    CHECK(view->report()->data.actuals.size() == 2);
    CHECK(view->message().contains(QStringLiteral("2 faktiske tall")));
}

TEST_CASE("a scenario with an approved plan cannot be trashed, and the refusal is worded", "[ui][plan]")
{
    WindowFixture f;
    ui::ScenarioDocument* doc = f.window->currentDocument();
    REQUIRE(doc != nullptr);
    ui::PlanView* view = showPlanView(f);
    approveThroughDialog(f, view, QString());
    auto trashed = f.window->documents()->library()->moveToTrash(doc->scenarioId());
    REQUIRE_FALSE(trashed.ok());
    const QString text = ui::StoreErrorText::message(trashed.error());
    CHECK(text.contains(QStringLiteral("vedtatt")));
    CHECK(text.contains(QStringLiteral("papirkurven")));
}
