// Roll-up of bydeler into a kommune (spec §5): sums for additive series, ratios
// recomputed from the summed parts, NPVs added, errors for parts that do not fit.

#include "IoTestData.h"

#include "Aggregation.h"
#include "Engine.h"
#include "KeyFigures.h"

#include <cmath>

using namespace gevinst;
using gevinst::test::alna;
using gevinst::test::otherBydel;

namespace {

struct TwoBydeler {
    Scenario a = alna();
    Scenario b = otherBydel();
    Result ra = Engine::compute(a);
    Result rb = Engine::compute(b);
    RollUpOutcome outcome = Aggregation::rollUp({{&a, &ra}, {&b, &rb}});
};

} // namespace

TEST_CASE("roll-up of two bydeler: every additive series is the sum of its parts", "[aggregation]")
{
    TwoBydeler two;
    REQUIRE(two.outcome.ok());
    const Result& sum = two.outcome.rollUp->result;
    REQUIRE(sum.years == two.ra.years);
    for (int i = 0; i < kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        if (!isAdditive(id) || id == SeriesId::ExtraRecipients)
            continue;
        INFO("series " << idOf(id));
        for (int t = 0; t < sum.yearCount(); ++t)
            CHECK(sum[id][t] == Approx(two.ra[id][t] + two.rb[id][t]).epsilon(1e-9).margin(1e-9));
    }
    CHECK(sum.summary.npvBudgetNok ==
          Approx(two.ra.summary.npvBudgetNok + two.rb.summary.npvBudgetNok).epsilon(1e-9));
    CHECK(sum.summary.npvCapacityValueNok ==
          Approx(two.ra.summary.npvCapacityValueNok + two.rb.summary.npvCapacityValueNok).epsilon(1e-9));
    CHECK(sum.summary.costTotalNok == Approx(two.ra.summary.costTotalNok + two.rb.summary.costTotalNok).epsilon(1e-9));
    CHECK(sum.unit.level == "kommune");
    CHECK(sum.unit.id == "0301");
}

TEST_CASE("roll-up recomputes ratios from the summed parts instead of averaging them", "[aggregation]")
{
    TwoBydeler two;
    REQUIRE(two.outcome.ok());
    const Result& sum = two.outcome.rollUp->result;
    const int last = sum.yearCount() - 1;

    // demand_index from summed recipients, which is not the mean of the two indices.
    const double recipients0 = two.ra[SeriesId::Recipients][0] + two.rb[SeriesId::Recipients][0];
    const double expectedIndex = (two.ra[SeriesId::Recipients][last] + two.rb[SeriesId::Recipients][last]) / recipients0;
    CHECK(sum[SeriesId::DemandIndex][last] == Approx(expectedIndex).epsilon(1e-12));
    const double meanIndex = (two.ra[SeriesId::DemandIndex][last] + two.rb[SeriesId::DemandIndex][last]) / 2;
    CHECK(std::abs(sum[SeriesId::DemandIndex][last] - meanIndex) > 1e-4);

    // gap_closed_share = min(1, Σ freed / Σ gap).
    const double gap = two.ra[SeriesId::GapFte][last] + two.rb[SeriesId::GapFte][last];
    REQUIRE(gap > 0);
    const double freed = two.ra[SeriesId::FreedFte][last] + two.rb[SeriesId::FreedFte][last];
    CHECK(sum[SeriesId::GapClosedShare][last] == Approx(std::min(1.0, freed / gap)).epsilon(1e-12));
    REQUIRE(sum.summary.gapClosedShareEnd.has_value());
    CHECK(*sum.summary.gapClosedShareEnd == Approx(std::min(1.0, freed / gap)).epsilon(1e-12));

    // Utilisation weighted by fte_r · demand_index[t] · hours_per_fte.
    REQUIRE(sum.utilisation.size() == 2);
    for (const char* roleId : {"sykepleier", "helsefagarbeider"}) {
        INFO("role " << roleId);
        const int role = two.a.vocabulary.roleIndex(roleId);
        REQUIRE(role >= 0);
        const RoleUtilisation* ua = two.ra.utilisationOf(roleId);
        const RoleUtilisation* ub = two.rb.utilisationOf(roleId);
        const RoleUtilisation* rolled = sum.utilisationOf(roleId);
        REQUIRE(ua != nullptr);
        REQUIRE(ub != nullptr);
        REQUIRE(rolled != nullptr);
        const double wa = two.a.role(role).fte * two.ra[SeriesId::DemandIndex][last] * two.a.hoursPerFte;
        const double wb = two.b.role(role).fte * two.rb[SeriesId::DemandIndex][last] * two.b.hoursPerFte;
        const double expected = (ua->series[last] * wa + ub->series[last] * wb) / (wa + wb);
        CHECK(rolled->series[last] == Approx(expected).epsilon(1e-12));
    }

    // The per-FTE price from the sums, not the mean of the two prices.
    const Summary& sa = two.ra.summary;
    const Summary& sb = two.rb.summary;
    const double price = (sa.costTotalNok + sb.costTotalNok - sa.subsidiesTotalNok - sb.subsidiesTotalNok -
                          sa.socialAssistanceSavingsTotalNok - sb.socialAssistanceSavingsTotalNok) /
                         (sa.freedFteSum + sb.freedFteSum);
    REQUIRE(sum.summary.netCostPerFreedFteNok.has_value());
    CHECK(*sum.summary.netCostPerFreedFteNok == Approx(price).epsilon(1e-9));
    CHECK(std::abs(*sum.summary.netCostPerFreedFteNok - (*sa.netCostPerFreedFteNok + *sb.netCostPerFreedFteNok) / 2) > 1);

    // Ramp is not rolled up.
    CHECK(std::isnan(sum[SeriesId::Ramp][0]));
}

