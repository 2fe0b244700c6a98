#pragma once
// Display names of vocabulary ids (roles, categories, receivers, age bands) in the
// user's language: the one label catalogue for ids that the window, the command
// line and every export read. Names come from data — the standard vocabulary's
// file and each service area's file — never from code; an id no file names is
// shown as itself (a role a user added in the editor, say).

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

    /// The name of `id` in the current language: the service area's own name, else
    /// the standard vocabulary's, else the Norwegian one, else the id itself.
    std::string name(std::string_view serviceArea, std::string_view id) const;
    /// A short name for table headings; the full name where there is none.
    std::string shortName(std::string_view serviceArea, std::string_view id) const;

private:
    VocabularyLabels();
    using Names = std::map<std::string, std::string, std::less<>>;
    /// service area ("" = standard) → language key ("nb", "en_short", …) → names.
    std::map<std::string, std::map<std::string, Names>, std::less<>> m_names;
    std::string m_language = "nb";
    mutable std::mutex m_mutex;

    const std::string* find(std::string_view serviceArea, const std::string& languageKey, std::string_view id) const;
};

} // namespace gevinst
