#pragma once
// The rules of spec §2 that look at a whole, typed scenario: bounds of every
// numeric input, task shares summing to 1, measures of one role and category
// summing to at most 1, years inside the horizon, receivers present where
// measures need them, service recipients in the start year, uncertainty ranges.

#include "FieldError.h"
#include "Scenario.h"

#include <set>
#include <string>

namespace gevinst {

class ScenarioValidator {
public:
    /// Appends every violation to `errors`, skipping fields listed in `alreadyReported`
    /// (fields the reader could not read, so their value here means nothing).
    static void validate(const Scenario& scenario, FieldErrors& errors,
                         const std::set<std::string>& alreadyReported = {});
};

} // namespace gevinst
