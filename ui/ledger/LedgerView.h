#pragma once
// «Hvem betaler – hvem får» (spec §7): for the current result, a table of the
// ledger's actors × years in kroner with each line's DFØ class and NPV («Kopier
// tabell» copies it tab-separated), the cash per year by actor as stacked bars,
// a waterfall of the NPVs to the society total, the freed time (not cash) beside
// it, and the effects that are not priced. Follows a ScenarioDocument (redrawn
// when it changes and the view shows) or shows a result it is handed.

#include "Result.h"
#include "Scenario.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace gevinst::ui {

class ScenarioDocument;

class LedgerView : public QWidget {
    Q_OBJECT
public:
    explicit LedgerView(QWidget* parent = nullptr);

    /// Follows `document`'s last valid result (nullptr: shows nothing).
    void setDocument(ScenarioDocument* document);
    /// Shows `result` of `scenario` (used when no document is followed).
    void setResult(const Scenario& scenario, const Result& result);
    /// Shows nothing, with `reason` if given.
    void clear(const QString& reason = {});

    QTableWidget* table() const { return table_; }

public slots:
    /// «Kopier tabell»: the table, tab-separated, on the clipboard.
    void copyTable();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Lays the stale banner over the view's foot (it is not in the layout).
    void placeBanner();
    void refresh();
    void fillTable(const Scenario& scenario, const Result& result);

    QPointer<ScenarioDocument> document_;
    bool stale_ = true;
    QLabel* note_;
    QLabel* staleBanner_;
    QTableWidget* table_;
    QPushButton* copy_;
    QTabWidget* chartTabs_;
    QCustomPlot* cashPlot_;
    QCustomPlot* waterfallPlot_;
    QLabel* capacityTime_;
    QLabel* nonPriced_;
};

} // namespace gevinst::ui
