// Monte Carlo, PERT draws, percentiles, share scaling and the tornado (spec §6).

#include "UncertaintyTestData.h"

#include "Engine.h"
#include "MonteCarlo.h"
#include "Percentiles.h"
#include "Pert.h"
#include "RandomStream.h"
#include "Tornado.h"
#include "UncertainInputs.h"
#include "UncertaintyWriter.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace gevinst;
using gevinst::test::withoutRanges;
using gevinst::test::withRanges;

namespace {

MonteCarloResult runMc(const Scenario& s, int draws, std::uint64_t seed, int threads)
{
    MonteCarloOptions options;
    options.draws = draws;
    options.seed = seed;
    options.threads = threads;
    return MonteCarlo::run(s, options);
}

std::string dump(const MonteCarloResult& r)
{
    return UncertaintyWriter::monteCarloJson(r).dump();
}

/// Calls check(p10, p50, p90) for every value of the three percentile results.
template <typename Check>
void forEachValue(const MonteCarloResult& r, Check check)
{
    for (int s = 0; s < kSeriesCount; ++s)
        for (int t = 0; t < r.p50().yearCount(); ++t)
            check(std::string(kSeriesIds[s]) + "[" + std::to_string(t) + "]", r.p10().series[s][t],
                  r.p50().series[s][t], r.p90().series[s][t]);
    REQUIRE(r.p10().utilisation.size() == r.p50().utilisation.size());
    REQUIRE(r.p90().utilisation.size() == r.p50().utilisation.size());
    for (std::size_t role = 0; role < r.p50().utilisation.size(); ++role)
        for (int t = 0; t < r.p50().yearCount(); ++t)
            check("utilisation " + r.p50().utilisation[role].roleId, r.p10().utilisation[role].series[t],
                  r.p50().utilisation[role].series[t], r.p90().utilisation[role].series[t]);
    auto opt = [](const auto& v) { return v ? double(*v) : std::nan(""); };
    const Summary &a = r.p10().summary, &b = r.p50().summary, &c = r.p90().summary;
    check("npv_budget_nok", a.npvBudgetNok, b.npvBudgetNok, c.npvBudgetNok);
    check("npv_capacity_value_nok", a.npvCapacityValueNok, b.npvCapacityValueNok, c.npvCapacityValueNok);
    check("payback_year", opt(a.paybackYear), opt(b.paybackYear), opt(c.paybackYear));
    check("freed_fte_end", a.freedFteEnd, b.freedFteEnd, c.freedFteEnd);
    check("gap_closed_share_end", opt(a.gapClosedShareEnd), opt(b.gapClosedShareEnd), opt(c.gapClosedShareEnd));
    check("net_cost_per_freed_fte_nok", opt(a.netCostPerFreedFteNok), opt(b.netCostPerFreedFteNok),
          opt(c.netCostPerFreedFteNok));
    check("cost_total_nok", a.costTotalNok, b.costTotalNok, c.costTotalNok);
    check("subsidies_total_nok", a.subsidiesTotalNok, b.subsidiesTotalNok, c.subsidiesTotalNok);
}

} // namespace

TEST_CASE("PERT draws have the mean (a+4b+c)/6 and the PERT variance", "[pert]")
{
    for (const Range range : {Range{2.0, 3.0, 10.0}, Range{0.1, 0.8, 0.95}, Range{5.0, 5.0, 9.0}, Range{0.0, 1.0, 1.0}}) {
        const Pert pert(range);
        constexpr int n = 200000;
        double sum = 0;
        double sumSquares = 0;
        double lowest = 1e300;
        double highest = -1e300;
        for (int i = 0; i < n; ++i) {
            RandomStream stream(7, std::uint64_t(i));
            const double x = pert.sample(stream);
            sum += x;
            sumSquares += x * x;
            lowest = std::min(lowest, x);
            highest = std::max(highest, x);
        }
        const double mean = sum / n;
        const double variance = sumSquares / n - mean * mean;
        INFO("range " << range.low << " " << range.mode << " " << range.high);
        CHECK(pert.mean() == Approx((range.low + 4 * range.mode + range.high) / 6).epsilon(1e-12));
        // Standard error of the mean is sqrt(var/n) ≈ 0.2 % of the width here; allow 5 of them.
        const double width = range.high - range.low;
        CHECK(std::abs(mean - pert.mean()) < 5 * std::sqrt(pert.variance() / n) + 1e-12 * width);
        CHECK(variance == Approx(pert.variance()).epsilon(0.02));
        CHECK(lowest >= range.low);
        CHECK(highest <= range.high);
        CHECK(highest - lowest > 0.8 * width);
    }
}

