#pragma once
// Where a command's scenario comes from: a JSON file named on the command line,
// or (with --id) a scenario in the library (--db PATH, or the default file).
// Invalid scenarios end the command with exit code 2 and every problem, each
// naming the file (or library id) and the field path.

#include "CliArgs.h"

#include "FieldError.h"
#include "Scenario.h"

#include <memory>
#include <string>

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::cli {

struct LoadedScenario {
    Scenario scenario;
    std::string label;   ///< the file name or "library id N", for messages
    std::string version; ///< the library version, or empty for a file
    std::string libraryId; ///< the scenario's id in the library, or empty for a file
};

/// Reads and validates the scenario in `path`.
LoadedScenario loadScenarioFile(const std::string& path);

/// One scenario: either the single FILE positional, or --id ID [--version N] from the
/// library at --db PATH (default: ScenarioLibrary::defaultPath()). Takes --db even when
/// a FILE is given, so --db works with every subcommand. `usage` is shown when the
/// arguments name no scenario or more than one.
LoadedScenario loadScenario(CliArgs& args, const std::string& usage);

/// Scenario `id` (newest version, or `version`) from an open library; exit code 2 for an
/// unknown id or version, or an invalid stored document.
LoadedScenario loadScenarioFromLibrary(store::ScenarioLibrary& library, const std::string& id,
                                       const std::string& version = {});

/// Takes --db PATH; the default library file when it is absent.
std::string takeLibraryPath(CliArgs& args);

/// Opens (creating and seeding on first use) the library at `path`. A library that can
/// only be read is opened read-only when `readOnlyIsEnough`. Failures: CliError(ExitFailure)
/// with the library's message (damaged, not a library, newer schema, read-only, locked).
std::unique_ptr<store::ScenarioLibrary> openLibrary(const std::string& path, bool readOnlyIsEnough);

/// The scenario document `json` rewritten as format `format` ("1" or "2"): exit code 2
/// naming --format when it is neither, or when format 1 is asked for a scenario whose
/// vocabulary is not the standard one (saying why).
std::string documentInFormat(const std::string& json, const std::string& format, const std::string& label = "");

/// Throws CliError(ExitInvalidInput) listing every problem, each line "label: path: reason".
[[noreturn]] void failInvalid(const std::string& label, const FieldErrors& errors);

} // namespace gevinst::cli
