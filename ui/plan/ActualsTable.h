#pragma once
// The actuals of one benefit, typed in (issue 13): one row per period — every year with a
// target and every period with an actual (a tertial before its year), plus periods the
// user adds — with the planned value, the actual (editable; shares in percent), its
// source and comment (editable), and who recorded it when. A change asks PlanView (by
// signal) to record or remove the actual; the store's answer comes back through show().

#include "PlanEvaluation.h"

#include <QTableWidget>

#include <optional>
#include <set>
#include <vector>

namespace gevinst::ui {

class ActualsTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { PeriodColumn, PlannedColumn, ActualColumn, SourceColumn, CommentColumn, RecordedColumn, ColumnCount };

    explicit ActualsTable(QWidget* parent = nullptr);

    /// Shows `benefit` (nullptr: nothing) with its recorded actuals (`actuals` may hold other benefits' too).
    void setBenefit(const plan::BenefitReport* benefit, const std::vector<plan::Actual>& actuals);
    /// Adds an empty row for `period` (or selects its row when there is one) and starts editing its actual.
    void addPeriod(const plan::Period& period);
    /// The row of `period`, or −1.
    int rowOf(const plan::Period& period) const;

signals:
    void recordRequested(const plan::ActualInput& row);
    void removeRequested(const QString& benefitKey, const plan::Period& period);
    /// A typed value cannot be used; `text` says why (for the user).
    void problem(const QString& text);

private:
    void cellEdited(QTableWidgetItem* item);
    void fill();

    std::optional<plan::BenefitReport> benefit_;
    std::vector<plan::Actual> actuals_; ///< of the shown benefit
    std::set<int> added_;               ///< Period::order() of rows added without an actual yet
    bool filling_ = false;
};

} // namespace gevinst::ui
