#include "Vocabulary.h"

#include "FieldError.h"
#include "StandardVocabularyData.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace gevinst {

using nlohmann::ordered_json;

namespace {

constexpr std::string_view kKindIds[] = {"task_worker", "volunteer", "technology", "role"};

std::string listPath(const std::string& base, std::size_t i)
{
    return base + "[" + std::to_string(i) + "]";
}

/// A key from the file as it may appear in a path: control characters as '?', at most 60 bytes.
std::string shownKey(std::string_view key)
{
    std::string out(key.substr(0, 60));
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = '?';
    return out;
}

template <typename Json>
std::string typeNameOf(const Json& j)
{
    if (j.is_object())
        return "an object";
    if (j.is_array())
        return "a list";
    if (j.is_string())
        return "text";
    if (j.is_boolean())
        return "true/false";
    if (j.is_null())
        return "null";
    return "a number";
}

template <typename Json>
std::optional<Vocabulary> readVocabulary(const Json& block, const std::string& path, std::vector<FieldError>& errors)
{
    const std::size_t errorsBefore = errors.size();
    auto fail = [&](FieldError e) { errors.push_back(std::move(e)); };
    if (!block.is_object()) {
        fail({path, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeNameOf(block)});
        return std::nullopt;
    }
    Vocabulary v;
    auto tooMany = [&](const std::string& p, std::size_t n, const char* what) {
        fail({p, ErrorKind::TooMany, double(n), double(Vocabulary::kMaxEntries),
              "has " + std::to_string(n) + " " + what + ", at most " + std::to_string(Vocabulary::kMaxEntries) +
                  " allowed"});
    };
    auto idProblem = [&](const std::string& p, std::string_view id) {
        fail({p, ErrorKind::BadId, NAN, NAN, shownKey(id)});
    };

    // Age bands.
    const std::string bandsPath = path + ".age_bands";
    const auto bands = block.find("age_bands");
    if (bands == block.end())
        fail({bandsPath, ErrorKind::Missing});
    else if (!bands->is_array())
        fail({bandsPath, ErrorKind::WrongType, NAN, NAN, "a list, not " + typeNameOf(*bands)});
    else if (bands->size() > Vocabulary::kMaxEntries)
        tooMany(bandsPath, bands->size(), "age bands");
    else if (bands->empty())
        fail({bandsPath, ErrorKind::Missing, NAN, NAN, "no age bands"});
    else
        for (std::size_t i = 0; i < bands->size(); ++i) {
            const auto& item = (*bands)[i];
            const std::string p = listPath(bandsPath, i);
            if (!item.is_string()) {
                fail({p, ErrorKind::WrongType, NAN, NAN, "text such as \"67-79\" or \"80+\", not " + typeNameOf(item)});
                continue;
            }
            const std::string id = item.template get<std::string>();
            const auto band = AgeBand::parse(id);
            if (!band) {
                fail({p, ErrorKind::BadAgeBand, NAN, NAN, shownKey(id)});
                continue;
            }
            const auto overlap = std::find_if(v.ageBands.begin(), v.ageBands.end(), [&](const AgeBand& other) {
                return band->low <= other.high && other.low <= band->high;
            });
            if (overlap != v.ageBands.end()) {
                fail({p, ErrorKind::Overlap, NAN, NAN, "\"" + id + "\" overlaps \"" + overlap->id + "\""});
                continue;
            }
            v.ageBands.push_back(*band);
        }

    // Categories.
    const std::string catPath = path + ".categories";
    const auto categories = block.find("categories");
    if (categories == block.end())
        fail({catPath, ErrorKind::Missing});
    else if (!categories->is_array())
        fail({catPath, ErrorKind::WrongType, NAN, NAN, "a list, not " + typeNameOf(*categories)});
    else if (categories->size() > Vocabulary::kMaxEntries)
        tooMany(catPath, categories->size(), "categories");
    else
        for (std::size_t i = 0; i < categories->size(); ++i) {
            const auto& item = (*categories)[i];
            const std::string p = listPath(catPath, i);
            if (!item.is_string()) {
                fail({p, ErrorKind::WrongType, NAN, NAN, "an id, not " + typeNameOf(item)});
                continue;
            }
            const std::string id = item.template get<std::string>();
            if (!Vocabulary::validId(id)) {
                idProblem(p, id);
                continue;
            }
            if (v.categoryIndex(id) >= 0) {
                fail({p, ErrorKind::Duplicate, NAN, NAN, id});
                continue;
            }
            v.categories.push_back(id);
        }

    // Roles.
    const std::string rolesPath = path + ".roles";
    const auto roles = block.find("roles");
    if (roles == block.end())
        fail({rolesPath, ErrorKind::Missing});
    else if (!roles->is_object())
        fail({rolesPath, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeNameOf(*roles)});
    else if (roles->size() > Vocabulary::kMaxEntries)
        tooMany(rolesPath, roles->size(), "roles");
    else
        for (const auto& [id, spec] : roles->items()) {
            const std::string p = rolesPath + "." + shownKey(id);
            if (!Vocabulary::validId(id)) {
                idProblem(p, id);
                continue;
            }
            if (!spec.is_object()) {
                fail({p, ErrorKind::WrongType, NAN, NAN, "an object {professional, matching}, not " + typeNameOf(spec)});
                continue;
            }
            RoleSpec role;
            role.id = id;
            const auto professional = spec.find("professional");
            if (professional == spec.end())
                fail({p + ".professional", ErrorKind::Missing});
            else if (!professional->is_boolean())
                fail({p + ".professional", ErrorKind::WrongType, NAN, NAN, "true or false, not " + typeNameOf(*professional)});
            else
                role.professional = professional->template get<bool>();
            const auto matching = spec.find("matching");
            if (matching == spec.end())
                fail({p + ".matching", ErrorKind::Missing});
            else if (!matching->is_array())
                fail({p + ".matching", ErrorKind::WrongType, NAN, NAN, "a list of categories, not " + typeNameOf(*matching)});
            else
                for (std::size_t j = 0; j < matching->size(); ++j) {
                    const auto& c = (*matching)[j];
                    const std::string mp = listPath(p + ".matching", j);
                    const int index = c.is_string() ? v.categoryIndex(c.template get<std::string>()) : -1;
                    if (index < 0)
                        fail({mp, ErrorKind::UnknownId, NAN, NAN,
                              c.is_string() ? shownKey(c.template get<std::string>()) : typeNameOf(c)});
                    else if (std::find(role.matching.begin(), role.matching.end(), index) == role.matching.end())
                        role.matching.push_back(index);
                }
            v.roles.push_back(std::move(role));
        }

    // Receivers.
    const std::string recPath = path + ".receivers";
    const auto receivers = block.find("receivers");
    if (receivers == block.end())
        fail({recPath, ErrorKind::Missing});
    else if (!receivers->is_object())
        fail({recPath, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeNameOf(*receivers)});
    else if (receivers->size() > Vocabulary::kMaxEntries)
        tooMany(recPath, receivers->size(), "receivers");
    else
        for (const auto& [id, spec] : receivers->items()) {
            const std::string p = recPath + "." + shownKey(id);
            if (!Vocabulary::validId(id)) {
                idProblem(p, id);
                continue;
            }
            if (!spec.is_object()) {
                fail({p, ErrorKind::WrongType, NAN, NAN, "an object {kind}, not " + typeNameOf(spec)});
                continue;
            }
            const auto kind = spec.find("kind");
            if (kind == spec.end()) {
                fail({p + ".kind", ErrorKind::Missing});
                continue;
            }
            const auto k = kind->is_string() ? receiverKindFromId(kind->template get<std::string>()) : std::nullopt;
            if (!k) {
                fail({p + ".kind", ErrorKind::UnknownId, NAN, NAN,
                      (kind->is_string() ? shownKey(kind->template get<std::string>()) : typeNameOf(*kind)) +
                          "\" (one of task_worker, volunteer, technology, role)"});
                continue;
            }
            ReceiverSpec r;
            r.id = id;
            r.kind = *k;
            if (r.kind == ReceiverKind::Role) {
                r.role = v.roleIndex(id);
                if (r.role < 0) {
                    fail({p + ".kind", ErrorKind::NotARole, NAN, NAN, id});
                    continue;
                }
            }
            v.receivers.push_back(std::move(r));
        }

    if (errors.size() != errorsBefore)
        return std::nullopt;
    return v;
}

Vocabulary buildStandard()
{
    const auto document = ordered_json::parse(kStandardVocabularyJson);
    std::vector<FieldError> errors;
    auto v = readVocabulary(document.at("vocabulary"), "vocabulary", errors);
    if (!v)
        throw std::logic_error("the compiled-in standard vocabulary is invalid: " + errors.front().message());
    return *v;
}

} // namespace

