#include "ScenarioSource.h"

#include "FileIo.h"
#include "ScenarioReader.h"

namespace gevinst::cli {

void failInvalid(const std::string& label, const FieldErrors& errors)
{
    std::string message = label + ": invalid scenario (" + std::to_string(errors.size()) +
                          (errors.size() == 1 ? " problem)" : " problems)");
    for (const auto& e : errors)
        message += "\n" + label + ": " + e.message();
    throw CliError(ExitInvalidInput, message);
}

LoadedScenario loadScenarioFile(const std::string& path)
{
    const std::string text = readFile(path, ReaderLimits::maxDocumentBytes);
    ReadOutcome outcome = ScenarioReader::fromText(text);
    if (!outcome.ok())
        failInvalid(path, outcome.errors);
    return {std::move(*outcome.scenario), path, {}};
}

} // namespace gevinst::cli
