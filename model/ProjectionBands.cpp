#include "ProjectionBands.h"

#include <algorithm>

namespace gevinst::projection {

namespace {

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

/// A whole number of at most three digits, or -1.
int age(std::string_view digits)
{
    if (digits.empty() || digits.size() > 3)
        return -1;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

ProjectionError badBand(std::string_view text, const std::string& why)
{
    return {ProjectionError::Kind::BadBand, "age band \"" + std::string(text) + "\" " + why, std::string(text)};
}

} // namespace

double ProjectionBand::sum(const AgeProfile& persons) const
{
    const int top = open ? kOpenAge : std::min(last, kOpenAge);
    double total = 0;
    for (int a = first; a <= top; ++a)
        total += persons[std::size_t(a)];
    return total;
}

bool ProjectionBand::overlaps(const ProjectionBand& other) const
{
    const int end = open ? ProjectionBands::kMaxAge : last;
    const int otherEnd = other.open ? ProjectionBands::kMaxAge : other.last;
    return first <= otherEnd && other.first <= end;
}

ProjectionBands ProjectionBands::standard()
{
    return *fromLabels({"0-19", "20-66", "67-79", "80+"});
}

ProjectionOutcome<ProjectionBand> ProjectionBands::parseBand(std::string_view text)
{
    const std::string_view band = trimmed(text);
    if (band.empty())
        return badBand(band, "is empty (write bands like 0-19,20-66,67-79,80+)");
    const std::string rule = "is not N-M or N+ with whole ages 0 ≤ N ≤ M ≤ " + std::to_string(kMaxAge);
    ProjectionBand out;
    if (band.back() == '+') {
        out.first = age(band.substr(0, band.size() - 1));
        out.open = true;
        if (out.first < 0 || out.first > kMaxAge)
            return badBand(band, rule);
        out.label = std::to_string(out.first) + "+";
        return out;
    }
    const std::size_t dash = band.find('-');
    if (dash == std::string_view::npos)
        return badBand(band, rule);
    out.first = age(band.substr(0, dash));
    out.last = age(band.substr(dash + 1));
    if (out.first < 0 || out.last < 0 || out.first > kMaxAge || out.last > kMaxAge)
        return badBand(band, rule);
    if (out.first > out.last)
        return badBand(band, "starts after it ends (N must be at most M in N-M)");
    out.label = std::to_string(out.first) + "-" + std::to_string(out.last);
    return out;
}

ProjectionOutcome<ProjectionBands> ProjectionBands::fromLabels(const std::vector<std::string>& labels)
{
    if (labels.empty())
        return ProjectionError{ProjectionError::Kind::NoBands, "no age bands given (write bands like 0-19,20-66,67-79,80+)"};
    ProjectionBands out;
    for (const std::string& text : labels) {
        auto band = parseBand(text);
        if (!band)
            return band.error();
        for (const ProjectionBand& earlier : out.m_bands)
            if (earlier.overlaps(*band))
                return ProjectionError{ProjectionError::Kind::OverlappingBands,
                                       "age bands \"" + earlier.label + "\" and \"" + band->label + "\" overlap",
                                       earlier.label, band->label};
        out.m_bands.push_back(std::move(band).value());
    }
    return out;
}

ProjectionOutcome<ProjectionBands> ProjectionBands::parse(std::string_view commaList)
{
    std::vector<std::string> labels;
    if (!trimmed(commaList).empty()) {
        std::size_t start = 0;
        while (true) {
            const std::size_t comma = commaList.find(',', start);
            labels.emplace_back(commaList.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
            if (comma == std::string_view::npos)
                break;
            start = comma + 1;
        }
    }
    return fromLabels(labels);
}

std::vector<double> ProjectionBands::sums(const AgeProfile& persons) const
{
    std::vector<double> out;
    out.reserve(m_bands.size());
    for (const ProjectionBand& band : m_bands)
        out.push_back(band.sum(persons));
    return out;
}

} // namespace gevinst::projection
