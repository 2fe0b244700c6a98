// Deviation, realised share and status per period (issue 13, item 4), on hand-computed cases.

#include "PlanStatusCalculator.h"

#include <catch2/catch.hpp>

using namespace gevinst::plan;

namespace {

Actual actual(const char* period, double value, const char* comment = "")
{
    Actual a;
    a.benefitKey = QStringLiteral("b");
    a.period = *Period::parse(QString::fromLatin1(period));
    a.value = value;
    a.comment = QString::fromUtf8(comment);
    return a;
}

const PeriodStatus& row(const std::vector<PeriodStatus>& rows, const char* period)
{
    for (const auto& r : rows)
        if (r.period.text() == QLatin1String(period))
            return r;
    FAIL("no row " << period);
    return rows.front();
}

} // namespace

TEST_CASE("Periods parse, print and sort with the annual report after its tertials", "[plan]")
{
    REQUIRE(Period::parse(QStringLiteral("2026")));
    CHECK(Period::parse(QStringLiteral(" 2026-t2 "))->text() == QStringLiteral("2026-T2"));
    CHECK_FALSE(Period::parse(QStringLiteral("2026-T4")));
    CHECK_FALSE(Period::parse(QStringLiteral("26")));
    CHECK_FALSE(Period::parse(QStringLiteral("2026/T1")));
    CHECK(*Period::parse(QStringLiteral("2026-T3")) < *Period::parse(QStringLiteral("2026")));
    CHECK(*Period::parse(QStringLiteral("2026")) < *Period::parse(QStringLiteral("2027-T1")));
}

TEST_CASE("Flows: tertial plan is a third, share is the sum of actuals over the sum planned", "[plan]")
{
    BenefitStatusInput in;
    in.kind = FigureKind::Flow;
    in.targets = {{2026, 300}, {2027, 600}};
    in.forecast = {{2026, 330}, {2027, 660}};
    in.actuals = {actual("2026-T1", 90, "sen oppstart"), actual("2026-T2", 110)};
    auto rows = PlanStatusCalculator::compute(in);
    REQUIRE(rows.size() == 4); // T1, T2, 2026, 2027
    const auto& t1 = row(rows, "2026-T1");
    CHECK(*t1.planned == Approx(100).epsilon(1e-12));
    CHECK(*t1.deviation == Approx(-10).epsilon(1e-12));
    CHECK(*t1.realisedShare == Approx(0.9).epsilon(1e-12));
    CHECK(t1.status == Status::Green); // 0.9 is green (≥)
    CHECK(*t1.forecast == Approx(110).epsilon(1e-12));
    CHECK(t1.comment == QStringLiteral("sen oppstart"));
    CHECK(*row(rows, "2026-T2").realisedShare == Approx(1.0).epsilon(1e-12));
    CHECK_FALSE(row(rows, "2026").actual);
    CHECK(row(rows, "2026").status == Status::None);
    CHECK_FALSE(row(rows, "2026").realisedShare);
    CHECK(*row(rows, "2027").forecast == Approx(660).epsilon(1e-12));

    // The annual actual replaces the year's tertials in the sums.
    in.actuals.push_back(actual("2026", 240));
    in.actuals.push_back(actual("2027-T1", 100));
    rows = PlanStatusCalculator::compute(in);
    CHECK(*row(rows, "2026").realisedShare == Approx(0.8).epsilon(1e-12));
    CHECK(row(rows, "2026").status == Status::Yellow);
    CHECK(*row(rows, "2027-T1").planned == Approx(200).epsilon(1e-12));
    CHECK(*row(rows, "2027-T1").realisedShare == Approx(340.0 / 500.0).epsilon(1e-12));
    CHECK(row(rows, "2027-T1").status == Status::Red);
    CHECK(PlanStatusCalculator::latestStatus(rows) == Status::Red);
}

TEST_CASE("Levels: tertial plan is the year's value, share is the latest actual over its plan", "[plan]")
{
    BenefitStatusInput in;
    in.kind = FigureKind::Level;
    in.targets = {{2026, 10}, {2027, 20}};
    in.actuals = {actual("2026", 9.5), actual("2027-T1", 13), actual("2027", 15)};
    const auto rows = PlanStatusCalculator::compute(in);
    CHECK(*row(rows, "2026").realisedShare == Approx(0.95).epsilon(1e-12));
    CHECK(row(rows, "2026").status == Status::Green);
    CHECK(*row(rows, "2027-T1").planned == Approx(20).epsilon(1e-12));
    CHECK(*row(rows, "2027-T1").realisedShare == Approx(0.65).epsilon(1e-12));
    CHECK(row(rows, "2027-T1").status == Status::Red);
    CHECK(*row(rows, "2027").realisedShare == Approx(0.75).epsilon(1e-12));
    CHECK(row(rows, "2027").status == Status::Yellow);
    CHECK(*row(rows, "2027").deviation == Approx(-5).epsilon(1e-12));
    CHECK_FALSE(row(rows, "2027").forecast); // no forecast given
}

TEST_CASE("Thresholds are the plan's; zero and missing plans give no share", "[plan]")
{
    BenefitStatusInput in;
    in.kind = FigureKind::Flow;
    in.targets = {{2026, 0}, {2027, 100}};
    in.thresholds = Thresholds{0.8, 0.5};
    in.actuals = {actual("2026", 5), actual("2028", 7)};
    auto rows = PlanStatusCalculator::compute(in);
    CHECK_FALSE(row(rows, "2026").realisedShare);
    CHECK(row(rows, "2026").status == Status::None);
    CHECK_FALSE(row(rows, "2028").planned); // no target for 2028
    CHECK_FALSE(row(rows, "2028").deviation);
    in.actuals = {actual("2027", 80)};
    rows = PlanStatusCalculator::compute(in);
    CHECK(row(rows, "2027").status == Status::Green); // 0.8 ≥ the plan's green 0.8
    CHECK(PlanStatusCalculator::statusOf(0.79, in.thresholds) == Status::Yellow);
    CHECK(PlanStatusCalculator::statusOf(0.49, in.thresholds) == Status::Red);
    CHECK(PlanStatusCalculator::statusOf(std::nullopt, in.thresholds) == Status::None);
}

TEST_CASE("A negative plan (a cost) keeps actual over planned", "[plan]")
{
    BenefitStatusInput in;
    in.kind = FigureKind::Flow;
    in.targets = {{2026, -100}};
    in.actuals = {actual("2026", -50)};
    const auto rows = PlanStatusCalculator::compute(in);
    CHECK(*row(rows, "2026").realisedShare == Approx(0.5).epsilon(1e-12));
    CHECK(*row(rows, "2026").deviation == Approx(50).epsilon(1e-12));
}
