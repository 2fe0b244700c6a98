#include "VocabularyEdit.h"

#include "InputCatalogue.h"
#include "JsonPath.h"
#include "Scenario.h"

#include <algorithm>
#include <vector>

namespace gevinst::ui {

namespace {

const Json* member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

/// `object[key]`, made an object first when it is not one.
Json& objectAt(Json& parent, const char* key)
{
    Json& child = parent[key];
    if (!child.is_object())
        child = Json::object();
    return child;
}

Json& arrayAt(Json& parent, const char* key)
{
    Json& child = parent[key];
    if (!child.is_array())
        child = Json::array();
    return child;
}

/// The object with key `from` renamed to `to`, in the same place.
Json renamedKey(const Json& object, const std::string& from, const std::string& to)
{
    if (!object.is_object())
        return object;
    Json out = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it)
        out[it.key() == from ? to : it.key()] = it.value();
    return out;
}

void renameKeyIn(Json& parent, const char* key, const std::string& from, const std::string& to)
{
    if (auto it = parent.find(key); it != parent.end() && it->is_object())
        *it = renamedKey(*it, from, to);
}

void eraseKeyIn(Json& parent, const char* key, const std::string& id)
{
    if (auto it = parent.find(key); it != parent.end() && it->is_object())
        it->erase(id);
}

/// The scenario's names (`labels`, spec-extension of format 2): every language's name of
/// `from` moves to `to`.
void renameLabel(Json& document, const std::string& from, const std::string& to)
{
    if (auto labels = document.find("labels"); labels != document.end() && labels->is_object())
        for (auto& names : *labels)
            if (names.is_object() && names.contains(from))
                names = renamedKey(names, from, to);
}

/// Drops every language's name of `id`, and the labels block when nothing is left in it.
void eraseLabel(Json& document, const std::string& id)
{
    auto labels = document.find("labels");
    if (labels == document.end() || !labels->is_object())
        return;
    for (auto names = labels->begin(); names != labels->end();) {
        if (names->is_object())
            names->erase(id);
        if (names->is_object() && names->empty())
            names = labels->erase(names);
        else
            ++names;
    }
    if (labels->empty())
        document.erase(labels);
}

bool isString(const Json& value, const std::string& text)
{
    return value.is_string() && value.get<std::string>() == text;
}

/// "roles.<from>…" → "roles.<to>…".
std::optional<std::string> withPrefix(const std::string& path, const std::string& from, const std::string& to)
{
    if (!JsonPath::isWithin(path, from))
        return std::nullopt;
    return to + path.substr(from.size());
}

/// Splits "sharing[3].share" into 3 and ".share".
std::optional<std::pair<std::size_t, std::string>> measurePath(const std::string& path)
{
    static const std::string head = "sharing[";
    if (path.compare(0, head.size(), head) != 0)
        return std::nullopt;
    const auto close = path.find(']', head.size());
    if (close == std::string::npos || close == head.size())
        return std::nullopt;
    const std::string digits = path.substr(head.size(), close - head.size());
    if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 9)
        return std::nullopt;
    return std::make_pair(static_cast<std::size_t>(std::stoul(digits)), path.substr(close + 1));
}

std::string measurePrefix(std::size_t index)
{
    return "sharing[" + std::to_string(index) + "]";
}

/// The path's segments split on '.' ("roles.a.task_shares.b" → 4 segments).
std::vector<std::string> segments(const std::string& path)
{
    std::vector<std::string> out(1);
    for (char c : path) {
        if (c == '.')
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}

/// Whether `path` is the task share of `category` of some role ("roles.*.task_shares.<category>").
bool isTaskShareOf(const std::string& path, const std::string& category)
{
    const auto s = segments(path);
    return s.size() >= 4 && s[0] == "roles" && s[2] == "task_shares" && s[3] == category;
}

std::string joined(const std::vector<std::string>& s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i)
        out += (i ? "." : "") + s[i];
    return out;
}

bool isRoleReceiver(const Json& document, const std::string& id)
{
    const Json* vocabulary = member(document, "vocabulary");
    const Json* receivers = vocabulary ? member(*vocabulary, "receivers") : nullptr;
    const Json* spec = receivers ? member(*receivers, id.c_str()) : nullptr;
    const Json* kind = spec ? member(*spec, "kind") : nullptr;
    return kind && isString(*kind, std::string(idOf(ReceiverKind::Role)));
}

