#include "ScenarioTemplate.h"

#include "ScenarioReader.h"

#include <nlohmann/json.hpp>

#include <set>

namespace gevinst::store {

StoreResult<QByteArray> ScenarioTemplate::build(const QByteArray& templateJson, const QString& templateLabel, const Unit& unit,
                                                const std::vector<AgeBandPopulation>& population, const QString& name)
{
    if (unit.level == UnitLevel::County)
        return StoreError{StoreError::Kind::InvalidInput,
                          QStringLiteral("a scenario is for a kommune or a bydel, not a county (%1 %2)").arg(unit.id, unit.name),
                          {}, 0, QStringLiteral("unit")};
    if (population.empty())
        return StoreError{StoreError::Kind::NotFound,
                          QStringLiteral("no population figures for %1 %2 in the library (import them from SSB first)")
                              .arg(unit.id, unit.name),
                          {}, 0, QStringLiteral("demography.population")};
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(templateJson.constBegin(), templateJson.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return StoreError{StoreError::Kind::InvalidInput, QStringLiteral("the template is not a JSON object"), {}, 0, {}};

    const std::string unitName = unit.name.toStdString();
    doc["name"] = name.isEmpty() ? doc.value("name", std::string("Scenario")) + " – " + unitName : name.toStdString();
    nlohmann::ordered_json unitJson;
    unitJson["id"] = unit.id.toStdString();
    unitJson["name"] = unitName;
    unitJson["level"] = unitLevelName(unit.level).toStdString();
    unitJson["parent"] = unit.level == UnitLevel::Bydel ? nlohmann::ordered_json(unit.parentId.toStdString()) : nlohmann::ordered_json();
    doc["unit"] = unitJson;

    nlohmann::ordered_json years = nlohmann::ordered_json::object();
    std::set<QString> populationSources;
    for (const auto& p : population) {
        nlohmann::ordered_json bands;
        for (size_t b = 0; b < ageBandNames.size(); ++b)
            bands[ageBandNames[b]] = p.persons[b];
        years[std::to_string(p.year)] = bands;
        populationSources.insert(p.source);
    }
    doc["demography"]["population"] = years;

    const std::string fromTemplate = "Fra malen «" + templateLabel.toStdString() + "»: ";
    nlohmann::ordered_json sources = nlohmann::ordered_json::object();
    QStringList popSources(populationSources.begin(), populationSources.end());
    sources["unit"] = "Enhet fra biblioteket: " + unitName + " (" + unit.id.toStdString() + "), inndeling 2024 (Kilde: Statistisk sentralbyrå).";
    sources["demography.population"] = "Befolkning 1. januar " + std::to_string(population.front().year) + "–" +
                                       std::to_string(population.back().year) + " for " + unitName +
                                       " fra biblioteket: " + popSources.join(QStringLiteral("; ")).toStdString() + ".";
    if (doc.contains("sources") && doc["sources"].is_object())
        for (const auto& [key, value] : doc["sources"].items())
            if (key != "unit" && key.rfind("demography.population", 0) != 0 && value.is_string())
                sources[key] = fromTemplate + value.get<std::string>();
    sources["scenario"] = fromTemplate + "alle tall unntatt enhet og befolkning er malens og gjelder " +
                          "en annen enhet; erstatt dem med egne tall.";
    doc["sources"] = sources;

    const std::string text = doc.dump(2) + "\n";
    ReadOutcome outcome = ScenarioReader::fromText(text);
    if (!outcome.ok()) {
        const auto& e = outcome.errors.front();
        return StoreError{StoreError::Kind::InvalidInput,
                          QStringLiteral("the scenario made from the template is invalid: %1").arg(QString::fromStdString(e.message())),
                          {}, 0, QString::fromStdString(e.path)};
    }
    return QByteArray::fromStdString(text);
}

} // namespace gevinst::store
