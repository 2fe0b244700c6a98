#include "LifeTable.h"

#include "ProjectionCsv.h"

#include <algorithm>
#include <string>

namespace gevinst::projection {

namespace {

ProjectionError badLine(std::string_view label, int line, const std::string& why)
{
    return {ProjectionError::Kind::BadFile, std::string(label) + ": line " + std::to_string(line) + ": " + why,
            std::string(label), {}, line};
}

int column(const std::vector<std::string_view>& header, std::string_view name)
{
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : int(it - header.begin());
}

} // namespace

ProjectionOutcome<LifeTable> LifeTable::fromCsv(std::string_view text, std::string_view label, std::string_view sex,
                                                std::string_view year)
{
    AgeProfile q{};
    std::array<bool, kAgeCount> seen{};
    std::vector<std::string_view> fields;
    int sexColumn = -1, yearColumn = -1, ageColumn = -1, qColumn = -1;
    std::optional<ProjectionError> error;
    csv::forEachLine(text, [&](std::string_view line, int number) {
        if (line.empty())
            return true;
        csv::split(line, ',', fields);
        for (auto& f : fields)
            f = csv::unquoted(f);
        if (number == 1) {
            sexColumn = column(fields, "sex");
            yearColumn = column(fields, "year");
            ageColumn = column(fields, "age");
            qColumn = column(fields, "qx");
            if (std::min({sexColumn, yearColumn, ageColumn, qColumn}) < 0)
                error = badLine(label, number, "the header must name the columns sex, year, age and qx");
            return !error;
        }
        const int needed = std::max({sexColumn, yearColumn, ageColumn, qColumn});
        if (int(fields.size()) <= needed) {
            error = badLine(label, number, "too few fields");
            return false;
        }
        if (fields[std::size_t(sexColumn)] != sex || fields[std::size_t(yearColumn)] != year)
            return true;
        const auto age = csv::leadingInteger(fields[std::size_t(ageColumn)]);
        const auto value = csv::number(fields[std::size_t(qColumn)]);
        if (!age || *age < 0 || !value || *value < 0 || *value > 1) {
            error = badLine(label, number, "age and qx must be an age and a probability between 0 and 1");
            return false;
        }
        if (*age > kOpenAge)
            return true;
        if (seen[std::size_t(*age)]) {
            error = badLine(label, number, "age " + std::to_string(*age) + " appears twice");
            return false;
        }
        seen[std::size_t(*age)] = true;
        q[std::size_t(*age)] = *value;
        return true;
    });
    if (error)
        return *error;
    if (text.empty())
        return ProjectionError{ProjectionError::Kind::BadFile, std::string(label) + ": empty file", std::string(label)};
    for (int a = 0; a < kAgeCount; ++a)
        if (!seen[std::size_t(a)])
            return ProjectionError{ProjectionError::Kind::IncompleteUnit,
                                   std::string(label) + ": no qx for sex " + std::string(sex) + ", year " + std::string(year) +
                                       ", age " + std::to_string(a),
                                   std::string(label)};
    return LifeTable(q);
}

} // namespace gevinst::projection