bool vocabularyHas(const Json& document, const char* list, const std::string& id)
{
    const Json* vocabulary = member(document, "vocabulary");
    const Json* entries = vocabulary ? member(*vocabulary, list) : nullptr;
    if (!entries)
        return false;
    if (entries->is_array())
        return std::any_of(entries->begin(), entries->end(), [&](const Json& e) { return isString(e, id); });
    return entries->is_object() && entries->contains(id);
}

std::size_t vocabularySize(const Json& document, const char* list)
{
    const Json* vocabulary = member(document, "vocabulary");
    const Json* entries = vocabulary ? member(*vocabulary, list) : nullptr;
    return entries && (entries->is_array() || entries->is_object()) ? entries->size() : 0;
}

} // namespace

bool VocabularyEdit::isFormat1(const Json& document)
{
    const Json* format = member(document, "format");
    return format && isString(*format, kScenarioFormat1);
}

Json VocabularyEdit::toFormat2(const Json& document)
{
    if (!isFormat1(document))
        return document;
    // The vocabulary block goes where format-2 files have it: after hours_per_fte.
    Json out = Json::object();
    bool placed = false;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.key() == "vocabulary")
            continue;
        out[it.key()] = it.key() == "format" ? Json(kScenarioFormat2) : it.value();
        if (it.key() == "hours_per_fte") {
            out["vocabulary"] = Vocabulary::standard().toJson();
            placed = true;
        }
    }
    if (!placed)
        out["vocabulary"] = Vocabulary::standard().toJson();
    // Format 1 means basis "all"; format 2 would default to "gap", so it is written out.
    Json& realisation = out["realisation"];
    if (!realisation.is_object())
        realisation = Json::object();
    if (!realisation.contains("basis"))
        realisation["basis"] = "all";
    return out;
}

std::string VocabularyEdit::proposeId(const QString& name)
{
    QString text = name.trimmed().toLower();
    text.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    text.replace(QStringLiteral("ø"), QStringLiteral("o"));
    text.replace(QStringLiteral("å"), QStringLiteral("a"));
    // Other accents go (é → e); what is left that is not a–z, 0–9 or _ becomes _.
    text = text.normalized(QString::NormalizationForm_D);
    std::string id;
    for (QChar c : text) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_')
            id += static_cast<char>(u);
        else if (!id.empty() && id.back() != '_')
            id += '_';
    }
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    // An id starts with a letter.
    const auto first = id.find_first_of("abcdefghijklmnopqrstuvwxyz");
    id = first == std::string::npos ? std::string() : id.substr(first);
    if (id.size() > 40)
        id.resize(40);
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    return id;
}

VocabularyEdit::IdProblem VocabularyEdit::checkId(const Json& document, Part part, const std::string& id,
                                                  const std::string& renaming)
{
    if (id.empty())
        return IdProblem::Empty;
    if (!Vocabulary::validId(id))
        return IdProblem::Invalid;
    if (!renaming.empty() && id == renaming)
        return IdProblem::None;
    const Json doc = toFormat2(document);
    switch (part) {
    case Part::Category:
        if (vocabularyHas(doc, "categories", id))
            return IdProblem::TakenByCategory;
        if (renaming.empty() && vocabularySize(doc, "categories") >= Vocabulary::kMaxEntries)
            return IdProblem::TooMany;
        return IdProblem::None;
    case Part::Role:
    case Part::Receiver:
        if (vocabularyHas(doc, "roles", id))
            return IdProblem::TakenByRole;
        // A role's own receiver (kind role) is renamed with it.
        if (vocabularyHas(doc, "receivers", id) && !(part == Part::Role && id == renaming))
            return IdProblem::TakenByReceiver;
        if (renaming.empty() &&
            vocabularySize(doc, part == Part::Role ? "roles" : "receivers") >= Vocabulary::kMaxEntries)
            return IdProblem::TooMany;
        return IdProblem::None;
    }
    return IdProblem::None;
}

Json VocabularyEdit::defaultReceiverParameters(ReceiverKind kind)
{
    Json out = Json::object();
    for (const InputSpec* spec : receiverInputs(kind)) {
        // A factor of 1 and a position share of 1 change nothing; money starts at 0.
        const bool one = spec->unit == InputUnit::Factor || spec->bound == Bound::PositiveShare ||
                         spec->bound == Bound::Positive;
        out[std::string(spec->key())] = one ? 1.0 : 0.0;
    }
    return out;
}

