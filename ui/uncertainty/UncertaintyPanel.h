#pragma once
// The "Usikkerhet" view of one scenario: a Monte Carlo run over the scenario's
// ranges (draws and seed chosen by the user, run off the UI thread with a
// progress bar and cancel) shown as fan charts of freed FTE and budget effect
// with the probability that the NPV is positive, and the tornado of the ranged
// inputs. Self-contained: the window hands it the current valid scenario.

#include "MonteCarlo.h"
#include "Scenario.h"
#include "Tornado.h"
#include "UncertaintyCharts.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace gevinst::ui {

class MonteCarloJob;

class UncertaintyPanel : public QWidget {
    Q_OBJECT
public:
    explicit UncertaintyPanel(QWidget* parent = nullptr);
    ~UncertaintyPanel() override;

    /// The scenario to analyse (valid). Redraws the tornado at once; the fan charts
    /// are marked out of date until the next run.
    void setScenario(const Scenario& scenario);
    /// No valid scenario: clears the charts and disables running.
    void clearScenario(const QString& reason = {});

    const MonteCarloResult* lastResult() const { return result_.get(); }
    QCustomPlot* fanChart(SeriesId series) const;
    QCustomPlot* tornadoChart() const { return tornadoPlot_; }
    bool running() const;

public slots:
    void run();
    void cancel();

signals:
    /// A run finished (not cancelled) and the fan charts show it.
    void simulationFinished();

private:
    void showResult(std::shared_ptr<const MonteCarloResult> result);
    void redrawTornado();
    void updateControls();
    void showChartMenu(QCustomPlot* plot, const QPoint& position);
    void saveChartImage(QCustomPlot* plot);
    void saveNumbers(bool tornado);

    std::optional<Scenario> scenario_;
    std::shared_ptr<const MonteCarloResult> result_;
    TornadoResult tornado_;
    MonteCarloJob* job_;
    QSpinBox* draws_;
    QSpinBox* seed_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* probability_;
    QLabel* status_;
    QComboBox* tornadoMeasure_;
    QCustomPlot* freedPlot_;
    QCustomPlot* budgetPlot_;
    QCustomPlot* tornadoPlot_;
};

} // namespace gevinst::ui
