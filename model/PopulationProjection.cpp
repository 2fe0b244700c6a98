#include "PopulationProjection.h"

#include <algorithm>
#include <cmath>

namespace gevinst::projection {

namespace {

constexpr int kFirstMotherAge = 20;
constexpr int kLastMotherAge = 44;
constexpr int kFirstMigrationAge = 5;
constexpr int kEndMigrationAge = 100; ///< m(a) = 0 from here on
constexpr int kGroupWidth = 5;

double mothers(const AgeProfile& persons)
{
    double sum = 0;
    for (int a = kFirstMotherAge; a <= kLastMotherAge; ++a)
        sum += persons[std::size_t(a)];
    return sum;
}

} // namespace

PopulationProjection::PopulationProjection(ProjectionInputs inputs, ProjectionMethod method)
    : m_inputs(std::move(inputs))
    , m_method(method)
    , m_migration(migrationRates(m_inputs.base, m_inputs.fiveYearsEarlier, m_inputs.deathProbability, m_method))
    , m_birthRatio(birthRatio(m_inputs.base))
{
}

AgeProfile PopulationProjection::survival(const AgeProfile& deathProbability, int year, const ProjectionMethod& method)
{
    const double factor = std::pow(1.0 - method.mortalityImprovement, double(year - method.lifeTableYear));
    AgeProfile s{};
    for (int a = 0; a < kAgeCount; ++a)
        s[std::size_t(a)] = 1.0 - std::min(1.0, deathProbability[std::size_t(a)] * factor);
    return s;
}

AgeProfile PopulationProjection::migrationRates(const AgeProfile& base, const std::optional<AgeProfile>& fiveYearsEarlier,
                                                const AgeProfile& deathProbability, const ProjectionMethod& method)
{
    AgeProfile m{};
    if (!fiveYearsEarlier)
        return m;
    const AgeProfile& earlier = *fiveYearsEarlier;
    for (int g = kFirstMigrationAge; g < kEndMigrationAge; g += kGroupWidth) {
        double observed = 0;
        double expected = 0;
        for (int a = g; a < g + kGroupWidth; ++a) {
            observed += base[std::size_t(a)];
            // The cohort aged a−5 five years ago, through five years of the table's mortality.
            double surviving = earlier[std::size_t(a - kGroupWidth)];
            for (int i = 0; i < kGroupWidth; ++i)
                surviving *= 1.0 - deathProbability[std::size_t(a - kGroupWidth + i)];
            expected += surviving;
        }
        double rate = 0;
        if (observed != 0 && expected != 0) {
            rate = method.migrationWeight * (std::pow(observed / expected, 1.0 / kGroupWidth) - 1.0);
            rate = std::clamp(rate, -method.migrationLimit, method.migrationLimit);
        }
        for (int a = g; a < g + kGroupWidth; ++a)
            m[std::size_t(a)] = rate;
    }
    return m;
}

double PopulationProjection::birthRatio(const AgeProfile& base)
{
    const double denominator = mothers(base);
    return denominator > 0 ? base[0] / denominator : 0.0;
}

AgeProfile PopulationProjection::step(const AgeProfile& persons, const AgeProfile& survival, const AgeProfile& migration,
                                      double birthRatio)
{
    AgeProfile next{};
    for (int a = 0; a < kOpenAge - 1; ++a) // a = 0 … 103
        next[std::size_t(a + 1)] = persons[std::size_t(a)] * survival[std::size_t(a)] * (1.0 + migration[std::size_t(a + 1)]);
    next[kOpenAge] = (persons[kOpenAge - 1] * survival[kOpenAge - 1] + persons[kOpenAge] * survival[kOpenAge]) *
                     (1.0 + migration[kOpenAge]);
    next[0] = birthRatio * mothers(next);
    return next;
}

ProjectionSeries PopulationProjection::run(int toYear) const
{
    ProjectionSeries series;
    if (toYear < m_method.baseYear || toYear > m_method.lastYear)
        return series;
    const std::size_t count = std::size_t(toYear - m_method.baseYear + 1);
    series.years.reserve(count);
    series.persons.reserve(count);
    series.years.push_back(m_method.baseYear);
    series.persons.push_back(m_inputs.base);
    for (int year = m_method.baseYear; year < toYear; ++year) {
        const AgeProfile s = survival(m_inputs.deathProbability, year, m_method);
        series.persons.push_back(step(series.persons.back(), s, m_migration, m_birthRatio));
        series.years.push_back(year + 1);
    }
    return series;
}

std::vector<std::vector<double>> PopulationProjection::bandSeries(const ProjectionSeries& series, const ProjectionBands& bands)
{
    std::vector<std::vector<double>> out(bands.size());
    for (std::size_t b = 0; b < bands.size(); ++b) {
        out[b].reserve(series.persons.size());
        for (const AgeProfile& persons : series.persons)
            out[b].push_back(bands.bands()[b].sum(persons));
    }
    return out;
}

} // namespace gevinst::projection
