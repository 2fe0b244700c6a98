#include "ScenarioReader.h"

#include "InputCatalogue.h"
#include "ScenarioValidator.h"
#include "VocabularyLabels.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <set>

namespace gevinst {

using json = nlohmann::ordered_json;

namespace {

std::string join(const std::string& base, std::string_view key)
{
    return base.empty() ? std::string(key) : base + "." + std::string(key);
}

std::string typeName(const json& j)
{
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true/false";
    default: return "a number";
    }
}

bool hasControlCharacters(const std::string& s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    });
}

/// A key or id from the file as it may appear in a message: control characters
/// shown as '?', cut (at a character boundary) after 60 bytes.
std::string shown(std::string_view text)
{
    constexpr std::size_t maxShown = 60;
    std::size_t end = text.size();
    if (end > maxShown) {
        end = maxShown;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
    }
    std::string out(text.substr(0, end));
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    if (end < text.size())
        out += "…";
    return out;
}

/// Walks the document, reading typed values and recording every problem with its path.
class Walker {
public:
    FieldErrors errors;
    std::set<std::string> failed; ///< paths whose value could not be read

    void fail(FieldError e)
    {
        failed.insert(e.path);
        errors.push_back(std::move(e));
    }

    static FieldError controlCharacters(const std::string& path)
    {
        return {path, ErrorKind::WrongType, NAN, NAN, "text without control characters (line breaks, tabs)"};
    }

    /// The member `key` of `parent`, or nullptr (with an error when required).
    const json* member(const json& parent, std::string_view key, const std::string& path, bool required = true)
    {
        const auto it = parent.find(key);
        if (it == parent.end() || (!required && it->is_null())) {
            if (required)
                fail({path, ErrorKind::Missing});
            return nullptr;
        }
        return &*it;
    }

    const json* object(const json& parent, std::string_view key, const std::string& path, bool required = true)
    {
        const json* j = member(parent, key, path, required);
        if (j && !j->is_object()) {
            fail({path, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeName(*j)});
            return nullptr;
        }
        return j;
    }

    const json* array(const json& parent, std::string_view key, const std::string& path)
    {
        const json* j = member(parent, key, path);
        if (j && !j->is_array()) {
            fail({path, ErrorKind::WrongType, NAN, NAN, "a list, not " + typeName(*j)});
            return nullptr;
        }
        return j;
    }

    double numberValue(const json& j, const std::string& path)
    {
        if (!j.is_number()) {
            fail({path, ErrorKind::WrongType, NAN, NAN, "a number, not " + typeName(j)});
            return 0;
        }
        double v = j.get<double>();
        // parse() stands in the largest double for a literal that overflows (1e999).
        if (std::abs(v) == std::numeric_limits<double>::max())
            v = std::copysign(HUGE_VAL, v);
        if (!std::isfinite(v)) {
            fail({path, ErrorKind::NotFinite, v});
            return 0;
        }
        return v;
    }

    double number(const json& parent, std::string_view key, const std::string& path, bool required = true,
                  double otherwise = 0.0)
    {
        const json* j = member(parent, key, path, required);
        return j ? numberValue(*j, path) : otherwise;
    }

    int year(const json& parent, std::string_view key, const std::string& path)
    {
        const json* j = member(parent, key, path);
        if (!j)
            return 0;
        const double v = numberValue(*j, path);
        if (failed.count(path))
            return 0;
        if (v != std::floor(v)) {
            fail({path, ErrorKind::NotInteger, v});
            return 0;
        }
        if (v < ReaderLimits::minYear || v > ReaderLimits::maxYear) {
            fail({path, ErrorKind::OutOfRange, v, ReaderLimits::maxYear,
                  "a year from " + std::to_string(ReaderLimits::minYear) + " to " + std::to_string(ReaderLimits::maxYear)});
            return 0;
        }
        return static_cast<int>(v);
    }

