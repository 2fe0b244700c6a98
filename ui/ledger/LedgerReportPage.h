#pragma once
// The council report's page «Hvem betaler og hvem får» (spec §7): one plain
// Norwegian paragraph on what the split means, the NPV waterfall and the cash per
// year by actor, the actors' NPVs with their DFØ class, the effects that are not
// priced, and the ledger's assumptions with their sources. CouncilReport puts the
// HTML in its document and the chart images in as resources.

#include "LedgerCharts.h"
#include "Result.h"
#include "Scenario.h"

#include <QSize>
#include <QString>

class QTextDocument;

namespace gevinst::ui {

class LedgerReportPage {
public:
    LedgerReportPage(const Scenario& scenario, const Result& result);

    /// The page, starting on a new page.
    QString html() const;
    /// The paragraph on what the split means (plain text).
    QString meaning() const;
    /// Adds the chart images html() refers to.
    void addResources(QTextDocument& document, int dpi) const;

    static constexpr QSize kChartSize{640, 290};

private:
    const Scenario& m_scenario;
    const Result& m_result;
};

} // namespace gevinst::ui
