// gevinst rollup: bydel scenarios added up into one kommune result (spec §5),
// written as a gevinstmodell-result/1 document.

#include "CliText.h"
#include "Commands.h"
#include "ModelErrorText.h"
#include "FileIo.h"
#include "ScenarioSelection.h"

#include "Aggregation.h"
#include "Engine.h"
#include "ResultWriter.h"

#include <iostream>

namespace gevinst::cli {

int runRollup(CliArgs& args)
{
    const auto out = args.option("-o", "--output");
    UnitRef kommune;
    if (auto name = args.option("--name"))
        kommune.name = *name;
    const auto loaded = loadScenarios(args, 1, "rollup FILE|--id ID … [--name NAME] [-o OUT.json]");

    std::vector<Result> results;
    results.reserve(loaded.size());
    for (const auto& l : loaded)
        results.push_back(Engine::compute(l.scenario));
    std::vector<AggregationPart> parts;
    for (std::size_t i = 0; i < loaded.size(); ++i)
        parts.push_back({&loaded[i].scenario, &results[i]});

    const RollUpOutcome outcome = Aggregation::rollUp(parts, kommune);
    if (!outcome.ok()) {
        std::string message = CliText::text(CliText::tr("disse scenarioene kan ikke legges sammen"));
        for (const auto& e : outcome.errors)
            message += "\n" + (e.part >= 0 ? loaded[e.part].label + ": " : std::string()) +
                       CliText::text(io::ModelErrorText::reason(e));
        throw CliError(ExitInvalidInput, message);
    }

    auto json = ResultWriter::toJson(outcome.rollUp->result);
    nlohmann::ordered_json from = nlohmann::ordered_json::array();
    for (const auto& l : loaded)
        from.push_back({{"scenario", l.scenario.name}, {"unit", ResultWriter::unitJson(l.scenario.unit)}});
    json["rolled_up_from"] = from;
    json["base"] = {{"inhabitants_67_plus", outcome.rollUp->base.inhabitants67Plus},
                    {"base_fte", outcome.rollUp->base.baseFte}};
    const std::string text = json.dump(2) + "\n";
    if (out && *out != "-")
        writeFileAtomically(*out, text);
    else
        std::cout << text;
    return ExitOk;
}

} // namespace gevinst::cli
