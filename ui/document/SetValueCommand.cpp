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

SetValueCommand::SetValueCommand(ScenarioDocument& document, std::string path, Json before, Json after,
                                 std::optional<SourceChange> source, const QString& text, int mergeSerial)
    : QUndoCommand(text)
    , document_(document)
    , path_(std::move(path))
    , before_(std::move(before))
    , after_(std::move(after))
    , hasValue_(!path_.empty())
    , source_(std::move(source))
    , mergeSerial_(mergeSerial)
{
}

void SetValueCommand::undo()
{
    if (!source_) {
        document_.applyValue(path_, before_);
        return;
    }
    document_.applyEdit(hasValue_ ? &path_ : nullptr, before_, &source_->key, source_->before);
}

void SetValueCommand::redo()
{
    if (!source_) {
        document_.applyValue(path_, after_);
        return;
    }
    document_.applyEdit(hasValue_ ? &path_ : nullptr, after_, &source_->key, source_->after);
}

int SetValueCommand::id() const
{
    return mergeSerial_ >= 0 ? kSetValueId : -1;
}

bool SetValueCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetValueCommand*>(other);
    if (!next || mergeSerial_ < 0 || next->mergeSerial_ != mergeSerial_ || next->path_ != path_ ||
        next->hasValue_ != hasValue_)
        return false;
    if (!hasValue_ && (!next->source_ || !source_ || next->source_->key != source_->key))
        return false;
    after_ = next->after_;
    if (next->source_) {
        if (source_)
            source_->after = next->source_->after;
        else
            source_ = next->source_;
    }
    const bool valueBack = !hasValue_ || after_ == before_;
    const bool sourceBack = !source_ || source_->after == source_->before;
    if (valueBack && !sourceBack && hasValue_) {
        // The value is back where it began: so is its source (the mark was for the change).
        document_.applyEdit(nullptr, Json(), &source_->key, source_->before);
        source_->after = source_->before;
        setObsolete(true);
        return true;
    }
    setObsolete(valueBack && sourceBack);
    return true;
}

} // namespace gevinst::ui
