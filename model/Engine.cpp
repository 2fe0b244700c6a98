#include "Engine.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace gevinst {

using Eigen::ArrayXd;

namespace {
/// A per-year vector that lives on the stack: the horizon is at most kMaxYears
/// (ScenarioReader refuses longer), so temporaries of a compute never touch the heap.
constexpr int kMaxYears = 100;
using YearArray = Eigen::Array<double, Eigen::Dynamic, 1, Eigen::ColMajor, kMaxYears, 1>;
} // namespace

std::array<double, kAgeBandCount> Engine::populationIn(const Scenario& s, int year)
{
    const auto& given = s.population;
    if (given.empty())
        return {};
    if (year <= given.front().year)
        return given.front().byBand;
    if (year >= given.back().year)
        return given.back().byBand;
    const auto upper = std::upper_bound(given.begin(), given.end(), year,
                                        [](int y, const PopulationYear& p) { return y < p.year; });
    const auto lower = upper - 1;
    if (lower->year == year)
        return lower->byBand;
    const double w = double(year - lower->year) / double(upper->year - lower->year);
    std::array<double, kAgeBandCount> out{};
    for (int a = 0; a < kAgeBandCount; ++a)
        out[a] = lower->byBand[a] + w * (upper->byBand[a] - lower->byBand[a]);
    return out;
}

double Engine::overlapMonths(int k, double a, double b)
{
    const double yearStart = 12.0 * k;
    const double yearEnd = yearStart + 12.0;
    return std::max(0.0, std::min(b, yearEnd) - std::max(a, yearStart));
}

namespace {

/// Σ_{τ≤t} hires[τ] · kernel[t − τ] for every year t: what the surviving cohorts of
/// all earlier years bring in year t (a discrete convolution with the cohort kernel).
YearArray cohortSum(const YearArray& kernel, const YearArray& hires)
{
    const Eigen::Index n = kernel.size();
    YearArray out(n);
    for (Eigen::Index t = 0; t < n; ++t)
        out[t] = (kernel.head(t + 1).reverse() * hires.head(t + 1)).sum();
    return out;
}

double presentValue(const YearArray& series, double rate)
{
    double pv = 0;
    double factor = 1;
    for (Eigen::Index t = 0; t < series.size(); ++t) {
        pv += series[t] / factor;
        factor *= 1.0 + rate;
    }
    return pv;
}

} // namespace

