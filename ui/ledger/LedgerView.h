#pragma once
// «Hvem betaler – hvem får» (spec §7): for the current result, a table of the
// ledger's actors × years in kroner with each line's DFØ class and NPV («Kopier
// tabell» copies it tab-separated), the cash per year by actor as stacked bars,
// a waterfall of the NPVs to the society total, the freed time (not cash) beside
// it, and the effects that are not priced. Follows a ScenarioDocument
// (DocumentResultView: redrawn when it changes and the view shows, a banner while
// the scenario has errors) or shows a result it is handed.

#include "DocumentResultView.h"

class QCustomPlot;
class QLabel;
class QTabWidget;

namespace gevinst::ui {

class LedgerView : public DocumentResultView {
    Q_OBJECT
public:
    explicit LedgerView(QWidget* parent = nullptr);

    void setResult(const Scenario& scenario, const Result& result) override;
    void clear(const QString& reason = {}) override;

private:
    void fillTable(const Scenario& scenario, const Result& result);

    QTabWidget* chartTabs_;
    QCustomPlot* cashPlot_;
    QCustomPlot* waterfallPlot_;
    QLabel* capacityTime_;
    QLabel* nonPriced_;
};

} // namespace gevinst::ui
