#pragma once
// Where a command's scenario comes from: a JSON file named on the command line,
// or (with --id) a scenario in the library. Invalid scenarios end the command
// with exit code 2 and every problem, each naming the file and the field path.

#include "CliArgs.h"

#include "FieldError.h"
#include "Scenario.h"

#include <string>

namespace gevinst::cli {

struct LoadedScenario {
    Scenario scenario;
    std::string label;   ///< the file name or "library id N", for messages
    std::string version; ///< the library version, or empty for a file
};

/// Reads and validates the scenario in `path`.
LoadedScenario loadScenarioFile(const std::string& path);

/// Throws CliError(ExitInvalidInput) listing every problem, each line "label: path: reason".
[[noreturn]] void failInvalid(const std::string& label, const FieldErrors& errors);

} // namespace gevinst::cli