    std::string text(const json& j, const std::string& path, std::size_t maxLength)
    {
        if (!j.is_string()) {
            fail({path, ErrorKind::WrongType, NAN, NAN, "text, not " + typeName(j)});
            return {};
        }
        std::string s = j.get<std::string>();
        if (s.size() > maxLength) {
            fail({path, ErrorKind::TooMany, double(s.size()), double(maxLength),
                  "is " + std::to_string(s.size()) + " bytes long, at most " + std::to_string(maxLength) + " allowed"});
            return {};
        }
        return s;
    }

    std::string name(const json& parent, std::string_view key, const std::string& path, bool allowEmpty = false)
    {
        const json* j = member(parent, key, path);
        if (!j)
            return {};
        std::string s = text(*j, path, ReaderLimits::maxNameLength);
        if (failed.count(path))
            return {};
        if (hasControlCharacters(s)) {
            fail(controlCharacters(path));
            return {};
        }
        if (!allowEmpty && s.find_first_not_of(' ') == std::string::npos) {
            fail({path, ErrorKind::Missing, NAN, NAN, "empty"});
            return {};
        }
        return s;
    }

    /// An id of the vocabulary: its index, or -1 (with an error).
    int id(const json& parent, std::string_view key, const std::string& path, const std::function<int(std::string_view)>& indexOf)
    {
        const json* j = member(parent, key, path);
        if (!j)
            return -1;
        const std::string s = text(*j, path, ReaderLimits::maxNameLength);
        if (failed.count(path))
            return -1;
        const int index = indexOf(s);
        if (index < 0)
            fail({path, ErrorKind::UnknownId, NAN, NAN, shown(s)});
        return index;
    }

    /// The keys of an object must all be ids the vocabulary knows.
    void onlyKnownKeys(const json& object, const std::string& path, const std::function<int(std::string_view)>& indexOf)
    {
        for (const auto& [key, value] : object.items())
            if (indexOf(key) < 0)
                fail({join(path, shown(key)), ErrorKind::UnknownId, NAN, NAN, shown(key)});
    }

    /// Values keyed by the vocabulary's ids; a key missing counts 0 in format 2 and
    /// is an error in format 1 (whose every id is required).
    std::vector<double> byId(const json& object, const std::string& path, const std::vector<std::string>& ids,
                             const std::function<int(std::string_view)>& indexOf)
    {
        onlyKnownKeys(object, path, indexOf);
        std::vector<double> out(ids.size(), 0.0);
        for (std::size_t i = 0; i < ids.size(); ++i)
            out[i] = number(object, ids[i], join(path, ids[i]), m_format == 1);
        return out;
    }

    /// The object at a dotted path of plain keys ("recruitment.wage_subsidy"), each
    /// level reported once when it is missing (if required) or not an object.
    const json* objectAt(const json& root, const std::string& path, bool required)
    {
        if (const auto it = m_objects.find(path); it != m_objects.end())
            return it->second;
        const auto dot = path.rfind('.');
        const json* parent = dot == std::string::npos ? &root : objectAt(root, path.substr(0, dot), required);
        const json* here = parent ? object(*parent, dot == std::string::npos ? path : path.substr(dot + 1), path, required)
                                  : nullptr;
        m_objects[path] = here;
        return here;
    }

    /// Every input of the catalogue without placeholders, read where its path says.
    void readScenarioInputs(const json& root, Scenario& s)
    {
        for (const auto& spec : inputCatalogue()) {
            if (spec.scope != InputScope::Scenario)
                continue;
            const std::string path(spec.pattern);
            const bool ledger = path.rfind("ledger.", 0) == 0;
            if (ledger && !s.ledger.present)
                continue;
            const auto dot = path.rfind('.');
            const json* parent = dot == std::string::npos ? &root : objectAt(root, path.substr(0, dot), !spec.optional);
            if (!parent)
                continue;
            InputSlot none;
            spec.field(s, none) = number(*parent, spec.key(), path, !spec.optional);
        }
    }

