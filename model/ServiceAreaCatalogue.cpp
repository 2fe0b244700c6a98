#include "ServiceAreaCatalogue.h"

#include "ScenarioReader.h"
#include "VocabularyLabels.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gevinst {

std::string ServiceArea::displayName() const
{
    return VocabularyLabels::instance().language() == "en" && !nameEn.empty() ? nameEn : name;
}

std::optional<ServiceArea> ServiceAreaCatalogue::read(const std::string& text, const std::string& file,
                                                      ServiceAreaProblem& problem)
{
    problem.file = file;
    FieldError parseError;
    const auto document = ScenarioReader::parse(text, parseError);
    if (!document) {
        problem.error = parseError;
        return std::nullopt;
    }
    auto fail = [&](FieldError e) {
        problem.error = std::move(e);
        return std::nullopt;
    };
    if (!document->is_object() || document->value("format", "") != kServiceAreaFormat)
        return fail({"format", ErrorKind::UnknownFormat, NAN, NAN, document->is_object() ? document->value("format", "") : ""});
    ServiceArea area;
    area.file = file;
    for (auto [key, target] : {std::pair{"id", &area.id}, {"name", &area.name}, {"name_en", &area.nameEn},
                               {"description", &area.description}, {"description_en", &area.descriptionEn}}) {
        const auto it = document->find(key);
        if (it == document->end() || !it->is_string()) {
            if (std::string_view(key) == "id" || std::string_view(key) == "name")
                return fail({key, ErrorKind::Missing});
            continue;
        }
        *target = it->get<std::string>();
    }
    if (!Vocabulary::validId(area.id))
        return fail({"id", ErrorKind::BadId, NAN, NAN, area.id});
    const auto tmpl = document->find("template");
    if (tmpl == document->end() || !tmpl->is_object())
        return fail({"template", ErrorKind::Missing});
    const ReadOutcome outcome = ScenarioReader::fromJson(*tmpl);
    if (!outcome.ok()) {
        FieldError e = outcome.errors.front();
        e.path = "template." + e.path;
        return fail(e);
    }
    area.templateDocument = *tmpl;
    area.templateScenario = *outcome.scenario;
    if (const auto kostra = document->find("kostra"); kostra != document->end()) {
        if (!kostra->is_object())
            return fail({"kostra", ErrorKind::WrongType, NAN, NAN, "object"});
        const std::string service = kostra->value("service", "hjemmetjenester");
        if (service == "institusjon")
            area.kostra.service = baseline::KostraService::NursingHome;
        else if (service != "hjemmetjenester")
            return fail({"kostra.service", ErrorKind::WrongType, NAN, NAN, "\"hjemmetjenester\" or \"institusjon\""});
        if (const auto role = kostra->find("nurse_role"); role != kostra->end()) {
            if (!role->is_string())
                return fail({"kostra.nurse_role", ErrorKind::WrongType, NAN, NAN, "string"});
            area.kostra.nurseRole = role->get<std::string>();
            if (area.templateScenario.vocabulary.roleIndex(area.kostra.nurseRole) < 0)
                return fail({"kostra.nurse_role", ErrorKind::UnknownId, NAN, NAN, area.kostra.nurseRole});
        }
    }
    if (const auto labels = document->find("labels"); labels != document->end())
        VocabularyLabels::instance().addServiceArea(area.id, nlohmann::json(*labels));
    return area;
}

ServiceAreaCatalogue ServiceAreaCatalogue::load(const std::string& folder)
{
    ServiceAreaCatalogue catalogue;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        ServiceAreaProblem problem;
        auto area = read(text.str(), path.string(), problem);
        if (!area) {
            catalogue.m_problems.push_back(problem);
            continue;
        }
        if (catalogue.find(area->id)) {
            catalogue.m_problems.push_back({path.string(), {"id", ErrorKind::Duplicate, NAN, NAN, area->id}});
            continue;
        }
        catalogue.m_areas.push_back(std::move(*area));
    }
    return catalogue;
}

const ServiceArea* ServiceAreaCatalogue::find(std::string_view id) const
{
    for (const auto& area : m_areas)
        if (area.id == id)
            return &area;
    return nullptr;
}

} // namespace gevinst
