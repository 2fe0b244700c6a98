#pragma once
// One open scenario: its JSON document (keyed by the format's field paths), the
// undo stack of its edits, and the outcome of reading and computing it. Every
// change re-reads the document with ScenarioReader and, when valid, recomputes
// with Engine; when invalid, the errors are kept and the last valid result stays.
// Knows which library scenario and version it came from, and what was saved.
// Also answers which vocabulary the document speaks (its own block in format 2,
// the standard one in format 1) even while the document is invalid, so that the
// editor can lay its tables out.

#include "FieldError.h"
#include "Result.h"
#include "Scenario.h"

#include "DocumentJson.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>
#include <string>

namespace gevinst::ui {

class ScenarioDocument : public QObject {
    Q_OBJECT
public:
    explicit ScenarioDocument(Json document, QObject* parent = nullptr);

    const Json& json() const { return json_; }
    QUndoStack& undoStack() { return undoStack_; }

    /// The value at a field path, or nullptr.
    const Json* value(const std::string& path) const;

    /// The vocabulary the document speaks: its `vocabulary` block (format 2), the
    /// standard one (format 1), or — while the block has errors — the last valid one.
    const Vocabulary& vocabulary() const { return vocabulary_; }
    /// 1 or 2, from "format" (2 when it is neither).
    int format() const;
    /// The service area whose labels name the vocabulary's ids.
    std::string serviceArea() const;

    /// Pushes an undoable edit named `commandText`; an edit that changes nothing
    /// pushes nothing and returns false. Edits of the same field in a row merge
    /// until endMerge() is called.
    bool setValue(const std::string& path, const Json& value, const QString& commandText,
                  bool mergeWithPrevious = false);
    /// Ends the current run of merging edits (the field lost focus).
    void endMerge() { ++mergeSerial_; }

    /// As setValue(), and the value's source follows in the same command: unless it
    /// already says so, the source of `path` becomes «Endret av bruker <today>;
    /// tidligere kilde: …» (changedSourceText) until the user writes a new one.
    bool setValueMarkingSource(const std::string& path, const Json& value, const QString& commandText,
                               bool mergeWithPrevious = false);
    /// Sets the source text of field `path` (its own key in `sources`; empty text
    /// removes the key, so the source above it applies again) as an undoable command.
    bool setSource(const std::string& path, const QString& text, const QString& commandText,
                   bool mergeWithPrevious = false);
    /// The source text that applies to `path`: its own entry in `sources` or the
    /// nearest one above it ("roles" for "roles.sykepleier.fte"); empty when none.
    QString sourceFor(const std::string& path) const;
    /// Whether `path` has an entry of its own in `sources`.
    bool hasOwnSource(const std::string& path) const;
    /// «Endret av bruker 30.11.2026; tidligere kilde: …» for a value changed on `date`.
    static QString changedSourceText(const QString& previous, const QDate& date);
    /// Whether `text` is such a mark (a value changed by the user, no source written yet).
    static bool isChangedMark(const QString& text);

    /// Whether a new edit is being pushed right now (not an undo or redo), for views
    /// that follow the undo stack's index.
    bool isPushing() const { return pushing_; }

    /// Sets the value without an undo command (used by the commands themselves).
    void applyValue(const std::string& path, const Json& value);
    /// Sets a value (when `path` is given) and a source entry (when `sourceKey` is
    /// given; a null `source` removes the entry), then recomputes once.
    void applyEdit(const std::string* path, const Json& value, const std::string* sourceKey, const Json& source);

    /// The last valid scenario and its result (empty only if the document was never valid).
    const std::optional<Scenario>& lastValidScenario() const { return scenario_; }
    const std::optional<Result>& lastValidResult() const { return result_; }
    /// Problems of the current document; empty when it is valid.
    const FieldErrors& errors() const { return errors_; }
    bool isValid() const { return errors_.empty(); }
    /// Milliseconds the last read + validate + compute took.
    double lastComputeMs() const { return lastComputeMs_; }

    /// Whether the document differs from what was last saved (or loaded).
    bool isModified() const { return json_ != savedJson_; }
    const Json& savedJson() const { return savedJson_; }
    /// The current document becomes the saved one.
    void markSaved();
    /// Undoably sets the whole document back to the saved one; false if nothing changed.
    bool revertToSaved();

    /// Library identity: scenario id and version this document was opened from (0 when none).
    qint64 scenarioId() const { return scenarioId_; }
    int version() const { return version_; }
    /// Sets the scenario and version; the base version becomes `version` too.
    void setLibraryVersion(qint64 scenarioId, int version);
    /// The newest library version when this document was opened or last saved: a save
    /// builds on it and is refused when someone else saved after it (0 when none).
    /// Opening an older version keeps the newest as the base.
    int baseVersion() const { return baseVersion_; }
    void setBaseVersion(int version) { baseVersion_ = version; }

    /// A read-only document refuses every edit (setValue returns false) and says why:
    /// the approved plan's version (issue 13). Locking clears the undo history, whose
    /// steps are already saved versions. An empty reason unlocks.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !readOnlyReason_.isEmpty(); }
    const QString& readOnlyReason() const { return readOnlyReason_; }

    /// Scenario name (from the document) for titles.
    QString name() const;
    /// Display name of the unit (from the document).
    QString unitName() const;

signals:
    /// The document changed (after it was re-read and, when valid, recomputed).
    void changed();
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);

private:
    void recompute();
    void push(QUndoCommand* command);

    Json json_;
    Json savedJson_;
    Vocabulary vocabulary_ = Vocabulary::standard();
    QUndoStack undoStack_;
    std::optional<Scenario> scenario_;
    std::optional<Result> result_;
    FieldErrors errors_;
    double lastComputeMs_ = 0;
    int mergeSerial_ = 0;
    bool pushing_ = false;
    bool wasModified_ = false;
    qint64 scenarioId_ = 0;
    int version_ = 0;
    int baseVersion_ = 0;
    QString readOnlyReason_;
};

} // namespace gevinst::ui
