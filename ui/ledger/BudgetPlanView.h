#pragma once
// «Økonomiplan»: the kommune's own budget lines (BudgetPlan) for four budget years
// from a first year the user sets (by default the year after this one), in fixed
// prices or nominal with a kommunal deflator the user sets (default an assumption,
// its source shown beside the field). «Kopier tabell» copies it tab-separated.
// Follows a ScenarioDocument (DocumentResultView) or shows a result it is handed.

#include "BudgetPlan.h"
#include "DocumentResultView.h"

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace gevinst::ui {

class BudgetPlanView : public DocumentResultView {
    Q_OBJECT
public:
    explicit BudgetPlanView(QWidget* parent = nullptr);

    void setResult(const Scenario& scenario, const Result& result) override;
    void clear(const QString& reason = {}) override;

    /// The lines as shown now (years, fixed or nominal).
    const BudgetPlanTable& shown() const { return shown_; }

private:
    void redraw();

    std::optional<Scenario> scenario_;
    std::optional<Result> result_;
    BudgetPlanTable shown_;
    bool firstYearChosen_ = false;
    bool updating_ = false;
    QSpinBox* firstYear_;
    QCheckBox* nominal_;
    QDoubleSpinBox* deflator_;
    QLabel* deflatorSource_;
};

} // namespace gevinst::ui
