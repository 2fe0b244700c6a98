#include "ScenarioDocument.h"

#include "Engine.h"
#include "JsonPath.h"
#include "NumberText.h"
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
    push(new SetValueCommand(*this, path, before, value, commandText,
                                        mergeWithPrevious ? mergeSerial_ : -1));
    return true;
}

namespace {
/// The longest text a source may have (the reader's limit).
constexpr int kMaxSourceBytes = static_cast<int>(ReaderLimits::maxTextLength);
} // namespace

bool ScenarioDocument::setValueMarkingSource(const std::string& path, const Json& value, const QString& commandText,
                                             bool mergeWithPrevious)
{
    const Json* current = JsonPath::find(json_, path);
    const Json before = current ? *current : Json();
    if (current && *current == value)
        return false;
    std::optional<SourceChange> source;
    const QString previous = sourceFor(path);
    if (!isChangedMark(previous)) {
        const auto sources = json_.find("sources");
        Json own;
        if (sources != json_.end() && sources->is_object())
            if (auto it = sources->find(path); it != sources->end())
                own = *it;
        source = SourceChange{path, own, changedSourceText(previous, QDate::currentDate()).toStdString()};
    }
    push(new SetValueCommand(*this, path, before, value, std::move(source), commandText,
                                        mergeWithPrevious ? mergeSerial_ : -1));
    return true;
}

bool ScenarioDocument::setSource(const std::string& path, const QString& text, const QString& commandText,
                                 bool mergeWithPrevious)
{
    Json own;
    if (const auto sources = json_.find("sources"); sources != json_.end() && sources->is_object())
        if (auto it = sources->find(path); it != sources->end())
            own = *it;
    const QString trimmed = text.trimmed();
    const Json after = trimmed.isEmpty() ? Json() : Json(trimmed.toStdString());
    if (own == after)
        return false;
    push(new SetValueCommand(*this, std::string(), Json(), Json(), SourceChange{path, own, after}, commandText,
                                        mergeWithPrevious ? mergeSerial_ : -1));
    return true;
}

QString ScenarioDocument::sourceFor(const std::string& path) const
{
    const auto sources = json_.find("sources");
    if (sources == json_.end() || !sources->is_object())
        return {};
    std::string best;
    QString text;
    bool found = false;
    for (auto it = sources->begin(); it != sources->end(); ++it) {
        if (!it->is_string())
            continue;
        if (JsonPath::isWithin(path, it.key()) && (!found || it.key().size() >= best.size())) {
            found = true;
            best = it.key();
            text = QString::fromStdString(it->get<std::string>());
        }
    }
    return text;
}

bool ScenarioDocument::hasOwnSource(const std::string& path) const
{
    const auto sources = json_.find("sources");
    return sources != json_.end() && sources->is_object() && sources->contains(path);
}

QString ScenarioDocument::changedSourceText(const QString& previous, const QDate& date)
{
    const QString when = io::NumberText::date(date); // "30.11.2026", in English "30 Nov 2026"
    QString text = previous.trimmed().isEmpty()
                       ? tr("Endret av bruker %1; ingen tidligere kilde").arg(when)
                       : tr("Endret av bruker %1; tidligere kilde: %2").arg(when, previous.trimmed());
    // Within the reader's limit, cut at a character (not inside a UTF-8 sequence).
    while (text.toUtf8().size() > kMaxSourceBytes)
        text.chop(64);
    return text;
}

bool ScenarioDocument::isChangedMark(const QString& text)
{
    // The Norwegian words are what the shipped files and most saved scenarios hold; the
    // English ones what the English window writes (gevinst_en.ts), so that a scenario
    // edited in one language keeps its mark in the other; the translated ones what this
    // window writes in its language.
    return text.startsWith(QStringLiteral("Endret av bruker ")) || text.startsWith(QStringLiteral("Changed by user ")) ||
           text.startsWith(tr("Endret av bruker") + QLatin1Char(' '));
}

void ScenarioDocument::applyEdit(const std::string* path, const Json& value, const std::string* sourceKey,
                                 const Json& source)
{
    if (path) {
        if (path->empty())
            json_ = value;
        else
            JsonPath::set(json_, *path, value);
    }
    if (sourceKey) {
        Json& sources = json_["sources"];
        if (!sources.is_object())
            sources = Json::object();
        if (source.is_null()) {
            sources.erase(*sourceKey);
            if (sources.empty()) // the block the mark created goes with it
                json_.erase("sources");
        } else {
            sources[*sourceKey] = source;
        }
    }
    recompute();
}

void ScenarioDocument::push(QUndoCommand* command)
{
    pushing_ = true;
    undoStack_.push(command);
    pushing_ = false;
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
    push(new SetValueCommand(*this, std::string(), json_, savedJson_, tr("Tilbakestill til lagret versjon"), -1));
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
    baseVersion_ = version;
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
