#include "Aggregation.h"

#include "Engine.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <set>
#include <sstream>

namespace gevinst {

using Eigen::ArrayXd;

std::string AggregationError::message() const
{
    return (part >= 0 ? "part " + std::to_string(part + 1) + ": " : std::string()) + reason();
}

std::string AggregationError::reason() const
{
    switch (kind) {
    case Kind::NoParts: return "nothing to roll up: give at least one bydel scenario";
    case Kind::HorizonDiffers: return "years differ from the first part (" + detail + "); all parts must share the horizon";
    case Kind::DiscountRateDiffers:
        return "discount_rate differs from the first part (" + detail + "); all parts must share the discount rate";
    case Kind::SameUnitTwice: return "unit " + detail + " appears more than once; it would be counted twice";
    case Kind::NotBydel: return "unit " + detail + " is not a bydel; only bydeler roll up into a kommune";
    case Kind::ParentDiffers: return "bydel belongs to another kommune (" + detail + ")";
    case Kind::NotFinite:
        return "the sum of " + detail +
               " is too large to be a number; the parts' inputs are too extreme to add up (check their staff and costs)";
    }
    return detail;
}

UnitBase Aggregation::baseOf(const Scenario& s)
{
    UnitBase base;
    const auto pop = Engine::populationIn(s, s.startYear);
    // Inhabitants aged 67 and over: the age bands that start at 67 or later.
    for (std::size_t a = 0; a < pop.size(); ++a)
        if (s.vocabulary.ageBands[a].low >= 67)
            base.inhabitants67Plus += pop[a];
    for (const auto& role : s.roles)
        if (role.present)
            base.baseFte += role.fte;
    return base;
}

std::optional<double> Aggregation::per1000Inhabitants67Plus(double value, const UnitBase& base)
{
    // Fewer than one inhabitant 67+ is no base to divide by (and near zero gives inf).
    if (!(base.inhabitants67Plus >= 1) || !std::isfinite(base.inhabitants67Plus))
        return std::nullopt;
    const double v = value / (base.inhabitants67Plus / 1000.0);
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::optional<double> Aggregation::perBaseFte(double value, const UnitBase& base)
{
    if (!(base.baseFte > 0) || !std::isfinite(base.baseFte))
        return std::nullopt;
    const double v = value / base.baseFte;
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

std::string Aggregation::noPerCapitaReason(const UnitBase& base)
{
    if (!(base.inhabitants67Plus >= 1))
        return "færre enn 1 innbygger 67+ i startåret";
    if (!(base.baseFte > 0))
        return "ingen årsverk i startåret";
    return "tallet blir for stort til å vises";
}

namespace {

std::string shortNumber(double v)
{
    std::ostringstream out;
    out << std::setprecision(10) << v;
    return out.str();
}

std::vector<AggregationError> checkParts(const std::vector<AggregationPart>& parts)
{
    using Kind = AggregationError::Kind;
    std::vector<AggregationError> errors;
    if (parts.empty()) {
        errors.push_back({Kind::NoParts, -1, {}});
        return errors;
    }
    const Scenario& first = *parts.front().scenario;
    std::set<std::string> units;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Scenario& s = *parts[i].scenario;
        const int p = static_cast<int>(i);
        if (s.unit.level != "bydel")
            errors.push_back({Kind::NotBydel, p, s.unit.id + " (" + s.unit.name + ", " + s.unit.level + ")"});
        if (!units.insert(s.unit.id).second)
            errors.push_back({Kind::SameUnitTwice, p, s.unit.id + " (" + s.unit.name + ")"});
        if (s.startYear != first.startYear || s.endYear != first.endYear)
            errors.push_back({Kind::HorizonDiffers, p,
                              std::to_string(s.startYear) + "–" + std::to_string(s.endYear) + " against " +
                                  std::to_string(first.startYear) + "–" + std::to_string(first.endYear)});
        if (s.discountRate != first.discountRate)
            errors.push_back({Kind::DiscountRateDiffers, p,
                              shortNumber(s.discountRate) + " against " + shortNumber(first.discountRate)});
        if (s.unit.parent != first.unit.parent)
            errors.push_back({Kind::ParentDiffers, p,
                              s.unit.parent.value_or("none") + " against " + first.unit.parent.value_or("none")});
    }
    return errors;
}

/// Sum over parts, ignoring NaN unless every part is NaN (then NaN).
ArrayXd sumIgnoringNull(const std::vector<AggregationPart>& parts, SeriesId id, int T)
{
    ArrayXd sum = ArrayXd::Zero(T);
    std::vector<bool> any(T, false);
    for (const auto& p : parts) {
        const ArrayXd& v = (*p.result)[id];
        for (int t = 0; t < T; ++t)
            if (!std::isnan(v[t])) {
                sum[t] += v[t];
                any[t] = true;
            }
    }
    for (int t = 0; t < T; ++t)
        if (!any[t])
            sum[t] = std::nan("");
    return sum;
}

} // namespace

RollUpOutcome Aggregation::rollUp(const std::vector<AggregationPart>& parts, const UnitRef& kommune)
{
    RollUpOutcome outcome;
    outcome.errors = checkParts(parts);
    if (!outcome.errors.empty())
        return outcome;

    const Scenario& first = *parts.front().scenario;
    const int T = first.yearCount();
    RollUp roll;
    roll.discountRate = first.discountRate;
    Result& r = roll.result;
    r.years = parts.front().result->years;

    // Names: the scenarios and units joined, the kommune from the common parent.
    for (std::size_t i = 0; i < parts.size(); ++i) {
        r.scenarioName += (i ? " + " : "") + parts[i].scenario->name;
        const UnitBase b = baseOf(*parts[i].scenario);
        roll.base.inhabitants67Plus += b.inhabitants67Plus;
        roll.base.baseFte += b.baseFte;
    }
    r.unit = kommune;
    if (r.unit.id.empty())
        r.unit.id = first.unit.parent.value_or("");
    if (r.unit.name.empty()) {
        r.unit.name = "Sum av bydelene ";
        for (std::size_t i = 0; i < parts.size(); ++i)
            r.unit.name += (i == 0 ? "" : (i + 1 == parts.size() ? " og " : ", ")) + parts[i].scenario->unit.name;
    }
    r.unit.level = "kommune";
    r.unit.parent.reset();

    // Additive series: summed.
    for (int i = 0; i < kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        if (isAdditive(id))
            r[id] = sumIgnoringNull(parts, id, T);
    }
    // demand_index from summed recipients.
    const ArrayXd& recipients = r[SeriesId::Recipients];
    r[SeriesId::DemandIndex] = recipients / recipients[0];
    // ramp: each bydel has its own; not rolled up.
    r[SeriesId::Ramp] = ArrayXd::Constant(T, std::nan(""));
    // gap_closed_share from summed freed FTE and gap.
    ArrayXd gapClosed(T);
    for (int t = 0; t < T; ++t) {
        const double gap = r[SeriesId::GapFte][t];
        gapClosed[t] = gap > 0 ? std::min(1.0, r[SeriesId::FreedFte][t] / gap) : std::nan("");
    }
    r[SeriesId::GapClosedShare] = gapClosed;
    // The running sum of the summed budget effect (identical to summing the parts'
    // running sums, but free of their rounding).
    ArrayXd cumulative(T);
    double running = 0;
    for (int t = 0; t < T; ++t)
        cumulative[t] = running += r[SeriesId::BudgetEffectNok][t];
    r[SeriesId::CumulativeBudgetEffectNok] = cumulative;

    // Utilisation weighted by the role's hours in the year: fte_r · demand_index[t] · hours_per_fte.
    std::vector<std::string> roleIds;
    for (const auto& p : parts)
        for (const auto& u : p.result->utilisation)
            if (std::find(roleIds.begin(), roleIds.end(), u.roleId) == roleIds.end())
                roleIds.push_back(u.roleId);
    for (const auto& roleId : roleIds) {
        ArrayXd weighted = ArrayXd::Zero(T);
        ArrayXd weights = ArrayXd::Zero(T);
        double baselineWeighted = 0;
        double baselineWeights = 0;
        bool professional = false;
        for (const auto& p : parts) {
            const RoleUtilisation* util = p.result->utilisationOf(roleId);
            const int role = p.scenario->vocabulary.roleIndex(roleId);
            if (!util || role < 0)
                continue;
            professional = util->professional;
            const RoleInput& input = p.scenario->role(role);
            const ArrayXd w = input.fte * (*p.result)[SeriesId::DemandIndex] * p.scenario->hoursPerFte;
            weighted += util->series * w;
            weights += w;
            const double w0 = input.fte * p.scenario->hoursPerFte; // demand_index[0] = 1
            baselineWeighted += util->baseline * w0;
            baselineWeights += w0;
        }
        RoleUtilisation rolled;
        rolled.roleId = roleId;
        rolled.professional = professional;
        rolled.series.resize(T);
        for (int t = 0; t < T; ++t)
            rolled.series[t] = weights[t] > 0 ? weighted[t] / weights[t] : std::nan("");
        rolled.baseline = baselineWeights > 0 ? baselineWeighted / baselineWeights : std::nan("");
        r.utilisation.push_back(std::move(rolled));
    }

    // Summary: NPVs add; payback and the per-FTE price from the sums.
    Summary& sum = r.summary;
    for (const auto& p : parts) {
        sum.npvBudgetNok += p.result->summary.npvBudgetNok;
        sum.npvCapacityValueNok += p.result->summary.npvCapacityValueNok;
        for (int i = 0; i < kLedgerNpvCount; ++i)
            sum.ledgerNpv[std::size_t(i)] += p.result->summary.ledgerNpv[std::size_t(i)];
    }
    Engine::summariseSeries(r, first.startYear);
    // Sums of extreme but valid parts can overflow: refuse rather than write null or inf.
    for (int i = 0; i < kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        if (!isAdditive(id) && id != SeriesId::CumulativeBudgetEffectNok)
            continue;
        for (int t = 0; t < T; ++t)
            if (std::isinf(r[id][t]) || (std::isnan(r[id][t]) && !std::isnan(sumIgnoringNull(parts, id, T)[t]))) {
                outcome.errors.push_back({AggregationError::Kind::NotFinite, -1,
                                          std::string(idOf(id)) + " in " + std::to_string(r.years[t])});
                break;
            }
    }
    for (const auto& [name, value] : {std::pair{"npv_budget_nok", sum.npvBudgetNok},
                                      std::pair{"npv_capacity_value_nok", sum.npvCapacityValueNok}})
        if (!std::isfinite(value))
            outcome.errors.push_back({AggregationError::Kind::NotFinite, -1, name});
    if (!outcome.errors.empty())
        return outcome;
    outcome.rollUp = std::move(roll);
    return outcome;
}

} // namespace gevinst
