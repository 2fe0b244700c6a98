#include "ScenarioWriter.h"

namespace gevinst {

using nlohmann::ordered_json;

namespace {
template <std::size_t N>
ordered_json byId(const std::array<std::string_view, N>& ids, const std::array<double, N>& values)
{
    ordered_json out = ordered_json::object();
    for (std::size_t i = 0; i < N; ++i)
        out[std::string(ids[i])] = values[i];
    return out;
}
} // namespace

ordered_json ScenarioWriter::toJson(const Scenario& s)
{
    ordered_json j;
    j["format"] = kScenarioFormat;
    j["name"] = s.name;
    j["unit"] = {{"id", s.unit.id}, {"name", s.unit.name}, {"level", s.unit.level}, {"parent", nullptr}};
    if (s.unit.parent)
        j["unit"]["parent"] = *s.unit.parent;
    j["service_area"] = s.serviceArea;
    j["years"] = {{"start", s.startYear}, {"end", s.endYear}};
    j["discount_rate"] = s.discountRate;
    j["hours_per_fte"] = s.hoursPerFte;
    ordered_json population = ordered_json::object();
    for (const auto& year : s.population)
        population[std::to_string(year.year)] = byId(kAgeBandIds, year.byBand);
    j["demography"] = {{"population", population}, {"service_rate", byId(kAgeBandIds, s.serviceRate)}};
    j["staff_growth_per_year"] = s.staffGrowthPerYear;
    ordered_json roles = ordered_json::object();
    for (int r = 0; r < kRoleCount; ++r) {
        const RoleInput& role = s.roles[r];
        if (role.present)
            roles[std::string(kRoleIds[r])] = {{"fte", role.fte},
                                               {"annual_cost_nok", role.annualCostNok},
                                               {"task_shares", byId(kCategoryIds, role.taskShares)}};
    }
    j["roles"] = roles;
    ordered_json sharing = ordered_json::array();
    for (const auto& m : s.sharing)
        sharing.push_back({{"from", idOf(m.from)}, {"category", idOf(m.category)}, {"to", idOf(m.to)}, {"share", m.share}});
    j["sharing"] = sharing;
    j["ramp"] = {{"start_year", s.ramp.startYear}, {"years_to_full", s.ramp.yearsToFull}};
    ordered_json receivers = ordered_json::object();
    const Receivers& k = s.receivers;
    if (k.oppgavemedarbeider.present)
        receivers["oppgavemedarbeider"] = {{"annual_cost_nok", k.oppgavemedarbeider.annualCostNok},
                                           {"time_factor", k.oppgavemedarbeider.timeFactor},
                                           {"position_share", k.oppgavemedarbeider.positionShare},
                                           {"turnover", k.oppgavemedarbeider.turnover}};
    if (k.frivillig.present)
        receivers["frivillig"] = {{"time_factor", k.frivillig.timeFactor},
                                  {"coordination_cost_per_hour_nok", k.frivillig.coordinationCostPerHourNok}};
    if (k.teknologi.present)
        receivers["teknologi"] = {{"cost_per_shifted_hour_nok", k.teknologi.costPerShiftedHourNok}};
    if (k.helsefagarbeider.present)
        receivers["helsefagarbeider"] = {{"time_factor", k.helsefagarbeider.timeFactor}};
    j["receivers"] = receivers;
    const Recruitment& rec = s.recruitment;
    ordered_json schedule = ordered_json::array();
    for (const auto& t : rec.wageSubsidy.schedule)
        schedule.push_back({{"months", t.months}, {"rate", t.rate}});
    j["recruitment"] = {
        {"share_from_nav", rec.shareFromNav},
        {"training_cost_per_hire_nok", rec.trainingCostPerHireNok},
        {"wage_subsidy", {{"eligible_share", rec.wageSubsidy.eligibleShare}, {"schedule", schedule}}},
        {"mentor_subsidy",
         {{"eligible_share", rec.mentorSubsidy.eligibleShare},
          {"hours_per_week", rec.mentorSubsidy.hoursPerWeek},
          {"hourly_rate_nok", rec.mentorSubsidy.hourlyRateNok},
          {"months", rec.mentorSubsidy.months}}},
        {"social_assistance",
         {{"share_of_hires_on_assistance", rec.socialAssistance.shareOfHiresOnAssistance},
          {"annual_assistance_per_person_nok", rec.socialAssistance.annualAssistancePerPersonNok},
          {"reduction_when_employed", rec.socialAssistance.reductionWhenEmployed}}}};
    j["hub"] = {{"coordinator_fte", s.hub.coordinatorFte},
                {"annual_cost_per_fte_nok", s.hub.annualCostPerFteNok},
                {"one_off_cost_nok", s.hub.oneOffCostNok},
                {"one_off_year", s.hub.oneOffYear}};
    j["realisation"] = {{"budget_share_of_freed_capacity", s.budgetShareOfFreedCapacity}};
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