Json VocabularyEdit::defaultRole(const Json& vocabularyBlock)
{
    Json shares = Json::object();
    if (const Json* categories = member(vocabularyBlock, "categories"); categories && categories->is_array())
        for (std::size_t c = 0; c < categories->size(); ++c)
            if ((*categories)[c].is_string())
                shares[(*categories)[c].get<std::string>()] = shares.empty() ? 1.0 : 0.0;
    return Json{{"fte", 0.0}, {"annual_cost_nok", 0.0}, {"task_shares", shares}};
}

Json VocabularyEdit::addRole(const Json& document, const std::string& id, bool professional)
{
    Json doc = toFormat2(document);
    Json& vocabulary = objectAt(doc, "vocabulary");
    objectAt(vocabulary, "roles")[id] = Json{{"professional", professional}, {"matching", Json::array()}};
    objectAt(doc, "roles")[id] = defaultRole(vocabulary);
    return doc;
}

Json VocabularyEdit::addCategory(const Json& document, const std::string& id)
{
    Json doc = toFormat2(document);
    arrayAt(objectAt(doc, "vocabulary"), "categories").push_back(id);
    if (auto roles = doc.find("roles"); roles != doc.end() && roles->is_object())
        for (auto& role : *roles)
            if (role.is_object())
                if (auto shares = role.find("task_shares"); shares != role.end() && shares->is_object())
                    (*shares)[id] = 0.0;
    return doc;
}

Json VocabularyEdit::addReceiver(const Json& document, const std::string& id, ReceiverKind kind)
{
    Json doc = toFormat2(document);
    objectAt(objectAt(doc, "vocabulary"), "receivers")[id] = Json{{"kind", std::string(idOf(kind))}};
    objectAt(doc, "receivers")[id] = defaultReceiverParameters(kind);
    return doc;
}

Json VocabularyEdit::renameRole(const Json& document, const std::string& from, const std::string& to)
{
    Json doc = toFormat2(document);
    const bool alsoReceiver = isRoleReceiver(doc, from);
    Json& vocabulary = objectAt(doc, "vocabulary");
    renameKeyIn(vocabulary, "roles", from, to);
    renameKeyIn(doc, "roles", from, to);
    if (alsoReceiver) {
        renameKeyIn(vocabulary, "receivers", from, to);
        renameKeyIn(doc, "receivers", from, to);
    }
    if (auto sharing = doc.find("sharing"); sharing != doc.end() && sharing->is_array())
        for (auto& m : *sharing) {
            if (!m.is_object())
                continue;
            if (auto f = m.find("from"); f != m.end() && isString(*f, from))
                *f = to;
            if (auto t = m.find("to"); alsoReceiver && t != m.end() && isString(*t, from))
                *t = to;
        }
    rewritePaths(doc, [&](const std::string& path) -> std::optional<std::string> {
        if (auto p = withPrefix(path, "roles." + from, "roles." + to))
            return p;
        if (alsoReceiver)
            if (auto p = withPrefix(path, "receivers." + from, "receivers." + to))
                return p;
        return path;
    });
    renameLabel(doc, from, to);
    return doc;
}

Json VocabularyEdit::renameCategory(const Json& document, const std::string& from, const std::string& to)
{
    Json doc = toFormat2(document);
    Json& vocabulary = objectAt(doc, "vocabulary");
    for (auto& c : arrayAt(vocabulary, "categories"))
        if (isString(c, from))
            c = to;
    if (auto roles = vocabulary.find("roles"); roles != vocabulary.end() && roles->is_object())
        for (auto& spec : *roles)
            if (spec.is_object())
                if (auto matching = spec.find("matching"); matching != spec.end() && matching->is_array())
                    for (auto& c : *matching)
                        if (isString(c, from))
                            c = to;
    if (auto roles = doc.find("roles"); roles != doc.end() && roles->is_object())
        for (auto& role : *roles)
            if (role.is_object())
                renameKeyIn(role, "task_shares", from, to);
    if (auto sharing = doc.find("sharing"); sharing != doc.end() && sharing->is_array())
        for (auto& m : *sharing)
            if (m.is_object())
                if (auto c = m.find("category"); c != m.end() && isString(*c, from))
                    *c = to;
    rewritePaths(doc, [&](const std::string& path) -> std::optional<std::string> {
        if (!isTaskShareOf(path, from))
            return path;
        auto s = segments(path);
        s[3] = to;
        return joined(s);
    });
    renameLabel(doc, from, to);
    return doc;
}