    void readUnit(const json& root, Scenario& s)
    {
        const json* unit = object(root, "unit", "unit");
        if (!unit)
            return;
        s.unit.id = name(*unit, "id", "unit.id");
        s.unit.name = name(*unit, "name", "unit.name");
        s.unit.level = name(*unit, "level", "unit.level");
        if (!failed.count("unit.level") && s.unit.level != "kommune" && s.unit.level != "bydel")
            fail({"unit.level", ErrorKind::UnknownId, NAN, NAN, s.unit.level});
        if (const json* parent = member(*unit, "parent", "unit.parent", false)) {
            std::string p = text(*parent, "unit.parent", ReaderLimits::maxNameLength);
            if (!failed.count("unit.parent") && hasControlCharacters(p))
                fail(controlCharacters("unit.parent"));
            if (!failed.count("unit.parent"))
                s.unit.parent = std::move(p);
        }
    }

    /// A population year's key: a plain four-digit year ("2025", not "02025" or "2025.0").
    std::optional<int> populationYear(const std::string& key)
    {
        if (key.size() != 4 || key.front() == '0' ||
            !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        const int year = std::stoi(key);
        if (year < ReaderLimits::minYear || year > ReaderLimits::maxYear)
            return std::nullopt;
        return year;
    }

    void readDemography(const json& root, Scenario& s)
    {
        const json* demo = object(root, "demography", "demography");
        if (!demo)
            return;
        const Vocabulary& v = s.vocabulary;
        std::vector<std::string> bandIds;
        for (const auto& b : v.ageBands)
            bandIds.push_back(b.id);
        const auto bandIndex = [&](std::string_view id) { return v.ageBandIndex(id); };
        if (const json* pop = object(*demo, "population", "demography.population")) {
            if (pop->empty())
                fail({"demography.population", ErrorKind::Missing, NAN, NAN, "no years"});
            if (pop->size() > ReaderLimits::maxPopulationYears)
                fail({"demography.population", ErrorKind::TooMany, double(pop->size()),
                      double(ReaderLimits::maxPopulationYears),
                      "has " + std::to_string(pop->size()) + " years, at most " +
                          std::to_string(ReaderLimits::maxPopulationYears) + " allowed"});
            else
                for (const auto& [key, bands] : pop->items()) {
                    const std::string path = "demography.population." + shown(key);
                    const auto year = populationYear(key);
                    if (!year) {
                        fail({path, ErrorKind::WrongType, NAN, NAN,
                              "keyed by a plain four-digit year from " + std::to_string(ReaderLimits::minYear) + " to " +
                                  std::to_string(ReaderLimits::maxYear)});
                        continue;
                    }
                    if (std::any_of(s.population.begin(), s.population.end(),
                                    [&](const PopulationYear& p) { return p.year == *year; })) {
                        fail({path, ErrorKind::Duplicate, NAN, NAN, key});
                        continue;
                    }
                    if (!bands.is_object()) {
                        fail({path, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeName(bands)});
                        continue;
                    }
                    PopulationYear py;
                    py.year = *year;
                    py.byBand = byId(bands, path, bandIds, bandIndex);
                    s.population.push_back(py);
                }
            std::sort(s.population.begin(), s.population.end(),
                      [](const PopulationYear& a, const PopulationYear& b) { return a.year < b.year; });
        }
        if (const json* rates = object(*demo, "service_rate", "demography.service_rate"))
            s.serviceRate = byId(*rates, "demography.service_rate", bandIds, bandIndex);
    }

    void readRoles(const json& root, Scenario& s)
    {
        const json* roles = object(root, "roles", "roles");
        if (!roles)
            return;
        const Vocabulary& v = s.vocabulary;
        onlyKnownKeys(*roles, "roles", [&](std::string_view id) { return v.roleIndex(id); });
        for (std::size_t r = 0; r < v.roles.size(); ++r) {
            const std::string& roleId = v.roles[r].id;
            const std::string path = join("roles", roleId);
            const json* role = object(*roles, roleId, path, false);
            if (!role)
                continue;
            RoleInput& in = s.roles[r];
            in.present = true;
            in.fte = number(*role, "fte", join(path, "fte"));
            in.annualCostNok = number(*role, "annual_cost_nok", join(path, "annual_cost_nok"));
            const std::string sharesPath = join(path, "task_shares");
            if (const json* shares = object(*role, "task_shares", sharesPath))
                in.taskShares = byId(*shares, sharesPath, v.categories, [&](std::string_view id) { return v.categoryIndex(id); });
        }
    }

    void readSharing(const json& root, Scenario& s)
    {
        const json* sharing = array(root, "sharing", "sharing");
        if (!sharing)
            return;
        if (sharing->size() > ReaderLimits::maxMeasures) {
            fail({"sharing", ErrorKind::TooMany, double(sharing->size()), double(ReaderLimits::maxMeasures),
                  "has " + std::to_string(sharing->size()) + " measures, at most " +
                      std::to_string(ReaderLimits::maxMeasures) + " allowed"});
            return;
        }
        const Vocabulary& v = s.vocabulary;
        for (std::size_t i = 0; i < sharing->size(); ++i) {
            const std::string path = "sharing[" + std::to_string(i) + "]";
            const json& m = (*sharing)[i];
            if (!m.is_object()) {
                fail({path, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeName(m)});
                continue;
            }
            SharingMeasure measure;
            const int from = id(m, "from", join(path, "from"), [&](std::string_view x) { return v.roleIndex(x); });
            const int category =
                id(m, "category", join(path, "category"), [&](std::string_view x) { return v.categoryIndex(x); });
            const int to = id(m, "to", join(path, "to"), [&](std::string_view x) { return v.receiverIndex(x); });
            measure.share = number(m, "share", join(path, "share"));
            // A measure keeps its index even when a part is unreadable, so later paths stay right.
            measure.from = std::max(from, 0);
            measure.category = std::max(category, 0);
            measure.to = std::max(to, 0);
            if (from < 0 || category < 0 || to < 0)
                failed.insert(path);
            s.sharing.push_back(measure);
        }
    }

    void readReceivers(const json& root, Scenario& s)
    {
        const json* receivers = object(root, "receivers", "receivers");
        if (!receivers)
            return;
        const Vocabulary& v = s.vocabulary;
        onlyKnownKeys(*receivers, "receivers", [&](std::string_view id) { return v.receiverIndex(id); });
        std::vector<bool> used(v.receivers.size(), false);
        for (std::size_t i = 0; i < s.sharing.size(); ++i)
            if (!failed.count("sharing[" + std::to_string(i) + "]"))
                used[static_cast<std::size_t>(s.sharing[i].to)] = true;
        for (std::size_t k = 0; k < v.receivers.size(); ++k) {
            const std::string path = join("receivers", v.receivers[k].id);
            const json* entry = object(*receivers, v.receivers[k].id, path, false);
            if (!entry)
                continue;
            ReceiverInput& in = s.receivers[k];
            in.present = true;
            // Format 1 requires every parameter of a receiver it describes; format 2 only
            // those of a receiver that a measure uses (spec §2a).
            const bool required = m_format == 1 || used[k];
            InputSlot slot;
            slot.receiver = static_cast<int>(k);
            for (const InputSpec* spec : receiverInputs(v.receivers[k].kind)) {
                double& field = spec->field(s, slot);
                field = number(*entry, spec->key(), join(path, spec->key()), required, field);
            }
        }
    }

    void readWageSubsidySchedule(const json& root, Scenario& s)
    {
        const std::string p = "recruitment.wage_subsidy";
        const json* ws = objectAt(root, p, true);
        if (!ws)
            return;
        const json* schedule = array(*ws, "schedule", join(p, "schedule"));
        if (!schedule)
            return;
        if (schedule->size() > ReaderLimits::maxTranches) {
            fail({join(p, "schedule"), ErrorKind::TooMany, double(schedule->size()), double(ReaderLimits::maxTranches),
                  "has " + std::to_string(schedule->size()) + " tranches, at most " +
                      std::to_string(ReaderLimits::maxTranches) + " allowed"});
            return;
        }
        for (std::size_t i = 0; i < schedule->size(); ++i) {
            const std::string tp = p + ".schedule[" + std::to_string(i) + "]";
            const json& t = (*schedule)[i];
            if (!t.is_object()) {
                fail({tp, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeName(t)});
                continue;
            }
            s.recruitment.wageSubsidy.schedule.emplace_back();
            InputSlot slot;
            slot.tranche = static_cast<int>(i);
            for (const auto& spec : inputCatalogue())
                if (spec.scope == InputScope::Tranche)
                    spec.field(s, slot) = number(t, spec.key(), join(tp, spec.key()));
        }
    }

    void readRealisation(const json& root, Scenario& s)
    {
        s.realisation.basis = m_format == 1 ? RealisationBasis::All : RealisationBasis::Gap;
        const json* real = objectAt(root, "realisation", true);
        if (!real)
            return;
        const json* basis = member(*real, "basis", "realisation.basis", false);
        if (!basis)
            return;
        const std::string text = this->text(*basis, "realisation.basis", ReaderLimits::maxNameLength);
        if (failed.count("realisation.basis"))
            return;
        if (text == "gap")
            s.realisation.basis = RealisationBasis::Gap;
        else if (text == "all")
            s.realisation.basis = RealisationBasis::All;
        else {
            fail({"realisation.basis", ErrorKind::UnknownId, NAN, NAN, shown(text) + "\" (\"gap\" or \"all\""});
            return;
        }
        s.realisation.basisGiven = true;
    }

    void readSourcesAndUncertainty(const json& root, Scenario& s)
    {
        if (const json* sources = object(root, "sources", "sources", false))
            for (const auto& [key, value] : sources->items()) {
                const std::string path = "sources." + key;
                if (key.size() > ReaderLimits::maxNameLength) {
                    fail({"sources", ErrorKind::TooMany, NAN, NAN, "has a key longer than " +
                                                                      std::to_string(ReaderLimits::maxNameLength) +
                                                                      " bytes"});
                    continue;
                }
                if (hasControlCharacters(key)) {
                    fail({"sources", ErrorKind::WrongType, NAN, NAN, "keyed by field paths without control characters"});
                    continue;
                }
                std::string text = this->text(value, path, ReaderLimits::maxTextLength);
                if (!failed.count(path))
                    s.sources[key] = std::move(text);
            }
        if (const json* ranges = object(root, "uncertainty", "uncertainty", false))
            for (const auto& [key, value] : ranges->items()) {
                const std::string path = "uncertainty." + shown(key);
                if (key.size() > ReaderLimits::maxNameLength || hasControlCharacters(key)) {
                    fail({path, ErrorKind::UnknownId, NAN, NAN, shown(key)});
                    continue;
                }
                if (!value.is_object()) {
                    fail({path, ErrorKind::WrongType, NAN, NAN, "an object {low, mode, high}, not " + typeName(value)});
                    continue;
                }
                Range range;
                range.low = number(value, "low", join(path, "low"));
                range.mode = number(value, "mode", join(path, "mode"));
                range.high = number(value, "high", join(path, "high"));
                s.uncertainty[key] = range;
            }
    }

    /// Format 2's optional `labels`: {"nb": {id: name}, "en": {…}, "nb_short": {…},
    /// "en_short": {…}}; every id must be in the vocabulary, every name plain text.
    void readLabels(const json& root, Scenario& s)
    {
        if (m_format != 2)
            return; // format 1 has no labels (spec §2): the key is not read there
        const json* block = object(root, "labels", "labels", false);
        if (!block)
            return;
        static const std::set<std::string, std::less<>> languages{"nb", "en", "nb_short", "en_short"};
        const Vocabulary& v = s.vocabulary;
        const auto isId = [&v](std::string_view id) {
            return v.roleIndex(id) >= 0 || v.categoryIndex(id) >= 0 || v.receiverIndex(id) >= 0 || v.ageBandIndex(id) >= 0;
        };
        for (const auto& [language, names] : block->items()) {
            const std::string path = join("labels", shown(language));
            if (!languages.count(language)) {
                fail({path, ErrorKind::UnknownId, NAN, NAN, shown(language)}); // nb, en, nb_short or en_short
                continue;
            }
            if (!names.is_object()) {
                fail({path, ErrorKind::WrongType, NAN, NAN, "an object {id: name}, not " + typeName(names)});
                continue;
            }
            for (const auto& [id, value] : names.items()) {
                const std::string idPath = join(path, shown(id));
                if (!isId(id)) {
                    fail({idPath, ErrorKind::UnknownId, NAN, NAN, shown(id)});
                    continue;
                }
                std::string text = this->name(names, id, idPath);
                if (!failed.count(idPath))
                    s.labels[language][id] = std::move(text);
            }
        }
    }

    void read(const json& root, Scenario& s)
    {
        const json* format = member(root, "format", "format");
        if (!format)
            return;
        const std::string formatText = format->is_string() ? format->get<std::string>() : std::string();
        if (formatText == kScenarioFormat1)
            m_format = 1;
        else if (formatText == kScenarioFormat2)
            m_format = 2;
        else {
            fail({"format", ErrorKind::UnknownFormat, NAN, NAN, shown(format->is_string() ? formatText : format->dump())});
            return; // another format: its fields mean something else
        }
        s.format = m_format;
        if (m_format == 2) {
            const json* block = object(root, "vocabulary", "vocabulary");
            if (!block)
                return; // without its vocabulary no other field can be read
            auto vocabulary = Vocabulary::fromOrderedJson(*block, "vocabulary", errors);
            if (!vocabulary) {
                for (const auto& e : errors)
                    failed.insert(e.path);
                return;
            }
            s.vocabulary = std::move(*vocabulary);
        } else {
            s.vocabulary = Vocabulary::standard();
        }
        s.fitToVocabulary();
        m_usable = true;
        s.name = name(root, "name", "name");
        readUnit(root, s);
        if (const json* area = member(root, "service_area", "service_area")) {
            s.serviceArea = text(*area, "service_area", ReaderLimits::maxNameLength);
            if (!failed.count("service_area") && hasControlCharacters(s.serviceArea))
                fail(controlCharacters("service_area"));
        }
        if (const json* years = object(root, "years", "years")) {
            s.startYear = year(*years, "start", "years.start");
            s.endYear = year(*years, "end", "years.end");
        }
        readDemography(root, s);
        readRoles(root, s);
        readSharing(root, s);
        if (const json* ramp = objectAt(root, "ramp", true))
            s.ramp.startYear = year(*ramp, "start_year", "ramp.start_year");
        readReceivers(root, s);
        readWageSubsidySchedule(root, s);
        if (const json* hub = objectAt(root, "hub", true))
            s.hub.oneOffYear = year(*hub, "one_off_year", "hub.one_off_year");
        s.ledger.present = object(root, "ledger", "ledger", false) != nullptr;
        readScenarioInputs(root, s);
        readRealisation(root, s);
        readSourcesAndUncertainty(root, s);
        readLabels(root, s);
    }

    /// The format and vocabulary were read, so the rest can be validated.
    bool usable() const { return m_usable; }

private:
    bool m_usable = false;
    int m_format = 1;
    std::map<std::string, const json*> m_objects;
};

class NestingLimitExceeded : public std::exception {};

struct DuplicateKey {
    std::string path;
};

/// Whether a JSON number literal lies beyond the largest double (1e999, or 400 digits):
/// nlohmann refuses such a document as a whole ("number overflow parsing").
bool overflows(std::string_view literal)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(literal.data(), literal.data() + literal.size(), value);
    (void)end;
    if (ec != std::errc::result_out_of_range)
        return false;
    // Out of range either way: an overflow when the decimal exponent of its first digit is positive.
    const std::string_view digits = literal.substr(literal.front() == '-' ? 1 : 0);
    const std::size_t e = digits.find_first_of("eE");
    const std::string_view mantissa = digits.substr(0, e);
    long exponent = 0;
    if (e != std::string_view::npos) {
        std::string_view ex = digits.substr(e + 1);
        if (!ex.empty() && ex.front() == '+')
            ex.remove_prefix(1);
        const auto [p, ec2] = std::from_chars(ex.data(), ex.data() + ex.size(), exponent);
        (void)p;
        if (ec2 == std::errc::result_out_of_range)
            return ex.front() != '-';
    }
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    const std::size_t first = mantissa.find_first_not_of("0.");
    if (first == std::string_view::npos)
        return false;
    const long order = first < point ? long(point - first) : -long(first - point - 1);
    return order + exponent > 0;
}

