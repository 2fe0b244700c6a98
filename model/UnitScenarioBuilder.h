#pragma once
// Makes a NEW format-2 scenario for one kommune or Oslo bydel from a service area's
// template (or any scenario used as one), with the unit's own starting point:
//
// - population in the vocabulary's own age bands: 1 January 2024 from the single-age
//   file (exact for any band); 2025 and 2026 from the library's registered figures in
//   the standard bands (exact where a band is a union of them, else each standard band's
//   registered total split over its ages in proportion to the §8 projection of that
//   year); the program's own projection (spec §8) for every later year to the end;
// - service rates from KOSTRA (KostraBaseline) mapped onto the vocabulary's bands;
// - staffing from KOSTRA's nurse FTE times the template's share of its reference unit's
//   nurses, the other roles in the template's ratio to nurses;
// - the hub's coordinator FTE and one-off cost scaled by the unit's recipients relative
//   to the template's reference unit;
// - everything else (task shares, measures, receivers, recruitment, ledger, costs per
//   FTE, realisation) from the template, and `sources` saying for every field where
//   it came from.
// Pure C++: the caller hands in the loaded data; nothing is read or stored here.

#include "KostraBaseline.h"
#include "Scenario.h"

#include "AgeProfile.h"
#include "ProjectionDataSet.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace gevinst {

/// Registered persons on 1 January of one year in the standard bands 0-19, 20-66, 67-79, 80+.
struct RegisteredBands {
    int year = 0;
    std::array<double, 4> persons{};
    std::string source; ///< e.g. "SSB 07459 (Kilde: Statistisk sentralbyrå)"
};

struct UnitScenarioRequest {
    UnitRef unit;           ///< id, name, level ("kommune" or "bydel"), parent
    std::string name;       ///< empty: "<service area> <start>–<end>" (the unit is shown beside it)
    int startYear = 2025;
    int endYear = 2040;
    std::string yearsSource;  ///< `sources.years`; empty: the default horizon, said so
    /// The library's registered figures; 2025 and 2026 are used (2024 comes from the single ages).
    std::vector<RegisteredBands> registered;
    /// SSB's projection (one alternative of table 14288/14746) in the standard bands; when
    /// given it fills the years after 2026 that it covers, instead of the program's (§8).
    std::vector<RegisteredBands> ssbProjection;
    std::string ssbProjectionSource; ///< e.g. "SSB tabell 14288, alternativ MMMM (…), hentet …"
};

struct UnitScenarioError {
    enum class Kind {
        UnknownUnit, ///< no single-age or KOSTRA figures for the unit
        NotAUnit,    ///< a county or another level that has no services of its own
        BadYears,    ///< start/end outside 2024 … 2100 or end before start
        Invalid,     ///< the document made does not validate (a template problem)
    };
    Kind kind = Kind::Invalid;
    std::string field;  ///< "unit", "years" or the scenario's field path
    std::string detail; ///< English
};

struct UnitScenarioOutcome {
    std::optional<Scenario> scenario;
    nlohmann::ordered_json document; ///< the format-2 document (valid when ok())
    std::optional<UnitScenarioError> error;
    bool ok() const { return scenario.has_value(); }
};

class UnitScenarioBuilder {
public:
    static constexpr int kDefaultStartYear = 2025;
    static constexpr int kDefaultEndYear = 2040;
    static constexpr int kFirstYear = 2024; ///< the base year of the single-age figures
    static constexpr int kLastYear = 2100;  ///< the projection's last year (spec §8)

    /// `templ`: a valid scenario; `areaName`: the service area's Norwegian name;
    /// `templateLabel`: how sources name the template ("Hjemmetjenester (mal for Nordre Follo)").
    /// `mapping`: how the service area meets KOSTRA (its file's "kostra" block).
    UnitScenarioBuilder(Scenario templ, std::string areaName, std::string templateLabel, baseline::KostraMapping mapping,
                        const projection::ProjectionDataSet& population, const baseline::KostraBaseline& kostra);

    UnitScenarioOutcome build(const UnitScenarioRequest& request) const;

    // --- the rules, one at a time (pure; for tests by hand) --------------------

    /// Each vocabulary band's persons from the registered standard bands: a standard
    /// band's total is split over the ages it shares with each vocabulary band in
    /// proportion to `weights` (persons by single age, e.g. the projection of that
    /// year), rounded to whole persons so that the parts add up to the total exactly
    /// (largest remainder). A band that is a union of standard bands gets their sum.
    static std::vector<double> fromStandardBands(const std::vector<AgeBand>& bands, const std::array<double, 4>& registered,
                                                 const projection::AgeProfile& weights);
    /// Each vocabulary band's service rate from the three KOSTRA rates (0-66, 67-79, 80+).
    /// Bands inside one KOSTRA band keep the template's rates relative to each other,
    /// scaled so that their mean weighted by `persons[k]` (persons by vocabulary band, for
    /// KOSTRA band k) equals the KOSTRA rate; a band alone in its KOSTRA band, or whose
    /// template rates are all 0, gets the KOSTRA rate. A band across KOSTRA bands gets
    /// their rates weighted by `singleAges` (persons by single age).
    static std::vector<double> ratesForBands(const std::vector<AgeBand>& bands,
                                             const std::array<double, baseline::kKostraBandCount>& kostraRates,
                                             const std::vector<double>& templateRates,
                                             const std::array<std::vector<double>, baseline::kKostraBandCount>& persons,
                                             const projection::AgeProfile& singleAges);
    /// Persons of `profile` in a vocabulary band (ages ≥ 105 in the open group).
    static double personsIn(const AgeBand& band, const projection::AgeProfile& profile);

    const Scenario& templateScenario() const { return m_template; }
    /// The template's reference unit's baseline, when KOSTRA has it.
    const std::optional<baseline::KostraUnitBaseline>& reference() const { return m_reference; }

private:
    Scenario m_template;
    std::string m_areaName;
    std::string m_templateLabel;
    const projection::ProjectionDataSet& m_population;
    const baseline::KostraBaseline& m_kostra;
    baseline::KostraService m_service;
    std::string m_nurseRole; ///< the role KOSTRA's nurse FTE measure (empty: scale by size)
    std::optional<baseline::KostraUnitBaseline> m_reference;
    double m_referenceRecipients = 0; ///< the size the template's hub was chosen for
    std::string m_referenceSizeNote;
};

} // namespace gevinst
