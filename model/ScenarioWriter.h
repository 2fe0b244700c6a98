#pragma once
// Writes a Scenario as a `gevinstmodell-scenario/1` document, fields in the order
// of spec §2, so that reading it back gives the same scenario.

#include "Scenario.h"

#include <nlohmann/json.hpp>

namespace gevinst {

class ScenarioWriter {
public:
    static nlohmann::ordered_json toJson(const Scenario& scenario);
};

} // namespace gevinst
