#pragma once
// The result of one calculation (spec §3–§4): one value per year for each series,
// utilisation per professional role, and the summary figures. A series value that
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
    BudgetEffectNok,
    CumulativeBudgetEffectNok,
};
inline constexpr int kSeriesCount = 26;

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
    "budget_effect_nok",
    "cumulative_budget_effect_nok",
};

constexpr std::string_view idOf(SeriesId s) { return kSeriesIds[static_cast<int>(s)]; }
std::optional<SeriesId> seriesFromId(std::string_view id);
/// Series that may hold null (NaN) values.
constexpr bool isNullable(SeriesId s) { return s == SeriesId::GapClosedShare || s == SeriesId::ExtraRecipients; }
/// Whether a series adds up across units (hours, FTE, NOK, persons) — spec §5.
constexpr bool isAdditive(SeriesId s)
{
    return s != SeriesId::DemandIndex && s != SeriesId::Ramp && s != SeriesId::GapClosedShare;
}

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
};

struct Result {
    std::string scenarioName;
    UnitRef unit;
    std::vector<int> years;
    std::array<Eigen::ArrayXd, kSeriesCount> series;
    /// Per professional role (sykepleier, helsefagarbeider); empty when the role is absent.
    std::array<std::optional<Eigen::ArrayXd>, 2> utilisation;
    std::array<std::optional<double>, 2> utilisationBaseline;
    Summary summary;

    const Eigen::ArrayXd& operator[](SeriesId s) const { return series[static_cast<int>(s)]; }
    Eigen::ArrayXd& operator[](SeriesId s) { return series[static_cast<int>(s)]; }
    int yearCount() const { return static_cast<int>(years.size()); }
};

} // namespace gevinst