TEST_CASE("A range with low = high is the constant low", "[pert]")
{
    const Pert pert(Range{0.3, 0.3, 0.3});
    RandomStream stream(1, 0);
    for (int i = 0; i < 10; ++i)
        CHECK(pert.sample(stream) == 0.3);
}

TEST_CASE("Random streams depend only on seed and draw index", "[pert]")
{
    RandomStream a(42, 17), b(42, 17), c(42, 18), d(43, 17);
    const auto first = a.next();
    CHECK(first == b.next());
    CHECK(first != c.next());
    CHECK(first != d.next());
}

TEST_CASE("Percentiles follow the linear method and leave nulls out", "[percentiles]")
{
    const std::array<double, 3> levels{0.1, 0.5, 0.9};
    std::array<double, 3> out{};
    std::vector<double> values{10, 3, 7, 1, 9, 2, 8, 6, 4, 5};
    Percentiles::linear(values, levels, out);
    CHECK(out[0] == Approx(1.9).epsilon(1e-12));
    CHECK(out[1] == Approx(5.5).epsilon(1e-12));
    CHECK(out[2] == Approx(9.1).epsilon(1e-12));

    std::vector<double> withNulls{std::nan(""), 4, std::nan(""), 2};
    Percentiles::linear(withNulls, levels, out);
    CHECK(out[0] == Approx(2.2).epsilon(1e-12));
    CHECK(out[1] == Approx(3.0).epsilon(1e-12));
    CHECK(out[2] == Approx(3.8).epsilon(1e-12));

    std::vector<double> allNull{std::nan(""), std::nan("")};
    Percentiles::linear(allNull, levels, out);
    CHECK(std::isnan(out[0]));
    CHECK(std::isnan(out[2]));

    std::vector<double> years{2030, 2028, 2029, 2031, 2027};
    Percentiles::nearestRank(years, levels, out);
    CHECK(out[0] == 2027); // rank 0.4 → 2027
    CHECK(out[1] == 2029);
    CHECK(out[2] == 2031); // rank 3.6 → 2031
}

TEST_CASE("Percentiles agree with a full sort on large samples with ties and nulls", "[percentiles]")
{
    const std::array<double, 3> levels{0.1, 0.5, 0.9};
    for (int trial = 0; trial < 40; ++trial) {
        RandomStream stream(99, std::uint64_t(trial));
        const int n = 1 + int(stream.next() % 20000);
        const int distinct = trial % 4 == 0 ? 3 : 1000000; // some samples nearly all ties
        std::vector<double> values(n);
        for (double& v : values)
            v = (stream.uniform() < 0.05) ? std::nan("") : double(stream.next() % distinct) * 0.37 - 50;
        std::vector<double> sorted;
        for (double v : values)
            if (!std::isnan(v))
                sorted.push_back(v);
        std::sort(sorted.begin(), sorted.end());
        std::array<double, 3> out{};
        Percentiles::linear(values, levels, out);
        INFO("trial " << trial << ", n " << n);
        for (int p = 0; p < 3; ++p) {
            if (sorted.empty()) {
                CHECK(std::isnan(out[p]));
                continue;
            }
            const double h = (sorted.size() - 1) * levels[p];
            const auto lo = std::size_t(std::floor(h));
            const double hi = lo + 1 < sorted.size() ? sorted[lo + 1] : sorted[lo];
            const double expected = sorted[lo] + (h - lo) * (hi - sorted[lo]);
            CHECK(out[p] == Approx(expected).epsilon(1e-12).margin(1e-12));
        }
    }
}

TEST_CASE("Monte Carlo: the same seed gives identical output on any thread count", "[montecarlo]")
{
    const Scenario s = withRanges();
    const std::string oneThread = dump(runMc(s, 2000, 42, 1));
    const std::string twoThreads = dump(runMc(s, 2000, 42, 2));
    const std::string threeThreads = dump(runMc(s, 2000, 42, 3));
    CHECK(oneThread == twoThreads);
    CHECK(twoThreads == threeThreads);
    CHECK(dump(runMc(s, 2000, 42, 2)) == twoThreads);
    CHECK(dump(runMc(s, 2000, 43, 2)) != twoThreads);
}

