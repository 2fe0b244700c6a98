#include "ScenarioSelection.h"
#include "CliText.h"

#include "ScenarioLibrary.h"

namespace gevinst::cli {

namespace {

/// Files first, then library ids, each in the order given. --db is taken in any case.
std::vector<LoadedScenario> loadAll(CliArgs& args)
{
    const std::string libraryPath = takeLibraryPath(args);
    const auto ids = args.options("--id");
    std::vector<LoadedScenario> loaded;
    for (const auto& file : args.positionals())
        loaded.push_back(loadScenarioFile(file));
    if (!ids.empty()) {
        auto library = openLibrary(libraryPath, true);
        for (const auto& id : ids)
            loaded.push_back(loadScenarioFromLibrary(*library, id));
    }
    return loaded;
}

} // namespace

std::vector<LoadedScenario> loadScenarios(CliArgs& args, std::size_t minimum, const std::string& usage)
{
    auto loaded = loadAll(args);
    if (loaded.size() < minimum)
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst %1 (se gevinst --help)").arg(CliText::q(usage)));
    return loaded;
}

LoadedScenario loadOneScenario(CliArgs& args, const std::string& usage)
{
    return loadScenario(args, usage);
}

io::SourceLine sourceLineOf(const LoadedScenario& loaded)
{
    io::SourceLine line;
    line.scenarioName = QString::fromStdString(loaded.scenario.name);
    line.version = QString::fromStdString(loaded.version);
    if (loaded.version.empty())
        line.fileName = QString::fromStdString(loaded.label);
    return line;
}

} // namespace gevinst::cli
