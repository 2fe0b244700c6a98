#pragma once
// One undoable edit of the scenario document: the value at a field path goes from
// `before` to `after`, and, with it, the field's entry in `sources` (the source
// that is marked «endret av bruker» when the value changes, or the source text the
// user writes). Consecutive keystrokes in the same field merge into one command
// (until the field loses focus); a merged command that ends where it began
// removes itself.

#include "DocumentJson.h"

#include <QUndoCommand>

#include <optional>
#include <string>

namespace gevinst::ui {

class ScenarioDocument;

/// A change of one entry of the document's `sources` (null: no entry).
struct SourceChange {
    std::string key; ///< a field path (a key of `sources`)
    Json before;
    Json after;
};

class SetValueCommand : public QUndoCommand {
public:
    SetValueCommand(ScenarioDocument& document, std::string path, Json before, Json after,
                    const QString& text, int mergeSerial);
    /// A value edit that also changes a source (`path` empty: only the source changes).
    SetValueCommand(ScenarioDocument& document, std::string path, Json before, Json after,
                    std::optional<SourceChange> source, const QString& text, int mergeSerial);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const std::string& path() const { return path_; }
    /// The field the edit concerns: the value's path, or the source's key for a source-only edit.
    const std::string& fieldPath() const { return hasValue_ ? path_ : source_->key; }

private:
    ScenarioDocument& document_;
    std::string path_;
    Json before_;
    Json after_;
    bool hasValue_ = true;
    std::optional<SourceChange> source_;
    int mergeSerial_; ///< edits with the same serial (≥ 0) and path merge; −1 never merges
};

} // namespace gevinst::ui
