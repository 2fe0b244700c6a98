#include "KeyFigures.h"

#include <cmath>

namespace gevinst {

const std::array<KeyFigureId, kKeyFigureCount>& KeyFigures::all()
{
    static const std::array<KeyFigureId, kKeyFigureCount> ids{
        KeyFigureId::FreedFteEnd,         KeyFigureId::GapFteEnd,
        KeyFigureId::GapClosedShareEnd,   KeyFigureId::ExtraRecipientsEnd,
        KeyFigureId::NpvBudgetNok,        KeyFigureId::NpvCapacityValueNok,
        KeyFigureId::SubsidiesTotalNok,   KeyFigureId::SocialAssistanceSavingsTotalNok,
        KeyFigureId::CostTotalNok,        KeyFigureId::NetCostPerFreedFteNok,
        KeyFigureId::PaybackYear,
    };
    return ids;
}

std::string_view KeyFigures::idOf(KeyFigureId id)
{
    switch (id) {
    case KeyFigureId::FreedFteEnd: return "freed_fte_end";
    case KeyFigureId::GapFteEnd: return "gap_fte_end";
    case KeyFigureId::GapClosedShareEnd: return "gap_closed_share_end";
    case KeyFigureId::ExtraRecipientsEnd: return "extra_recipients_end";
    case KeyFigureId::NpvBudgetNok: return "npv_budget_nok";
    case KeyFigureId::NpvCapacityValueNok: return "npv_capacity_value_nok";
    case KeyFigureId::SubsidiesTotalNok: return "subsidies_total_nok";
    case KeyFigureId::SocialAssistanceSavingsTotalNok: return "social_assistance_savings_total_nok";
    case KeyFigureId::CostTotalNok: return "cost_total_nok";
    case KeyFigureId::NetCostPerFreedFteNok: return "net_cost_per_freed_fte_nok";
    case KeyFigureId::PaybackYear: return "payback_year";
    }
    return {};
}

ValueKind KeyFigures::kindOf(KeyFigureId id)
{
    switch (id) {
    case KeyFigureId::FreedFteEnd:
    case KeyFigureId::GapFteEnd: return ValueKind::Fte;
    case KeyFigureId::GapClosedShareEnd: return ValueKind::Share;
    case KeyFigureId::ExtraRecipientsEnd: return ValueKind::Persons;
    case KeyFigureId::PaybackYear: return ValueKind::Year;
    default: return ValueKind::Nok;
    }
}

bool KeyFigures::isAdditive(KeyFigureId id)
{
    return id != KeyFigureId::GapClosedShareEnd && id != KeyFigureId::NetCostPerFreedFteNok &&
           id != KeyFigureId::PaybackYear;
}

std::optional<double> KeyFigures::value(const Result& r, KeyFigureId id)
{
    const Summary& s = r.summary;
    const int last = r.yearCount() - 1;
    auto lastOf = [&](SeriesId series) -> std::optional<double> {
        if (last < 0)
            return std::nullopt;
        const double v = r[series][last];
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    };
    switch (id) {
    case KeyFigureId::FreedFteEnd: return s.freedFteEnd;
    case KeyFigureId::GapFteEnd: return lastOf(SeriesId::GapFte);
    case KeyFigureId::GapClosedShareEnd: return s.gapClosedShareEnd;
    case KeyFigureId::ExtraRecipientsEnd: return lastOf(SeriesId::ExtraRecipients);
    case KeyFigureId::NpvBudgetNok: return s.npvBudgetNok;
    case KeyFigureId::NpvCapacityValueNok: return s.npvCapacityValueNok;
    case KeyFigureId::SubsidiesTotalNok: return s.subsidiesTotalNok;
    case KeyFigureId::SocialAssistanceSavingsTotalNok: return s.socialAssistanceSavingsTotalNok;
    case KeyFigureId::CostTotalNok: return s.costTotalNok;
    case KeyFigureId::NetCostPerFreedFteNok: return s.netCostPerFreedFteNok;
    case KeyFigureId::PaybackYear:
        return s.paybackYear ? std::optional<double>(*s.paybackYear) : std::nullopt;
    }
    return std::nullopt;
}

std::vector<KeyFigure> KeyFigures::of(const Result& r)
{
    std::vector<KeyFigure> out;
    for (KeyFigureId id : all())
        out.push_back({id, value(r, id)});
    return out;
}

} // namespace gevinst
