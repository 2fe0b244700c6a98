#include "NumericFields.h"

#include <cmath>

namespace gevinst {

namespace {

/// Both the mutable and the read-only walk over the inputs, one list of fields.
template <typename S, typename Visit>
void visitFields(S& s, Visit&& visit)
{
    visit("discount_rate", s.discountRate, Bound::Share);
    visit("hours_per_fte", s.hoursPerFte, Bound::Positive);
    for (auto& year : s.population)
        for (int a = 0; a < kAgeBandCount; ++a)
            visit("demography.population." + std::to_string(year.year) + "." + std::string(kAgeBandIds[a]),
                  year.byBand[a], Bound::NonNegative);
    for (int a = 0; a < kAgeBandCount; ++a)
        visit("demography.service_rate." + std::string(kAgeBandIds[a]), s.serviceRate[a], Bound::Share);
    visit("staff_growth_per_year", s.staffGrowthPerYear, Bound::Growth);
    for (int r = 0; r < kRoleCount; ++r) {
        auto& role = s.roles[r];
        if (!role.present)
            continue;
        const std::string base = "roles." + std::string(kRoleIds[r]) + ".";
        visit(base + "fte", role.fte, Bound::NonNegative);
        visit(base + "annual_cost_nok", role.annualCostNok, Bound::NonNegative);
        for (int c = 0; c < kCategoryCount; ++c)
            visit(base + "task_shares." + std::string(kCategoryIds[c]), role.taskShares[c], Bound::Share);
    }
    for (std::size_t i = 0; i < s.sharing.size(); ++i)
        visit("sharing[" + std::to_string(i) + "].share", s.sharing[i].share, Bound::Share);
    visit("ramp.years_to_full", s.ramp.yearsToFull, Bound::Positive);

    auto& k = s.receivers;
    if (k.oppgavemedarbeider.present) {
        visit("receivers.oppgavemedarbeider.annual_cost_nok", k.oppgavemedarbeider.annualCostNok, Bound::NonNegative);
        visit("receivers.oppgavemedarbeider.time_factor", k.oppgavemedarbeider.timeFactor, Bound::NonNegative);
        visit("receivers.oppgavemedarbeider.position_share", k.oppgavemedarbeider.positionShare, Bound::PositiveShare);
        visit("receivers.oppgavemedarbeider.turnover", k.oppgavemedarbeider.turnover, Bound::Share);
    }
    if (k.frivillig.present) {
        visit("receivers.frivillig.time_factor", k.frivillig.timeFactor, Bound::NonNegative);
        visit("receivers.frivillig.coordination_cost_per_hour_nok", k.frivillig.coordinationCostPerHourNok,
              Bound::NonNegative);
    }
    if (k.teknologi.present)
        visit("receivers.teknologi.cost_per_shifted_hour_nok", k.teknologi.costPerShiftedHourNok, Bound::NonNegative);
    if (k.helsefagarbeider.present)
        visit("receivers.helsefagarbeider.time_factor", k.helsefagarbeider.timeFactor, Bound::NonNegative);

    auto& rec = s.recruitment;
    visit("recruitment.share_from_nav", rec.shareFromNav, Bound::Share);
    visit("recruitment.training_cost_per_hire_nok", rec.trainingCostPerHireNok, Bound::NonNegative);
    visit("recruitment.wage_subsidy.eligible_share", rec.wageSubsidy.eligibleShare, Bound::Share);
    for (std::size_t i = 0; i < rec.wageSubsidy.schedule.size(); ++i) {
        const std::string base = "recruitment.wage_subsidy.schedule[" + std::to_string(i) + "].";
        visit(base + "months", rec.wageSubsidy.schedule[i].months, Bound::NonNegative);
        visit(base + "rate", rec.wageSubsidy.schedule[i].rate, Bound::Share);
    }
    visit("recruitment.mentor_subsidy.eligible_share", rec.mentorSubsidy.eligibleShare, Bound::Share);
    visit("recruitment.mentor_subsidy.hours_per_week", rec.mentorSubsidy.hoursPerWeek, Bound::NonNegative);
    visit("recruitment.mentor_subsidy.hourly_rate_nok", rec.mentorSubsidy.hourlyRateNok, Bound::NonNegative);
    visit("recruitment.mentor_subsidy.months", rec.mentorSubsidy.months, Bound::NonNegative);
    auto& sa = rec.socialAssistance;
    visit("recruitment.social_assistance.share_of_hires_on_assistance", sa.shareOfHiresOnAssistance, Bound::Share);
    visit("recruitment.social_assistance.annual_assistance_per_person_nok", sa.annualAssistancePerPersonNok,
          Bound::NonNegative);
    visit("recruitment.social_assistance.reduction_when_employed", sa.reductionWhenEmployed, Bound::Share);

    visit("hub.coordinator_fte", s.hub.coordinatorFte, Bound::NonNegative);
    visit("hub.annual_cost_per_fte_nok", s.hub.annualCostPerFteNok, Bound::NonNegative);
    visit("hub.one_off_cost_nok", s.hub.oneOffCostNok, Bound::NonNegative);
    visit("realisation.budget_share_of_freed_capacity", s.budgetShareOfFreedCapacity, Bound::Share);
}

} // namespace

void forEachNumericField(Scenario& s, const std::function<void(const std::string&, double&, Bound)>& visit)
{
    visitFields(s, visit);
}

void forEachNumericField(const Scenario& s, const std::function<void(const std::string&, double, Bound)>& visit)
{
    visitFields(s, visit);
}

std::vector<NumericField> numericFields(Scenario& scenario)
{
    std::vector<NumericField> out;
    forEachNumericField(scenario, [&](const std::string& path, double& value, Bound bound) {
        out.push_back({path, &value, bound});
    });
    return out;
}

double* numericField(Scenario& scenario, const std::string& path)
{
    double* found = nullptr;
    forEachNumericField(scenario, [&](const std::string& p, double& value, Bound) {
        if (!found && p == path)
            found = &value;
    });
    return found;
}

std::pair<double, double> boundLimits(Bound bound)
{
    switch (bound) {
    case Bound::Share:
    case Bound::PositiveShare: return {0.0, 1.0};
    case Bound::NonNegative:
    case Bound::Positive: return {0.0, kMaxMagnitude};
    case Bound::Growth: return {-1.0, 1.0};
    }
    return {0.0, kMaxMagnitude};
}

std::optional<FieldError> checkBound(const std::string& path, double value, Bound bound)
{
    if (!std::isfinite(value))
        return FieldError{path, ErrorKind::NotFinite, value};
    if (std::abs(value) > kMaxMagnitude)
        return FieldError{path, ErrorKind::TooLarge, value, kMaxMagnitude};
    switch (bound) {
    case Bound::Share:
        if (value < 0 || value > 1)
            return FieldError{path, ErrorKind::OutOfRange, value, 1.0, "0..1"};
        break;
    case Bound::PositiveShare:
        if (value <= 0 || value > 1)
            return FieldError{path, ErrorKind::OutOfRange, value, 1.0, "greater than 0 and at most 1"};
        break;
    case Bound::NonNegative:
        if (value < 0)
            return FieldError{path, ErrorKind::Negative, value};
        break;
    case Bound::Positive:
        if (value <= 0)
            return FieldError{path, ErrorKind::NotPositive, value};
        break;
    case Bound::Growth:
        if (value <= -1 || value > 1)
            return FieldError{path, ErrorKind::OutOfRange, value, 1.0, "greater than -1 and at most 1"};
        break;
    }
    return std::nullopt;
}

} // namespace gevinst
