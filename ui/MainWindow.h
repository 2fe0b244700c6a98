#pragma once
// The main window: the library panel (units, scenarios, versions, recent), the
// scenario editor and the live results side by side; File/Edit/View menus with
// shortcuts; import/export and drag-and-drop of scenario files; saving as a new
// version; autosave of unsaved work; remembered geometry. Owns the open
// scenario documents (one undo stack each) and the library connection.

#include "WindowOptions.h"

#include <QMainWindow>

#include <map>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;
class QUndoGroup;

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class LibraryPanel;
class ResultsPanel;
class ScenarioDocument;
class ScenarioEditor;
class UncertaintyPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const WindowOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument* currentDocument() const { return current_; }
    store::ScenarioLibrary* library() const { return library_.get(); }
    ScenarioEditor* editor() const { return editor_; }
    ResultsPanel* results() const { return results_; }
    UncertaintyPanel* uncertainty() const { return uncertainty_; }

    /// Opens a library scenario (version 0: the newest); false when it cannot be loaded.
    bool openScenario(qint64 scenarioId, int version = 0);
    /// Reads a scenario file and opens it (into the library when valid). Says why when it cannot.
    bool importFile(const QString& path);
    /// Writes the current document to `path` as JSON (atomically).
    bool exportFile(const QString& path);
    /// Saves the current document as a new version with `note`; false (and nothing saved) when invalid.
    bool saveVersion(const QString& note);
    /// Writes the autosave files of every modified document now.
    void autosaveNow();
    QString autosaveDir() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void openLibrary();
    void openInitialScenario();
    void setCurrent(ScenarioDocument* document);
    void updateTitle();
    void updateUncertainty();
    void updateStatus();
    void rememberRecent(qint64 scenarioId);
    QString autosavePath(const ScenarioDocument& document) const;
    void restoreAutosaves();
    void showError(const QString& title, const QString& text);
    bool maybeSaveAll();

    void onImport();
    void onExport();
    void onSave();
    void onRevert();
    void onNewFromTemplate(const QString& unitId);

    WindowOptions options_;
    std::shared_ptr<store::ScenarioLibrary> library_; ///< shared_ptr: the deleter is bound where the library is opened
    std::map<qint64, ScenarioDocument*> open_; ///< library scenarios by id; imported unsaved ones have negative keys
    qint64 nextUnsavedKey_ = -1;
    ScenarioDocument* current_ = nullptr;
    QUndoGroup* undoGroup_;
    LibraryPanel* libraryPanel_ = nullptr;
    ScenarioEditor* editor_;
    ResultsPanel* results_;
    UncertaintyPanel* uncertainty_; ///< the "Usikkerhet" tab beside the results
    QTabWidget* viewTabs_ = nullptr;
    bool uncertaintyStale_ = true;
    QSplitter* splitter_;
    QLabel* statusCompute_;
    QLabel* statusLibrary_;
    QTimer* autosaveTimer_;
    QAction* saveAction_ = nullptr;
    QAction* revertAction_ = nullptr;
    QAction* exportAction_ = nullptr;
};

} // namespace gevinst::ui
