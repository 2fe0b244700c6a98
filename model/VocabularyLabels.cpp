#include "VocabularyLabels.h"

#include "StandardVocabularyData.h"

#include <nlohmann/json.hpp>

namespace gevinst {

namespace {

void addNames(std::map<std::string, std::map<std::string, std::map<std::string, std::string, std::less<>>>, std::less<>>& all,
              const std::string& area, const nlohmann::json& labels)
{
    if (!labels.is_object())
        return;
    for (const auto& [languageKey, names] : labels.items()) {
        if (!names.is_object())
            continue;
        auto& target = all[area][languageKey];
        for (const auto& [id, name] : names.items())
            if (name.is_string())
                target[id] = name.get<std::string>();
    }
}

} // namespace

VocabularyLabels::VocabularyLabels()
{
    const auto standard = nlohmann::json::parse(kStandardVocabularyJson);
    addNames(m_names, "", standard.value("labels", nlohmann::json::object()));
}

VocabularyLabels& VocabularyLabels::instance()
{
    static VocabularyLabels labels;
    return labels;
}

void VocabularyLabels::setLanguage(std::string language)
{
    std::lock_guard lock(m_mutex);
    m_language = language == "en" ? "en" : "nb";
}

std::string VocabularyLabels::language() const
{
    std::lock_guard lock(m_mutex);
    return m_language;
}

void VocabularyLabels::addServiceArea(const std::string& serviceArea, const nlohmann::json& labels)
{
    std::lock_guard lock(m_mutex);
    addNames(m_names, serviceArea, labels);
}

void VocabularyLabels::addScenarioNames(const std::string& serviceArea,
                                        const std::map<std::string, std::map<std::string, std::string>>& labels)
{
    std::lock_guard lock(m_mutex);
    for (const auto& [languageKey, names] : labels) {
        auto& target = m_scenarioNames[serviceArea][languageKey];
        for (const auto& [id, name] : names)
            target[id] = name;
    }
}

const std::string* VocabularyLabels::find(const Catalogue& catalogue, std::string_view serviceArea,
                                          const std::string& languageKey, std::string_view id)
{
    for (std::string_view area : {serviceArea, std::string_view()}) {
        const auto a = catalogue.find(area);
        if (a == catalogue.end())
            continue;
        const auto l = a->second.find(languageKey);
        if (l == a->second.end())
            continue;
        const auto n = l->second.find(id);
        if (n != l->second.end())
            return &n->second;
    }
    return nullptr;
}

std::string VocabularyLabels::name(std::string_view serviceArea, std::string_view id) const
{
    std::lock_guard lock(m_mutex);
    for (const Catalogue* catalogue : {&m_names, &m_scenarioNames})
        for (const std::string& languageKey : {m_language, std::string("nb")})
            if (const auto* n = find(*catalogue, serviceArea, languageKey, id))
                return *n;
    return std::string(id);
}

bool VocabularyLabels::namesShipped(std::string_view serviceArea, std::string_view id) const
{
    std::lock_guard lock(m_mutex);
    for (const std::string languageKey : {"nb", "en"})
        if (find(m_names, serviceArea, languageKey, id))
            return true;
    return false;
}

std::string VocabularyLabels::shortName(std::string_view serviceArea, std::string_view id) const
{
    std::string shortKey = language() + "_short";
    {
        std::lock_guard lock(m_mutex);
        for (const Catalogue* catalogue : {&m_names, &m_scenarioNames})
            if (const auto* n = find(*catalogue, serviceArea, shortKey, id))
                return *n;
    }
    return name(serviceArea, id);
}

} // namespace gevinst