/// The text with every overflowing number literal outside strings replaced by the
/// largest double of its sign, which Walker::numberValue reports as not finite with
/// its field path; nullopt when there is none.
std::optional<std::string> withOverflowsMarked(std::string_view text)
{
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            std::size_t j = i + 1;
            while (j < text.size() && text[j] != '"')
                j += text[j] == '\\' ? 2 : 1;
            j = std::min(j + 1, text.size());
            out.append(text.substr(i, j - i));
            i = j;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            // The longest prefix that follows JSON's number grammar, as nlohmann's lexer reads it.
            auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
            std::size_t j = c == '-' ? i + 1 : i;
            while (digit(j))
                ++j;
            if (j < text.size() && text[j] == '.' && digit(j + 1))
                for (++j; digit(j);)
                    ++j;
            if (j < text.size() && (text[j] == 'e' || text[j] == 'E')) {
                std::size_t k = j + 1;
                if (k < text.size() && (text[k] == '+' || text[k] == '-'))
                    ++k;
                if (digit(k))
                    for (j = k; digit(j);)
                        ++j;
            }
            j = std::max(j, i + 1);
            const std::string_view literal = text.substr(i, j - i);
            if (overflows(literal)) {
                out += c == '-' ? "-1.7976931348623157e308" : "1.7976931348623157e308";
                changed = true;
            } else {
                out.append(literal);
            }
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return changed ? std::optional<std::string>(std::move(out)) : std::nullopt;
}

} // namespace

