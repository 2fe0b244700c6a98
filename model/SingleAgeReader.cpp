#include "SingleAgeReader.h"

#include "ProjectionCsv.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace gevinst::projection {

namespace {

ProjectionError badLine(std::string_view label, int line, const std::string& why)
{
    return {ProjectionError::Kind::BadFile, std::string(label) + ": line " + std::to_string(line) + ": " + why,
            std::string(label), {}, line};
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A region of an earlier division: its name ends in a period of years in brackets,
/// "(1988-2003)", "(-2019)", "(2005-2017)"; not a name like "Herøy (Nordland)".
bool earlierDivision(std::string_view region)
{
    const std::size_t open = region.rfind('(');
    const std::size_t close = region.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return false;
    const std::string_view period = region.substr(open + 1, close - open - 1);
    return std::any_of(period.begin(), period.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           std::all_of(period.begin(), period.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == ' '; });
}

/// Collects the ages of each unit and checks that none is missing or repeated.
class AgeCollector {
public:
    /// False when the unit already has this age.
    bool add(std::string_view unit, int age, double persons)
    {
        auto it = m_units.find(unit);
        if (it == m_units.end())
            it = m_units.emplace(std::string(unit), Entry{}).first;
        if (it->second.seen[std::size_t(age)])
            return false;
        it->second.seen[std::size_t(age)] = true;
        it->second.persons[std::size_t(age)] = persons;
        return true;
    }

    ProjectionOutcome<PersonsByUnit> finish(std::string_view label)
    {
        PersonsByUnit out;
        for (auto& [unit, entry] : m_units) {
            for (int a = 0; a < kAgeCount; ++a)
                if (!entry.seen[std::size_t(a)])
                    return ProjectionError{ProjectionError::Kind::IncompleteUnit,
                                           std::string(label) + ": unit " + unit + " has no figure for age " +
                                               (a == kOpenAge ? std::string("105+") : std::to_string(a)),
                                           std::string(label)};
            out.emplace(unit, entry.persons);
        }
        return out;
    }

private:
    struct Entry {
        AgeProfile persons{};
        std::array<bool, kAgeCount> seen{};
    };
    std::map<std::string, Entry, std::less<>> m_units;
};

} // namespace

ProjectionOutcome<PersonsByUnit> SingleAgeReader::readStatbankCsv(std::string_view text, std::string_view label)
{
    AgeCollector collector;
    std::vector<std::string_view> fields;
    bool inData = false;
    std::optional<ProjectionError> error;
    csv::forEachLine(text, [&](std::string_view line, int number) {
        if (line.empty())
            return true;
        if (!inData) {
            // Title lines have no ';'; the first line with one is the column header.
            inData = line.find(';') != std::string_view::npos;
            return true;
        }
        csv::split(line, ';', fields);
        if (fields.size() != 3) {
            error = badLine(label, number, "expected three fields (region;age;persons), one year only");
            return false;
        }
        const std::string_view region = csv::unquoted(fields[0]);
        if (earlierDivision(region))
            return true;
        std::string_view code = region.substr(0, region.find(' '));
        if (code.starts_with("K-"))
            code.remove_prefix(2);
        while (!code.empty() && code.back() >= 'a' && code.back() <= 'z')
            code.remove_suffix(1);
        if (!allDigits(code))
            return true; // "K-Rest …", totals without a number
        const auto age = csv::leadingInteger(fields[1]);
        if (!age || *age < 0 || *age > kOpenAge) {
            error = badLine(label, number, "the age must be 0 … 105 (\"105 years or older\")");
            return false;
        }
        const auto persons = csv::number(fields[2]);
        if (!persons || *persons < 0) {
            error = badLine(label, number, "persons must be a number of at least 0");
            return false;
        }
        if (!collector.add(code, *age, *persons)) {
            error = badLine(label, number, "unit " + std::string(code) + " has age " + std::to_string(*age) + " twice");
            return false;
        }
        return true;
    });
    if (error)
        return *error;
    return collector.finish(label);
}

ProjectionOutcome<PersonsByUnit> SingleAgeReader::readRegisterCsv(std::string_view text, std::string_view label)
{
    AgeCollector collector;
    std::vector<std::string_view> fields;
    int typeColumn = -1, codeColumn = -1, ageColumn = -1, personsColumn = -1;
    std::optional<ProjectionError> error;
    csv::forEachLine(text, [&](std::string_view line, int number) {
        if (line.empty())
            return true;
        csv::split(line, ',', fields);
        if (number == 1) {
            auto column = [&](std::string_view name) {
                const auto it = std::find(fields.begin(), fields.end(), name);
                return it == fields.end() ? -1 : int(it - fields.begin());
            };
            typeColumn = column("region_type");
            codeColumn = column("code");
            ageColumn = column("age");
            personsColumn = column("persons");
            if (std::min({typeColumn, codeColumn, ageColumn, personsColumn}) < 0)
                error = badLine(label, number, "the header must name the columns region_type, code, age and persons");
            return !error;
        }
        if (int(fields.size()) <= std::max({typeColumn, codeColumn, ageColumn, personsColumn})) {
            error = badLine(label, number, "too few fields");
            return false;
        }
        const std::string_view type = fields[std::size_t(typeColumn)];
        if (type != "kommune" && type != "oslo_bydel")
            return true;
        const std::string_view code = fields[std::size_t(codeColumn)];
        if (!allDigits(code)) {
            error = badLine(label, number, "the code must be a kommune or bydel number");
            return false;
        }
        const std::string_view ageText = fields[std::size_t(ageColumn)];
        const auto age = ageText == "105+" ? std::optional<int>(kOpenAge) : csv::leadingInteger(ageText);
        if (!age || *age < 0 || *age > kOpenAge || (ageText != "105+" && !allDigits(ageText))) {
            error = badLine(label, number, "the age must be 0 … 104 or 105+");
            return false;
        }
        const auto persons = csv::number(fields[std::size_t(personsColumn)]);
        if (!persons || *persons < 0) {
            error = badLine(label, number, "persons must be a number of at least 0");
            return false;
        }
        if (!collector.add(code, *age, *persons)) {
            error = badLine(label, number, "unit " + std::string(code) + " has age " + std::string(ageText) + " twice");
            return false;
        }
        return true;
    });
    if (error)
        return *error;
    return collector.finish(label);
}

} // namespace gevinst::projection
