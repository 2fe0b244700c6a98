#pragma once
// Each unit's scenario for Kommunebildet (issue 15): the unit's default scenario made
// exactly as a new scenario for it is (UnitScenarioBuilder, as ScenarioLibrary::
// documentForUnit / documentFromTemplate make it), with one package of measures as
// the template — a service area's template, or a scenario whose shares, receivers,
// recruitment (NAV) parameters, ledger and uncertainty apply to every unit. Flags a
// unit whose KOSTRA figures SSB suppressed (KostraBaseline's fallbacks) with the reason.
// Pure C++: the caller hands in the loaded data and the units with their registered
// population; nothing is read or stored here.

#include "KostraBaseline.h"
#include "Overview.h"
#include "ProjectionDataSet.h"
#include "Scenario.h"
#include "UnitScenarioBuilder.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gevinst {

/// The package of measures applied to every unit, with the horizon a new scenario gets.
struct OverviewPackage {
    Scenario scenario;          ///< the template (a service area's, or the user's scenario)
    std::string areaName;       ///< the service area's Norwegian name
    baseline::KostraMapping kostra; ///< how the service area meets KOSTRA (its file's "kostra" block)
    std::string label;          ///< how sources name it: "Hjemmetjenester (mal for Nordre Follo)"
    int startYear = UnitScenarioBuilder::kDefaultStartYear;
    int endYear = UnitScenarioBuilder::kDefaultEndYear;
    std::string yearsSource;    ///< `sources.years` (empty: the default horizon, as `db new` says it)
};

/// One unit to build: who it is, its county and its registered population.
struct OverviewUnitSpec {
    UnitRef unit;               ///< level "kommune" or "bydel"; a bydel's parent is its kommune
    std::string countyId;
    std::string countyName;
    std::vector<RegisteredBands> registered; ///< the library's figures (2025 and 2026 are used)
};

class OverviewInputs {
public:
    OverviewInputs(OverviewPackage package, const projection::ProjectionDataSet& population,
                   const baseline::KostraBaseline& kostra);

    /// Every unit's input, in the order given; a unit that cannot be built has no
    /// scenario and `missing` NoScenario. Runs on `threads` threads (0: every core);
    /// `progress(done, total)` is called from worker threads; empty result when cancelled.
    std::vector<OverviewUnitInput> build(const std::vector<OverviewUnitSpec>& units, int threads = 0,
                                         const std::function<void(int, int)>& progress = {},
                                         const std::atomic<bool>* cancel = nullptr) const;
    /// One unit's input.
    OverviewUnitInput buildOne(const OverviewUnitSpec& unit) const;

    /// Why a unit's baseline is not its own (a rate from the county or the nation, or
    /// the county's nurses per inhabitant); none when every figure is the unit's own.
    static std::optional<OverviewMissing> missingOf(const baseline::KostraUnitBaseline& baseline);

    const OverviewPackage& package() const { return m_package; }

private:
    OverviewPackage m_package;
    const baseline::KostraBaseline& m_kostra;
    UnitScenarioBuilder m_builder;
};

} // namespace gevinst
