#pragma once
// The named charts of a result. The key of each (e.g. "freed-fte-vs-gap") is
// stable and may be used on a command line or in a file name; the title is the
// translated text shown above the chart.

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace gevinst::ui {

enum class ChartId {
    FreedFteVsGap,      ///< freed FTE against the staffing gap per year
    BudgetComponents,   ///< budget components per year as stacked bars, net effect as a line
    Utilisation,        ///< utilisation before/after per professional role
    CumulativeBudget,   ///< cumulative budget effect per year
};

/// Every chart, in the order the window shows them.
const std::vector<ChartId>& chartIds();
/// Stable command-line key, e.g. "budget-components".
QString chartKey(ChartId id);
std::optional<ChartId> chartFromKey(QStringView key);
/// Translated title, e.g. "Budsjettkomponenter per år".
QString chartTitle(ChartId id);

} // namespace gevinst::ui
