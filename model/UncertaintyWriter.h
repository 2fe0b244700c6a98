#pragma once
// Writes the uncertainty results as JSON: the Monte Carlo summary
// (`gevinstmodell-mc/1`), the tornado (`gevinstmodell-tornado/1`) and a goal
// seek answer (`{"goal", "reachable", "value"}`). Plain unrounded numbers, null
// where a value is undefined.

#include "GoalSeek.h"
#include "MonteCarlo.h"
#include "Tornado.h"

#include <nlohmann/json.hpp>

namespace gevinst {

inline constexpr const char* kMonteCarloFormat = "gevinstmodell-mc/1";
inline constexpr const char* kTornadoFormat = "gevinstmodell-tornado/1";

class UncertaintyWriter {
public:
    static nlohmann::ordered_json monteCarloJson(const MonteCarloResult& result);
    static nlohmann::ordered_json tornadoJson(const Scenario& scenario, const TornadoResult& result);
    static nlohmann::ordered_json goalJson(const GoalResult& result);
};

} // namespace gevinst
