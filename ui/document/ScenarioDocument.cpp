#include "ScenarioDocument.h"

#include "Engine.h"
#include "JsonPath.h"
#include "ScenarioReader.h"
#include "SetValueCommand.h"

#include <QElapsedTimer>

namespace gevinst::ui {

ScenarioDocument::ScenarioDocument(Json document, QObject* parent)
    : QObject(parent)
    , json_(std::move(document))
    , savedJson_(json_)
{
    undoStack_.setUndoLimit(500);
    recompute();
}

const Json* ScenarioDocument::value(const std::string& path) const
{
    return JsonPath::find(json_, path);
}

bool ScenarioDocument::setValue(const std::string& path, const Json& value, const QString& commandText,
                                bool mergeWithPrevious)
{
    if (isReadOnly())
        return false;
    const Json* current = JsonPath::find(json_, path);
    const Json before = current ? *current : Json();
    if (current && *current == value)
        return false;
    undoStack_.push(new SetValueCommand(*this, path, before, value, commandText,
                                        mergeWithPrevious ? mergeSerial_ : -1));
    return true;
}

void ScenarioDocument::applyValue(const std::string& path, const Json& value)
{
    if (path.empty())
        json_ = value;
    else
        JsonPath::set(json_, path, value);
    recompute();
}

void ScenarioDocument::markSaved()
{
    savedJson_ = json_;
    undoStack_.setClean();
    endMerge();
    if (wasModified_) {
        wasModified_ = false;
        emit modifiedChanged(false);
    }
}

bool ScenarioDocument::revertToSaved()
{
    if (isReadOnly() || json_ == savedJson_)
        return false;
    endMerge();
    undoStack_.push(new SetValueCommand(*this, std::string(), json_, savedJson_, tr("Tilbakestill til lagret versjon"), -1));
    endMerge();
    return true;
}

void ScenarioDocument::setReadOnly(const QString& reason)
{
    if (reason == readOnlyReason_)
        return;
    readOnlyReason_ = reason;
    if (isReadOnly())
        undoStack_.clear();
    emit readOnlyChanged(isReadOnly()); // also when only the reason changed: views reword it
}

void ScenarioDocument::setLibraryVersion(qint64 scenarioId, int version)
{
    scenarioId_ = scenarioId;
    version_ = version;
}

QString ScenarioDocument::name() const
{
    if (auto it = json_.find("name"); it != json_.end() && it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return tr("Uten navn");
}

int ScenarioDocument::format() const
{
    if (auto it = json_.find("format"); it != json_.end() && it->is_string() && it->get<std::string>() == kScenarioFormat1)
        return 1;
    return 2;
}

std::string ScenarioDocument::serviceArea() const
{
    if (auto it = json_.find("service_area"); it != json_.end() && it->is_string())
        return it->get<std::string>();
    return {};
}

QString ScenarioDocument::unitName() const
{
    if (const auto* v = value("unit.name"); v && v->is_string())
        return QString::fromStdString(v->get<std::string>());
    return {};
}

void ScenarioDocument::recompute()
{
    QElapsedTimer timer;
    timer.start();
    ReadOutcome outcome = ScenarioReader::fromJson(json_);
    errors_ = std::move(outcome.errors);
    if (outcome.ok()) {
        result_ = Engine::compute(*outcome.scenario);
        scenario_ = std::move(outcome.scenario);
        vocabulary_ = scenario_->vocabulary;
    } else if (format() == 1) {
        vocabulary_ = Vocabulary::standard();
    } else if (auto it = json_.find("vocabulary"); it != json_.end()) {
        FieldErrors ignored; // the reader has reported them already
        if (auto v = Vocabulary::fromOrderedJson(*it, "vocabulary", ignored); v && ignored.empty())
            vocabulary_ = std::move(*v);
    }
    lastComputeMs_ = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    emit changed();
    const bool modified = isModified();
    if (modified != wasModified_) {
        wasModified_ = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace gevinst::ui