TEST_CASE("Monte Carlo: P10 ≤ P50 ≤ P90 everywhere, and the band is open where inputs vary", "[montecarlo]")
{
    const MonteCarloResult r = runMc(withRanges(), 3000, 7, 2);
    int checked = 0;
    forEachValue(r, [&](const std::string& what, double p10, double p50, double p90) {
        if (std::isnan(p50))
            return;
        INFO(what);
        CHECK(p10 <= p50);
        CHECK(p50 <= p90);
        ++checked;
    });
    CHECK(checked > kSeriesCount * 11);
    const int last = r.p50().yearCount() - 1;
    CHECK(r.p10()[SeriesId::FreedFte][last] < r.p90()[SeriesId::FreedFte][last]);
    CHECK(r.p10().summary.npvBudgetNok < r.p90().summary.npvBudgetNok);
    CHECK(r.probabilityNpvPositive > 0.0);
    CHECK(r.probabilityNpvPositive < 1.0);
    CHECK(r.inputs.size() == 12);
}

TEST_CASE("Monte Carlo without ranges gives P10 = P50 = P90 = the deterministic result", "[montecarlo]")
{
    const Scenario s = withoutRanges();
    const Result exact = Engine::compute(s);
    const MonteCarloResult r = runMc(s, 50, 3, 2);
    for (const Result* p : {&r.p10(), &r.p50(), &r.p90()}) {
        for (int i = 0; i < kSeriesCount; ++i)
            for (int t = 0; t < exact.yearCount(); ++t) {
                INFO(kSeriesIds[i] << " " << t);
                if (std::isnan(exact.series[i][t]))
                    CHECK(std::isnan(p->series[i][t]));
                else
                    CHECK(p->series[i][t] == exact.series[i][t]);
            }
        REQUIRE(p->utilisation.size() == exact.utilisation.size());
        for (std::size_t role = 0; role < exact.utilisation.size(); ++role) {
            CHECK(p->utilisation[role].roleId == exact.utilisation[role].roleId);
            CHECK((p->utilisation[role].series == exact.utilisation[role].series).all());
        }
        CHECK(p->summary.npvBudgetNok == exact.summary.npvBudgetNok);
        CHECK(p->summary.npvCapacityValueNok == exact.summary.npvCapacityValueNok);
        CHECK(p->summary.paybackYear == exact.summary.paybackYear);
        CHECK(p->summary.freedFteEnd == exact.summary.freedFteEnd);
        CHECK(p->summary.gapClosedShareEnd == exact.summary.gapClosedShareEnd);
        CHECK(p->summary.netCostPerFreedFteNok == exact.summary.netCostPerFreedFteNok);
        CHECK(p->summary.costTotalNok == exact.summary.costTotalNok);
    }
    CHECK(r.probabilityNpvPositive == (exact.summary.npvBudgetNok > 0 ? 1.0 : 0.0));
}

TEST_CASE("Monte Carlo writes gevinstmodell-mc/1", "[montecarlo]")
{
    const auto j = UncertaintyWriter::monteCarloJson(runMc(withRanges(), 100, 5, 2));
    CHECK(j["format"] == "gevinstmodell-mc/1");
    CHECK(j["draws"] == 100);
    CHECK(j["seed"] == 5);
    for (const char* p : {"p10", "p50", "p90"}) {
        CHECK(j[p]["series"]["freed_fte"].size() == 11);
        CHECK(j[p]["utilisation"].contains("sykepleier"));
        CHECK(j[p]["summary"].contains("npv_budget_nok"));
    }
    CHECK(j["probability_npv_positive"].is_number());
}

TEST_CASE("Monte Carlo counts progress and stops when cancelled", "[montecarlo]")
{
    const Scenario s = withRanges();
    std::atomic<int> progress{0};
    MonteCarloOptions options;
    options.draws = 500;
    options.threads = 2;
    options.progress = &progress;
    CHECK_FALSE(MonteCarlo::run(s, options).cancelled);
    CHECK(progress.load() == 500);

    std::atomic<bool> cancel{true};
    options.cancel = &cancel;
    progress = 0;
    CHECK(MonteCarlo::run(s, options).cancelled);
    CHECK(progress.load() < 500);

    options.draws = MonteCarlo::maxDraws(s) + 1;
    CHECK_THROWS_AS(MonteCarlo::run(s, options), std::invalid_argument);
}

