#pragma once
// Age bands for the population projection (spec §8): any list of "N-M" and "N+"
// bands, 0 ≤ N ≤ M ≤ 120, that do not overlap, so that any vocabulary's bands can be
// filled from a projection by single year of age. A band N-M is the sum of P(a) for
// a = N … M and N+ the sum for a ≥ N, where P(105) is the open group 105+: a band
// holds the open group when it reaches age 105 (M ≥ 105 or N+ with N ≤ 105); a band
// that starts above 105 is 0, since the figures end in the group 105+.

#include "AgeProfile.h"
#include "ProjectionError.h"

#include <string>
#include <string_view>
#include <vector>

namespace gevinst::projection {

/// One band: ages first … last, or first and older when open.
struct ProjectionBand {
    int first = 0;
    int last = 0;      ///< the last age of a closed band; unused when open
    bool open = false; ///< "N+"
    std::string label; ///< canonical text: "67-79", "80+"

    /// Σ P(a) over the band's ages (the open group counts when the band reaches 105).
    double sum(const AgeProfile& persons) const;
    /// True when the two bands share an age.
    bool overlaps(const ProjectionBand& other) const;
};

/// An ordered list of non-overlapping bands.
class ProjectionBands {
public:
    /// The highest age a band may name.
    static constexpr int kMaxAge = 120;

    /// The model's four bands: 0-19, 20-66, 67-79, 80+.
    static ProjectionBands standard();
    /// "0-19,20-66,67-79,80+" (spaces around a band are ignored); the error names the
    /// band at fault and why.
    static ProjectionOutcome<ProjectionBands> parse(std::string_view commaList);
    /// The same from separate band texts.
    static ProjectionOutcome<ProjectionBands> fromLabels(const std::vector<std::string>& labels);
    /// One band text: "N-M" or "N+".
    static ProjectionOutcome<ProjectionBand> parseBand(std::string_view text);

    const std::vector<ProjectionBand>& bands() const { return m_bands; }
    std::size_t size() const { return m_bands.size(); }
    /// The band sums of one profile, in band order.
    std::vector<double> sums(const AgeProfile& persons) const;

private:
    std::vector<ProjectionBand> m_bands;
};

} // namespace gevinst::projection
