#pragma once
// Every numeric input of a scenario with its field path and its valid bounds: the
// one table that validation, uncertainty ranges, Monte Carlo draws, the tornado,
// goal seeking and the editor's field bounds all read. Years are not here (they
// are whole numbers checked by ScenarioValidator).

#include "FieldError.h"
#include "Scenario.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gevinst {

/// No input may exceed this in magnitude: it keeps every product of the
/// calculation finite over a 100-year horizon.
inline constexpr double kMaxMagnitude = 1e12;

enum class Bound {
    Share,          ///< 0 ≤ x ≤ 1
    PositiveShare,  ///< 0 < x ≤ 1
    NonNegative,    ///< 0 ≤ x
    Positive,       ///< 0 < x
    Growth,         ///< −1 < x ≤ 1 (a yearly rate of change)
};

struct NumericField {
    std::string path;
    double* value = nullptr;
    Bound bound = Bound::NonNegative;
};

/// Calls `visit` for every numeric input the scenario holds (absent roles and
/// receivers are skipped), in document order.
void forEachNumericField(Scenario& scenario, const std::function<void(const std::string& path, double& value, Bound bound)>& visit);
void forEachNumericField(const Scenario& scenario, const std::function<void(const std::string& path, double value, Bound bound)>& visit);

std::vector<NumericField> numericFields(Scenario& scenario);

/// The field at `path`, or nullptr when the scenario has no numeric input there.
double* numericField(Scenario& scenario, const std::string& path);

/// The bound's violation by `value`, if any.
std::optional<FieldError> checkBound(const std::string& path, double value, Bound bound);

/// Lowest and highest valid value (open ends are reported as the end itself).
std::pair<double, double> boundLimits(Bound bound);

} // namespace gevinst
