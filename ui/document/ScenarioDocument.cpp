#include "ScenarioDocument.h"

#include "Engine.h"
#include "JsonPath.h"
#include "ScenarioReader.h"
#include "SetValueCommand.h"

#include <QElapsedTimer>

namespace gevinst::ui {

ScenarioDocument::ScenarioDocument(nlohmann::json document, QObject* parent)
    : QObject(parent)
    , json_(std::move(document))
    , savedJson_(json_)
{
    undoStack_.setUndoLimit(500);
    recompute();
}

const nlohmann::json* ScenarioDocument::value(const std::string& path) const
{
    return JsonPath::find(json_, path);
}

bool ScenarioDocument::setValue(const std::string& path, const nlohmann::json& value, const QString& commandText,
                                bool mergeWithPrevious)
{
    const nlohmann::json* current = JsonPath::find(json_, path);
    const nlohmann::json before = current ? *current : nlohmann::json();
    if (current && *current == value)
        return false;
    undoStack_.push(new SetValueCommand(*this, path, before, value, commandText,
                                        mergeWithPrevious ? mergeSerial_ : -1));
    return true;
}

void ScenarioDocument::applyValue(const std::string& path, const nlohmann::json& value)
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
    if (json_ == savedJson_)
        return false;
    endMerge();
    undoStack_.push(new SetValueCommand(*this, std::string(), json_, savedJson_, tr("Tilbakestill til lagret versjon"), -1));
    endMerge();
    return true;
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
