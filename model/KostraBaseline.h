#pragma once
// Every kommune's and Oslo bydel's own starting point from KOSTRA (Statistics Norway):
// service rates by the three age bands KOSTRA reports (0-66, 67-79, 80+) as recipients
// per inhabitant, and the nurse FTE of the municipal care services. Reads the shipped
// kostra-hjemmetjenester-2024-2025.csv (SSB 12292: recipients of home-based services
// and long-term institution residents on 31 December; SSB 14534: nurse FTE) and
// population-by-ageband-2024-2026.csv (SSB 07459 / 10826: persons on 1 January).
//
// The rules, each said in the Norwegian note that goes into a scenario's `sources`:
// - a rate is the recipients on 31 December Y divided by the persons on 1 January Y+1
//   (the same moment), for the latest year Y that has the figure (2025, else 2024);
// - a band that SSB suppressed (blank) is derived as the total minus the other bands
//   when only it is missing; when several are missing but the total is known, the
//   unit's own total is spread over them in proportion to the county's rates; with no
//   figure at all, the county's rate (kommuner of the county that have the figure),
//   then the national rate, is used;
// - nurse FTE: the latest year that has it, else the county's nurses per inhabitant;
// - an Oslo bydel (KOSTRA counts Oslo as one kommune) gets Oslo's rates, and Oslo's
//   nurse FTE scaled by the bydel's share of Oslo's recipients (Oslo's rates times the
//   bydel's own population).
// Pure C++; owns the figures read; errors are ProjectionError values (file, unit).

#include "ProjectionError.h"

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gevinst::baseline {

using projection::ProjectionError;
template <class T>
using BaselineOutcome = projection::ProjectionOutcome<T>;

/// Which KOSTRA count a service follows.
enum class KostraService {
    HomeCare,    ///< recipients of home-based services (home nursing, practical help)
    NursingHome, ///< residents with a long-term stay in an institution
};

/// How a service area meets KOSTRA, from its file's "kostra" block (data, not code): the
/// count of recipients it follows, and the role whose FTE KOSTRA's nurse figures (SSB
/// 14534) measure. Without a role the staffing of a new unit is scaled by size.
struct KostraMapping {
    KostraService service = KostraService::HomeCare;
    std::string nurseRole; ///< a role id of the service area's vocabulary, or empty
};

/// The three age bands KOSTRA reports, in this order.
inline constexpr int kKostraBandCount = 3;
inline constexpr std::array<std::string_view, kKostraBandCount> kKostraBandIds{"0-66", "67-79", "80+"};
inline constexpr std::array<int, kKostraBandCount> kKostraBandFirstAge{0, 67, 80};
/// The last age of each band; the last band is open (80 and older).
inline constexpr std::array<int, kKostraBandCount> kKostraBandLastAge{66, 79, 1000};

/// Where a rate came from.
enum class RateBasis {
    Own,             ///< the unit's own count
    Derived,         ///< the unit's own total minus its other bands (one band suppressed)
    SplitOfOwnTotal, ///< the unit's own total spread over suppressed bands by the county's rates
    County,          ///< the county's rate (the unit's figure is suppressed)
    National,        ///< the national rate (neither the unit nor its county has the figure)
};

struct KostraRate {
    double rate = 0;       ///< recipients per inhabitant
    double recipients = 0; ///< the count divided (the unit's own, or the county's / nation's)
    double population = 0; ///< the persons it was divided by, 1 January after `year`
    int year = 0;          ///< the KOSTRA year: recipients on 31 December of it
    RateBasis basis = RateBasis::Own;
    std::string note;      ///< Norwegian, for `sources`: figures, tables, fallback
};

/// One unit's starting point for one service.
struct KostraUnitBaseline {
    std::string unitId;
    std::string kommuneId;  ///< the unit, or "0301" for an Oslo bydel
    KostraService service = KostraService::HomeCare;
    std::array<KostraRate, kKostraBandCount> rates;
    double nurseFte = 0;    ///< nurses in the whole municipal care service (a bydel: its share of Oslo's)
    int nurseYear = 0;
    /// Where nurseFte comes from: Own (the unit's own figure; a bydel: Oslo's own), County
    /// (the county's nurses per inhabitant: SSB suppressed the unit's), National (none: nurseFte 0).
    RateBasis nurseBasis = RateBasis::National;
    std::string nurseNote;  ///< Norwegian, for `sources`
    /// Σ rate × persons 1 January after the rate's year: the unit's recipients, its size.
    double recipients = 0;
    /// A bydel's share of Oslo's recipients (1 for a kommune).
    double osloShare = 1;
    std::string shareNote;  ///< Norwegian, how the share was found (bydel only)
};

class KostraBaseline {
public:
    static constexpr std::string_view kKostraFile = "kostra-hjemmetjenester-2024-2025.csv";
    static constexpr std::string_view kPopulationFile = "population-by-ageband-2024-2026.csv";
    static constexpr std::string_view kOslo = "0301";

    /// Reads both files from the data folder (resources/data).
    static BaselineOutcome<KostraBaseline> load(const std::filesystem::path& dataFolder);
    /// The same from the files' texts (UTF-8, comma; blank = suppressed).
    static BaselineOutcome<KostraBaseline> fromTexts(std::string_view kostraCsv, std::string_view populationCsv);

    /// The unit's baseline: a kommune in the KOSTRA file or an Oslo bydel (0301xx) in the
    /// population file; none for anything else (a county, another city's district).
    std::optional<KostraUnitBaseline> forUnit(std::string_view unitId, KostraService service) const;
    bool covers(std::string_view unitId) const;

    /// The KOSTRA years in the file, newest first.
    const std::vector<int>& years() const { return m_years; }
    /// The name as the population file writes it without the Sami/Kven form ("Oslo"), or the id.
    std::string nameOf(std::string_view id) const;

    /// One KOSTRA row: blank fields are none.
    struct Row {
        std::optional<double> homeCareTotal;
        std::array<std::optional<double>, kKostraBandCount> homeCare;
        bool homeCare6779Derived = false; ///< the file derived 67-79 as total − 0-66 − 80+
        std::optional<double> nursingHomeTotal;
        std::array<std::optional<double>, kKostraBandCount> nursingHome;
        std::optional<double> nurseFte;
    };

private:
    struct Counts {
        std::array<std::optional<double>, kKostraBandCount> count;
        std::array<bool, kKostraBandCount> derived{};
        std::optional<double> total;
    };
    struct AreaRate {
        double recipients = 0;
        double population = 0;
    };

    const Row* row(std::string_view kommune, int year) const;
    Counts counts(std::string_view kommune, int year, KostraService service) const;
    /// Persons 0-66, 67-79, 80+ on 1 January `year`.
    const std::array<double, kKostraBandCount>* persons(std::string_view unit, int year) const;
    /// Σ own (or derived) counts / Σ persons over the kommuner whose id starts with `prefix`.
    AreaRate areaRate(std::string_view prefix, int year, KostraService service, int band) const;
    std::optional<KostraUnitBaseline> forKommune(std::string_view kommune, KostraService service) const;
    KostraRate rateFor(std::string_view kommune, KostraService service, int band) const;
    std::optional<KostraRate> splitOfTotal(std::string_view kommune, int year, KostraService service, int band) const;

    std::map<std::string, std::map<int, Row>, std::less<>> m_rows;
    std::map<std::string, std::map<int, std::array<double, kKostraBandCount>>, std::less<>> m_persons;
    std::map<std::string, std::string, std::less<>> m_names;
    std::vector<int> m_years;
};

} // namespace gevinst::baseline