std::optional<json> ScenarioReader::parse(std::string_view text, FieldError& error)
{
    if (text.size() > ReaderLimits::maxDocumentBytes) {
        error = {"", ErrorKind::TooMany, double(text.size()), double(ReaderLimits::maxDocumentBytes),
                 "the file is " + std::to_string(text.size()) + " bytes, at most " +
                     std::to_string(ReaderLimits::maxDocumentBytes) + " allowed"};
        return std::nullopt;
    }
    try {
        // Refuses nesting beyond the limit and a key given twice in one object (the
        // parser would otherwise keep the last silently).
        struct Keys {
            std::vector<std::set<std::string>> seen; ///< per open object or list (lists hold none)
            std::vector<std::string> path;           ///< the key, or "[i]", of each open level
            std::vector<long> items;                 ///< per open level: elements begun so far (lists)
            std::vector<bool> isList;
        };
        auto keys = std::make_shared<Keys>();
        const json::parser_callback_t check = [keys](int depth, json::parse_event_t event, json& parsed) {
            if (depth > ReaderLimits::maxNesting)
                throw NestingLimitExceeded();
            const bool elementStarts = event == json::parse_event_t::object_start ||
                                       event == json::parse_event_t::array_start || event == json::parse_event_t::value;
            if (elementStarts && !keys->isList.empty() && keys->isList.back()) {
                // A new element of the innermost list: its index names the level.
                keys->path.back() = "[" + std::to_string(keys->items.back()++) + "]";
            }
            switch (event) {
            case json::parse_event_t::object_start:
            case json::parse_event_t::array_start:
                keys->seen.emplace_back();
                keys->path.emplace_back();
                keys->items.push_back(0);
                keys->isList.push_back(event == json::parse_event_t::array_start);
                break;
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                if (!keys->seen.empty()) {
                    keys->seen.pop_back();
                    keys->path.pop_back();
                    keys->items.pop_back();
                    keys->isList.pop_back();
                }
                break;
            case json::parse_event_t::key: {
                const std::string key = parsed.get<std::string>();
                if (!keys->seen.empty() && !keys->seen.back().insert(key).second) {
                    std::string where;
                    for (std::size_t i = 0; i + 1 < keys->path.size(); ++i) {
                        const std::string& part = keys->path[i];
                        if (part.empty())
                            continue;
                        where += part.front() == '[' || where.empty() ? part : "." + part;
                    }
                    throw DuplicateKey{where.empty() ? shown(key) : where + "." + shown(key)};
                }
                if (!keys->path.empty())
                    keys->path.back() = key;
                break;
            }
            case json::parse_event_t::value: break;
            }
            return true;
        };
        try {
            return json::parse(text.begin(), text.end(), check);
        } catch (const json::out_of_range& e) {
            // 406: a number beyond the largest double. Read it as ±max so that the
            // reader can name its field; any other problem is reported as before.
            const auto marked = e.id == 406 ? withOverflowsMarked(text) : std::nullopt;
            if (!marked)
                throw;
            *keys = Keys{};
            return json::parse(marked->begin(), marked->end(), check);
        }
    } catch (const DuplicateKey& d) {
        error = {d.path, ErrorKind::Duplicate, NAN, NAN, d.path.substr(d.path.rfind('.') == std::string::npos ? 0 : d.path.rfind('.') + 1)};
    } catch (const NestingLimitExceeded&) {
        error = {"", ErrorKind::TooMany, NAN, NAN,
                 "the document is nested deeper than " + std::to_string(ReaderLimits::maxNesting) + " levels"};
    } catch (const json::exception& e) {
        std::string what = e.what();
        // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
        if (const auto pos = what.find("] "); pos != std::string::npos)
            what = what.substr(pos + 2);
        error = {"", ErrorKind::Syntax, NAN, NAN, what};
    }
    return std::nullopt;
}

