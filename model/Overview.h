#pragma once
// Kommunebildet (issue 15): every kommune and Oslo bydel computed together with one
// package of measures — per unit the chosen year's gap, the share of it closed, freed
// FTE, the NPV of the budget effect and of each ledger actor, the net cost per freed
// FTE; optionally Monte Carlo P10/P50/P90 of the same figures; and the county and
// country totals by the roll-up rules of spec §5 (additive parts summed, ratios
// recomputed from the sums, Oslo counted once: as the kommune, never also as its
// bydeler). A unit whose KOSTRA figures SSB suppressed is flagged with the reason
// instead of showing a number that is not its own.
// Pure C++: the caller hands in each unit's scenario (OverviewInputs builds them);
// compute() may run on a worker thread and reports progress and honours a cancel flag.

#include "Result.h"
#include "Scenario.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gevinst {

/// The figures of one unit or total, in this order (the table's and the map's columns).
enum class OverviewFigure {
    GapFte,                 ///< gap_fte in the chosen year
    GapPer1000Aged67Plus,   ///< gap_fte / persons aged 67+ in the chosen year × 1 000
    GapClosedShare,         ///< gap_closed_share in the chosen year (null when the gap ≤ 0)
    FreedFte,               ///< freed_fte in the chosen year
    NpvBudgetNok,           ///< npv_budget_nok over the horizon
    NetCostPerFreedFteNok,  ///< net_cost_per_freed_fte_nok over the horizon (null when nothing is freed)
    // NPVs of the ledger (spec §7) — null when the package has no ledger block.
    NpvKommuneHelseOmsorgNok,
    NpvKommuneSosialNok,
    NpvKommuneSkattNok,
    NpvStatNavNok,
    NpvStatSkattNok,
    NpvArbeidstakereNok,
    NpvPublicNetNok,
    NpvSocietyNetNok,
};
inline constexpr int kOverviewFigureCount = 14;
inline constexpr int kFirstOverviewLedgerFigure = static_cast<int>(OverviewFigure::NpvKommuneHelseOmsorgNok);

/// The JSON/CSV ids of the figures, in OverviewFigure order.
inline constexpr std::array<std::string_view, kOverviewFigureCount> kOverviewFigureIds{
    "gap_fte",
    "gap_per_1000_67plus",
    "gap_closed_share",
    "freed_fte",
    "npv_budget_nok",
    "net_cost_per_freed_fte_nok",
    "npv_kommune_helse_omsorg_nok",
    "npv_kommune_sosial_nok",
    "npv_kommune_skatt_nok",
    "npv_stat_nav_nok",
    "npv_stat_skatt_nok",
    "npv_arbeidstakere_nok",
    "npv_public_net_nok",
    "npv_society_net_nok",
};
constexpr std::string_view idOf(OverviewFigure f) { return kOverviewFigureIds[static_cast<std::size_t>(f)]; }
std::optional<OverviewFigure> overviewFigureFromId(std::string_view id);

/// One value per figure; nullopt where the figure is undefined (spec §3) or the unit lacks data.
using OverviewValues = std::array<std::optional<double>, kOverviewFigureCount>;

/// The sums a total is recomputed from (spec §5): additive in every unit.
struct OverviewParts {
    double gapFte = 0;
    double freedFte = 0;
    double persons67Plus = 0;    ///< persons aged 67+ in the chosen year (bands starting at 67 or later)
    double npvBudgetNok = 0;
    double netCostNok = 0;       ///< Σ_t cost_total − subsidies − assistance savings (the per-FTE price's numerator)
    double freedFteSum = 0;      ///< Σ_t freed_fte (its divisor)
    std::array<double, kOverviewFigureCount - kFirstOverviewLedgerFigure> ledgerNpvNok{};
    bool ledger = false;         ///< the scenario has a ledger block
};

/// Why a unit shows no figures of its own.
struct OverviewMissing {
    enum class Kind {
        SuppressedRates,  ///< SSB suppressed KOSTRA recipients by age: a rate is the county's or the nation's, or
                          ///< the unit's own total split over the ages by the county's rates
        SuppressedNurses, ///< no nurse FTE of its own (the county's nurses per inhabitant were used)
        NoScenario,       ///< its scenario could not be made (no population or KOSTRA figures)
        Failed,           ///< the calculation failed (should not happen for a valid scenario)
    };
    Kind kind = Kind::SuppressedRates;
    std::string detail; ///< Norwegian, data text: which figures and what was used instead
};
/// "suppressed_rates", "suppressed_nurses", "no_scenario", "failed".
std::string_view idOf(OverviewMissing::Kind kind);