Result Engine::compute(const Scenario& s)
{
    const int T = s.yearCount();
    if (T < 1 || T > kMaxYears)
        throw std::invalid_argument("Engine::compute: horizon of " + std::to_string(T) + " years, 1 to " +
                                    std::to_string(kMaxYears) + " allowed");
    Result r;
    r.scenarioName = s.name;
    r.unit = s.unit;
    r.years.resize(T);
    for (int t = 0; t < T; ++t)
        r.years[t] = s.startYear + t;
    const double hpf = s.hoursPerFte;

    // Demand.
    YearArray recipients(T);
    for (int t = 0; t < T; ++t) {
        const auto pop = populationIn(s, r.years[t]);
        double sum = 0;
        for (int a = 0; a < kAgeBandCount; ++a)
            sum += s.serviceRate[a] * pop[a];
        recipients[t] = sum;
    }
    r[SeriesId::Recipients] = recipients;
    const YearArray demandIndex = recipients / recipients[0];
    r[SeriesId::DemandIndex] = demandIndex;

    // Staffing gap.
    double totalFte = 0;
    for (const auto& role : s.roles)
        totalFte += role.fte;
    r[SeriesId::NeedFte] = totalFte * demandIndex;
    YearArray growth(T);
    for (int t = 0; t < T; ++t)
        growth[t] = std::pow(1.0 + s.staffGrowthPerYear, t);
    r[SeriesId::AvailFte] = totalFte * growth;
    const YearArray gap = r[SeriesId::NeedFte] - r[SeriesId::AvailFte];
    r[SeriesId::GapFte] = gap;

    // Ramp.
    YearArray ramp(T);
    for (int t = 0; t < T; ++t)
        ramp[t] = std::clamp((r.years[t] - s.ramp.startYear + 1) / s.ramp.yearsToFull, 0.0, 1.0);
    r[SeriesId::Ramp] = ramp;

    // Hours moved by each measure, and where they go.
    std::array<YearArray, kRoleCount> given;
    for (auto& g : given)
        g = YearArray::Zero(T);
    std::array<YearArray, kReceiverCount> received;
    for (auto& k : received)
        k = YearArray::Zero(T);
    YearArray technologyShifted = YearArray::Zero(T);
    std::array<double, 2> utilisationGain{0.0, 0.0};
    for (const auto& m : s.sharing) {
        const RoleInput& from = s.role(m.from);
        const double perDemand = from.fte * hpf * from.taskShares[index(m.category)] * m.share;
        const YearArray hours = perDemand * demandIndex * ramp;
        given[index(m.from)] += hours;
        if (m.to == Receiver::Teknologi)
            technologyShifted += hours;
        else
            received[index(m.to)] += hours * s.receivers.timeFactor(m.to);
        if (m.from != Role::Assistent && !matchesCompetence(m.from, m.category))
            utilisationGain[index(m.from)] += from.taskShares[index(m.category)] * m.share;
    }
    // Net freed hours: what a role gives away less what it takes over as a receiver.
    std::array<YearArray, kRoleCount> freed = given;
    freed[index(Role::Helsefagarbeider)] -= received[index(Receiver::Helsefagarbeider)];
    const YearArray freedHours = freed[index(Role::Sykepleier)] + freed[index(Role::Helsefagarbeider)];
    r[SeriesId::FreedHoursProfessional] = freedHours;
    const YearArray freedFte = freedHours / hpf;
    r[SeriesId::FreedFte] = freedFte;

    YearArray gapClosed(T);
    for (int t = 0; t < T; ++t)
        gapClosed[t] = gap[t] > 0 ? std::min(1.0, freedFte[t] / gap[t]) : std::nan("");
    r[SeriesId::GapClosedShare] = gapClosed;

    const double hoursPerRecipient = totalFte * hpf / recipients[0];
    r[SeriesId::ExtraRecipients] =
        hoursPerRecipient > 0 ? YearArray(freedHours / hoursPerRecipient) : YearArray::Constant(T, std::nan(""));

    // Utilisation of the professional roles present.
    for (Role role : kProfessionalRoles) {
        const RoleInput& in = s.role(role);
        if (!in.present)
            continue;
        double baseline = 0;
        for (int c = 0; c < kCategoryCount; ++c)
            if (matchesCompetence(role, static_cast<TaskCategory>(c)))
                baseline += in.taskShares[c];
        r.utilisationBaseline[index(role)] = baseline;
        r.utilisation[index(role)] = (baseline + utilisationGain[index(role)] * ramp).min(1.0);
    }

    // Task workers and their hires.
    const TaskWorkerReceiver& worker = s.receivers.oppgavemedarbeider;
    const YearArray workerFte = received[index(Receiver::Oppgavemedarbeider)] / hpf;
    r[SeriesId::TaskWorkerFte] = workerFte;
    const YearArray headcount = workerFte / worker.positionShare;
    r[SeriesId::TaskWorkerHeadcount] = headcount;
    YearArray hires(T);
    for (int t = 0; t < T; ++t) {
        const double previous = t == 0 ? 0.0 : headcount[t - 1];
        hires[t] = std::max(0.0, headcount[t] - previous * (1.0 - worker.turnover));
    }
    r[SeriesId::Hires] = hires;
    const YearArray navHires = hires * s.recruitment.shareFromNav;
    r[SeriesId::NavHires] = navHires;

    // Cohort kernels: what one NAV hire of year τ brings in year τ + k.
    const Recruitment& rec = s.recruitment;
    YearArray survival(T), wageKernel(T), mentorKernel(T);
    for (int k = 0; k < T; ++k) {
        survival[k] = std::pow(1.0 - worker.turnover, k);
        double rateMonths = 0;
        double a = 0;
        for (const auto& tranche : rec.wageSubsidy.schedule) {
            const double b = a + tranche.months;
            rateMonths += tranche.rate * overlapMonths(k, a, b);
            a = b;
        }
        wageKernel[k] = survival[k] * rateMonths / 12.0;
        mentorKernel[k] = survival[k] * overlapMonths(k, 0.0, rec.mentorSubsidy.months);
    }
    const double wagePerHire = rec.wageSubsidy.eligibleShare * worker.annualCostNok * worker.positionShare;
    const double mentorPerHireMonth =
        rec.mentorSubsidy.eligibleShare * rec.mentorSubsidy.hoursPerWeek * (52.0 / 12.0) * rec.mentorSubsidy.hourlyRateNok;
    const auto& sa = rec.socialAssistance;
    const double assistancePerHire =
        sa.shareOfHiresOnAssistance * sa.annualAssistancePerPersonNok * sa.reductionWhenEmployed;
    r[SeriesId::WageSubsidyNok] = wagePerHire * cohortSum(wageKernel, navHires);
    r[SeriesId::MentorSubsidyNok] = mentorPerHireMonth * cohortSum(mentorKernel, navHires);
    r[SeriesId::SocialAssistanceSavingsNok] = assistancePerHire * cohortSum(survival, navHires);

    // Costs.
    r[SeriesId::CostTaskWorkersNok] = workerFte * worker.annualCostNok;
    r[SeriesId::CostTrainingNok] = hires * rec.trainingCostPerHireNok;
    r[SeriesId::CostVolunteersNok] =
        received[index(Receiver::Frivillig)] * s.receivers.frivillig.coordinationCostPerHourNok;
    r[SeriesId::CostTechnologyNok] = technologyShifted * s.receivers.teknologi.costPerShiftedHourNok;
    YearArray hub(T);
    for (int t = 0; t < T; ++t)
        hub[t] = s.hub.coordinatorFte * s.hub.annualCostPerFteNok * (r.years[t] >= s.ramp.startYear ? 1.0 : 0.0) +
                 s.hub.oneOffCostNok * (r.years[t] == s.hub.oneOffYear ? 1.0 : 0.0);
    r[SeriesId::CostHubNok] = hub;
    const YearArray costTotal = r[SeriesId::CostTaskWorkersNok] + r[SeriesId::CostTrainingNok] +
                              r[SeriesId::CostVolunteersNok] + r[SeriesId::CostTechnologyNok] + hub;
    r[SeriesId::CostTotalNok] = costTotal;

    // Value and budget.
    YearArray capacity = YearArray::Zero(T);
    for (int ri = 0; ri < kRoleCount; ++ri)
        capacity += freed[ri] * s.roles[ri].annualCostNok / hpf;
    r[SeriesId::CapacityValueNok] = capacity;
    const YearArray income =
        r[SeriesId::WageSubsidyNok] + r[SeriesId::MentorSubsidyNok] + r[SeriesId::SocialAssistanceSavingsNok];
    const YearArray budget = s.budgetShareOfFreedCapacity * capacity + income - costTotal;
    r[SeriesId::BudgetEffectNok] = budget;
    YearArray cumulative(T);
    double running = 0;
    for (int t = 0; t < T; ++t) {
        running += budget[t];
        cumulative[t] = running;
    }
    r[SeriesId::CumulativeBudgetEffectNok] = cumulative;

    // Summary.
    Summary& sum = r.summary;
    sum.npvBudgetNok = presentValue(budget, s.discountRate);
    sum.npvCapacityValueNok = presentValue(capacity, s.discountRate);
    summariseSeries(r, s.startYear);
    return r;
}

