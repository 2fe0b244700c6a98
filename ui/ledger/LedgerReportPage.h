#pragma once
// The council report's page «Hvem betaler og hvem får» (spec §7): one plain
// Norwegian paragraph on what the split means, the NPV waterfall and the cash per
// year by actor, the actors' NPVs with their DFØ class, the effects that are not
// priced, and the ledger's assumptions with their sources. CouncilReport puts the
// HTML in its document and the charts with its figures (numbered on from its own).

#include "LedgerCharts.h"
#include "Result.h"
#include "Scenario.h"

#include <QSize>
#include <QString>

namespace gevinst::ui {

class ReportFigures;

class LedgerReportPage {
public:
    LedgerReportPage(const Scenario& scenario, const Result& result);

    /// The page, starting on a new page. Its charts are captioned «Figur N: …»,
    /// numbered on from `figureNumber` (the report's last figure; updated), else from 1.
    QString html(int* figureNumber = nullptr) const;
    /// The paragraph on what the split means (plain text).
    QString meaning() const;
    /// Records the charts html() refers to with the report's figures (vector in a PDF,
    /// images at `dpi` in an ODT).
    void addFigures(ReportFigures& figures, int dpi) const;

    static constexpr QSize kChartSize{640, 290};

private:
    const Scenario& m_scenario;
    const Result& m_result;
};

} // namespace gevinst::ui
