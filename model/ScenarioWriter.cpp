#include "ScenarioWriter.h"

#include "InputCatalogue.h"

namespace gevinst {

using nlohmann::ordered_json;

namespace {

ordered_json byId(const std::vector<std::string>& ids, const std::vector<double>& values)
{
    ordered_json out = ordered_json::object();
    for (std::size_t i = 0; i < ids.size(); ++i)
        out[ids[i]] = i < values.size() ? values[i] : 0.0;
    return out;
}

/// The inputs without placeholders under `prefix.` as an object, in catalogue order.
ordered_json block(const Scenario& s, std::string_view prefix)
{
    ordered_json out = ordered_json::object();
    auto& scenario = const_cast<Scenario&>(s); // read only
    for (const auto& spec : inputCatalogue()) {
        if (spec.scope != InputScope::Scenario || spec.pattern.substr(0, prefix.size() + 1) != std::string(prefix) + ".")
            continue;
        // Walk "a.b.key" below prefix, making the objects on the way.
        std::string_view rest = spec.pattern.substr(prefix.size() + 1);
        ordered_json* at = &out;
        for (auto dot = rest.find('.'); dot != std::string_view::npos; dot = rest.find('.')) {
            at = &(*at)[std::string(rest.substr(0, dot))];
            rest.remove_prefix(dot + 1);
        }
        (*at)[std::string(rest)] = spec.field(scenario, InputSlot{});
    }
    return out;
}

} // namespace

ordered_json ScenarioWriter::toJson(const Scenario& s)
{
    FieldError unused;
    return *toJson(s, 2, unused);
}

std::optional<ordered_json> ScenarioWriter::toJson(const Scenario& s, int format, FieldError& why)
{
    if (format == 1 && !s.vocabulary.isStandard()) {
        why = {"vocabulary", ErrorKind::NotStandard, NAN, NAN,
               "format 1 holds only the standard vocabulary (spec §2); this scenario has its own roles, categories, "
               "receivers or age bands, so it can only be written as format 2"};
        return std::nullopt;
    }
    if (format == 1 && !s.labels.empty()) {
        why = {"labels", ErrorKind::NotStandard, NAN, NAN,
               "format 1 has no names for a scenario's own ids (labels), so it can only be written as format 2"};
        return std::nullopt;
    }
    const Vocabulary& v = s.vocabulary;
    auto& scenario = const_cast<Scenario&>(s); // read only: the catalogue's accessors are shared with the mutable walk
    ordered_json j;
    j["format"] = format == 1 ? kScenarioFormat1 : kScenarioFormat2;
    if (format == 2)
        j["vocabulary"] = v.toJson();
    if (!s.labels.empty())
        j["labels"] = s.labels;
    j["name"] = s.name;
    j["unit"] = {{"id", s.unit.id}, {"name", s.unit.name}, {"level", s.unit.level}, {"parent", nullptr}};
    if (s.unit.parent)
        j["unit"]["parent"] = *s.unit.parent;
    j["service_area"] = s.serviceArea;
    j["years"] = {{"start", s.startYear}, {"end", s.endYear}};
    j["discount_rate"] = s.discountRate;
    j["hours_per_fte"] = s.hoursPerFte;
    std::vector<std::string> bandIds;
    for (const auto& b : v.ageBands)
        bandIds.push_back(b.id);
    ordered_json population = ordered_json::object();
    for (const auto& year : s.population)
        population[std::to_string(year.year)] = byId(bandIds, year.byBand);
    j["demography"] = {{"population", population}, {"service_rate", byId(bandIds, s.serviceRate)}};
    j["staff_growth_per_year"] = s.staffGrowthPerYear;
    ordered_json roles = ordered_json::object();
    for (std::size_t r = 0; r < v.roles.size(); ++r) {
        const RoleInput& role = s.roles[r];
        if (role.present)
            roles[v.roles[r].id] = {{"fte", role.fte},
                                    {"annual_cost_nok", role.annualCostNok},
                                    {"task_shares", byId(v.categories, role.taskShares)}};
    }
    j["roles"] = roles;
    ordered_json sharing = ordered_json::array();
    for (const auto& m : s.sharing)
        sharing.push_back({{"from", v.roles[static_cast<std::size_t>(m.from)].id},
                           {"category", v.categories[static_cast<std::size_t>(m.category)]},
                           {"to", v.receivers[static_cast<std::size_t>(m.to)].id},
                           {"share", m.share}});
    j["sharing"] = sharing;
    j["ramp"] = {{"start_year", s.ramp.startYear}, {"years_to_full", s.ramp.yearsToFull}};
    ordered_json receivers = ordered_json::object();
    for (std::size_t k = 0; k < v.receivers.size(); ++k) {
        if (!s.receivers[k].present)
            continue;
        ordered_json params = ordered_json::object();
        InputSlot slot;
        slot.receiver = static_cast<int>(k);
        for (const InputSpec* spec : receiverInputs(v.receivers[k].kind))
            params[std::string(spec->key())] = spec->field(scenario, slot);
        receivers[v.receivers[k].id] = params;
    }
    j["receivers"] = receivers;
    ordered_json recruitment = block(s, "recruitment");
    ordered_json schedule = ordered_json::array();
    for (const auto& t : s.recruitment.wageSubsidy.schedule)
        schedule.push_back({{"months", t.months}, {"rate", t.rate}});
    recruitment["wage_subsidy"]["schedule"] = schedule;
    j["recruitment"] = recruitment;
    ordered_json hub = block(s, "hub");
    hub["one_off_year"] = s.hub.oneOffYear;
    j["hub"] = hub;
    ordered_json realisation = block(s, "realisation");
    const bool defaultBasis = s.realisation.basis == (format == 1 ? RealisationBasis::All : RealisationBasis::Gap);
    if (s.realisation.basisGiven || !defaultBasis)
        realisation["basis"] = s.realisation.basis == RealisationBasis::Gap ? "gap" : "all";
    j["realisation"] = realisation;
    if (s.ledger.present)
        j["ledger"] = block(s, "ledger");
    if (!s.sources.empty()) {
        ordered_json sources = ordered_json::object();
        for (const auto& [path, text] : s.sources)
            sources[path] = text;
        j["sources"] = sources;
    }
    if (!s.uncertainty.empty()) {
        ordered_json ranges = ordered_json::object();
        for (const auto& [path, r] : s.uncertainty)
            ranges[path] = {{"low", r.low}, {"mode", r.mode}, {"high", r.high}};
        j["uncertainty"] = ranges;
    }
    return j;
}

} // namespace gevinst
