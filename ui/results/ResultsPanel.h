#pragma once
// The live results of the open scenario: key-figure cards and the charts of
// ChartBuilder in tabs. Redraws when the document's result changes; while the
// document is invalid it keeps the last valid result and says so. Where freed
// capacity goes beyond the staffing gap, a note says that the rest is capacity
// (more recipients, better quality), not money.

#include "ChartId.h"
#include "Result.h"

#include <QPointer>
#include <QWidget>

#include <map>

class QCustomPlot;
class QLabel;
class QTabWidget;

namespace gevinst::ui {

class KeyFigureCard;
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

signals:
    /// Emitted after the results are redrawn, with the time it took.
    void redrawn(double milliseconds);

private:
    void refresh();
    void updateCapacityNote(const Scenario& scenario, const Result& result);

    QPointer<ScenarioDocument> document_;
    QLabel* staleBanner_ = nullptr;
    QLabel* capacityNote_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    std::map<QString, KeyFigureCard*> cards_;
    std::map<ChartId, QCustomPlot*> charts_;

    double lastRedrawMs_ = 0;
};

} // namespace gevinst::ui
