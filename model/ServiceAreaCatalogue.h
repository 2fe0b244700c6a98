#pragma once
// The service areas the program offers (spec §2a): one data file each in
// resources/service-areas/ (`gevinstmodell-service-area/1`: id, names, labels of
// its vocabulary and a template scenario in format 2). Loading a folder registers
// each area's labels with VocabularyLabels; a file that is not a valid service
// area is reported, never half-loaded. A new area needs a file, not a program.

#include "FieldError.h"
#include "KostraBaseline.h"
#include "Scenario.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace gevinst {

inline constexpr const char* kServiceAreaFormat = "gevinstmodell-service-area/1";

struct ServiceArea {
    std::string id;
    std::string name;          ///< Norwegian
    std::string nameEn;
    std::string description;
    std::string descriptionEn;
    std::string file;          ///< where it was read from
    nlohmann::ordered_json templateDocument; ///< a valid format-2 scenario
    Scenario templateScenario;
    /// The optional "kostra" block: {"service": "hjemmetjenester"|"institusjon", "nurse_role": ROLE_ID}.
    baseline::KostraMapping kostra;

    /// The name in the current language of VocabularyLabels.
    std::string displayName() const;
};

struct ServiceAreaProblem {
    std::string file;
    FieldError error;
    std::string message() const { return file + ": " + error.message(); }
};

class ServiceAreaCatalogue {
public:
    /// Reads every *.json in `folder` (sorted by file name).
    static ServiceAreaCatalogue load(const std::string& folder);
    /// Reads one service-area document.
    static std::optional<ServiceArea> read(const std::string& text, const std::string& file, ServiceAreaProblem& problem);

    const std::vector<ServiceArea>& areas() const { return m_areas; }
    const std::vector<ServiceAreaProblem>& problems() const { return m_problems; }
    const ServiceArea* find(std::string_view id) const;

private:
    std::vector<ServiceArea> m_areas;
    std::vector<ServiceAreaProblem> m_problems;
};

} // namespace gevinst
