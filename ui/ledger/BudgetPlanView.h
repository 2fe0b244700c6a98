#pragma once
// «Økonomiplan»: the kommune's own budget lines (BudgetPlan) for four budget years
// from a first year the user sets (by default the year after this one), in fixed
// prices or nominal with a kommunal deflator the user sets (default an assumption,
// its source shown beside the field). «Kopier tabell» copies it tab-separated.
// Follows a ScenarioDocument or shows a result it is handed.

#include "BudgetPlan.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gevinst::ui {

class ScenarioDocument;

class BudgetPlanView : public QWidget {
    Q_OBJECT
public:
    explicit BudgetPlanView(QWidget* parent = nullptr);

    void setDocument(ScenarioDocument* document);
    void setResult(const Scenario& scenario, const Result& result);
    void clear(const QString& reason = {});

    /// The lines as shown now (years, fixed or nominal).
    const BudgetPlanTable& shown() const { return shown_; }
    QTableWidget* table() const { return table_; }

public slots:
    void copyTable();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Lays the stale banner over the view's foot (it is not in the layout).
    void placeBanner();
    void refresh();
    void redraw();

    QPointer<ScenarioDocument> document_;
    bool stale_ = true;
    std::optional<Scenario> scenario_;
    std::optional<Result> result_;
    BudgetPlanTable shown_;
    bool firstYearChosen_ = false;
    bool updating_ = false;
    QLabel* staleBanner_;
    QSpinBox* firstYear_;
    QCheckBox* nominal_;
    QDoubleSpinBox* deflator_;
    QLabel* deflatorSource_;
    QLabel* note_;
    QTableWidget* table_;
    QPushButton* copy_;
};

} // namespace gevinst::ui
