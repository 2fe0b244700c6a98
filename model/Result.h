#pragma once
// The result of one calculation (spec §3, §4, §7): one value per year for each
// series (the ledger's series of §7 among them, with ids "ledger.<name>"),
// utilisation per role with a matching set, and the summary figures. A series value that
// the spec defines as undefined (null) is stored as NaN and written as null; only
// the series isNullable() says so may hold it.

#include "Scenario.h"

#include <Eigen/Core>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gevinst {

inline constexpr const char* kResultFormat = "gevinstmodell-result/1";

enum class SeriesId {
    Recipients,
    DemandIndex,
    NeedFte,
    AvailFte,
    GapFte,
    Ramp,
    FreedHoursProfessional,
    FreedFte,
    GapClosedShare,
    ExtraRecipients,
    TaskWorkerFte,
    TaskWorkerHeadcount,
    Hires,
    NavHires,
    WageSubsidyNok,
    MentorSubsidyNok,
    SocialAssistanceSavingsNok,
    CostTaskWorkersNok,
    CostTrainingNok,
    CostVolunteersNok,
    CostTechnologyNok,
    CostHubNok,
    CostTotalNok,
    CapacityValueNok,
    RealisedCapacityNok,
    BudgetEffectNok,
    CumulativeBudgetEffectNok,
    // The ledger of spec §7: the six actors' cash, the totals, and the bases.
    LedgerKommuneHelseOmsorg,
    LedgerKommuneSosial,
    LedgerKommuneSkatt,
    LedgerStatNav,
    LedgerStatSkatt,
    LedgerArbeidstakere,
    LedgerPublicNet,
    LedgerSocietyNet,
    LedgerTaxFinancing,
    LedgerSocietyWithTaxFinancing,
    LedgerCapacityTime,
    LedgerStateBenefitSavings,
    LedgerNewWageBase,
};
inline constexpr int kSeriesCount = 40;
/// The series of spec §4 come first; the ledger's follow from here.
inline constexpr int kFirstLedgerSeries = static_cast<int>(SeriesId::LedgerKommuneHelseOmsorg);
inline constexpr int kLedgerActorCount = 6;
/// Ledger series with an NPV in the result: the six actors and the five totals.
inline constexpr int kLedgerNpvCount = 11;

inline constexpr std::array<std::string_view, kSeriesCount> kSeriesIds{
    "recipients",
    "demand_index",
    "need_fte",
    "avail_fte",
    "gap_fte",
    "ramp",
    "freed_hours_professional",
    "freed_fte",
    "gap_closed_share",
    "extra_recipients",
    "task_worker_fte",
    "task_worker_headcount",
    "hires",
    "nav_hires",
    "wage_subsidy_nok",
    "mentor_subsidy_nok",
    "social_assistance_savings_nok",
    "cost_task_workers_nok",
    "cost_training_nok",
    "cost_volunteers_nok",
    "cost_technology_nok",
    "cost_hub_nok",
    "cost_total_nok",
    "capacity_value_nok",
    "realised_capacity_nok",
    "budget_effect_nok",
    "cumulative_budget_effect_nok",
    "ledger.kommune_helse_omsorg",
    "ledger.kommune_sosial",
    "ledger.kommune_skatt",
    "ledger.stat_nav",
    "ledger.stat_skatt",
    "ledger.arbeidstakere",
    "ledger.public_net_nok",
    "ledger.society_net_nok",
    "ledger.tax_financing_nok",
    "ledger.society_with_tax_financing_nok",
    "ledger.capacity_time_nok",
    "ledger.state_benefit_savings_nok",
    "ledger.new_wage_base_nok",
};

constexpr std::string_view idOf(SeriesId s) { return kSeriesIds[static_cast<int>(s)]; }
constexpr bool isLedger(SeriesId s) { return static_cast<int>(s) >= kFirstLedgerSeries; }
/// The id of a ledger series inside the result's "ledger" object ("kommune_sosial").
constexpr std::string_view ledgerKeyOf(SeriesId s) { return idOf(s).substr(7); }
std::optional<SeriesId> seriesFromId(std::string_view id);
/// Series that may hold null (NaN) values.
constexpr bool isNullable(SeriesId s) { return s == SeriesId::GapClosedShare || s == SeriesId::ExtraRecipients; }
/// Whether a series adds up across units (hours, FTE, NOK, persons) — spec §5.
constexpr bool isAdditive(SeriesId s)
{
    return s != SeriesId::DemandIndex && s != SeriesId::Ramp && s != SeriesId::GapClosedShare;
}

/// Utilisation of one role with a matching set (spec §2a, §3).
struct RoleUtilisation {
    std::string roleId;
    bool professional = false;
    Eigen::ArrayXd series;
    double baseline = 0;
};

struct Summary {
    double npvBudgetNok = 0;
    double npvCapacityValueNok = 0;
    std::optional<int> paybackYear;
    double freedFteEnd = 0;
    std::optional<double> gapClosedShareEnd;
    std::optional<double> netCostPerFreedFteNok;
    // Totals over the horizon (additions to the spec's summary, for people to read).
    double subsidiesTotalNok = 0;            ///< wage + mentor subsidy
    double socialAssistanceSavingsTotalNok = 0;
    double costTotalNok = 0;
    double freedFteSum = 0;                  ///< Σ_t freed_fte (the divisor of the per-FTE price)
    /// NPVs of the ledger (spec §7): the six actors, then public_net, society_net,
    /// tax_financing, society_with_tax_financing and capacity_time, in SeriesId order.
    std::array<double, kLedgerNpvCount> ledgerNpv{};
};

struct Result {
    std::string scenarioName;
    UnitRef unit;
    std::string serviceArea; ///< whose labels name the result's roles
    std::vector<int> years;
    std::array<Eigen::ArrayXd, kSeriesCount> series;
    /// Every role present in the scenario whose matching set is not empty, in vocabulary order.
    std::vector<RoleUtilisation> utilisation;
    Summary summary;

    const RoleUtilisation* utilisationOf(std::string_view roleId) const;

    const Eigen::ArrayXd& operator[](SeriesId s) const { return series[static_cast<int>(s)]; }
    Eigen::ArrayXd& operator[](SeriesId s) { return series[static_cast<int>(s)]; }
    int yearCount() const { return static_cast<int>(years.size()); }
};

} // namespace gevinst