TEST_CASE("roll-up payback year comes from the summed cumulative budget effect", "[aggregation]")
{
    TwoBydeler two;
    REQUIRE(two.outcome.ok());
    const Result& sum = two.outcome.rollUp->result;
    std::optional<int> expected;
    bool wasNegative = false;
    for (int t = 0; t < sum.yearCount() && !expected; ++t) {
        const double c = two.ra[SeriesId::CumulativeBudgetEffectNok][t] + two.rb[SeriesId::CumulativeBudgetEffectNok][t];
        if (c < 0)
            wasNegative = true;
        else if (wasNegative)
            expected = sum.years[t];
    }
    if (!wasNegative)
        expected = sum.years.front();
    CHECK(sum.summary.paybackYear == expected);
}

TEST_CASE("the base of a roll-up adds inhabitants 67+ and base-year FTE", "[aggregation]")
{
    TwoBydeler two;
    REQUIRE(two.outcome.ok());
    const UnitBase a = Aggregation::baseOf(two.a);
    const UnitBase b = Aggregation::baseOf(two.b);
    CHECK(two.outcome.rollUp->base.inhabitants67Plus == Approx(a.inhabitants67Plus + b.inhabitants67Plus).epsilon(1e-12));
    CHECK(two.outcome.rollUp->base.baseFte == Approx(a.baseFte + b.baseFte).epsilon(1e-12));
    // Alna 2025: 4 782 aged 67–79 and 1 885 aged 80+.
    CHECK(a.inhabitants67Plus == Approx(4782 + 1885).epsilon(1e-12));
    CHECK(*Aggregation::per1000Inhabitants67Plus(6667, a) == Approx(1000).epsilon(1e-12));
    CHECK(*Aggregation::perBaseFte(a.baseFte * 3, a) == Approx(3).epsilon(1e-12));
    CHECK_FALSE(Aggregation::perBaseFte(1, UnitBase{}).has_value());
}

TEST_CASE("parts that do not fit together give clear errors and no roll-up", "[aggregation]")
{
    Scenario a = alna();
    Result ra = Engine::compute(a);

    SECTION("different discount rate")
    {
        Scenario b = otherBydel();
        b.discountRate = 0.025;
        Result rb = Engine::compute(b);
        const auto outcome = Aggregation::rollUp({{&a, &ra}, {&b, &rb}});
        REQUIRE_FALSE(outcome.ok());
        REQUIRE(outcome.errors.size() == 1);
        CHECK(outcome.errors[0].kind == AggregationError::Kind::DiscountRateDiffers);
        CHECK(outcome.errors[0].part == 1);
        CHECK(outcome.errors[0].message() ==
              "part 2: discount_rate differs from the first part (0.025 against 0.04); all parts must share the "
              "discount rate");
    }
    SECTION("different horizon")
    {
        Scenario b = otherBydel();
        b.endYear = 2034;
        Result rb = Engine::compute(b);
        const auto outcome = Aggregation::rollUp({{&a, &ra}, {&b, &rb}});
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.errors[0].kind == AggregationError::Kind::HorizonDiffers);
        CHECK(outcome.errors[0].message().find("2025–2034 against 2025–2035") != std::string::npos);
    }
    SECTION("the same bydel twice")
    {
        const auto outcome = Aggregation::rollUp({{&a, &ra}, {&a, &ra}});
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.errors[0].kind == AggregationError::Kind::SameUnitTwice);
    }
    SECTION("a kommune is not a bydel")
    {
        Scenario k = test::readShipped("nordre-follo-hjemmetjenester.json");
        Result rk = Engine::compute(k);
        const auto outcome = Aggregation::rollUp({{&a, &ra}, {&k, &rk}});
        REQUIRE_FALSE(outcome.ok());
        bool notBydel = false;
        for (const auto& e : outcome.errors)
            notBydel = notBydel || e.kind == AggregationError::Kind::NotBydel;
        CHECK(notBydel);
    }
    SECTION("nothing at all")
    {
        const auto outcome = Aggregation::rollUp({});
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.errors[0].kind == AggregationError::Kind::NoParts);
    }
}

TEST_CASE("key figures read the summary and the last year", "[aggregation]")
{
    const Scenario a = alna();
    const Result r = Engine::compute(a);
    const auto figures = KeyFigures::of(r);
    REQUIRE(figures.size() == kKeyFigureCount);
    CHECK(*KeyFigures::value(r, KeyFigureId::NpvBudgetNok) == Approx(r.summary.npvBudgetNok).epsilon(1e-15));
    CHECK(*KeyFigures::value(r, KeyFigureId::GapFteEnd) == Approx(r[SeriesId::GapFte][r.yearCount() - 1]).epsilon(1e-15));
    CHECK_FALSE(KeyFigures::isAdditive(KeyFigureId::GapClosedShareEnd));
    CHECK(KeyFigures::isAdditive(KeyFigureId::CostTotalNok));
}
