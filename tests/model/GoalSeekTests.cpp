// Goal seeking: each answer, fed back into the scenario, meets its goal; goals out
// of reach say why.

#include "UncertaintyTestData.h"

#include "Engine.h"
#include "GoalSeek.h"
#include "UncertaintyWriter.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <utility>

using namespace gevinst;
using gevinst::test::withoutRanges;

namespace {

bool sharesValid(const Scenario& s)
{
    std::map<std::pair<int, int>, double> sums; // (role, category) → Σ share
    for (const auto& m : s.sharing) {
        if (m.share < 0 || m.share > 1)
            return false;
        sums[{m.from, m.category}] += m.share;
    }
    for (const auto& [key, sum] : sums)
        if (sum > 1 + 1e-9)
            return false;
    return true;
}

int roleIndex(const Scenario& s, const char* id)
{
    const int r = s.vocabulary.roleIndex(id);
    REQUIRE(r >= 0);
    return r;
}

int receiverIndex(const Scenario& s, const char* id)
{
    const int k = s.vocabulary.receiverIndex(id);
    REQUIRE(k >= 0);
    return k;
}

} // namespace

TEST_CASE("Close-gap: the multiplier closes the target share of the gap", "[goal]")
{
    const Scenario s = withoutRanges();
    for (const auto& [target, year] : {std::pair{0.5, 2035}, {0.25, 2030}, {0.6, 2035}}) {
        const GoalResult g = GoalSeek::closeGap(s, target, year);
        INFO("target " << target << " in " << year << ": " << g.message());
        REQUIRE(g.reachable());
        Scenario scaled = s;
        GoalSeek::scaleShares(scaled, g.value);
        CHECK(sharesValid(scaled));
        const Result r = Engine::compute(scaled);
        CHECK(r[SeriesId::GapClosedShare][year - s.startYear] == Approx(target).epsilon(1e-9));
    }
}

TEST_CASE("Close-gap: out of reach when the shares would exceed 1 or there is no gap", "[goal]")
{
    const Scenario s = withoutRanges();
    const double kMax = GoalSeek::maxShareMultiplier(s);
    CHECK(kMax == Approx(1.0 / 0.8).epsilon(1e-12)); // sykepleier kjøring 0.8 is the tightest
    const GoalResult all = GoalSeek::closeGap(s, 1.0, 2035);
    CHECK_FALSE(all.reachable());
    CHECK(all.outcome == GoalOutcome::BeyondValidShares);
    Scenario atMax = s;
    GoalSeek::scaleShares(atMax, kMax);
    CHECK(sharesValid(atMax));
    CHECK(all.limit == Approx(Engine::compute(atMax)[SeriesId::GapClosedShare][10]).epsilon(1e-9));
    CHECK(all.limit < 1.0);

    const GoalResult startYear = GoalSeek::closeGap(s, 0.5, 2025); // demand index 1: no gap
    CHECK(startYear.outcome == GoalOutcome::NoGapInYear);
    const GoalResult rampYear = GoalSeek::closeGap(s, 0.1, 2026);
    INFO(rampYear.message());
    CHECK(GoalSeek::closeGap(s, 0.5, 2040).outcome == GoalOutcome::YearOutsideHorizon);

    Scenario none = s;
    for (auto& m : none.sharing)
        m.share = 0;
    CHECK(GoalSeek::closeGap(none, 0.5, 2035).outcome == GoalOutcome::NothingToScale);
    CHECK_THROWS_AS(GoalSeek::closeGap(s, 0.0, 2035), std::invalid_argument);

    const auto j = UncertaintyWriter::goalJson(all);
    CHECK(j["goal"] == "close_gap");
    CHECK(j["reachable"] == false);
    CHECK(j["value"].is_null());
    CHECK(j["reason"] == "beyond_valid_shares");
}

