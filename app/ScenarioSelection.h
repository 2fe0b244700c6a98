#pragma once
// The scenarios a multi-scenario command works on (compare, rollup): every FILE
// named on the command line and every --id ID from the scenario library, in the
// order given, each read and validated (ScenarioSource).

#include "CliArgs.h"
#include "ScenarioSource.h"

#include "SourceLine.h"

#include <vector>

namespace gevinst::cli {

/// At least `minimum` scenarios, else CliError(ExitInvalidInput) with `usage`.
std::vector<LoadedScenario> loadScenarios(CliArgs& args, std::size_t minimum, const std::string& usage);

/// Exactly one scenario (FILE or --id ID), else CliError(ExitInvalidInput) with `usage`.
LoadedScenario loadOneScenario(CliArgs& args, const std::string& usage);

/// «Kilde: Gevinstmodell, scenario X, versjon Y, dato» for a loaded scenario.
io::SourceLine sourceLineOf(const LoadedScenario& loaded);

} // namespace gevinst::cli
