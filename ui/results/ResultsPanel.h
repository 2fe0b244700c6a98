#pragma once
// The live results of the open scenario: key-figure cards and the charts of
// ChartBuilder in tabs. Redraws when the document's result changes; while the
// document is invalid it keeps the last valid result and says so in a banner that
// takes the uncertainty row's place (nothing moves when it shows). Where freed
// capacity goes beyond the staffing gap, a note says that the rest is capacity
// (more recipients, better quality), not money.

#include "ChartId.h"
#include "MonteCarlo.h"
#include "Result.h"

#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>

class QCustomPlot;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace gevinst::ui {

class KeyFigureCard;
class MonteCarloJob;
class ScenarioDocument;

class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget* parent = nullptr);

    void setDocument(ScenarioDocument* document);
    QCustomPlot* chart(ChartId id) const;
    QTabWidget* chartTabs() const { return tabs_; }
    /// Milliseconds the last redraw (cards + charts built + visible chart replotted) took.
    double lastRedrawMs() const { return lastRedrawMs_; }

    /// Draws of the background Monte Carlo run after each edit, and of «Flere trekninger».
    static constexpr int kQuickDraws = 1000;
    static constexpr int kMoreDraws = 10000;
    /// The last finished background run for the scenario now shown (null while it runs
    /// or when the scenario has no ranges).
    const MonteCarloResult* uncertainty() const { return uncertainty_.get(); }
    /// Starts the refined run (kMoreDraws) on the scenario now shown.
    void runMoreDraws();

signals:
    /// Emitted after the results are redrawn, with the time it took.
    void redrawn(double milliseconds);
    /// The background Monte Carlo run finished and the cards show its figures.
    void uncertaintyShown();
    /// The user asked «Hva skal til?» (goal seeking) for the open scenario.
    void goalSeekRequested();

private:
    void refresh();
    void updateCapacityNote(const Scenario& scenario, const Result& result);
    /// After an edit: forget the old run's figures and start a new one after a pause.
    void scheduleUncertainty();
    void startUncertainty(int draws);
    void showUncertainty(std::shared_ptr<const MonteCarloResult> result);

    QPointer<ScenarioDocument> document_;
    QLabel* staleBanner_ = nullptr;
    QStackedWidget* statusSlot_ = nullptr; ///< the uncertainty row, or the stale banner in its place
    QLabel* capacityNote_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    std::map<QString, KeyFigureCard*> cards_;
    std::map<ChartId, QCustomPlot*> charts_;

    MonteCarloJob* mcJob_ = nullptr;
    QTimer* mcDebounce_ = nullptr;
    QLabel* mcStatus_ = nullptr;
    QPushButton* moreDraws_ = nullptr;
    QPushButton* goalSeek_ = nullptr;
    std::shared_ptr<const MonteCarloResult> uncertainty_;
    int mcDrawsRunning_ = 0;

    double lastRedrawMs_ = 0;
};

} // namespace gevinst::ui
