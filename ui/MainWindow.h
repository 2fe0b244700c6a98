#pragma once
// The main window: the library panel (units, scenarios, versions, recent), the
// scenario editor and the live results side by side; File/Edit/View menus with
// shortcuts; drag-and-drop of scenario files; remembered geometry. Wiring only:
// the open documents, autosave, the recent list and library save/import belong to
// its DocumentManager.

#include "WindowOptions.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class CompareView;
class DocumentManager;
class ExportMenu;
class LibraryPanel;
class PlanView;
class ResultsPanel;
class ScenarioDocument;
class ScenarioEditor;
class UncertaintyPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const WindowOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    DocumentManager* documents() const { return documents_; }
    ScenarioDocument* currentDocument() const;
    ScenarioEditor* editor() const { return editor_; }
    ResultsPanel* results() const { return results_; }
    UncertaintyPanel* uncertainty() const { return uncertainty_; }
    PlanView* planView() const { return planView_; }

    /// «Åpne bibliotek» with `location` (a file or a server URI): opens it (asking for a
    /// server's password when needed), then a new window on it replaces this one, whose
    /// unsaved work was saved or discarded first. Returns the new window, or nullptr when
    /// the library cannot be opened (said to the user; this window stays as it was).
    MainWindow* openLibraryAt(const QString& location);
    /// The libraries opened lately (files and server URIs, never a password), newest first.
    static QStringList recentLibraries();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void showDocument(ScenarioDocument* document);
    void updateTitle();
    void updateUncertainty();
    void updateComparison();
    void updateStatus();
    void showError(const QString& title, const QString& text);
    bool maybeSaveAll();

    void onImport();
    void onExport();
    void onSave();
    void onRevert();
    void openOverview();
    void onOpenLibrary();
    void fillRecentLibraries();

    WindowOptions options_;
    DocumentManager* documents_;
    QUndoGroup* undoGroup_;
    LibraryPanel* libraryPanel_ = nullptr;
    ScenarioEditor* editor_;
    ResultsPanel* results_;
    UncertaintyPanel* uncertainty_; ///< the "Usikkerhet" tab beside the results
    PlanView* planView_ = nullptr;  ///< the "Gevinstplan" tab (issue 13)
    QTabWidget* viewTabs_ = nullptr;
    CompareView* compare_ = nullptr;   ///< the «Sammenligning» tab
    ExportMenu* exportMenu_ = nullptr;
    bool uncertaintyStale_ = true;
    ScenarioDocument* shown_ = nullptr;
    QSplitter* splitter_;
    QLabel* statusCompute_;
    QLabel* statusLibrary_;
    QAction* saveAction_ = nullptr;
    QAction* revertAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QWidget* overview_ = nullptr; ///< «Kommunebildet», its own window, made when first opened
    QMenu* recentLibraries_ = nullptr;
    bool replaced_ = false; ///< another window on another library took over; close without asking
};

} // namespace gevinst::ui
