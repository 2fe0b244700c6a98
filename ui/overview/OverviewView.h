#pragma once
// Kommunebildet (issue 15): every kommune and Oslo bydel at once with one package of
// measures — the map (ChoroplethMapWidget) beside the sortable, filterable table
// (OverviewTableModel through OverviewSortProxy). Choosers for the figure, the year,
// the package (a service area's template or a stored scenario) and Monte Carlo draws;
// the batch (model/Overview, model/OverviewLibrary) runs on a worker thread with
// progress and cancel, and the units' inputs are kept while only the year or the draws
// change. Clicking a unit on the map or double-clicking its row emits unitActivated.
// Exports the map as PNG, SVG or PDF.

#include "Overview.h"
#include "OverviewInputs.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QThread;
class QTimer;
class QToolButton;

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class ChoroplethMapWidget;
class OverviewSortProxy;
class OverviewTableModel;

class OverviewView : public QWidget {
    Q_OBJECT
public:
    /// `library`: where the units, their population and stored packages come from (not owned).
    explicit OverviewView(store::ScenarioLibrary* library, QWidget* parent = nullptr);
    ~OverviewView() override;

    /// Starts the batch with the current choices (cancels a running one first).
    void recompute();
    /// Whether a batch is running.
    bool isRunning() const;
    /// The last finished overview (none before the first).
    const std::optional<Overview>& overview() const { return overview_; }
    /// Shows an overview computed elsewhere (tests, or a file).
    void showOverview(const Overview& overview, const QString& packageLabel);
    /// Writes the map with its title, legend and source line; returns an error text or empty.
    QString exportMap(const QString& path) const;
    /// Re-reads the stored scenarios offered as packages.
    void reloadPackages();

    ChoroplethMapWidget* map() const { return map_; }
    QTableView* table() const { return table_; }

signals:
    /// The user picked a unit (kommune or bydel id) to open.
    void unitActivated(const QString& unitId);
    /// A batch finished (or was cancelled or failed).
    void finished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Job;
    void buildChooserBar();
    void buildTable();
    void startJob();
    void onJobFinished();
    void updateProgress();
    void updateMap();
    void updateFilters();
    void onExportRequested(const QString& suffix);
    QString packageKey() const;
    QString packageLabel() const;
    OverviewFigure currentFigure() const;

    store::ScenarioLibrary* library_;
    ChoroplethMapWidget* map_;
    OverviewTableModel* model_;
    OverviewSortProxy* proxy_;
    QTableView* table_;
    QSplitter* splitter_;
    QComboBox* figure_;
    QSpinBox* year_;
    QComboBox* package_;
    QCheckBox* drawsOn_;
    QSpinBox* draws_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* hover_;
    QToolButton* export_;
    QComboBox* county_;
    QComboBox* size_;
    QComboBox* rows_;
    QTimer* poll_;
    QTimer* debounce_;

    std::shared_ptr<Job> job_;
    QThread* thread_ = nullptr;
    bool restartWhenDone_ = false;
    bool shownOnce_ = false;
    QString inputsKey_;
    std::shared_ptr<const std::vector<OverviewUnitInput>> inputs_;
    std::optional<Overview> overview_;
    QString overviewPackage_;
    qint64 elapsedMs_ = 0;
};

} // namespace gevinst::ui
