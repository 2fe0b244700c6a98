#pragma once
// The base of «Hvem betaler – hvem får» and «Økonomiplan»: a view of a
// ScenarioDocument's last valid result (or of a result it is handed). It follows the
// document — redrawn at once when it changes while the view shows, else when the view
// is next shown — and while the scenario has errors a banner saying the view shows the
// last valid calculation lies over the view's foot (outside the layout, so it moves
// nothing). Owns that banner, and the view's note and table with «Kopier tabell»
// under it (the view fills them and adds the rest of its contents).

#include "Result.h"
#include "Scenario.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

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

    QTableWidget* table() const { return table_; }

public slots:
    /// «Kopier tabell»: the table, tab-separated, on the clipboard.
    void copyTable();

protected:
    /// `bannerText` is the stale banner's text in the view's own words, `bannerName` its object name.
    DocumentResultView(const QString& bannerText, const QString& bannerName, QWidget* parent);

    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// Hides the stale banner (a result handed to the view, or none, is not stale).
    void hideStaleBanner();
    /// Adds to `layout` the note, the read-only table and under it «Kopier tabell»
    /// (`copyText`, `copyTip`: the view's words), named `<name>Note`, `<name>Table` and
    /// `<name>Copy`.
    void addNoteAndTable(QVBoxLayout& layout, const QString& name, const QString& copyText, const QString& copyTip);

    QLabel* note_ = nullptr;
    QTableWidget* table_ = nullptr;
    QPushButton* copy_ = nullptr;

private:
    /// Lays the stale banner over the view's foot.
    void placeBanner();
    void refresh();

    QPointer<ScenarioDocument> document_;
    bool stale_ = true;
    QLabel* staleBanner_;
};

} // namespace gevinst::ui
