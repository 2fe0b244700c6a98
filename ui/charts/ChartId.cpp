#include "ChartId.h"

#include <QCoreApplication>

namespace gevinst::ui {

const std::vector<ChartId>& chartIds()
{
    static const std::vector<ChartId> ids{ChartId::FreedFteVsGap, ChartId::BudgetComponents,
                                          ChartId::Utilisation, ChartId::CumulativeBudget};
    return ids;
}

QString chartKey(ChartId id)
{
    switch (id) {
    case ChartId::FreedFteVsGap: return QStringLiteral("freed-fte-vs-gap");
    case ChartId::BudgetComponents: return QStringLiteral("budget-components");
    case ChartId::Utilisation: return QStringLiteral("utilisation");
    case ChartId::CumulativeBudget: return QStringLiteral("cumulative-budget");
    }
    return {};
}

std::optional<ChartId> chartFromKey(QStringView key)
{
    for (ChartId id : chartIds())
        if (chartKey(id) == key)
            return id;
    return std::nullopt;
}

QString chartTitle(ChartId id)
{
    switch (id) {
    case ChartId::FreedFteVsGap:
        return QCoreApplication::translate("gevinst::ui::Charts", "Frigjorte årsverk og bemanningsgap");
    case ChartId::BudgetComponents:
        return QCoreApplication::translate("gevinst::ui::Charts", "Budsjetteffekt per år");
    case ChartId::Utilisation:
        return QCoreApplication::translate("gevinst::ui::Charts", "Utnyttelsesgrad før og etter");
    case ChartId::CumulativeBudget:
        return QCoreApplication::translate("gevinst::ui::Charts", "Akkumulert budsjetteffekt");
    }
    return {};
}

} // namespace gevinst::ui