void Engine::summariseSeries(Result& r, int startYear)
{
    const int T = r.yearCount();
    const ArrayXd& cumulative = r[SeriesId::CumulativeBudgetEffectNok];
    const ArrayXd& freedFte = r[SeriesId::FreedFte];
    const ArrayXd& gapClosed = r[SeriesId::GapClosedShare];
    Summary& sum = r.summary;
    sum.paybackYear.reset();
    bool wasNegative = false;
    for (int t = 0; t < T && !sum.paybackYear; ++t) {
        if (cumulative[t] < 0)
            wasNegative = true;
        else if (wasNegative)
            sum.paybackYear = r.years[t];
    }
    if (!wasNegative)
        sum.paybackYear = startYear;
    sum.freedFteEnd = freedFte[T - 1];
    sum.gapClosedShareEnd.reset();
    if (!std::isnan(gapClosed[T - 1]))
        sum.gapClosedShareEnd = gapClosed[T - 1];
    sum.subsidiesTotalNok = r[SeriesId::WageSubsidyNok].sum() + r[SeriesId::MentorSubsidyNok].sum();
    sum.socialAssistanceSavingsTotalNok = r[SeriesId::SocialAssistanceSavingsNok].sum();
    sum.costTotalNok = r[SeriesId::CostTotalNok].sum();
    sum.freedFteSum = freedFte.sum();
    sum.netCostPerFreedFteNok.reset();
    if (sum.freedFteSum != 0)
        sum.netCostPerFreedFteNok =
            (sum.costTotalNok - sum.subsidiesTotalNok - sum.socialAssistanceSavingsTotalNok) / sum.freedFteSum;
}

} // namespace gevinst
