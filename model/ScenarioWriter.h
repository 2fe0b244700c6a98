#pragma once
// Writes a Scenario as a `gevinstmodell-scenario/2` document (its vocabulary
// first, then the fields in the order of spec §2), so that reading it back gives
// the same scenario — or, on request, as format 1 when its vocabulary is the
// standard one.

#include "FieldError.h"
#include "Scenario.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace gevinst {

class ScenarioWriter {
public:
    /// Format 2.
    static nlohmann::ordered_json toJson(const Scenario& scenario);
    /// Format 1 or 2; format 1 only for the standard vocabulary, else nullopt and `why`.
    static std::optional<nlohmann::ordered_json> toJson(const Scenario& scenario, int format, FieldError& why);
};

} // namespace gevinst
