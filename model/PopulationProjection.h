#pragma once
// The program's own population projection for one kommune or bydel (spec §8): a
// cohort-component projection by single year of age from the registered population
// on 1 January of the base year B = 2024, with mortality from SSB's life table
// falling 1.5 % a year, net migration from the unit's own last five years (B−5 → B)
// at half weight, births as a fixed ratio to the persons aged 20–44, and an open
// group 105+. Each rule is a static function of its own, so that it can be checked
// by hand; run() chains them. Pure computation: the inputs come from ProjectionDataSet.

#include "AgeProfile.h"
#include "ProjectionBands.h"

#include <optional>
#include <vector>

namespace gevinst::projection {

/// The constants of the method (spec §8); the defaults are the specification's.
struct ProjectionMethod {
    int baseYear = 2024;               ///< B: the registered population P_B
    int lifeTableYear = 2023;          ///< the year the life table q(a) stands for
    double mortalityImprovement = 0.015; ///< r: q falls by this share a year
    double migrationWeight = 0.5;      ///< the share of the observed net migration carried on
    double migrationLimit = 0.025;     ///< |m(a)| at most this a year
    int lastYear = 2100;               ///< the last year run() goes to
};

/// What one unit's projection starts from.
struct ProjectionInputs {
    AgeProfile base{};                         ///< P_B(a), persons on 1 January B
    std::optional<AgeProfile> fiveYearsEarlier; ///< P_{B−5}(a), same borders; none: m = 0
    AgeProfile deathProbability{};             ///< q(a), a = 0 … 105 (SSB 07902)
};

/// The projection by single age and by band for consecutive years.
struct ProjectionSeries {
    std::vector<int> years;                 ///< baseYear … toYear
    std::vector<AgeProfile> persons;        ///< P_y, one per year (persons[0] = P_B)
};

class PopulationProjection {
public:
    explicit PopulationProjection(ProjectionInputs inputs, ProjectionMethod method = {});

    // --- the rules of §8, one at a time --------------------------------------

    /// S_y(a) = 1 − min(1, q(a) · (1 − r)^(y − lifeTableYear)): survival from 1 January
    /// `year` to 1 January year+1.
    static AgeProfile survival(const AgeProfile& deathProbability, int year, const ProjectionMethod& method = {});
    /// m(a): per five-year group G = g … g+4 (g = 5, 10, …, 95), half of the yearly rate
    /// at which the observed O_G exceeds the expected survivors E_G of five years
    /// earlier, clamped to ±limit; 0 below 5, from 100 on, for a group with O_G or E_G
    /// zero, and everywhere without `fiveYearsEarlier`.
    static AgeProfile migrationRates(const AgeProfile& base, const std::optional<AgeProfile>& fiveYearsEarlier,
                                     const AgeProfile& deathProbability, const ProjectionMethod& method = {});
    /// β = P_B(0) / Σ_{a=20..44} P_B(a) (0 when nobody is 20–44).
    static double birthRatio(const AgeProfile& base);
    /// One year on: ageing with survival and migration, 104 and 105+ into 105+, then births.
    static AgeProfile step(const AgeProfile& persons, const AgeProfile& survival, const AgeProfile& migration,
                           double birthRatio);

    // --- the whole projection ------------------------------------------------

    /// P_y for y = baseYear … toYear (toYear in baseYear … lastYear; otherwise empty
    /// series). persons[0] is the registered base.
    ProjectionSeries run(int toYear) const;
    /// The band sums of each year of `series`: result[band][year index].
    static std::vector<std::vector<double>> bandSeries(const ProjectionSeries& series, const ProjectionBands& bands);

    const ProjectionInputs& inputs() const { return m_inputs; }
    const ProjectionMethod& method() const { return m_method; }
    /// m(a) of this unit.
    const AgeProfile& migration() const { return m_migration; }
    /// β of this unit.
    double births() const { return m_birthRatio; }

private:
    ProjectionInputs m_inputs;
    ProjectionMethod m_method;
    AgeProfile m_migration{};
    double m_birthRatio = 0;
};

} // namespace gevinst::projection