std::string_view idOf(ReceiverKind kind)
{
    return kKindIds[static_cast<int>(kind)];
}

std::optional<ReceiverKind> receiverKindFromId(std::string_view id)
{
    for (int i = 0; i < 4; ++i)
        if (kKindIds[i] == id)
            return static_cast<ReceiverKind>(i);
    return std::nullopt;
}

std::optional<AgeBand> AgeBand::parse(std::string_view id)
{
    auto wholeYears = [](std::string_view text, int& out) {
        if (text.empty() || text.size() > 3 || (text.size() > 1 && text.front() == '0'))
            return false;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
        return ec == std::errc() && end == text.data() + text.size() && out >= 0 && out <= 120;
    };
    AgeBand band;
    band.id = std::string(id);
    if (!id.empty() && id.back() == '+') {
        if (!wholeYears(id.substr(0, id.size() - 1), band.low))
            return std::nullopt;
        band.high = kOpenEnd;
        return band;
    }
    const auto dash = id.find('-');
    if (dash == std::string_view::npos || !wholeYears(id.substr(0, dash), band.low) ||
        !wholeYears(id.substr(dash + 1), band.high) || band.high < band.low)
        return std::nullopt;
    return band;
}

bool RoleSpec::matches(int category) const
{
    return std::find(matching.begin(), matching.end(), category) != matching.end();
}

