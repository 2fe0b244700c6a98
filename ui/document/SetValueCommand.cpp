#include "SetValueCommand.h"

#include "ScenarioDocument.h"

namespace gevinst::ui {

namespace {
constexpr int kSetValueId = 0x6576; // any constant: only SetValueCommands merge with each other
}

SetValueCommand::SetValueCommand(ScenarioDocument& document, std::string path, Json before,
                                 Json after, const QString& text, int mergeSerial)
    : QUndoCommand(text)
    , document_(document)
    , path_(std::move(path))
    , before_(std::move(before))
    , after_(std::move(after))
    , mergeSerial_(mergeSerial)
{
}

void SetValueCommand::undo()
{
    document_.applyValue(path_, before_);
}

void SetValueCommand::redo()
{
    document_.applyValue(path_, after_);
}

int SetValueCommand::id() const
{
    return mergeSerial_ >= 0 ? kSetValueId : -1;
}

bool SetValueCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetValueCommand*>(other);
    if (!next || mergeSerial_ < 0 || next->mergeSerial_ != mergeSerial_ || next->path_ != path_)
        return false;
    after_ = next->after_;
    setObsolete(after_ == before_);
    return true;
}

} // namespace gevinst::ui
