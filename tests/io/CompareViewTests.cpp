// The comparison view: ticked scenarios become columns of key figures, the
// roll-up adds a kommune column with the summed figures, and a roll-up that
// cannot be made says why. Widgets are reached through objectName.

#include "GuiTestApp.h"
#include "IoTestData.h"

#include "CompareView.h"
#include "Engine.h"
#include "KeyFigures.h"
#include "NumberText.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QTableWidget>

using namespace gevinst;

namespace {

int rowOf(QTableWidget& table, const QString& label)
{
    for (int r = 0; r < table.rowCount(); ++r)
        if (table.verticalHeaderItem(r) && table.verticalHeaderItem(r)->text() == label)
            return r;
    return -1;
}

} // namespace

TEST_CASE("the comparison view shows ticked scenarios and their kommune roll-up", "[compare]")
{
    test::guiApp();
    ui::CompareView view;
    const Scenario a = test::alna();
    const Scenario b = test::otherBydel();
    view.setCandidates({{QStringLiteral("Alna"), a},
                        {QStringLiteral("Grorud"), b},
                        {QStringLiteral("Røros"), test::readShipped("roros-hjemmetjenester.json")}});
    auto* table = view.findChild<QTableWidget*>(QStringLiteral("compareTable"));
    auto* rollUp = view.findChild<QCheckBox*>(QStringLiteral("compareRollUp"));
    auto* perCapita = view.findChild<QTableWidget*>(QStringLiteral("compareTablePerCapita"));
    auto* message = view.findChild<QLabel*>(QStringLiteral("compareMessage"));
    REQUIRE(table);
    REQUIRE(rollUp);
    REQUIRE(perCapita);
    REQUIRE(message);

    view.setChosen({0, 1});
    CHECK(view.columnCount() == 2);
    CHECK(table->columnCount() == 2);
    const int plainRows = table->rowCount();
    CHECK(plainRows == kKeyFigureCount);

    rollUp->setChecked(true);
    CHECK(view.columnCount() == 3);
    const Result ra = Engine::compute(a);
    const Result rb = Engine::compute(b);
    const int costRow = rowOf(*table, QStringLiteral("Kostnader, sum"));
    REQUIRE(costRow >= 0);
    CHECK(table->item(costRow, 2)->text() ==
          io::NumberText::nok(ra.summary.costTotalNok + rb.summary.costTotalNok));
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("Sum av bydelene Alna og Grorud"));
    CHECK(table->horizontalHeaderItem(0)->toolTip() == QString::fromStdString(a.name));

    // Per capita is a view of its own, not rows appended to the absolute table.
    view.showPerCapita(true);
    CHECK(view.perCapitaShown());
    CHECK(table->rowCount() == plainRows);
    CHECK(perCapita->columnCount() == 3);
    CHECK(perCapita->rowCount() > 0);

    view.resize(1100, 700);
    view.grab().save(QString::fromStdString((test::ioTempDir() / "compare-view.png").string()));

    // Røros is a kommune: no roll-up, and the view says why.
    view.setChosen({0, 2});
    CHECK(view.columnCount() == 2);
    CHECK_FALSE(message->isHidden());
    CHECK(message->text().contains(QStringLiteral("er ingen bydel")));
}