const Vocabulary& Vocabulary::standard()
{
    static const Vocabulary v = buildStandard();
    return v;
}

bool Vocabulary::isStandard() const
{
    return *this == standard();
}

namespace {
template <typename Container, typename Id>
int indexIn(const Container& items, std::string_view id, Id idOfItem)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (idOfItem(items[i]) == id)
            return static_cast<int>(i);
    return -1;
}
} // namespace

int Vocabulary::ageBandIndex(std::string_view id) const
{
    return indexIn(ageBands, id, [](const AgeBand& b) -> std::string_view { return b.id; });
}
int Vocabulary::categoryIndex(std::string_view id) const
{
    return indexIn(categories, id, [](const std::string& c) -> std::string_view { return c; });
}
int Vocabulary::roleIndex(std::string_view id) const
{
    return indexIn(roles, id, [](const RoleSpec& r) -> std::string_view { return r.id; });
}
int Vocabulary::receiverIndex(std::string_view id) const
{
    return indexIn(receivers, id, [](const ReceiverSpec& r) -> std::string_view { return r.id; });
}

bool Vocabulary::validId(std::string_view id)
{
    if (id.empty() || id.size() > 40 || id.front() < 'a' || id.front() > 'z')
        return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

ordered_json Vocabulary::toJson() const
{
    ordered_json out;
    out["age_bands"] = ordered_json::array();
    for (const auto& b : ageBands)
        out["age_bands"].push_back(b.id);
    out["categories"] = categories;
    ordered_json roleJson = ordered_json::object();
    for (const auto& r : roles) {
        ordered_json matching = ordered_json::array();
        for (int c : r.matching)
            matching.push_back(categories[c]);
        roleJson[r.id] = {{"professional", r.professional}, {"matching", matching}};
    }
    out["roles"] = roleJson;
    ordered_json receiverJson = ordered_json::object();
    for (const auto& k : receivers)
        receiverJson[k.id] = {{"kind", idOf(k.kind)}};
    out["receivers"] = receiverJson;
    return out;
}

std::optional<Vocabulary> Vocabulary::fromJson(const nlohmann::json& block, const std::string& path,
                                               std::vector<FieldError>& errors)
{
    return readVocabulary(block, path, errors);
}

std::optional<Vocabulary> Vocabulary::fromOrderedJson(const nlohmann::ordered_json& block, const std::string& path,
                                                      std::vector<FieldError>& errors)
{
    return readVocabulary(block, path, errors);
}

bool operator==(const AgeBand& a, const AgeBand& b)
{
    return a.id == b.id && a.low == b.low && a.high == b.high;
}
bool operator==(const RoleSpec& a, const RoleSpec& b)
{
    return a.id == b.id && a.professional == b.professional && a.matching == b.matching;
}
bool operator==(const ReceiverSpec& a, const ReceiverSpec& b)
{
    return a.id == b.id && a.kind == b.kind && a.role == b.role;
}
bool Vocabulary::operator==(const Vocabulary& o) const
{
    return ageBands == o.ageBands && categories == o.categories && roles == o.roles && receivers == o.receivers;
}

} // namespace gevinst
