#pragma once
// «Gevinstrapport» (issue 13): the benefits plan's report for tertial and annual
// reporting, an A4 PDF in Norwegian: the approved plan (who, when, note), a summary
// table of every benefit (owner, class, baseline, latest status), then per benefit its
// chart (BenefitChart), its table of planned, actual, deviation, realised share, status
// and forecast per period, and the owners' comments; last, the benefits by owner and the
// approval history. House style of CouncilReport.

#include "PlanEvaluation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gevinst::ui {

class PlanReport {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::PlanReport)
public:
    explicit PlanReport(plan::PlanReportData data);
    /// The report as HTML (what is laid out on the pages; also for tests).
    QString html() const;
    /// The PDF bytes; `pages` receives the page count.
    QByteArray pdf(int* pages = nullptr) const;
    /// Writes the PDF (through AtomicFile); returns the number of pages, 0 with `error` set on failure.
    int write(const QString& path, QString* error) const;
    /// The footer's source line.
    QString sourceLine() const;

private:
    plan::PlanReportData m_data;
};

} // namespace gevinst::ui
