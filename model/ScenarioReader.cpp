#include "ScenarioReader.h"

#include "ScenarioValidator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>

namespace gevinst {

using nlohmann::json;

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

    double number(const json& parent, std::string_view key, const std::string& path)
    {
        const json* j = member(parent, key, path);
        return j ? numberValue(*j, path) : 0.0;
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
                  "is " + std::to_string(s.size()) + " characters long, at most " + std::to_string(maxLength) + " allowed"});
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

    template <typename Enum, typename FromId>
    std::optional<Enum> id(const json& parent, std::string_view key, const std::string& path, FromId fromId)
    {
        const json* j = member(parent, key, path);
        if (!j)
            return std::nullopt;
        const std::string s = text(*j, path, ReaderLimits::maxNameLength);
        if (failed.count(path))
            return std::nullopt;
        const auto v = fromId(s);
        if (!v)
            fail({path, ErrorKind::UnknownId, NAN, NAN, shown(s)});
        return v;
    }

    /// The keys of an object must all come from `known`.
    template <typename FromId>
    void onlyKnownKeys(const json& object, const std::string& path, FromId fromId)
    {
        for (const auto& [key, value] : object.items())
            if (!fromId(key))
                fail({join(path, shown(key)), ErrorKind::UnknownId, NAN, NAN, shown(key)});
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

    void readDemography(const json& root, Scenario& s)
    {
        const json* demo = object(root, "demography", "demography");
        if (!demo)
            return;
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
                    int year = 0;
                    const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
                    if (ec != std::errc() || end != key.data() + key.size() || year < ReaderLimits::minYear ||
                        year > ReaderLimits::maxYear) {
                        fail({path, ErrorKind::WrongType, NAN, NAN,
                              "keyed by a year from " + std::to_string(ReaderLimits::minYear) + " to " +
                                  std::to_string(ReaderLimits::maxYear)});
                        continue;
                    }
                    if (!bands.is_object()) {
                        fail({path, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeName(bands)});
                        continue;
                    }
                    PopulationYear py;
                    py.year = year;
                    onlyKnownKeys(bands, path, ageBandFromId);
                    for (int a = 0; a < kAgeBandCount; ++a)
                        py.byBand[a] = number(bands, kAgeBandIds[a], join(path, kAgeBandIds[a]));
                    s.population.push_back(py);
                }
            std::sort(s.population.begin(), s.population.end(),
                      [](const PopulationYear& a, const PopulationYear& b) { return a.year < b.year; });
        }
        if (const json* rates = object(*demo, "service_rate", "demography.service_rate")) {
            onlyKnownKeys(*rates, "demography.service_rate", ageBandFromId);
            for (int a = 0; a < kAgeBandCount; ++a)
                s.serviceRate[a] = number(*rates, kAgeBandIds[a], join("demography.service_rate", kAgeBandIds[a]));
        }
    }

    void readRoles(const json& root, Scenario& s)
    {
        const json* roles = object(root, "roles", "roles");
        if (!roles)
            return;
        onlyKnownKeys(*roles, "roles", roleFromId);
        for (int r = 0; r < kRoleCount; ++r) {
            const std::string path = join("roles", kRoleIds[r]);
            const json* role = object(*roles, kRoleIds[r], path, false);
            if (!role)
                continue;
            RoleInput& in = s.roles[r];
            in.present = true;
            in.fte = number(*role, "fte", join(path, "fte"));
            in.annualCostNok = number(*role, "annual_cost_nok", join(path, "annual_cost_nok"));
            const std::string sharesPath = join(path, "task_shares");
            if (const json* shares = object(*role, "task_shares", sharesPath)) {
                onlyKnownKeys(*shares, sharesPath, categoryFromId);
                for (int c = 0; c < kCategoryCount; ++c)
                    in.taskShares[c] = number(*shares, kCategoryIds[c], join(sharesPath, kCategoryIds[c]));
            }
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
        for (std::size_t i = 0; i < sharing->size(); ++i) {
            const std::string path = "sharing[" + std::to_string(i) + "]";
            const json& m = (*sharing)[i];
            if (!m.is_object()) {
                fail({path, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeName(m)});
                continue;
            }
            SharingMeasure measure;
            const auto from = id<Role>(m, "from", join(path, "from"), roleFromId);
            const auto category = id<TaskCategory>(m, "category", join(path, "category"), categoryFromId);
            const auto to = id<Receiver>(m, "to", join(path, "to"), receiverFromId);
            measure.share = number(m, "share", join(path, "share"));
            // A measure keeps its index even when a part is unreadable, so later paths stay right.
            measure.from = from.value_or(Role::Sykepleier);
            measure.category = category.value_or(TaskCategory::Kjoring);
            measure.to = to.value_or(Receiver::Oppgavemedarbeider);
            if (!from || !category || !to)
                failed.insert(path);
            s.sharing.push_back(measure);
        }
    }

    void readReceivers(const json& root, Scenario& s)
    {
        const json* receivers = object(root, "receivers", "receivers");
        if (!receivers)
            return;
        onlyKnownKeys(*receivers, "receivers", receiverFromId);
        Receivers& k = s.receivers;
        if (const json* w = object(*receivers, "oppgavemedarbeider", "receivers.oppgavemedarbeider", false)) {
            const std::string p = "receivers.oppgavemedarbeider";
            k.oppgavemedarbeider.present = true;
            k.oppgavemedarbeider.annualCostNok = number(*w, "annual_cost_nok", join(p, "annual_cost_nok"));
            k.oppgavemedarbeider.timeFactor = number(*w, "time_factor", join(p, "time_factor"));
            k.oppgavemedarbeider.positionShare = number(*w, "position_share", join(p, "position_share"));
            k.oppgavemedarbeider.turnover = number(*w, "turnover", join(p, "turnover"));
        }
        if (const json* v = object(*receivers, "frivillig", "receivers.frivillig", false)) {
            const std::string p = "receivers.frivillig";
            k.frivillig.present = true;
            k.frivillig.timeFactor = number(*v, "time_factor", join(p, "time_factor"));
            k.frivillig.coordinationCostPerHourNok =
                number(*v, "coordination_cost_per_hour_nok", join(p, "coordination_cost_per_hour_nok"));
        }
        if (const json* t = object(*receivers, "teknologi", "receivers.teknologi", false)) {
            k.teknologi.present = true;
            k.teknologi.costPerShiftedHourNok =
                number(*t, "cost_per_shifted_hour_nok", "receivers.teknologi.cost_per_shifted_hour_nok");
        }
        if (const json* h = object(*receivers, "helsefagarbeider", "receivers.helsefagarbeider", false)) {
            k.helsefagarbeider.present = true;
            k.helsefagarbeider.timeFactor = number(*h, "time_factor", "receivers.helsefagarbeider.time_factor");
        }
    }

    void readRecruitment(const json& root, Scenario& s)
    {
        const json* rec = object(root, "recruitment", "recruitment");
        if (!rec)
            return;
        Recruitment& out = s.recruitment;
        out.shareFromNav = number(*rec, "share_from_nav", "recruitment.share_from_nav");
        out.trainingCostPerHireNok = number(*rec, "training_cost_per_hire_nok", "recruitment.training_cost_per_hire_nok");
        if (const json* ws = object(*rec, "wage_subsidy", "recruitment.wage_subsidy")) {
            const std::string p = "recruitment.wage_subsidy";
            out.wageSubsidy.eligibleShare = number(*ws, "eligible_share", join(p, "eligible_share"));
            if (const json* schedule = array(*ws, "schedule", join(p, "schedule"))) {
                if (schedule->size() > ReaderLimits::maxTranches)
                    fail({join(p, "schedule"), ErrorKind::TooMany, double(schedule->size()),
                          double(ReaderLimits::maxTranches),
                          "has " + std::to_string(schedule->size()) + " tranches, at most " +
                              std::to_string(ReaderLimits::maxTranches) + " allowed"});
                else
                    for (std::size_t i = 0; i < schedule->size(); ++i) {
                        const std::string tp = p + ".schedule[" + std::to_string(i) + "]";
                        const json& t = (*schedule)[i];
                        if (!t.is_object()) {
                            fail({tp, ErrorKind::WrongType, NAN, NAN, "an object, not " + typeName(t)});
                            continue;
                        }
                        SubsidyTranche tranche;
                        tranche.months = number(t, "months", join(tp, "months"));
                        tranche.rate = number(t, "rate", join(tp, "rate"));
                        out.wageSubsidy.schedule.push_back(tranche);
                    }
            }
        }
        if (const json* ms = object(*rec, "mentor_subsidy", "recruitment.mentor_subsidy")) {
            const std::string p = "recruitment.mentor_subsidy";
            out.mentorSubsidy.eligibleShare = number(*ms, "eligible_share", join(p, "eligible_share"));
            out.mentorSubsidy.hoursPerWeek = number(*ms, "hours_per_week", join(p, "hours_per_week"));
            out.mentorSubsidy.hourlyRateNok = number(*ms, "hourly_rate_nok", join(p, "hourly_rate_nok"));
            out.mentorSubsidy.months = number(*ms, "months", join(p, "months"));
        }
        if (const json* sa = object(*rec, "social_assistance", "recruitment.social_assistance")) {
            const std::string p = "recruitment.social_assistance";
            out.socialAssistance.shareOfHiresOnAssistance =
                number(*sa, "share_of_hires_on_assistance", join(p, "share_of_hires_on_assistance"));
            out.socialAssistance.annualAssistancePerPersonNok =
                number(*sa, "annual_assistance_per_person_nok", join(p, "annual_assistance_per_person_nok"));
            out.socialAssistance.reductionWhenEmployed =
                number(*sa, "reduction_when_employed", join(p, "reduction_when_employed"));
        }
    }

    void readSourcesAndUncertainty(const json& root, Scenario& s)
    {
        if (const json* sources = object(root, "sources", "sources", false))
            for (const auto& [key, value] : sources->items()) {
                const std::string path = "sources." + key;
                if (key.size() > ReaderLimits::maxNameLength) {
                    fail({"sources", ErrorKind::TooMany, NAN, NAN, "has a key longer than " +
                                                                      std::to_string(ReaderLimits::maxNameLength) +
                                                                      " characters"});
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

    void read(const json& root, Scenario& s)
    {
        if (const json* format = member(root, "format", "format")) {
            if (!format->is_string() || format->get<std::string>() != kScenarioFormat) {
                fail({"format", ErrorKind::UnknownFormat, NAN, NAN,
                      shown(format->is_string() ? format->get<std::string>() : format->dump())});
                return; // another format: its fields mean something else
            }
        } else {
            return;
        }
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
        s.discountRate = number(root, "discount_rate", "discount_rate");
        s.hoursPerFte = number(root, "hours_per_fte", "hours_per_fte");
        readDemography(root, s);
        s.staffGrowthPerYear = number(root, "staff_growth_per_year", "staff_growth_per_year");
        readRoles(root, s);
        readSharing(root, s);
        if (const json* ramp = object(root, "ramp", "ramp")) {
            s.ramp.startYear = year(*ramp, "start_year", "ramp.start_year");
            s.ramp.yearsToFull = number(*ramp, "years_to_full", "ramp.years_to_full");
        }
        readReceivers(root, s);
        readRecruitment(root, s);
        if (const json* hub = object(root, "hub", "hub")) {
            s.hub.coordinatorFte = number(*hub, "coordinator_fte", "hub.coordinator_fte");
            s.hub.annualCostPerFteNok = number(*hub, "annual_cost_per_fte_nok", "hub.annual_cost_per_fte_nok");
            s.hub.oneOffCostNok = number(*hub, "one_off_cost_nok", "hub.one_off_cost_nok");
            s.hub.oneOffYear = year(*hub, "one_off_year", "hub.one_off_year");
        }
        if (const json* real = object(root, "realisation", "realisation"))
            s.budgetShareOfFreedCapacity =
                number(*real, "budget_share_of_freed_capacity", "realisation.budget_share_of_freed_capacity");
        readSourcesAndUncertainty(root, s);
    }
};

class NestingLimitExceeded : public std::exception {};

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
        const json::parser_callback_t limitDepth = [](int depth, json::parse_event_t, json&) {
            if (depth > ReaderLimits::maxNesting)
                throw NestingLimitExceeded();
            return true;
        };
        try {
            return json::parse(text.begin(), text.end(), limitDepth);
        } catch (const json::out_of_range& e) {
            // 406: a number beyond the largest double. Read it as ±max so that the
            // reader can name its field; any other problem is reported as before.
            const auto marked = e.id == 406 ? withOverflowsMarked(text) : std::nullopt;
            if (!marked)
                throw;
            return json::parse(marked->begin(), marked->end(), limitDepth);
        }
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

ReadOutcome ScenarioReader::fromJson(const json& document)
{
    if (!document.is_object())
        return {std::nullopt, {{"", ErrorKind::WrongType, NAN, NAN, "a JSON object, not " + typeName(document)}}};
    Walker walker;
    Scenario scenario;
    walker.read(document, scenario);
    const bool formatKnown = std::none_of(walker.errors.begin(), walker.errors.end(), [](const FieldError& e) {
        return e.path == "format";
    });
    if (formatKnown)
        ScenarioValidator::validate(scenario, walker.errors, walker.failed);
    ReadOutcome out;
    out.errors = std::move(walker.errors);
    if (out.errors.size() > ReaderLimits::maxErrors) {
        const std::size_t more = out.errors.size() - ReaderLimits::maxErrors;
        out.errors.resize(ReaderLimits::maxErrors);
        out.errors.push_back({"", ErrorKind::TooMany, double(more), NAN,
                              "and " + std::to_string(more) + " more problems not shown"});
    }
    if (out.errors.empty())
        out.scenario = std::move(scenario);
    return out;
}

} // namespace gevinst
