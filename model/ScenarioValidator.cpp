#include "ScenarioValidator.h"

#include "Engine.h"
#include "InputCatalogue.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

namespace gevinst {

namespace {

constexpr double kTaskShareTolerance = 0.001;
constexpr double kShareSumTolerance = 1e-9;

bool touches(const std::set<std::string>& failed, const std::string& prefix)
{
    const auto it = failed.lower_bound(prefix);
    return it != failed.end() && it->compare(0, prefix.size(), prefix) == 0;
}

std::string horizonText(const Scenario& s)
{
    return std::to_string(s.startYear) + "–" + std::to_string(s.endYear);
}

/// The first value of the calculation that is not finite (null where spec §3 allows
/// it aside), reported against the input of most extreme magnitude — the likely cause.
std::optional<FieldError> overflowOf(const Scenario& s)
{
    const Result r = Engine::compute(s);
    std::string where;
    for (int i = 0; i < kSeriesCount && where.empty(); ++i) {
        const auto id = static_cast<SeriesId>(i);
        for (Eigen::Index t = 0; t < r[id].size() && where.empty(); ++t)
            if (!std::isfinite(r[id][t]) && !(isNullable(id) && std::isnan(r[id][t])))
                where = std::string(idOf(id)) + " in " + std::to_string(r.years[t]);
    }
    for (const auto& u : r.utilisation)
        if (where.empty() && !u.series.isFinite().all())
            where = "utilisation of " + u.roleId;
    const Summary& sum = r.summary;
    if (where.empty() && !(std::isfinite(sum.npvBudgetNok) && std::isfinite(sum.npvCapacityValueNok) &&
                           std::isfinite(sum.costTotalNok) && std::isfinite(sum.subsidiesTotalNok) &&
                           std::isfinite(sum.socialAssistanceSavingsTotalNok) &&
                           std::isfinite(sum.netCostPerFreedFteNok.value_or(0))))
        where = "the summary";
    if (where.empty())
        return std::nullopt;
    std::string culprit;
    double culpritValue = NAN;
    double extremity = -1;
    forEachNumericField(s, [&](const std::string& path, double value, Bound) {
        if (value == 0)
            return;
        const double e = std::abs(std::log10(std::abs(value)));
        if (e > extremity) {
            extremity = e;
            culprit = path;
            culpritValue = value;
        }
    });
    char value[32];
    std::snprintf(value, sizeof value, "%.6g", culpritValue);
    return FieldError{culprit, ErrorKind::Overflow, culpritValue, NAN,
                      where + " overflows; " + value + " here is the most extreme input"};
}

} // namespace

void ScenarioValidator::validate(const Scenario& scenario, FieldErrors& errors, const std::set<std::string>& failed)
{
    const Scenario& s = scenario;
    auto report = [&](FieldError e) { errors.push_back(std::move(e)); };

    // Bounds of every numeric input.
    forEachNumericField(s, [&](const std::string& path, double value, Bound bound) {
        if (failed.count(path))
            return;
        if (auto e = checkBound(path, value, bound))
            report(*e);
    });

    // Horizon.
    const bool yearsKnown = !touches(failed, "years");
    if (yearsKnown) {
        if (s.endYear < s.startYear)
            report({"years.end", ErrorKind::EndBeforeStart, double(s.endYear), double(s.startYear)});
        else if (s.yearCount() > 100)
            report({"years.end", ErrorKind::TooMany, double(s.endYear), NAN,
                    "gives a horizon of " + std::to_string(s.yearCount()) + " years, at most 100 allowed"});
    }
    const bool horizonValid = yearsKnown && s.endYear >= s.startYear;
    auto inHorizon = [&](int year) { return year >= s.startYear && year <= s.endYear; };
    if (horizonValid && !failed.count("ramp.start_year") && !inHorizon(s.ramp.startYear))
        report({"ramp.start_year", ErrorKind::OutsideHorizon, double(s.ramp.startYear), NAN, horizonText(s)});
    if (horizonValid && !failed.count("hub.one_off_year") && !inHorizon(s.hub.oneOffYear))
        report({"hub.one_off_year", ErrorKind::OutsideHorizon, double(s.hub.oneOffYear), NAN, horizonText(s)});

    // Task shares of each role sum to 1.
    const Vocabulary& v = s.vocabulary;
    for (std::size_t r = 0; r < v.roles.size(); ++r) {
        const RoleInput& role = s.roles[r];
        const std::string path = "roles." + v.roles[r].id + ".task_shares";
        if (!role.present || touches(failed, path))
            continue;
        double sum = 0;
        for (double share : role.taskShares)
            sum += share;
        if (std::abs(sum - 1.0) > kTaskShareTolerance)
            report({path, ErrorKind::SumNotOne, sum, 1.0});
    }

    // Measures: not to their own role; shares of one role and category at most 1;
    // every receiver they use is described.
    std::map<std::pair<int, int>, double> shareSums;
    std::map<std::pair<int, int>, std::size_t> lastMeasure;
    std::vector<bool> used(v.receivers.size(), false);
    for (std::size_t i = 0; i < s.sharing.size(); ++i) {
        const std::string path = "sharing[" + std::to_string(i) + "]";
        if (failed.count(path))
            continue;
        const SharingMeasure& m = s.sharing[i];
        used[static_cast<std::size_t>(m.to)] = true;
        const ReceiverSpec& to = v.receivers[static_cast<std::size_t>(m.to)];
        if (to.kind == ReceiverKind::Role && to.role == m.from)
            report({path + ".to", ErrorKind::SameFromTo, NAN, NAN, v.roles[static_cast<std::size_t>(m.from)].id});
        if (failed.count(path + ".share"))
            continue;
        const auto key = std::make_pair(m.from, m.category);
        shareSums[key] += m.share;
        lastMeasure[key] = i;
    }
    for (const auto& [key, sum] : shareSums)
        if (sum > 1.0 + kShareSumTolerance)
            report({"sharing[" + std::to_string(lastMeasure[key]) + "].share", ErrorKind::SumAboveOne, sum, 1.0,
                    "the shares of measures from " + v.roles[static_cast<std::size_t>(key.first)].id + ", category " +
                        v.categories[static_cast<std::size_t>(key.second)]});
    if (!touches(failed, "receivers"))
        for (std::size_t k = 0; k < v.receivers.size(); ++k)
            if (used[k] && !s.receivers[k].present)
                report({"receivers." + v.receivers[k].id, ErrorKind::Missing, NAN, NAN, "a measure gives tasks to it"});

    // The two income-tax rates of the ledger together at most 1 (spec §7).
    if (s.ledger.present && !touches(failed, "ledger.income_tax") &&
        s.ledger.municipalTaxRate + s.ledger.stateTaxRate > 1.0 + kShareSumTolerance)
        report({"ledger.income_tax", ErrorKind::SumAboveOne, s.ledger.municipalTaxRate + s.ledger.stateTaxRate, 1.0,
                "municipal_rate and state_rate"});

    // Service recipients in the start year.
    if (yearsKnown && !touches(failed, "demography") && !s.population.empty()) {
        const auto pop = Engine::populationIn(s, s.startYear);
        double recipients = 0;
        for (std::size_t a = 0; a < pop.size(); ++a)
            recipients += s.serviceRate[a] * pop[a];
        if (!(recipients > 0))
            report({"demography", ErrorKind::NoRecipients, double(s.startYear)});
    }

    // Uncertainty ranges: a known numeric input, low ≤ mode ≤ high, each value valid for the field.
    std::map<std::string, Bound> bounds;
    forEachNumericField(s, [&](const std::string& path, double, Bound bound) { bounds[path] = bound; });
    for (const auto& [field, range] : s.uncertainty) {
        const std::string path = "uncertainty." + field;
        if (touches(failed, path))
            continue;
        const auto bound = bounds.find(field);
        if (bound == bounds.end()) {
            report({path, ErrorKind::BadRange, NAN, NAN, "\"" + field + "\" is not a numeric input of this scenario"});
            continue;
        }
        if (!(range.low <= range.mode && range.mode <= range.high)) {
            report({path, ErrorKind::BadRange, NAN, NAN, "must have low ≤ mode ≤ high"});
            continue;
        }
        for (const auto& [name, value] : {std::pair{"low", range.low}, {"mode", range.mode}, {"high", range.high}})
            if (auto e = checkBound(path + "." + name, value, bound->second))
                report(*e);
    }

    // Every input within its bounds can still overflow the calculation: a divisor
    // such as position_share or the start year's recipients may be as small as
    // 1e-306. Compute once and refuse the scenario if any value is not finite.
    if (errors.empty())
        if (auto e = overflowOf(s))
            report(*e);
}

} // namespace gevinst
