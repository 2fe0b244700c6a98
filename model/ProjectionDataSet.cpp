#include "ProjectionDataSet.h"

#include <fstream>
#include <sstream>

namespace gevinst::projection {

namespace {

ProjectionOutcome<std::string> readWhole(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return ProjectionError{ProjectionError::Kind::MissingFile, path.string() + ": cannot be read", path.string()};
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        return ProjectionError{ProjectionError::Kind::MissingFile, path.string() + ": read error", path.string()};
    return std::move(text).str();
}

} // namespace

ProjectionDataSet::ProjectionDataSet(PersonsByUnit base, PersonsByUnit fiveYearsEarlier, LifeTable lifeTable)
    : m_base(std::move(base))
    , m_earlier(std::move(fiveYearsEarlier))
    , m_lifeTable(std::move(lifeTable))
{
}

ProjectionOutcome<ProjectionDataSet> ProjectionDataSet::load(const std::filesystem::path& dataFolder)
{
    std::string texts[4];
    const std::string_view names[4] = {kKommuneFile, kBydelFile, kEarlierFile, kLifeTableFile};
    for (int i = 0; i < 4; ++i) {
        auto text = readWhole(dataFolder / names[i]);
        if (!text)
            return text.error();
        texts[i] = std::move(text).value();
    }
    // Errors name the file by its name alone, as fromTexts() does.
    return fromTexts(texts[0], texts[1], texts[2], texts[3]);
}

ProjectionOutcome<ProjectionDataSet> ProjectionDataSet::fromTexts(std::string_view kommuneCsv, std::string_view bydelCsv,
                                                                  std::string_view earlierCsv, std::string_view lifeTableCsv)
{
    auto base = SingleAgeReader::readStatbankCsv(kommuneCsv, kKommuneFile);
    if (!base)
        return base.error();
    if (!bydelCsv.empty()) {
        auto bydeler = SingleAgeReader::readStatbankCsv(bydelCsv, kBydelFile);
        if (!bydeler)
            return bydeler.error();
        base->merge(*bydeler);
    }
    auto earlier = SingleAgeReader::readRegisterCsv(earlierCsv, kEarlierFile);
    if (!earlier)
        return earlier.error();
    auto lifeTable = LifeTable::fromCsv(lifeTableCsv, kLifeTableFile);
    if (!lifeTable)
        return lifeTable.error();
    return ProjectionDataSet(std::move(base).value(), std::move(earlier).value(), std::move(lifeTable).value());
}

bool ProjectionDataSet::has(std::string_view unitId) const
{
    return m_base.find(unitId) != m_base.end();
}

bool ProjectionDataSet::hasFiveYearsEarlier(std::string_view unitId) const
{
    return m_earlier.find(unitId) != m_earlier.end();
}

ProjectionOutcome<ProjectionInputs> ProjectionDataSet::inputs(std::string_view unitId) const
{
    const auto base = m_base.find(unitId);
    if (base == m_base.end())
        return ProjectionError{ProjectionError::Kind::UnknownUnit,
                               "no registered population by single age for unit \"" + std::string(unitId) + "\"",
                               std::string(unitId)};
    ProjectionInputs in;
    in.base = base->second;
    if (const auto earlier = m_earlier.find(unitId); earlier != m_earlier.end())
        in.fiveYearsEarlier = earlier->second;
    in.deathProbability = m_lifeTable.deathProbabilities();
    return in;
}

std::vector<std::string> ProjectionDataSet::unitIds() const
{
    std::vector<std::string> ids;
    ids.reserve(m_base.size());
    for (const auto& [id, persons] : m_base)
        ids.push_back(id);
    return ids;
}

} // namespace gevinst::projection