TEST_CASE("Npv-zero: the realisation share gives an NPV of zero", "[goal]")
{
    const Scenario s = withoutRanges();
    const GoalResult g = GoalSeek::npvZero(s);
    INFO(g.message());
    REQUIRE(g.reachable());
    CHECK(g.value > 0);
    CHECK(g.value < 1);
    Scenario fed = s;
    fed.realisation.budgetShareOfFreedCapacity = g.value;
    const Result r = Engine::compute(fed);
    // Zero relative to the NPV of the capacity value the share multiplies.
    CHECK(std::abs(r.summary.npvBudgetNok) < 1e-9 * r.summary.npvCapacityValueNok);
    const auto j = UncertaintyWriter::goalJson(g);
    CHECK(j["goal"] == "npv_zero");
    CHECK(j["reachable"] == true);
    CHECK(j["value"].get<double>() == g.value);
}

TEST_CASE("Npv-zero: out of reach when the NPV keeps one sign over 0..1", "[goal]")
{
    Scenario costly = withoutRanges();
    costly.hub.annualCostPerFteNok = 1e9;
    const GoalResult negative = GoalSeek::npvZero(costly);
    CHECK(negative.outcome == GoalOutcome::NegativeAtFullRealisation);
    CHECK(negative.limit < 0);

    Scenario subsidised = withoutRanges();
    subsidised.recruitment.socialAssistance.annualAssistancePerPersonNok = 1e8;
    const GoalResult positive = GoalSeek::npvZero(subsidised);
    CHECK(positive.outcome == GoalOutcome::PositiveWithoutRealisation);
    CHECK(positive.limit > 0);
}

TEST_CASE("Cost-parity: the task-worker wage makes the net cost per freed FTE a nurse's", "[goal]")
{
    const Scenario s = withoutRanges();
    const GoalResult g = GoalSeek::costParity(s);
    INFO(g.message());
    REQUIRE(g.reachable());
    // The nurse is the comparison role of home care (the present professional role with the highest cost).
    const int nurse = roleIndex(s, "sykepleier");
    REQUIRE(comparisonRole(s) == nurse);
    const int worker = receiverIndex(s, "oppgavemedarbeider");
    Scenario fed = s;
    fed.receivers[static_cast<std::size_t>(worker)].annualCostNok = g.value;
    const Result r = Engine::compute(fed);
    REQUIRE(r.summary.netCostPerFreedFteNok);
    CHECK(*r.summary.netCostPerFreedFteNok == Approx(s.role(nurse).annualCostNok).epsilon(1e-9));
    CHECK(g.value > s.receiver(worker).annualCostNok); // today's net cost is below a nurse's
}

TEST_CASE("Cost-parity: out of reach without task workers or when other costs are too high", "[goal]")
{
    Scenario noWorkers = withoutRanges();
    const int worker = receiverIndex(noWorkers, "oppgavemedarbeider");
    for (auto& m : noWorkers.sharing)
        if (m.to == worker)
            m.share = 0;
    CHECK(GoalSeek::costParity(noWorkers).outcome == GoalOutcome::NoTaskWorkers);

    Scenario costlyHub = withoutRanges();
    costlyHub.hub.annualCostPerFteNok = 1e9;
    const GoalResult high = GoalSeek::costParity(costlyHub);
    CHECK(high.outcome == GoalOutcome::AboveNurseAtZeroCost);
    CHECK(high.limit > costlyHub.role(roleIndex(costlyHub, "sykepleier")).annualCostNok);

    // Without a nurse the price is set beside the dearest professional role left (helsefagarbeider);
    // without any professional role there is nothing to compare with.
    Scenario noNurse = withoutRanges();
    noNurse.roles[static_cast<std::size_t>(roleIndex(noNurse, "sykepleier"))].present = false;
    CHECK(comparisonRole(noNurse) == roleIndex(noNurse, "helsefagarbeider"));
    CHECK(GoalSeek::costParity(noNurse).outcome != GoalOutcome::NoNurse);
    for (std::size_t r = 0; r < noNurse.roles.size(); ++r)
        if (noNurse.vocabulary.roles[r].professional)
            noNurse.roles[r].present = false;
    CHECK(comparisonRole(noNurse) == -1);
    CHECK(GoalSeek::costParity(noNurse).outcome == GoalOutcome::NoNurse);

    Scenario nothingFreed = withoutRanges();
    for (auto& m : nothingFreed.sharing)
        m.share = 0;
    CHECK(GoalSeek::costParity(nothingFreed).outcome == GoalOutcome::NoFreedFte);
}
