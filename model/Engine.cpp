#include "Engine.h"

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace gevinst {

using Eigen::ArrayXd;

namespace {
/// A per-year vector that lives on the stack: the horizon is at most kMaxYears
/// (ScenarioReader refuses longer), so temporaries of a compute never touch the heap.
constexpr int kMaxYears = 100;
using YearArray = Eigen::Array<double, Eigen::Dynamic, 1, Eigen::ColMajor, kMaxYears, 1>;
/// Per-role or per-receiver constants on the stack: a vocabulary has at most 32 of each (spec §2a).
constexpr std::size_t kMaxVocabularyItems = 32;
using PerItem = std::array<double, kMaxVocabularyItems>;
} // namespace

std::vector<double> Engine::populationIn(const Scenario& s, int year)
{
    const auto& given = s.population;
    if (given.empty())
        return std::vector<double>(s.vocabulary.ageBands.size(), 0.0);
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
    std::vector<double> out(lower->byBand.size());
    for (std::size_t a = 0; a < out.size(); ++a)
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
    Result r;
    compute(s, r);
    return r;
}

void Engine::compute(const Scenario& s, Result& r)
{
    const int T = s.yearCount();
    if (T < 1 || T > kMaxYears)
        throw std::invalid_argument("Engine::compute: horizon of " + std::to_string(T) + " years, 1 to " +
                                    std::to_string(kMaxYears) + " allowed");
    const Vocabulary& v = s.vocabulary;
    const std::size_t roleCount = v.roles.size();
    const std::size_t receiverCount = v.receivers.size();
    if (roleCount > kMaxVocabularyItems || receiverCount > kMaxVocabularyItems)
        throw std::invalid_argument("Engine::compute: more than " + std::to_string(kMaxVocabularyItems) + " roles or receivers");
    r.scenarioName = s.name;
    r.unit = s.unit;
    r.serviceArea = s.serviceArea;
    r.years.resize(T);
    for (int t = 0; t < T; ++t)
        r.years[t] = s.startYear + t;
    const double hpf = s.hoursPerFte;

    // Demand: population interpolated per year (spec §3), weighted by the service rates.
    YearArray recipients(T);
    {
        const auto& given = s.population;
        std::size_t upper = 0;
        for (int t = 0; t < T; ++t) {
            const int year = r.years[t];
            while (upper < given.size() && given[upper].year <= year)
                ++upper;
            const PopulationYear& lo = given[upper == 0 ? 0 : upper - 1];
            const PopulationYear& hi = given[upper == given.size() ? given.size() - 1 : upper];
            const double w = (upper == 0 || upper == given.size() || lo.year == year)
                                 ? 0.0
                                 : double(year - lo.year) / double(hi.year - lo.year);
            const PopulationYear& base = upper == 0 ? hi : lo;
            double sum = 0;
            for (std::size_t a = 0; a < s.serviceRate.size(); ++a)
                sum += s.serviceRate[a] * (w == 0.0 ? base.byBand[a] : lo.byBand[a] + w * (hi.byBand[a] - lo.byBand[a]));
            recipients[t] = sum;
        }
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

    // Every measure's hours are a constant times demand_index · ramp (spec §3:
    // H[m,t] = fte · demand_index[t] · hours_per_fte · task_share · share · ramp[t]),
    // so what each role gives and each receiver takes is kept as that constant.
    const YearArray demandRamp = demandIndex * ramp;
    PerItem given{};           // hours per unit of demand·ramp, by role
    PerItem received{};        // receiver's own hours (time factor applied)
    PerItem shifted{};         // hours moved to each receiver (before time factor)
    PerItem utilisationGain{};
    for (const auto& m : s.sharing) {
        const RoleInput& from = s.roles[static_cast<std::size_t>(m.from)];
        const double taskShare = from.taskShares[static_cast<std::size_t>(m.category)];
        const double hours = from.fte * hpf * taskShare * m.share;
        given[static_cast<std::size_t>(m.from)] += hours;
        shifted[static_cast<std::size_t>(m.to)] += hours;
        const ReceiverSpec& to = v.receivers[static_cast<std::size_t>(m.to)];
        if (to.kind != ReceiverKind::Technology)
            received[static_cast<std::size_t>(m.to)] += hours * s.receivers[static_cast<std::size_t>(m.to)].timeFactor;
        const RoleSpec& role = v.roles[static_cast<std::size_t>(m.from)];
        if (!role.matching.empty() && !role.matches(m.category))
            utilisationGain[static_cast<std::size_t>(m.from)] += taskShare * m.share;
    }
    // Net freed hours: what a role gives away less what it takes over as a receiver.
    PerItem freed = given;
    for (std::size_t k = 0; k < receiverCount; ++k)
        if (v.receivers[k].kind == ReceiverKind::Role)
            freed[static_cast<std::size_t>(v.receivers[k].role)] -= received[k];
    double freedProfessional = 0;
    double capacityPerDemand = 0;
    for (std::size_t ri = 0; ri < roleCount; ++ri) {
        if (v.roles[ri].professional)
            freedProfessional += freed[ri];
        capacityPerDemand += freed[ri] * s.roles[ri].annualCostNok / hpf;
    }
    const YearArray freedHours = freedProfessional * demandRamp;
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

    // Utilisation of every role present whose matching set is not empty (the result's
    // entries reused when it is computed into again).
    std::size_t used = 0;
    for (std::size_t ri = 0; ri < roleCount; ++ri) {
        const RoleSpec& role = v.roles[ri];
        const RoleInput& in = s.roles[ri];
        if (!in.present || role.matching.empty())
            continue;
        if (used == r.utilisation.size())
            r.utilisation.emplace_back();
        RoleUtilisation& u = r.utilisation[used++];
        u.roleId = role.id;
        u.professional = role.professional;
        u.baseline = 0;
        for (int c : role.matching)
            u.baseline += in.taskShares[static_cast<std::size_t>(c)];
        u.series = (u.baseline + utilisationGain[ri] * ramp).min(1.0);
    }
    r.utilisation.resize(used);

    // Task workers, receiver by receiver: hires, and what their NAV hires' cohorts
    // bring in subsidies, assistance savings and (spec §7) wages and state benefits.
    const Recruitment& rec = s.recruitment;
    const auto& sa = rec.socialAssistance;
    const LedgerInput& ledger = s.ledger;
    const double mentorPerHireMonth =
        rec.mentorSubsidy.eligibleShare * rec.mentorSubsidy.hoursPerWeek * (52.0 / 12.0) * rec.mentorSubsidy.hourlyRateNok;
    const double assistancePerHire =
        sa.shareOfHiresOnAssistance * sa.annualAssistancePerPersonNok * sa.reductionWhenEmployed;
    const double benefitPerHire = ledger.shareOfHiresOnStateBenefits * ledger.annualBenefitPerPersonNok *
                                  ledger.benefitReductionWhenEmployed;
    YearArray workerFteSum = YearArray::Zero(T), headcountSum = YearArray::Zero(T), hiresSum = YearArray::Zero(T),
              navHiresSum = YearArray::Zero(T), wageSubsidy = YearArray::Zero(T), mentorSubsidy = YearArray::Zero(T),
              assistance = YearArray::Zero(T), workerCost = YearArray::Zero(T), newWageBase = YearArray::Zero(T),
              stateBenefits = YearArray::Zero(T);
    YearArray volunteerCost = YearArray::Zero(T), technologyCost = YearArray::Zero(T);
    double volunteerCostPerDemand = 0, technologyCostPerDemand = 0;
    for (std::size_t k = 0; k < receiverCount; ++k) {
        const ReceiverInput& in = s.receivers[k];
        switch (v.receivers[k].kind) {
        case ReceiverKind::Volunteer: volunteerCostPerDemand += received[k] * in.coordinationCostPerHourNok; break;
        case ReceiverKind::Technology: technologyCostPerDemand += shifted[k] * in.costPerShiftedHourNok; break;
        case ReceiverKind::Role: break;
        case ReceiverKind::TaskWorker: {
            if (received[k] == 0 && !in.present)
                break;
            const YearArray workerFte = received[k] * demandRamp / hpf;
            const YearArray headcount = workerFte / in.positionShare;
            YearArray hires(T);
            for (int t = 0; t < T; ++t) {
                const double previous = t == 0 ? 0.0 : headcount[t - 1];
                hires[t] = std::max(0.0, headcount[t] - previous * (1.0 - in.turnover));
            }
            const YearArray navHires = hires * rec.shareFromNav;
            // Cohort kernels: what one NAV hire of year τ brings in year τ + k.
            YearArray survival(T), wageKernel(T), mentorKernel(T);
            for (int j = 0; j < T; ++j) {
                survival[j] = std::pow(1.0 - in.turnover, j);
                double rateMonths = 0;
                double a = 0;
                for (const auto& tranche : rec.wageSubsidy.schedule) {
                    const double b = a + tranche.months;
                    rateMonths += tranche.rate * overlapMonths(j, a, b);
                    a = b;
                }
                wageKernel[j] = survival[j] * rateMonths / 12.0;
                mentorKernel[j] = survival[j] * overlapMonths(j, 0.0, rec.mentorSubsidy.months);
            }
            const YearArray stillEmployed = cohortSum(survival, navHires);
            workerFteSum += workerFte;
            headcountSum += headcount;
            hiresSum += hires;
            navHiresSum += navHires;
            wageSubsidy += rec.wageSubsidy.eligibleShare * in.annualCostNok * in.positionShare *
                           cohortSum(wageKernel, navHires);
            mentorSubsidy += mentorPerHireMonth * cohortSum(mentorKernel, navHires);
            assistance += assistancePerHire * stillEmployed;
            workerCost += workerFte * in.annualCostNok;
            newWageBase += in.positionShare * ledger.taskWorkerAnnualWageNok * stillEmployed;
            stateBenefits += benefitPerHire * stillEmployed;
            break;
        }
        }
    }
    volunteerCost = volunteerCostPerDemand * demandRamp;
    technologyCost = technologyCostPerDemand * demandRamp;
    r[SeriesId::TaskWorkerFte] = workerFteSum;
    r[SeriesId::TaskWorkerHeadcount] = headcountSum;
    r[SeriesId::Hires] = hiresSum;
    r[SeriesId::NavHires] = navHiresSum;
    r[SeriesId::WageSubsidyNok] = wageSubsidy;
    r[SeriesId::MentorSubsidyNok] = mentorSubsidy;
    r[SeriesId::SocialAssistanceSavingsNok] = assistance;

    // Costs.
    r[SeriesId::CostTaskWorkersNok] = workerCost;
    r[SeriesId::CostTrainingNok] = hiresSum * rec.trainingCostPerHireNok;
    r[SeriesId::CostVolunteersNok] = volunteerCost;
    r[SeriesId::CostTechnologyNok] = technologyCost;
    YearArray hub(T);
    for (int t = 0; t < T; ++t)
        hub[t] = s.hub.coordinatorFte * s.hub.annualCostPerFteNok * (r.years[t] >= s.ramp.startYear ? 1.0 : 0.0) +
                 s.hub.oneOffCostNok * (r.years[t] == s.hub.oneOffYear ? 1.0 : 0.0);
    r[SeriesId::CostHubNok] = hub;
    const YearArray costTotal = workerCost + r[SeriesId::CostTrainingNok] + volunteerCost + technologyCost + hub;
    r[SeriesId::CostTotalNok] = costTotal;

    // Value and budget: freed capacity is banked only up to the gap under basis "gap".
    const YearArray capacity = capacityPerDemand * demandRamp;
    r[SeriesId::CapacityValueNok] = capacity;
    YearArray realised = capacity;
    if (s.realisation.basis == RealisationBasis::Gap)
        for (int t = 0; t < T; ++t)
            if (freedFte[t] > 0)
                realised[t] = std::min(1.0, std::max(0.0, gap[t]) / freedFte[t]) * capacity[t];
    r[SeriesId::RealisedCapacityNok] = realised;
    const double budgetShare = s.realisation.budgetShareOfFreedCapacity;
    const YearArray income = wageSubsidy + mentorSubsidy + assistance;
    const YearArray budget = budgetShare * realised + income - costTotal;
    r[SeriesId::BudgetEffectNok] = budget;
    YearArray cumulative(T);
    double running = 0;
    for (int t = 0; t < T; ++t) {
        running += budget[t];
        cumulative[t] = running;
    }
    r[SeriesId::CumulativeBudgetEffectNok] = cumulative;

    // The ledger: who pays and who gains (spec §7).
    const YearArray helseOmsorg = budgetShare * realised + wageSubsidy + mentorSubsidy - costTotal;
    r[SeriesId::LedgerKommuneHelseOmsorg] = helseOmsorg;
    r[SeriesId::LedgerKommuneSosial] = assistance;
    r[SeriesId::LedgerKommuneSkatt] = ledger.municipalTaxRate * newWageBase;
    r[SeriesId::LedgerStatNav] = stateBenefits - wageSubsidy - mentorSubsidy;
    r[SeriesId::LedgerStatSkatt] = (ledger.stateTaxRate + ledger.employerTaxRate) * newWageBase;
    r[SeriesId::LedgerArbeidstakere] =
        (1.0 - ledger.municipalTaxRate - ledger.stateTaxRate) * newWageBase - assistance - stateBenefits;
    const YearArray publicNet = helseOmsorg + assistance + r[SeriesId::LedgerKommuneSkatt] + r[SeriesId::LedgerStatNav] +
                                r[SeriesId::LedgerStatSkatt];
    r[SeriesId::LedgerPublicNet] = publicNet;
    const YearArray societyNet = publicNet + r[SeriesId::LedgerArbeidstakere];
    r[SeriesId::LedgerSocietyNet] = societyNet;
    const YearArray taxFinancing = ledger.taxFinancingRate * publicNet;
    r[SeriesId::LedgerTaxFinancing] = taxFinancing;
    r[SeriesId::LedgerSocietyWithTaxFinancing] = societyNet + taxFinancing;
    r[SeriesId::LedgerCapacityTime] = capacity - budgetShare * realised;
    r[SeriesId::LedgerStateBenefitSavings] = stateBenefits;
    r[SeriesId::LedgerNewWageBase] = newWageBase;

    // Summary.
    Summary& sum = r.summary;
    sum.npvBudgetNok = presentValue(budget, s.discountRate);
    sum.npvCapacityValueNok = presentValue(capacity, s.discountRate);
    for (int i = 0; i < kLedgerNpvCount; ++i)
        sum.ledgerNpv[static_cast<std::size_t>(i)] =
            presentValue(YearArray(r.series[static_cast<std::size_t>(kFirstLedgerSeries + i)]), s.discountRate);
    summariseSeries(r, s.startYear);
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
    if (sum.freedFteSum > 0) // spec §3: null when no professional FTE is freed over the period
        sum.netCostPerFreedFteNok =
            (sum.costTotalNok - sum.subsidiesTotalNok - sum.socialAssistanceSavingsTotalNok) / sum.freedFteSum;
}

} // namespace gevinst