Json VocabularyEdit::renameReceiver(const Json& document, const std::string& from, const std::string& to)
{
    Json doc = toFormat2(document);
    if (isRoleReceiver(doc, from))
        return renameRole(doc, from, to);
    renameKeyIn(objectAt(doc, "vocabulary"), "receivers", from, to);
    renameKeyIn(doc, "receivers", from, to);
    if (auto sharing = doc.find("sharing"); sharing != doc.end() && sharing->is_array())
        for (auto& m : *sharing)
            if (m.is_object())
                if (auto t = m.find("to"); t != m.end() && isString(*t, from))
                    *t = to;
    rewritePaths(doc, [&](const std::string& path) -> std::optional<std::string> {
        if (auto p = withPrefix(path, "receivers." + from, "receivers." + to))
            return p;
        return path;
    });
    renameLabel(doc, from, to);
    return doc;
}

Json VocabularyEdit::removeRole(const Json& document, const std::string& id)
{
    Json doc = toFormat2(document);
    if (isRoleReceiver(doc, id))
        doc = removeReceiver(doc, id);
    eraseKeyIn(objectAt(doc, "vocabulary"), "roles", id);
    eraseKeyIn(doc, "roles", id);
    removeMeasuresWhere(doc, [&](const Json& m) { return m.is_object() && m.contains("from") && isString(m["from"], id); });
    rewritePaths(doc, [&](const std::string& path) -> std::optional<std::string> {
        if (JsonPath::isWithin(path, "roles." + id))
            return std::nullopt;
        return path;
    });
    eraseLabel(doc, id);
    return doc;
}

Json VocabularyEdit::removeCategory(const Json& document, const std::string& id)
{
    Json doc = toFormat2(document);
    Json& vocabulary = objectAt(doc, "vocabulary");
    Json& categories = arrayAt(vocabulary, "categories");
    Json kept = Json::array();
    for (const auto& c : categories)
        if (!isString(c, id))
            kept.push_back(c);
    categories = kept;
    if (auto roles = vocabulary.find("roles"); roles != vocabulary.end() && roles->is_object())
        for (auto& spec : *roles)
            if (spec.is_object())
                if (auto matching = spec.find("matching"); matching != spec.end() && matching->is_array()) {
                    Json rest = Json::array();
                    for (const auto& c : *matching)
                        if (!isString(c, id))
                            rest.push_back(c);
                    *matching = rest;
                }
    if (auto roles = doc.find("roles"); roles != doc.end() && roles->is_object())
        for (auto& role : *roles)
            if (role.is_object())
                eraseKeyIn(role, "task_shares", id);
    removeMeasuresWhere(doc, [&](const Json& m) {
        return m.is_object() && m.contains("category") && isString(m["category"], id);
    });
    rewritePaths(doc, [&](const std::string& path) -> std::optional<std::string> {
        if (isTaskShareOf(path, id))
            return std::nullopt;
        return path;
    });
    eraseLabel(doc, id);
    return doc;
}

Json VocabularyEdit::removeReceiver(const Json& document, const std::string& id)
{
    Json doc = toFormat2(document);
    eraseKeyIn(objectAt(doc, "vocabulary"), "receivers", id);
    eraseKeyIn(doc, "receivers", id);
    removeMeasuresWhere(doc, [&](const Json& m) { return m.is_object() && m.contains("to") && isString(m["to"], id); });
    rewritePaths(doc, [&](const std::string& path) -> std::optional<std::string> {
        if (JsonPath::isWithin(path, "receivers." + id))
            return std::nullopt;
        return path;
    });
    if (!vocabularyHas(doc, "roles", id)) // a receiver of kind role keeps its role's name
        eraseLabel(doc, id);
    return doc;
}

Json VocabularyEdit::setName(const Json& document, const std::string& id, const QString& name, const std::string& languageKey)
{
    Json doc = toFormat2(document);
    const std::string text = name.trimmed().toStdString();
    if (text.empty()) {
        if (auto labels = doc.find("labels"); labels != doc.end() && labels->is_object())
            if (auto names = labels->find(languageKey); names != labels->end() && names->is_object()) {
                names->erase(id);
                if (names->empty())
                    labels->erase(names);
                if (labels->empty())
                    doc.erase(labels);
            }
        return doc;
    }
    objectAt(objectAt(doc, "labels"), languageKey.c_str())[id] = text;
    return doc;
}