/// P10, P50, P90 of each figure over the draws (each figure taken separately).
struct OverviewPercentiles {
    std::array<OverviewValues, 3> levels; ///< P10, P50, P90
    const OverviewValues& p10() const { return levels[0]; }
    const OverviewValues& p50() const { return levels[1]; }
    const OverviewValues& p90() const { return levels[2]; }
};

/// One input unit: its scenario with the package applied (or why it has none).
struct OverviewUnitInput {
    UnitRef unit;                         ///< id, name, level "kommune"/"bydel", parent (a bydel's kommune)
    std::string countyId;                 ///< "03", "46", …
    std::string countyName;
    std::optional<Scenario> scenario;     ///< valid; absent with missing.kind == NoScenario
    std::optional<OverviewMissing> missing; ///< set when the unit's figures are not its own
};

/// One unit's row.
struct OverviewRow {
    UnitRef unit;
    std::string countyId;
    std::string countyName;
    double inhabitants = 0;               ///< persons in the start year, all bands (size filter)
    OverviewValues values;                ///< all nullopt when `missing`
    std::optional<OverviewPercentiles> drawn; ///< with draws > 0 and not missing
    std::optional<OverviewMissing> missing;
    /// The figures as computed even when `missing` (with other units' rates): used in
    /// the totals, never shown as the unit's own. Empty for NoScenario / Failed.
    std::optional<OverviewParts> parts;
};

/// A county's, the country's, or Oslo's bydeler's total.
struct OverviewTotal {
    std::string id;        ///< county id, "NO" for the country, "0301" for Oslo's bydeler
    std::string name;
    std::string level;     ///< "fylke", "land" or "bydeler"
    int units = 0;         ///< units summed
    int unitsMissing = 0;  ///< of which flagged (included with their fallback figures)
    int unitsFailed = 0;   ///< units with no figures at all (left out of the sum)
    double inhabitants = 0;
    OverviewValues values;
    std::optional<OverviewPercentiles> drawn;
};

struct OverviewOptions {
    int year = 0;                     ///< the chosen year; 0: the horizon's last year
    int draws = 0;                    ///< 0: deterministic only; else Monte Carlo draws per unit
    std::uint64_t seed = 1;           ///< draw i of every unit uses RandomStream(seed, i), as `gevinst uncertainty`
    int threads = 0;                  ///< 0: every core
    /// Called from worker threads with (units done, units in all); may be empty.
    std::function<void(int, int)> progress;
    const std::atomic<bool>* cancel = nullptr; ///< stops the run early when set
};

struct Overview {
    int year = 0;
    int draws = 0;
    std::uint64_t seed = 0;
    bool cancelled = false;           ///< stopped early: nothing else is filled in
    std::vector<OverviewRow> units;   ///< in input order
    std::vector<OverviewTotal> counties; ///< by county id
    OverviewTotal country;            ///< the kommuner (Oslo once, as the kommune)
    std::optional<OverviewTotal> osloBydeler; ///< Oslo's bydeler rolled up (§5), beside Oslo's own row
};

/// What can go wrong before anything is computed.
struct OverviewError {
    enum class Kind { NoUnits, BadYear, BadDraws, MixedHorizons };
    Kind kind = Kind::NoUnits;
    std::string field;  ///< "year", "draws", "units"
    std::string detail; ///< English
};

class OverviewCalculator {
public:
    static constexpr int kMaxDraws = 100'000;

    /// Checks the options against the inputs (year inside every unit's horizon, draws in 0..kMaxDraws).
    static std::optional<OverviewError> check(const std::vector<OverviewUnitInput>& inputs, const OverviewOptions& options);
    /// Computes every unit and the totals. Call check() first (throws std::invalid_argument otherwise).
    static Overview compute(const std::vector<OverviewUnitInput>& inputs, const OverviewOptions& options);

    /// The overview figures of one result in `year` (a row's values when its data are its own).
    static OverviewParts partsOf(const Scenario& scenario, const Result& result, int year);
    /// The same with the persons aged 67+ in `year` given (they change only with the population).
    static OverviewParts partsWith(const Scenario& scenario, const Result& result, int year, double persons67Plus);
    /// Figures recomputed from (summed) parts, spec §5.
    static OverviewValues valuesOf(const OverviewParts& parts);
};

} // namespace gevinst
