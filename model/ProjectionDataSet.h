#pragma once
// Everything the population projection reads, for every unit at once: the registered
// persons by single age on 1 January 2024 (SSB 07459 for kommuner, 10826 for
// bydeler), on 1 January 2019 on 2024 borders (population-single-age-2019.csv), and
// SSB's life table (07902). Loaded once from the shipped data folder (resources/data)
// or from texts; hands out each unit's ProjectionInputs. Owns the figures; no Qt.

#include "LifeTable.h"
#include "PopulationProjection.h"
#include "ProjectionError.h"
#include "SingleAgeReader.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gevinst::projection {

class ProjectionDataSet {
public:
    /// The shipped files' names, in the data folder.
    static constexpr std::string_view kKommuneFile = "ssb-07459-population-by-single-age-kommune-2024.csv";
    static constexpr std::string_view kBydelFile = "ssb-10826-population-by-single-age-bydel-2024.csv";
    static constexpr std::string_view kEarlierFile = "population-single-age-2019.csv";
    static constexpr std::string_view kLifeTableFile = "life-table-norway.csv";

    /// Reads the four files from `dataFolder` (e.g. <share>/resources/data).
    static ProjectionOutcome<ProjectionDataSet> load(const std::filesystem::path& dataFolder);
    /// The same from the files' texts (`bydelCsv` may be empty: no bydeler).
    static ProjectionOutcome<ProjectionDataSet> fromTexts(std::string_view kommuneCsv, std::string_view bydelCsv,
                                                          std::string_view earlierCsv, std::string_view lifeTableCsv);
    /// From figures already read.
    ProjectionDataSet(PersonsByUnit base, PersonsByUnit fiveYearsEarlier, LifeTable lifeTable);

    /// True when the unit has base-year figures.
    bool has(std::string_view unitId) const;
    /// True when the unit also has figures five years before the base (migration estimate).
    bool hasFiveYearsEarlier(std::string_view unitId) const;
    /// P_B, P_{B−5} (when there) and q for the unit; UnknownUnit without base-year figures.
    ProjectionOutcome<ProjectionInputs> inputs(std::string_view unitId) const;
    /// Every unit with base-year figures (kommuner, bydeler, totals and other cities'
    /// districts as the files have them), ordered by number.
    std::vector<std::string> unitIds() const;

    const LifeTable& lifeTable() const { return m_lifeTable; }
    const PersonsByUnit& base() const { return m_base; }
    const PersonsByUnit& fiveYearsEarlier() const { return m_earlier; }

private:
    PersonsByUnit m_base;
    PersonsByUnit m_earlier;
    LifeTable m_lifeTable;
};

} // namespace gevinst::projection
