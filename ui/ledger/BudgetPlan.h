#pragma once
// The kommune's own lines for an økonomiplan: four budget years of costs by type
// (task workers, training, volunteers, technology, hub), subsidy income (wage,
// mentor), social-assistance savings and realised capacity × budget share, each
// signed as it acts on the budget, and the net (= budget_effect_nok, spec §3).
// In the scenario's fixed start-year prices, or nominal with a kommunal deflator:
// nominal = fixed × (1 + deflator)^(year − start year).

#include "Result.h"
#include "Scenario.h"

#include <QString>

#include <optional>
#include <vector>

namespace gevinst::ui {

struct BudgetPlanLine {
    QString id;    ///< the result's series id, "realised_capacity_budget" or "net"
    QString label; ///< Norwegian
    std::vector<double> values; ///< one per budget year: + strengthens the budget, − burdens it
    bool net = false;
};

struct BudgetPlanTable {
    std::vector<int> years;
    std::vector<BudgetPlanLine> lines; ///< the net last
    bool nominal = false;
    double deflator = 0;
};

class BudgetPlan {
public:
    static constexpr int kYears = 4;
    /// The default deflator: an assumption, see deflatorSource().
    static constexpr double kDefaultDeflator = 0.03;

    /// The first budget year by default: the year after `thisYear`, kept inside the
    /// horizon so that the four years fit where they can.
    static int defaultFirstYear(const Result& result, int thisYear);
    /// The first years a user may choose: the horizon, at most four years from its end.
    static int lastFirstYear(const Result& result);

    /// The lines for `firstYear` and up to three following years within the horizon.
    /// `deflator` given: nominal kroner.
    static BudgetPlanTable of(const Scenario& scenario, const Result& result, int firstYear,
                              std::optional<double> deflator = std::nullopt);

    /// Where the default deflator comes from (shown beside the field).
    static QString deflatorSource();
};

} // namespace gevinst::ui
