#pragma once
// «Gevinstplan» (issue 13): the benefits plan of the current document's scenario in the
// main window. Approves the saved version as the plan («Godkjenn som vedtatt plan», with a
// note and who/when); shows the plan as a table (benefit, owner, DFØ class, baseline, per
// period planned, actual, deviation, realised share, status, forecast from the newest
// version) with a chart of the selected benefit (BenefitChart); adds, edits and removes
// benefits (BenefitDialog); takes actuals typed per benefit and period (ActualsTable) or
// imported from CSV/XLSX (all or nothing); lists the benefits by owner and the approval
// history; sets the plan's status thresholds; exports the plan (XLSX) and the
// «Gevinstrapport» (PDF). Everything is stored through PlanLibrary; this view only words
// the store's answers.

#include "PlanEvaluation.h"
#include "VersionResults.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class ActualsTable;
class ScenarioDocument;

class PlanView : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(QWidget* parent = nullptr);

    /// The library plans are stored in (nullptr: none, the view says so).
    void setLibrary(store::ScenarioLibrary* library);
    /// false: no modal message boxes or questions (tests); questions take their default.
    void setInteractive(bool interactive) { interactive_ = interactive; }
    void setDocument(ScenarioDocument* document);

    /// The plan as shown now; nullopt when the scenario has none (or there is no library).
    const std::optional<plan::PlanReportData>& report() const { return report_; }
    /// The selected benefit's key, or empty.
    QString selectedBenefit() const { return selected_; }
    void selectBenefit(const QString& key);
    /// Shows one of the pages: "plan", "faktiske", "eiere", "historikk".
    void showPage(const QString& page);
    /// The last message shown in the view's message line (errors and confirmations).
    QString message() const;

public slots:
    /// Re-reads the plan from the library (and the newest version's forecast).
    void reload();
    void openApproveDialog();
    void openAddBenefit();
    void openEditBenefit();
    void removeSelectedBenefit();
    /// Imports actuals from a CSV or XLSX file; all or nothing. False (with the reason shown) when nothing was stored.
    bool importActuals(const QString& path);
    bool exportXlsx(const QString& path);
    bool exportReport(const QString& path);
    void applyThresholds();

signals:
    /// The scenario's plan changed (approved, benefits, actuals or thresholds).
    void planChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildPlanPage();
    QWidget* buildActualsPage();
    void refresh();
    void showSelection();
    void showMessage(const QString& text, bool error, const QString& title = {}, const QString& details = {});
    bool ask(const QString& title, const QString& question) const;
    void recordActual(const plan::ActualInput& row);
    void removeActual(const QString& key, const plan::Period& period);
    void addActualPeriod();
    void chooseImport();
    void chooseExport(bool pdf);
    bool canWrite() const;
    const plan::BenefitReport* selectedReport() const;

    store::ScenarioLibrary* library_ = nullptr;
    QPointer<ScenarioDocument> document_;
    qint64 scenarioId_ = 0;
    bool interactive_ = true;
    bool stale_ = true;
    VersionResults results_;
    std::optional<plan::PlanReportData> report_;
    QString selected_;
    bool updating_ = false;

    QLabel* status_;
    QLabel* message_;
    QPushButton* approve_;
    QSpinBox* green_;
    QSpinBox* yellow_;
    QPushButton* applyThresholds_;
    QTabWidget* pages_;
    QTreeWidget* planTree_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* remove_;
    QLabel* chartTitle_;
    QCustomPlot* chart_;
    QComboBox* actualsBenefit_;
    ActualsTable* actuals_;
    QComboBox* newPeriod_;
    QPushButton* addPeriod_;
    QPushButton* import_;
    QLabel* importHint_;
    QTreeWidget* owners_;
    QTreeWidget* history_;
    QPushButton* exportXlsx_;
    QPushButton* exportPdf_;
};

} // namespace gevinst::ui