std::string VocabularyEdit::name(const Json& document, const std::string& id, const std::string& languageKey)
{
    const Json* labels = member(document, "labels");
    const Json* names = labels ? member(*labels, languageKey.c_str()) : nullptr;
    const Json* name = names ? member(*names, id.c_str()) : nullptr;
    return name && name->is_string() ? name->get<std::string>() : std::string();
}

Json VocabularyEdit::setProfessional(const Json& document, const std::string& roleId, bool professional)
{
    Json doc = toFormat2(document);
    Json& spec = objectAt(objectAt(objectAt(doc, "vocabulary"), "roles"), roleId.c_str());
    spec["professional"] = professional;
    if (!spec.contains("matching"))
        spec["matching"] = Json::array();
    return doc;
}

Json VocabularyEdit::setMatching(const Json& document, const std::string& roleId, const std::string& categoryId,
                                 bool matching)
{
    Json doc = toFormat2(document);
    Json& vocabulary = objectAt(doc, "vocabulary");
    Json& spec = objectAt(objectAt(vocabulary, "roles"), roleId.c_str());
    const Json current = spec.contains("matching") && spec["matching"].is_array() ? spec["matching"] : Json::array();
    // The list follows the vocabulary's order of categories.
    Json list = Json::array();
    for (const auto& c : arrayAt(vocabulary, "categories")) {
        if (!c.is_string())
            continue;
        const bool wasIn = std::any_of(current.begin(), current.end(), [&](const Json& x) { return x == c; });
        if (c.get<std::string>() == categoryId ? matching : wasIn)
            list.push_back(c);
    }
    spec["matching"] = list;
    if (!spec.contains("professional"))
        spec["professional"] = false;
    return doc;
}

Json VocabularyEdit::removeMeasure(const Json& document, std::size_t index)
{
    Json doc = document;
    std::size_t i = 0;
    removeMeasuresWhere(doc, [&](const Json&) { return i++ == index; });
    return doc;
}

Json VocabularyEdit::swapMeasures(const Json& document, std::size_t a, std::size_t b)
{
    Json doc = document;
    auto sharing = doc.find("sharing");
    if (sharing == doc.end() || !sharing->is_array() || a >= sharing->size() || b >= sharing->size() || a == b)
        return doc;
    std::swap((*sharing)[a], (*sharing)[b]);
    rewritePaths(doc, [&](const std::string& path) -> std::optional<std::string> {
        const auto m = measurePath(path);
        if (!m || (m->first != a && m->first != b))
            return path;
        return measurePrefix(m->first == a ? b : a) + m->second;
    });
    return doc;
}

void VocabularyEdit::rewritePaths(Json& document, const std::function<std::optional<std::string>(const std::string&)>& map)
{
    for (const char* block : {"sources", "uncertainty"}) {
        auto it = document.find(block);
        if (it == document.end() || !it->is_object())
            continue;
        Json out = Json::object();
        for (auto entry = it->begin(); entry != it->end(); ++entry)
            if (const auto path = map(entry.key()))
                out[*path] = entry.value();
        *it = out;
    }
}

void VocabularyEdit::removeMeasuresWhere(Json& document, const std::function<bool(const Json&)>& drop)
{
    auto sharing = document.find("sharing");
    if (sharing == document.end() || !sharing->is_array())
        return;
    std::vector<std::optional<std::size_t>> newIndex;
    Json kept = Json::array();
    for (const auto& m : *sharing) {
        if (drop(m)) {
            newIndex.emplace_back();
        } else {
            newIndex.emplace_back(kept.size());
            kept.push_back(m);
        }
    }
    if (kept.size() == sharing->size())
        return;
    *sharing = kept;
    rewritePaths(document, [&](const std::string& path) -> std::optional<std::string> {
        const auto m = measurePath(path);
        if (!m || m->first >= newIndex.size())
            return path;
        if (!newIndex[m->first])
            return std::nullopt;
        return measurePrefix(*newIndex[m->first]) + m->second;
    });
}

} // namespace gevinst::ui
