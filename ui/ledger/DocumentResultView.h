#pragma once
// The base of «Hvem betaler – hvem får» and «Økonomiplan»: a view of a
// ScenarioDocument's last valid result (or of a result it is handed). It follows the
// document — redrawn at once when it changes while the view shows, else when the view
// is next shown — and while the scenario has errors a banner saying the view shows the
// last valid calculation lies over the view's foot (outside the layout, so it moves
// nothing). Owns that banner; the view itself draws the result.

#include "Result.h"
#include "Scenario.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace gevinst::ui {

class ScenarioDocument;

class DocumentResultView : public QWidget {
    Q_OBJECT
public:
    /// Follows `document`'s last valid result (nullptr: shows nothing).
    void setDocument(ScenarioDocument* document);
    /// Shows `result` of `scenario` (used when no document is followed).
    virtual void setResult(const Scenario& scenario, const Result& result) = 0;
    /// Shows nothing, with `reason` if given.
    virtual void clear(const QString& reason = {}) = 0;

protected:
    /// `bannerText` is the stale banner's text in the view's own words, `bannerName` its object name.
    DocumentResultView(const QString& bannerText, const QString& bannerName, QWidget* parent);

    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// Hides the stale banner (a result handed to the view, or none, is not stale).
    void hideStaleBanner();

private:
    /// Lays the stale banner over the view's foot.
    void placeBanner();
    void refresh();

    QPointer<ScenarioDocument> document_;
    bool stale_ = true;
    QLabel* staleBanner_;
};

} // namespace gevinst::ui
