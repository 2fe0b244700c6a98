// libFuzzer target for the scenario reader and validator: any byte string goes
// through ScenarioReader::fromText. A rejected input must come with at least one
// error, each with a reason; an accepted one must compute to a result whose every
// value is finite (or null where spec §3 allows it), and must read back unchanged
// after ScenarioWriter writes it.

#include "Engine.h"
#include "Result.h"
#include "ResultWriter.h"
#include "ScenarioReader.h"
#include "ScenarioWriter.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void fail(const char* what, const std::string& where)
{
    std::fprintf(stderr, "fuzz_scenario: %s (%s)\n", what, where.c_str());
    std::abort();
}

void requireFinite(double v, const std::string& where)
{
    if (!std::isfinite(v))
        fail("value not finite", where);
}

void checkResult(const gevinst::Result& r)
{
    using namespace gevinst;
    for (int s = 0; s < kSeriesCount; ++s) {
        const auto id = static_cast<SeriesId>(s);
        const Eigen::ArrayXd& series = r[id];
        if (series.size() != r.yearCount())
            fail("series length", std::string(idOf(id)));
        for (Eigen::Index t = 0; t < series.size(); ++t)
            if (!(isNullable(id) && std::isnan(series[t])))
                requireFinite(series[t], std::string(idOf(id)) + "[" + std::to_string(t) + "]");
    }
    for (const auto& u : r.utilisation) {
        for (Eigen::Index t = 0; t < u.series.size(); ++t)
            requireFinite(u.series[t], "utilisation");
        requireFinite(u.baseline, "utilisation_baseline");
    }
    for (double npv : r.summary.ledgerNpv)
        requireFinite(npv, "ledger npv");
    const Summary& s = r.summary;
    requireFinite(s.npvBudgetNok, "npv_budget_nok");
    requireFinite(s.npvCapacityValueNok, "npv_capacity_value_nok");
    requireFinite(s.freedFteEnd, "freed_fte_end");
    if (s.gapClosedShareEnd)
        requireFinite(*s.gapClosedShareEnd, "gap_closed_share_end");
    if (s.netCostPerFreedFteNok)
        requireFinite(*s.netCostPerFreedFteNok, "net_cost_per_freed_fte_nok");
    requireFinite(s.subsidiesTotalNok, "subsidies_total");
    requireFinite(s.costTotalNok, "cost_total");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace gevinst;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ReadOutcome outcome = ScenarioReader::fromText(text);
    if (!outcome.ok()) {
        if (outcome.errors.empty())
            fail("rejected without an error", "");
        for (const FieldError& e : outcome.errors)
            if (e.reason().empty())
                fail("error without a reason", e.path);
        return 0;
    }
    const Scenario& scenario = *outcome.scenario;
    const Result result = Engine::compute(scenario);
    checkResult(result);
    // The result document holds no NaN or infinity (they would be written as null).
    (void)ResultWriter::toJson(result).dump();

    const std::string written = ScenarioWriter::toJson(scenario).dump();
    const ReadOutcome again = ScenarioReader::fromText(written);
    if (!again.ok())
        fail("written scenario does not read back", again.errors.front().message());
    if (ScenarioWriter::toJson(*again.scenario).dump() != written)
        fail("written scenario reads back different", "");
    return 0;
}
