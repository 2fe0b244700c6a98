// gevinst service-areas [--json]: the service areas the program ships
// (resources/service-areas/*.json) with their Norwegian names and the size of their
// vocabularies. Wires the store's shipped catalogue to the terminal, nothing else.

#include "Commands.h"
#include "CliText.h"
#include "ModelErrorText.h"
#include "TerminalText.h"

#include "ScenarioTemplate.h"
#include "ServiceAreaCatalogue.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace gevinst::cli {

int runServiceAreas(CliArgs& args)
{
    const bool json = args.flag("--json");
    if (!args.positionals().empty())
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst service-areas [--json]"));
    auto loaded = store::ScenarioTemplate::serviceAreas();
    if (!loaded)
        throw CliError(ExitFailure, CliText::storeError(loaded.error()));
    const ServiceAreaCatalogue& catalogue = **loaded;
    for (const auto& problem : catalogue.problems())
        std::cerr << "gevinst: " << problem.file << ": " << CliText::text(io::ModelErrorText::message(problem.error) + CliText::tr(" (hoppet over)")) << "\n";

    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const ServiceArea& area : catalogue.areas()) {
            const Vocabulary& v = area.templateScenario.vocabulary;
            nlohmann::ordered_json bands = nlohmann::ordered_json::array();
            for (const auto& b : v.ageBands)
                bands.push_back(b.id);
            list.push_back({{"id", area.id},
                            {"name", area.name},
                            {"name_en", area.nameEn},
                            {"roles", v.roles.size()},
                            {"categories", v.categories.size()},
                            {"receivers", v.receivers.size()},
                            {"age_bands", bands},
                            {"template_unit", area.templateScenario.unit.id}});
        }
        std::cout << nlohmann::ordered_json{{"service_areas", list}}.dump(2) << "\n";
        return ExitOk;
    }
    TextTable table({"Id", "Navn", "Roller", "Kategorier", "Mottakere", "Aldersgrupper"});
    for (const ServiceArea& area : catalogue.areas()) {
        const Vocabulary& v = area.templateScenario.vocabulary;
        std::string bands;
        for (const auto& b : v.ageBands)
            bands += (bands.empty() ? "" : ", ") + b.id;
        table.addRow({area.id, area.name, std::to_string(v.roles.size()), std::to_string(v.categories.size()),
                      std::to_string(v.receivers.size()), bands});
    }
    std::cout << table.render();
    std::cout << catalogue.areas().size() << (catalogue.areas().size() == 1 ? " tjenesteområde" : " tjenesteområder") << "\n";
    return ExitOk;
}

} // namespace gevinst::cli
