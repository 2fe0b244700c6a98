#pragma once
// Display names of vocabulary ids (roles, categories, receivers, age bands) in the
// user's language: the one label catalogue for ids that the window, the command
// line and every export read. Names come from data — the standard vocabulary's
// file and each service area's file — never from code; an id no file names is
// shown as itself. A role, category or receiver a user adds in the editor gets its
// name from the scenario's own `labels` (format 2), which every scenario read
// teaches the catalogue: those names come after the shipped ones, so a scenario
// can name its own ids but not rename a service area's.

#include <nlohmann/json_fwd.hpp>

#include <map>
#include <mutex>
#include <string>
#include <string_view>

namespace gevinst {

class VocabularyLabels {
public:
    /// The process-wide catalogue, holding the standard vocabulary's names.
    static VocabularyLabels& instance();

    /// "nb" (default) or "en".
    void setLanguage(std::string language);
    std::string language() const;

    /// Adds the names of one service area (its file's "labels" object:
    /// {"nb": {id: name}, "en": {...}, "nb_short": {...}, "en_short": {...}}).
    void addServiceArea(const std::string& serviceArea, const nlohmann::json& labels);

    /// Adds a scenario's names for its own ids (Scenario::labels, same shape as a
    /// service area's labels); a later scenario's name for the same id replaces an
    /// earlier one. Called by ScenarioReader for every scenario it reads.
    void addScenarioNames(const std::string& serviceArea, const std::map<std::string, std::map<std::string, std::string>>& labels);

    /// The name of `id` in the current language: the service area's own name, else
    /// the standard vocabulary's, else the Norwegian one, else a scenario's name for
    /// its own id (current language, then Norwegian), else the id itself.
    std::string name(std::string_view serviceArea, std::string_view id) const;
    /// Whether the standard vocabulary or the service area names `id` (in any language):
    /// a scenario's own name for it is then not shown.
    bool namesShipped(std::string_view serviceArea, std::string_view id) const;
    /// A short name for table headings; the full name where there is none.
    std::string shortName(std::string_view serviceArea, std::string_view id) const;

private:
    VocabularyLabels();
    using Names = std::map<std::string, std::string, std::less<>>;
    /// service area ("" = standard) → language key ("nb", "en_short", …) → names.
    using Catalogue = std::map<std::string, std::map<std::string, Names>, std::less<>>;
    Catalogue m_names;         ///< shipped: the standard vocabulary and the service areas
    Catalogue m_scenarioNames; ///< scenarios' names for their own ids, by service area
    std::string m_language = "nb";
    mutable std::mutex m_mutex;

    /// The name in `catalogue` under the service area, else under the standard vocabulary ("").
    static const std::string* find(const Catalogue& catalogue, std::string_view serviceArea, const std::string& languageKey,
                                   std::string_view id);
};

} // namespace gevinst