ReadOutcome ScenarioReader::fromText(std::string_view text)
{
    FieldError error;
    const auto document = parse(text, error);
    if (!document)
        return {std::nullopt, {error}};
    return fromJson(*document);
}

ReadOutcome ScenarioReader::fromJson(const nlohmann::json& document)
{
    return fromJson(json(document));
}

ReadOutcome ScenarioReader::fromJson(const json& document)
{
    if (!document.is_object())
        return {std::nullopt, {{"", ErrorKind::WrongType, NAN, NAN, "a JSON object, not " + typeName(document)}}};
    Walker walker;
    Scenario scenario;
    walker.read(document, scenario);
    if (walker.usable())
        ScenarioValidator::validate(scenario, walker.errors, walker.failed);
    ReadOutcome out;
    out.errors = std::move(walker.errors);
    if (out.errors.size() > ReaderLimits::maxErrors) {
        const std::size_t more = out.errors.size() - ReaderLimits::maxErrors;
        out.errors.resize(ReaderLimits::maxErrors);
        out.errors.push_back({"", ErrorKind::TooMany, double(more), NAN,
                              "and " + std::to_string(more) + " more problems not shown"});
    }
    // The scenario's names for its own ids are taught to the label catalogue also while
    // other fields have problems, so that the editor shows them at once.
    if (!scenario.labels.empty())
        VocabularyLabels::instance().addScenarioNames(scenario.serviceArea, scenario.labels);
    if (out.errors.empty())
        out.scenario = std::move(scenario);
    return out;
}

} // namespace gevinst
