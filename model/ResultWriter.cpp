#include "ResultWriter.h"

#include <cmath>

namespace gevinst {

using nlohmann::ordered_json;

namespace {

ordered_json number(double v)
{
    return std::isfinite(v) ? ordered_json(v) : ordered_json(nullptr);
}

template <typename T>
ordered_json optionalNumber(const std::optional<T>& v)
{
    return v ? ordered_json(*v) : ordered_json(nullptr);
}

ordered_json values(const Eigen::ArrayXd& series)
{
    ordered_json out = ordered_json::array();
    for (Eigen::Index t = 0; t < series.size(); ++t)
        out.push_back(number(series[t]));
    return out;
}

} // namespace

ordered_json ResultWriter::unitJson(const UnitRef& unit)
{
    return {{"id", unit.id},
            {"name", unit.name},
            {"level", unit.level},
            {"parent", unit.parent ? ordered_json(*unit.parent) : ordered_json(nullptr)}};
}

ordered_json ResultWriter::seriesJson(const Result& r)
{
    ordered_json series = ordered_json::object();
    for (int i = 0; i < kFirstLedgerSeries; ++i)
        series[std::string(kSeriesIds[i])] = values(r.series[i]);
    return series;
}

ordered_json ResultWriter::utilisationJson(const Result& r)
{
    ordered_json out = ordered_json::object();
    for (const auto& u : r.utilisation)
        out[u.roleId] = values(u.series);
    return out;
}

ordered_json ResultWriter::ledgerJson(const Result& r)
{
    ordered_json actors = ordered_json::object();
    for (int i = kFirstLedgerSeries; i < kFirstLedgerSeries + kLedgerActorCount; ++i)
        actors[std::string(ledgerKeyOf(static_cast<SeriesId>(i)))] = values(r.series[i]);
    ordered_json out;
    out["actors"] = actors;
    for (int i = kFirstLedgerSeries + kLedgerActorCount; i < kSeriesCount; ++i)
        out[std::string(ledgerKeyOf(static_cast<SeriesId>(i)))] = values(r.series[i]);
    ordered_json npv = ordered_json::object();
    for (int i = 0; i < kLedgerNpvCount; ++i)
        npv[std::string(ledgerKeyOf(static_cast<SeriesId>(kFirstLedgerSeries + i)))] =
            number(r.summary.ledgerNpv[static_cast<std::size_t>(i)]);
    out["npv"] = npv;
    return out;
}

ordered_json ResultWriter::summaryJson(const Summary& s)
{
    return {{"npv_budget_nok", number(s.npvBudgetNok)},
            {"npv_capacity_value_nok", number(s.npvCapacityValueNok)},
            {"payback_year", optionalNumber(s.paybackYear)},
            {"freed_fte_end", number(s.freedFteEnd)},
            {"gap_closed_share_end", optionalNumber(s.gapClosedShareEnd)},
            {"net_cost_per_freed_fte_nok", optionalNumber(s.netCostPerFreedFteNok)},
            {"subsidies_total_nok", number(s.subsidiesTotalNok)},
            {"social_assistance_savings_total_nok", number(s.socialAssistanceSavingsTotalNok)},
            {"cost_total_nok", number(s.costTotalNok)}};
}

ordered_json ResultWriter::toJson(const Result& r)
{
    ordered_json j;
    j["format"] = kResultFormat;
    j["scenario"] = r.scenarioName;
    j["unit"] = unitJson(r.unit);
    j["years"] = r.years;
    j["series"] = seriesJson(r);
    j["utilisation"] = utilisationJson(r);
    ordered_json baseline = ordered_json::object();
    for (const auto& u : r.utilisation)
        baseline[u.roleId] = number(u.baseline);
    j["utilisation_baseline"] = baseline;
    j["summary"] = summaryJson(r.summary);
    j["ledger"] = ledgerJson(r);
    return j;
}

} // namespace gevinst
