#include "UncertaintyWriter.h"

#include "ResultWriter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gevinst {

using nlohmann::ordered_json;

namespace {

ordered_json number(double v)
{
    return std::isfinite(v) ? ordered_json(v) : ordered_json(nullptr);
}

ordered_json percentileJson(const Result& r)
{
    ordered_json j;
    j["series"] = ResultWriter::seriesJson(r);
    j["utilisation"] = ResultWriter::utilisationJson(r);
    ordered_json baseline = ordered_json::object();
    for (const auto& u : r.utilisation)
        baseline[u.roleId] = number(u.baseline);
    j["utilisation_baseline"] = baseline;
    j["summary"] = ResultWriter::summaryJson(r.summary);
    j["ledger"] = ResultWriter::ledgerJson(r);
    return j;
}

ordered_json rangeJson(const Range& range)
{
    return {{"low", range.low}, {"mode", range.mode}, {"high", range.high}};
}

} // namespace

ordered_json UncertaintyWriter::monteCarloJson(const MonteCarloResult& mc)
{
    ordered_json j;
    j["format"] = kMonteCarloFormat;
    j["draws"] = mc.draws;
    j["seed"] = mc.seed;
    j["p10"] = percentileJson(mc.p10());
    j["p50"] = percentileJson(mc.p50());
    j["p90"] = percentileJson(mc.p90());
    j["probability_npv_positive"] = mc.probabilityNpvPositive;
    // Additions beyond issue 6's format, for people to read.
    j["probability_payback_within_horizon"] = mc.probabilityPayback;
    j["scenario"] = mc.p50().scenarioName;
    j["unit"] = ResultWriter::unitJson(mc.p50().unit);
    j["years"] = mc.p50().years;
    j["inputs"] = mc.inputs;
    return j;
}

ordered_json UncertaintyWriter::tornadoJson(const Scenario& scenario, const TornadoResult& t)
{
    ordered_json j;
    j["format"] = kTornadoFormat;
    j["scenario"] = scenario.name;
    j["unit"] = ResultWriter::unitJson(scenario.unit);
    j["base"] = {{"npv_budget_nok", number(t.baseNpv)}, {"freed_fte_end", number(t.baseFreedFteEnd)}};
    auto bars = [&](const std::vector<std::size_t>& order, bool npv) {
        ordered_json list = ordered_json::array();
        for (std::size_t i : order) {
            const TornadoBar& bar = t.bars[i];
            ordered_json b;
            b["field"] = bar.path;
            b["range"] = rangeJson(bar.range);
            b["at_low"] = number(npv ? bar.npvAtLow : bar.freedFteEndAtLow);
            b["at_high"] = number(npv ? bar.npvAtHigh : bar.freedFteEndAtHigh);
            b["swing"] = number(npv ? bar.npvSwing() : bar.freedFteEndSwing());
            list.push_back(b);
        }
        return list;
    };
    j["npv_budget_nok"] = bars(t.byNpvSwing, true);
    j["freed_fte_end"] = bars(t.byFreedFteEndSwing, false);
    // Who pays and who gains (spec §7): each actor's and total's NPV, inputs by swing.
    ordered_json ledger = ordered_json::object();
    for (int k = 0; k < kLedgerNpvCount; ++k) {
        std::vector<std::size_t> order(t.bars.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        auto swing = [&](std::size_t i) { return std::abs(t.bars[i].ledgerNpvAtHigh[k] - t.bars[i].ledgerNpvAtLow[k]); };
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return swing(a) > swing(b); });
        ordered_json entry;
        entry["base"] = number(t.baseLedgerNpv[std::size_t(k)]);
        ordered_json list = ordered_json::array();
        for (std::size_t i : order) {
            if (!(swing(i) > 0))
                continue; // an input that does not move this figure is left out
            list.push_back({{"field", t.bars[i].path},
                            {"at_low", number(t.bars[i].ledgerNpvAtLow[std::size_t(k)])},
                            {"at_high", number(t.bars[i].ledgerNpvAtHigh[std::size_t(k)])},
                            {"swing", number(swing(i))}});
        }
        entry["bars"] = list;
        ledger[std::string(ledgerKeyOf(static_cast<SeriesId>(kFirstLedgerSeries + k)))] = entry;
    }
    j["ledger_npv"] = ledger;
    return j;
}

ordered_json UncertaintyWriter::goalJson(const GoalResult& g)
{
    ordered_json j;
    j["goal"] = GoalSeek::idOf(g.goal);
    j["reachable"] = g.reachable();
    j["value"] = g.reachable() ? number(g.value) : ordered_json(nullptr);
    if (!g.reachable()) {
        j["reason"] = GoalSeek::idOf(g.outcome);
        j["message"] = g.message();
        if (std::isfinite(g.limit))
            j["limit"] = g.limit;
    }
    return j;
}

} // namespace gevinst
