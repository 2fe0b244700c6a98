// The rules of spec §8, one at a time, on small made-up inputs whose results can be
// worked out by hand: survival with falling mortality, net migration per five-year
// group (with its clamp and its zero cases), births, the open group 105+, one whole
// step, and a run over several years.

#include "PopulationProjection.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace gevinst::projection;
using Catch::Matchers::WithinRel;

namespace {

AgeProfile filled(double value)
{
    AgeProfile p{};
    p.fill(value);
    return p;
}

} // namespace

TEST_CASE("survival: q falls by 1.5 % a year from the table's year 2023", "[projection][survival]")
{
    AgeProfile q = filled(0.1);
    q[50] = 0.02;
    q[105] = 1.0;
    const AgeProfile s2023 = PopulationProjection::survival(q, 2023);
    CHECK_THAT(s2023[0], WithinRel(0.9, 1e-15));
    // Step 1.1.2024 → 1.1.2025: one year of improvement.
    const AgeProfile s2024 = PopulationProjection::survival(q, 2024);
    CHECK_THAT(s2024[0], WithinRel(1.0 - 0.1 * 0.985, 1e-15));
    CHECK_THAT(s2024[50], WithinRel(1.0 - 0.02 * 0.985, 1e-15));
    // 2030: seven years, 0.985^7 = 0.899…
    const AgeProfile s2030 = PopulationProjection::survival(q, 2030);
    CHECK_THAT(s2030[0], WithinRel(1.0 - 0.1 * std::pow(0.985, 7), 1e-14));
    CHECK_THAT(s2030[105], WithinRel(1.0 - std::pow(0.985, 7), 1e-14));
}

TEST_CASE("survival: q is capped at 1 (never negative survival)", "[projection][survival]")
{
    AgeProfile q = filled(0.95);
    // Before 2023 the factor exceeds 1: 0.95 / 0.985^10 = 1.1… → q = 1, S = 0.
    const AgeProfile s = PopulationProjection::survival(q, 2013);
    CHECK(s[7] == 0.0);
    CHECK(PopulationProjection::survival(filled(1.0), 2023)[3] == 0.0);
}

TEST_CASE("migration: half the yearly rate of observed over expected survivors", "[projection][migration]")
{
    // No deaths: E_G = Σ P_{B−5}(a−5). Group 5–9: O = 5·102, E = 5·100 → (1.02)^(1/5).
    const AgeProfile q = filled(0.0);
    AgeProfile base = filled(100.0);
    AgeProfile earlier = filled(100.0);
    for (int a = 5; a <= 9; ++a)
        base[std::size_t(a)] = 100.0 * std::pow(1.02, 5); // O/E = 1.02^5 → m = ½ · 0.02 = 0.01
    const AgeProfile m = PopulationProjection::migrationRates(base, earlier, q);
    for (int a = 5; a <= 9; ++a)
        CHECK_THAT(m[std::size_t(a)], WithinRel(0.01, 1e-12));
    // Groups where O = E: no migration.
    for (int a = 10; a < 100; ++a)
        CHECK(std::abs(m[std::size_t(a)]) < 1e-15);
}

TEST_CASE("migration: expected survivors use five years of the life table", "[projection][migration]")
{
    // q = 0.1 at ages 0–8: the cohort aged 0–4 in B−5 reaches 5–9 with 0.9^5 = 0.59049.
    AgeProfile q = filled(0.0);
    for (int a = 0; a <= 8; ++a)
        q[std::size_t(a)] = 0.1;
    AgeProfile earlier = filled(0.0);
    for (int a = 0; a <= 4; ++a)
        earlier[std::size_t(a)] = 100.0;
    AgeProfile base = filled(0.0);
    const double expected = 500.0 * std::pow(0.9, 5); // 295.245
    base[5] = expected * 1.1;                           // O/E = 1.1 (all in one age of the group)
    const AgeProfile m = PopulationProjection::migrationRates(base, earlier, q);
    const double rate = 0.5 * (std::pow(1.1, 0.2) - 1.0); // 0.009655…
    for (int a = 5; a <= 9; ++a)
        CHECK_THAT(m[std::size_t(a)], WithinRel(rate, 1e-12));
    // Every other group has O = 0 or E = 0: m = 0.
    for (int a = 10; a < 106; ++a)
        CHECK(m[std::size_t(a)] == 0.0);
}

TEST_CASE("migration: clamped to ±2.5 % a year", "[projection][migration]")
{
    const AgeProfile q = filled(0.0);
    AgeProfile base = filled(100.0);
    const AgeProfile earlier = filled(100.0);
    for (int a = 20; a <= 24; ++a)
        base[std::size_t(a)] = 3200.0; // O/E = 32 → ½ · (2 − 1) = 0.5 → 0.025
    for (int a = 60; a <= 64; ++a)
        base[std::size_t(a)] = 100.0 / 32.0; // O/E = 1/32 → ½ · (0.5 − 1) = −0.25 → −0.025
    for (int a = 70; a <= 74; ++a)
        base[std::size_t(a)] = 100.0 * std::pow(1.04, 5); // ½ · 0.04 = 0.02: inside the limit
    const AgeProfile m = PopulationProjection::migrationRates(base, earlier, q);
    CHECK(m[22] == 0.025);
    CHECK(m[62] == -0.025);
    CHECK_THAT(m[72], WithinRel(0.02, 1e-12));
}

