#include "BudgetPlan.h"

#include "ExportLabels.h"
#include "NumberText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::ui::BudgetPlan", text);
}
} // namespace

int BudgetPlan::lastFirstYear(const Result& r)
{
    if (r.years.empty())
        return 0;
    return std::max(r.years.front(), r.years.back() - (kYears - 1));
}

int BudgetPlan::defaultFirstYear(const Result& r, int thisYear)
{
    if (r.years.empty())
        return thisYear + 1;
    return std::clamp(thisYear + 1, r.years.front(), lastFirstYear(r));
}

QString BudgetPlan::deflatorSource()
{
    return tr("Antakelse: 3,0 % i året. Bytt den gjerne ut med kommunal deflator fra statsbudsjettet for "
              "budsjettåret (Kommunal- og distriktsdepartementet).");
}

BudgetPlanTable BudgetPlan::of(const Scenario& s, const Result& r, int firstYear, std::optional<double> deflator)
{
    BudgetPlanTable table;
    table.nominal = deflator.has_value();
    table.deflator = deflator.value_or(0.0);
    std::vector<int> index; // year index in the result
    for (int t = 0; t < r.yearCount() && int(index.size()) < kYears; ++t)
        if (r.years[std::size_t(t)] >= firstYear) {
            index.push_back(t);
            table.years.push_back(r.years[std::size_t(t)]);
        }
    auto factor = [&](int year) {
        return deflator ? std::pow(1.0 + *deflator, double(year - s.startYear)) : 1.0;
    };
    auto line = [&](const QString& id, const QString& label, auto value) {
        BudgetPlanLine l;
        l.id = id;
        l.label = label;
        for (std::size_t i = 0; i < index.size(); ++i)
            l.values.push_back(value(index[i]) * factor(table.years[i]));
        table.lines.push_back(std::move(l));
    };
    auto series = [&](SeriesId id, double sign) {
        line(QString::fromLatin1(idOf(id).data(), int(idOf(id).size())), io::ExportLabels::series(id),
             [&r, id, sign](int t) { return sign * r[id][t]; });
    };
    series(SeriesId::CostTaskWorkersNok, -1);
    series(SeriesId::CostTrainingNok, -1);
    series(SeriesId::CostVolunteersNok, -1);
    series(SeriesId::CostTechnologyNok, -1);
    series(SeriesId::CostHubNok, -1);
    series(SeriesId::WageSubsidyNok, 1);
    series(SeriesId::MentorSubsidyNok, 1);
    series(SeriesId::SocialAssistanceSavingsNok, 1);
    const double share = s.realisation.budgetShareOfFreedCapacity;
    line(QStringLiteral("realised_capacity_budget"),
         tr("Realisert kapasitet × budsjettandel (%1)").arg(io::NumberText::percent(share, 0)),
         [&r, share](int t) { return share * r[SeriesId::RealisedCapacityNok][t]; });
    line(QStringLiteral("budget_effect_nok"), tr("Netto budsjetteffekt"),
         [&r](int t) { return r[SeriesId::BudgetEffectNok][t]; });
    table.lines.back().net = true;
    return table;
}

} // namespace gevinst::ui
