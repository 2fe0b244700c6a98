#pragma once
// One undoable edit of the scenario document: the value at a field path goes from
// `before` to `after`. Consecutive keystrokes in the same field merge into one
// command (until the field loses focus); a merged command that ends where it
// began removes itself.

#include "DocumentJson.h"

#include <QUndoCommand>

#include <string>

namespace gevinst::ui {

class ScenarioDocument;

class SetValueCommand : public QUndoCommand {
public:
    SetValueCommand(ScenarioDocument& document, std::string path, Json before, Json after,
                    const QString& text, int mergeSerial);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const std::string& path() const { return path_; }

private:
    ScenarioDocument& document_;
    std::string path_;
    Json before_;
    Json after_;
    int mergeSerial_; ///< edits with the same serial (≥ 0) and path merge; −1 never merges
};

} // namespace gevinst::ui