TEST_CASE("Drawn shares of one role and category are scaled down to sum to 1", "[montecarlo]")
{
    Scenario working = withRanges(); // sharing[1] 0.3..0.9 and sharing[4] 0.05..0.3: sykepleier, kompetanse
    UncertainInputs inputs(working);
    int scaled = 0;
    for (int i = 0; i < 2000; ++i) {
        RandomStream stream(11, std::uint64_t(i));
        inputs.draw(stream);
        const double sum = working.sharing[1].share + working.sharing[4].share;
        CHECK(sum <= 1.0 + 1e-12);
        if (std::abs(sum - 1.0) < 1e-12)
            ++scaled;
        CHECK(working.sharing[0].share <= 0.95); // alone in its group: drawn, never scaled
        CHECK(working.sharing[0].share >= 0.6);
    }
    CHECK(scaled > 0);
    CHECK(scaled < 2000);
    inputs.restore();
    CHECK(working.sharing[1].share == 0.5);
    CHECK(working.receiver(working.vocabulary.receiverIndex("oppgavemedarbeider")).turnover == 0.2);
}

TEST_CASE("Tornado: each input at low and high with the others at mode, ranked by swing", "[tornado]")
{
    const Scenario s = withRanges();
    const TornadoResult t = Tornado::run(s);
    REQUIRE(t.bars.size() == 12);
    // Modes equal the scenario's values here, so the base is the deterministic result.
    const Result exact = Engine::compute(s);
    CHECK(t.baseNpv == Approx(exact.summary.npvBudgetNok).epsilon(1e-12));

    for (const auto& bar : t.bars) {
        if (bar.path != "realisation.budget_share_of_freed_capacity")
            continue;
        Scenario low = s;
        low.realisation.budgetShareOfFreedCapacity = 0.2;
        CHECK(bar.npvAtLow == Approx(Engine::compute(low).summary.npvBudgetNok).epsilon(1e-12));
        CHECK(bar.freedFteEndAtLow == Approx(exact.summary.freedFteEnd).epsilon(1e-12));
    }
    for (std::size_t i = 1; i < t.byNpvSwing.size(); ++i) {
        CHECK(t.bars[t.byNpvSwing[i - 1]].npvSwing() >= t.bars[t.byNpvSwing[i]].npvSwing());
        CHECK(t.bars[t.byFreedFteEndSwing[i - 1]].freedFteEndSwing() >=
              t.bars[t.byFreedFteEndSwing[i]].freedFteEndSwing());
    }
    CHECK(t.bars[t.byNpvSwing.front()].path == "realisation.budget_share_of_freed_capacity");
    CHECK(t.bars[t.byFreedFteEndSwing.front()].npvSwing() > 0);
    // Realisation moves the NPV but frees no FTE.
    for (const auto& bar : t.bars)
        if (bar.path == "realisation.budget_share_of_freed_capacity")
            CHECK(bar.freedFteEndSwing() == 0);
}

TEST_CASE("Tornado without ranges has no bars and the deterministic base", "[tornado]")
{
    const Scenario s = withoutRanges();
    const TornadoResult t = Tornado::run(s);
    CHECK(t.bars.empty());
    CHECK(t.baseNpv == Engine::compute(s).summary.npvBudgetNok);
}

namespace {

/// Nearest-rank percentile as spec'd for payback years: rank h = (n − 1)·level, the lower
/// neighbour when the fraction of h is below ½, else the upper. +∞ stands for "not within the horizon".
double nearestRankOf(std::vector<double> sorted, double level)
{
    std::sort(sorted.begin(), sorted.end());
    const double h = double(sorted.size() - 1) * level;
    const auto low = std::size_t(std::floor(h));
    const std::size_t high = std::min(low + 1, sorted.size() - 1);
    return (h - double(low)) < 0.5 ? sorted[low] : sorted[high];
}

} // namespace

