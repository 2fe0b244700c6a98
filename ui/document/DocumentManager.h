#pragma once
// Owns the open scenario documents (one undo stack each), which one is current,
// the scenario library connection, the recent list, autosave of unsaved work, and
// library save and file import/export — as Tiled's DocumentManager does. The main
// window only wires widgets to it. Problems are reported by signal, already worded
// for the user in the UI language (store errors through StoreErrorText); questions
// go through a callback the window sets (tests answer them with the default).

#include "WindowOptions.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class ScenarioDocument;

class DocumentManager : public QObject {
    Q_OBJECT
public:
    explicit DocumentManager(const WindowOptions& options, QObject* parent = nullptr);
    ~DocumentManager() override;

    /// A yes/no question; the answer decides. Without one (or when not interactive) the default is taken.
    using Ask = std::function<bool(const QString& title, const QString& question)>;
    void setAsk(Ask ask) { ask_ = std::move(ask); }

    /// Someone else saved the scenario after the version the user's edits build on.
    struct SaveConflict {
        qint64 scenarioId = 0;
        QString scenarioName;
        int baseVersion = 0;   ///< the version the edits build on
        int newestVersion = 0; ///< the version saved in between (0: unknown)
        QString savedBy;       ///< who saved it (empty: unknown)
        QDateTime savedAt;     ///< when (UTC; invalid: unknown)
    };
    /// What to do with such a save: on top of the newest version, as a new scenario, or not at all.
    enum class ConflictChoice { SaveOnTop, SaveAsCopy, Cancel };
    using ResolveConflict = std::function<ConflictChoice(const SaveConflict& conflict)>;
    /// Decides a save conflict (the window's dialog; tests choose). Without one nothing is saved.
    void setResolveConflict(ResolveConflict resolve) { resolveConflict_ = std::move(resolve); }

    store::ScenarioLibrary* library() const { return library_.get(); }
    ScenarioDocument* current() const { return current_; }
    void setCurrent(ScenarioDocument* document);
    std::vector<ScenarioDocument*> documents() const;
    std::vector<ScenarioDocument*> modifiedDocuments() const;

    /// Opens what a user sees first: the shipped Nordre Follo scenario of the
    /// library (or the shipped file without a library), then any autosaved work and
    /// the file named on the command line.
    void openInitial();
    /// Opens a library scenario (version 0: the newest); false when it cannot be loaded.
    bool openScenario(qint64 scenarioId, int version = 0);
    /// Reads a scenario file and opens it (into the library when valid). Says why when it cannot.
    bool importFile(const QString& path);
    /// Writes the current document to `path` as JSON (atomically).
    bool exportFile(const QString& path);
    /// Saves the current document as a new library version with `note`, built on the
    /// version it was opened from (ScenarioDocument::baseVersion). When someone else
    /// saved in between, the ResolveConflict callback decides; the edits are kept
    /// whatever it decides. False (and nothing saved) when invalid or cancelled.
    bool saveVersion(const QString& note);
    /// A new library scenario for `unitId` from the shipped template, opened.
    bool newFromTemplate(const QString& unitId);
    /// A new library scenario for `unitId` with the stored scenario `templateId` as
    /// template («Bruk som mal»), opened.
    bool newFromScenario(const QString& unitId, qint64 templateId);
    /// Renames a library scenario (a new version); an open copy takes the new name.
    bool renameScenario(qint64 scenarioId, const QString& name);
    /// Copies the newest saved version of a scenario into a new one («… (kopi)»), opened.
    bool duplicateScenario(qint64 scenarioId);
    /// Moves a scenario to the trash; an open copy is closed (its autosave removed).
    bool trashScenario(qint64 scenarioId);
    /// Brings a scenario back from the trash, opened.
    bool restoreScenario(qint64 scenarioId);

    /// Forgets the autosaves of the modified documents (the user chose to discard them).
    void discardAutosaves();

    /// Writes the autosave files of every modified document now.
    void autosaveNow();
    QString autosaveDir() const;

    /// The recently opened library scenarios, newest first.
    QList<qint64> recent() const;
    /// "Bibliotek: …" for the status line.
    QString libraryStatus() const;

signals:
    void currentChanged(ScenarioDocument* document);
    /// Something went wrong; `text` is for the user.
    void problem(const QString& title, const QString& text);
    /// A passing message for the status line.
    void message(const QString& text, int milliseconds);
    /// Scenarios or versions in the library changed (saved, imported, created).
    void libraryChanged();
    void recentChanged(const QList<qint64>& scenarioIds);
    /// The unit of the scenario just opened, for the library panel.
    void unitOpened(const QString& unitId);

private:
    void openLibrary();
    void openShippedFile();
    void rememberRecent(qint64 scenarioId);
    /// "" for the default library, "-<hash of its location>" for any other (recent list, autosaves).
    QString librarySuffix() const;
    QString autosavePath(const ScenarioDocument& document) const;
    void restoreAutosaves();
    bool ask(const QString& title, const QString& question, bool byDefault) const;
    ScenarioDocument* adopt(ScenarioDocument* document, qint64 key);
    void forget(ScenarioDocument* document);
    SaveConflict conflictOf(const ScenarioDocument& document) const;
    bool saveAsCopy(const QString& note);

    WindowOptions options_;
    Ask ask_;
    ResolveConflict resolveConflict_;
    std::shared_ptr<store::ScenarioLibrary> library_; ///< shared_ptr: the deleter is bound where the library is opened
    std::map<qint64, ScenarioDocument*> open_; ///< library scenarios by id; unsaved ones have negative keys
    qint64 nextUnsavedKey_ = -1;
    ScenarioDocument* current_ = nullptr;
    QTimer* autosaveTimer_ = nullptr;
};

} // namespace gevinst::ui