TEST_CASE("migration: zero below 5, from 100, for empty groups and without B−5 figures", "[projection][migration]")
{
    const AgeProfile q = filled(0.0);
    AgeProfile base = filled(100.0);
    AgeProfile earlier = filled(50.0); // everyone doubled: O/E = 2, so m would be the clamp everywhere
    earlier[30] = earlier[31] = earlier[32] = earlier[33] = earlier[34] = 0.0; // E for 35–39 = 0
    base[40] = base[41] = base[42] = base[43] = base[44] = 0.0;                // O for 40–44 = 0
    const AgeProfile m = PopulationProjection::migrationRates(base, earlier, q);
    for (int a = 0; a < 5; ++a)
        CHECK(m[std::size_t(a)] == 0.0);
    for (int a = 100; a <= 105; ++a)
        CHECK(m[std::size_t(a)] == 0.0);
    for (int a = 35; a <= 44; ++a)
        CHECK(m[std::size_t(a)] == 0.0);
    CHECK(m[5] == 0.025);
    CHECK(m[99] == 0.025);
    const AgeProfile none = PopulationProjection::migrationRates(base, std::nullopt, q);
    for (double v : none)
        CHECK(v == 0.0);
}

TEST_CASE("births: β = P_B(0) / Σ P_B(20…44)", "[projection][births]")
{
    AgeProfile base = filled(1.0);
    base[0] = 5.0;
    CHECK_THAT(PopulationProjection::birthRatio(base), WithinRel(5.0 / 25.0, 1e-15));
    AgeProfile noMothers = filled(0.0);
    noMothers[0] = 3.0;
    CHECK(PopulationProjection::birthRatio(noMothers) == 0.0);
}

TEST_CASE("step: ageing with survival and the arrival age's migration, births from the new 20–44", "[projection][step]")
{
    AgeProfile persons{};
    for (int a = 0; a < kAgeCount; ++a)
        persons[std::size_t(a)] = 10.0 + a;
    AgeProfile s = filled(0.5);
    AgeProfile m = filled(0.0);
    m[21] = 0.02; // arriving at 21 (from 20)
    m[20] = -0.01;
    const AgeProfile next = PopulationProjection::step(persons, s, m, 0.04);
    CHECK_THAT(next[1], WithinRel(10.0 * 0.5, 1e-15));
    CHECK_THAT(next[20], WithinRel(29.0 * 0.5 * 0.99, 1e-15)); // from 19, m(20)
    CHECK_THAT(next[21], WithinRel(30.0 * 0.5 * 1.02, 1e-15)); // from 20, m(21)
    CHECK_THAT(next[104], WithinRel(113.0 * 0.5, 1e-15));
    // Open group: 104 and 105+ survive into 105+.
    CHECK_THAT(next[105], WithinRel((114.0 + 115.0) * 0.5, 1e-15));
    // Births: β · Σ_{20..44} of the new year.
    double mothers = 0;
    for (int a = 20; a <= 44; ++a)
        mothers += next[std::size_t(a)];
    CHECK_THAT(next[0], WithinRel(0.04 * mothers, 1e-15));
}

TEST_CASE("step: the open group 105+ with its own survival", "[projection][step]")
{
    AgeProfile persons{};
    persons[104] = 100.0;
    persons[105] = 40.0;
    AgeProfile s = filled(1.0);
    s[104] = 0.5;
    s[105] = 0.25;
    const AgeProfile next = PopulationProjection::step(persons, s, AgeProfile{}, 0.0);
    CHECK(next[105] == 60.0); // 100 · 0.5 + 40 · 0.25
    CHECK(next[104] == 0.0);
    CHECK(next[0] == 0.0);
}

TEST_CASE("run: base year first, one profile a year, the same as chaining step()", "[projection][run]")
{
    ProjectionInputs in;
    for (int a = 0; a < kAgeCount; ++a) {
        in.base[std::size_t(a)] = 1000.0 - 5.0 * a;
        in.deathProbability[std::size_t(a)] = std::min(1.0, 0.0005 * std::exp(0.085 * a));
    }
    AgeProfile earlier = in.base;
    for (double& v : earlier)
        v *= 0.97;
    in.fiveYearsEarlier = earlier;
    const PopulationProjection projection(in);
    const ProjectionSeries series = projection.run(2027);
    REQUIRE(series.years == std::vector<int>{2024, 2025, 2026, 2027});
    REQUIRE(series.persons.size() == 4);
    CHECK(series.persons[0] == in.base);
    AgeProfile p = in.base;
    for (int year = 2024; year < 2027; ++year)
        p = PopulationProjection::step(p, PopulationProjection::survival(in.deathProbability, year), projection.migration(),
                                       projection.births());
    for (int a = 0; a < kAgeCount; ++a)
        CHECK_THAT(series.persons[3][std::size_t(a)], WithinRel(p[std::size_t(a)], 1e-15));
    // Same-weight growth everywhere: (1/0.97 · survival)^(1/5) → clamped? 0.97 gives ½·((1/0.97·1/S5)^(1/5) − 1) < 2.5 %.
    CHECK(projection.migration()[50] > 0.0);
    CHECK(projection.migration()[50] < 0.025);
}

TEST_CASE("run: years outside base … 2100 give an empty series, 2100 is reached", "[projection][run]")
{
    ProjectionInputs in;
    in.base = filled(10.0);
    const PopulationProjection projection(in);
    CHECK(projection.run(2023).years.empty());
    CHECK(projection.run(2101).persons.empty());
    const ProjectionSeries full = projection.run(2100);
    CHECK(full.years.size() == 77);
    CHECK(full.years.back() == 2100);
    CHECK(projection.run(2024).persons.size() == 1);
}