TEST_CASE("Monte Carlo payback: percentiles over all draws, the draws that never pay back counted last",
          "[montecarlo][payback]")
{
    // The one-off hub cost falls in the start year, when nothing is moved yet, so the
    // cumulative budget effect is −O in the start year and cum₀[t] − O later (cum₀ without
    // the one-off): a draw pays back exactly when O ≤ X = max cum₀[t].
    Scenario s = withoutRanges();
    REQUIRE(s.uncertainty.empty());
    s.realisation.budgetShareOfFreedCapacity = 1.0;
    s.hub.oneOffYear = s.startYear;
    s.hub.oneOffCostNok = 0;
    const Result free = Engine::compute(s);
    REQUIRE(free[SeriesId::BudgetEffectNok][0] == 0.0);
    const double X = free[SeriesId::CumulativeBudgetEffectNok].maxCoeff();
    REQUIRE(X > 0);
    // PERT(0.5X, 1.2X, 1.5X): X lies at half the width, the mode at 0.7 of it, so well under
    // half of the draws pay back.
    s.uncertainty["hub.one_off_cost_nok"] = Range{0.5 * X, 1.2 * X, 1.5 * X};

    constexpr int kDraws = 600;
    constexpr std::uint64_t kSeed = 2026;
    const MonteCarloResult mc = runMc(s, kDraws, kSeed, 2);
    REQUIRE(mc.inputs == std::vector<std::string>{"hub.one_off_cost_nok"});

    // The same draws, one by one: draw i uses the stream (seed, i).
    Scenario working = s;
    UncertainInputs inputs(working);
    std::vector<double> years;
    int paying = 0;
    for (int i = 0; i < kDraws; ++i) {
        RandomStream stream(kSeed, std::uint64_t(i));
        inputs.draw(stream);
        const Result r = Engine::compute(working);
        // The rule above, checked on each draw.
        CHECK(r.summary.paybackYear.has_value() == (working.hub.oneOffCostNok <= X));
        if (r.summary.paybackYear) {
            ++paying;
            years.push_back(double(*r.summary.paybackYear));
        } else {
            years.push_back(std::numeric_limits<double>::infinity());
        }
    }
    const double share = double(paying) / kDraws;
    INFO("share paying back " << share);
    REQUIRE(share > 0.12);
    REQUIRE(share < 0.45);
    CHECK(mc.probabilityPayback == Approx(share).epsilon(1e-12));

    // P10 is a year; P50 and P90 are "not within the horizon" (null).
    const std::array<const Result*, 3> percentiles{&mc.p10(), &mc.p50(), &mc.p90()};
    for (int p = 0; p < 3; ++p) {
        const double expected = nearestRankOf(years, MonteCarlo::kLevels[std::size_t(p)]);
        INFO("P" << MonteCarlo::kLevels[std::size_t(p)] * 100 << " expected " << expected);
        if (std::isinf(expected))
            CHECK_FALSE(percentiles[std::size_t(p)]->summary.paybackYear.has_value());
        else {
            REQUIRE(percentiles[std::size_t(p)]->summary.paybackYear.has_value());
            CHECK(double(*percentiles[std::size_t(p)]->summary.paybackYear) == expected);
        }
    }
    REQUIRE(mc.p10().summary.paybackYear.has_value());
    CHECK_FALSE(mc.p50().summary.paybackYear.has_value());
    CHECK_FALSE(mc.p90().summary.paybackYear.has_value());
    // Over the paying draws alone the median would be a year: the non-paying draws are in.
    std::vector<double> payingYears;
    for (double y : years)
        if (std::isfinite(y))
            payingYears.push_back(y);
    CHECK(std::isfinite(nearestRankOf(payingYears, 0.5)));

    const auto j = UncertaintyWriter::monteCarloJson(mc);
    CHECK(j["p50"]["summary"]["payback_year"].is_null());
    CHECK(j["p10"]["summary"]["payback_year"].is_number());
}

TEST_CASE("Monte Carlo payback: when every draw pays back, the percentiles are the draws' years", "[montecarlo][payback]")
{
    Scenario s = withoutRanges();
    s.realisation.budgetShareOfFreedCapacity = 1.0;
    s.hub.oneOffYear = s.startYear;
    s.hub.oneOffCostNok = 0;
    const double X = Engine::compute(s)[SeriesId::CumulativeBudgetEffectNok].maxCoeff();
    REQUIRE(X > 0);
    s.uncertainty["hub.one_off_cost_nok"] = Range{0.1 * X, 0.5 * X, 0.9 * X};
    const MonteCarloResult mc = runMc(s, 200, 5, 2);
    CHECK(mc.probabilityPayback == 1.0);
    for (const Result* p : {&mc.p10(), &mc.p50(), &mc.p90()})
        CHECK(p->summary.paybackYear.has_value());
    CHECK(*mc.p10().summary.paybackYear <= *mc.p50().summary.paybackYear);
    CHECK(*mc.p50().summary.paybackYear <= *mc.p90().summary.paybackYear);
}
