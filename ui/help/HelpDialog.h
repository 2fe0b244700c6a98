#pragma once
// The Hjelp menu's pages for a first-time user: «Kom i gang» (choose a unit, make a
// scenario, check the staffing, read the results), «Ordliste» (the model's own
// words, as the specification defines them) and «Om Gevinstmodell» (version,
// licence and the attributions the data licences require). One non-modal dialog
// per page; opening a page again brings the open one to the front.

#include <QDialog>

class QMenu;

namespace gevinst::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { GettingStarted, Glossary, About };

    explicit HelpDialog(Page page, QWidget* parent = nullptr);

    /// Shows `page` (one dialog per page and parent), non-modal.
    static HelpDialog* open(Page page, QWidget* parent);
    /// Adds «Kom i gang», «Ordliste» and «Om Gevinstmodell» to `menu`, opening over `parent`.
    static void installMenu(QWidget* parent, QMenu* menu);

    /// The page's text (HTML), also for tests.
    static QString html(Page page);
    static QString title(Page page);
    static QString objectNameOf(Page page);
};

} // namespace gevinst::ui
