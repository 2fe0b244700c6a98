#include "ActualsTable.h"

#include "NumberText.h"
#include "PlanValueText.h"

#include <QHeaderView>
#include <QTimer>

#include <algorithm>
#include <map>

namespace gevinst::ui {

namespace {
constexpr int kPeriodRole = Qt::UserRole;      ///< Period::order() on the period cell
constexpr int kRecordedRole = Qt::UserRole + 1; ///< whether the row has a stored actual

plan::Period periodOfOrder(int order)
{
    plan::Period p;
    p.year = order / 4;
    const int rest = order % 4;
    p.tertial = rest == 3 ? 0 : rest + 1;
    return p;
}
} // namespace

ActualsTable::ActualsTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("actualsTable"));
    setHorizontalHeaderLabels({tr("Periode"), tr("Plan"), tr("Faktisk"), tr("Kilde"), tr("Kommentar"), tr("Registrert")});
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    horizontalHeaderItem(ActualColumn)->setToolTip(tr("Skriv det faktiske tallet for perioden; tøm cellen for å fjerne det."));
    connect(this, &QTableWidget::itemChanged, this, &ActualsTable::cellEdited);
}

int ActualsTable::rowOf(const plan::Period& period) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, PeriodColumn) && item(r, PeriodColumn)->data(kPeriodRole).toInt() == period.order())
            return r;
    return -1;
}

void ActualsTable::setBenefit(const plan::BenefitReport* benefit, const std::vector<plan::Actual>& actuals)
{
    const bool sameBenefit = benefit && benefit_ && benefit_->benefit.key == benefit->benefit.key;
    if (!sameBenefit)
        added_.clear();
    benefit_.reset();
    actuals_.clear();
    if (benefit) {
        benefit_ = *benefit;
        for (const plan::Actual& a : actuals)
            if (a.benefitKey == benefit->benefit.key)
                actuals_.push_back(a);
    }
    fill();
}

void ActualsTable::addPeriod(const plan::Period& period)
{
    if (!benefit_)
        return;
    if (rowOf(period) < 0) {
        added_.insert(period.order());
        fill();
    }
    const int r = rowOf(period);
    setCurrentCell(r, ActualColumn);
    editItem(item(r, ActualColumn));
}

void ActualsTable::fill()
{
    filling_ = true;
    clearContents();
    setRowCount(0);
    if (!benefit_) {
        setEnabled(false);
        filling_ = false;
        return;
    }
    setEnabled(true);
    const plan::Benefit& b = benefit_->benefit;
    const QString unit = PlanValueText::entryUnit(b);
    horizontalHeaderItem(ActualColumn)->setText(unit.isEmpty() ? tr("Faktisk") : tr("Faktisk (%1)").arg(unit));

    // Every period the calculator shows, and those the user added.
    std::map<int, const plan::PeriodStatus*> rows;
    for (const plan::PeriodStatus& row : benefit_->rows)
        rows[row.period.order()] = &row;
    std::map<int, const plan::Actual*> recorded;
    for (const plan::Actual& a : actuals_)
        recorded[a.period.order()] = &a;
    std::set<int> orders;
    for (const auto& [order, row] : rows)
        orders.insert(order);
    for (const auto& [order, a] : recorded)
        orders.insert(order);
    for (int order : added_)
        if (!recorded.count(order))
            orders.insert(order);

    const Qt::ItemFlags readOnly = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Qt::ItemFlags editable = readOnly | Qt::ItemIsEditable;
    for (int order : orders) {
        const plan::Period period = periodOfOrder(order);
        const int r = rowCount();
        insertRow(r);
        auto* p = new QTableWidgetItem(period.isYear() ? tr("%1 (år)").arg(io::NumberText::year(period.year)) : period.text());
        p->setData(kPeriodRole, order);
        p->setFlags(readOnly);
        setItem(r, PeriodColumn, p);

        std::optional<double> planned;
        if (auto it = rows.find(order); it != rows.end())
            planned = it->second->planned;
        else
            planned = plan::PlanStatusCalculator::valueFor(b.targets, period, b.kind);
        auto* plannedItem = new QTableWidgetItem(PlanValueText::value(planned, b));
        plannedItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        plannedItem->setFlags(readOnly);
        setItem(r, PlannedColumn, plannedItem);

        const plan::Actual* a = recorded.count(order) ? recorded[order] : nullptr;
        auto* actual = new QTableWidgetItem(a ? PlanValueText::entryText(a->value, b) : QString());
        actual->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        actual->setFlags(editable);
        actual->setData(kRecordedRole, a != nullptr);
        setItem(r, ActualColumn, actual);
        auto* source = new QTableWidgetItem(a ? a->source : QString());
        source->setFlags(editable);
        setItem(r, SourceColumn, source);
        auto* comment = new QTableWidgetItem(a ? a->comment : QString());
        comment->setFlags(editable);
        comment->setToolTip(a ? a->comment : QString());
        setItem(r, CommentColumn, comment);
        QString when;
        if (a)
            when = tr("%1, %2").arg(a->recordedBy,
                                    io::NumberText::dateTime(a->recordedAt.toLocalTime()));
        auto* rec = new QTableWidgetItem(when);
        rec->setFlags(readOnly);
        setItem(r, RecordedColumn, rec);
    }
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    filling_ = false;
}

void ActualsTable::cellEdited(QTableWidgetItem* changed)
{
    if (filling_ || !benefit_ || !changed)
        return;
    const int r = changed->row();
    const int c = changed->column();
    if (c != ActualColumn && c != SourceColumn && c != CommentColumn)
        return;
    const plan::Benefit& b = benefit_->benefit;
    const plan::Period period = periodOfOrder(item(r, PeriodColumn)->data(kPeriodRole).toInt());
    QTableWidgetItem* actual = item(r, ActualColumn);
    const bool wasRecorded = actual->data(kRecordedRole).toBool();
    const QString text = actual->text().trimmed();
    if (text.isEmpty()) {
        if (c == ActualColumn && wasRecorded)
            QTimer::singleShot(0, this, [this, key = b.key, period] { emit removeRequested(key, period); });
        return; // a source or comment without a value waits for the value
    }
    const auto value = PlanValueText::parseEntry(text, b);
    if (!value) {
        const QString unit = PlanValueText::entryUnit(b);
        emit problem(tr("%1: «%2» er ikke et tall. Skriv for eksempel %3%4.")
                         .arg(period.text(), text, PlanValueText::isShare(b) ? QStringLiteral("92,5") : QStringLiteral("1 250,5"),
                              unit.isEmpty() ? QString() : QStringLiteral(" (") + unit + QLatin1Char(')')));
        QTimer::singleShot(0, this, &ActualsTable::fill); // back to what is stored, once the editor has closed
        return;
    }
    plan::ActualInput in;
    in.benefitKey = b.key;
    in.period = period;
    in.value = *value;
    in.source = item(r, SourceColumn)->text().trimmed();
    in.comment = item(r, CommentColumn)->text().trimmed();
    // After the cell's editor has closed: recording reloads the table.
    QTimer::singleShot(0, this, [this, in] { emit recordRequested(in); });
}

} // namespace gevinst::ui
