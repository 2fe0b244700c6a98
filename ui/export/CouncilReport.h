#pragma once
// The council report: a few A4 pages in Norwegian to attach to a saksframlegg —
// title and unit, a plain-language summary of the four gains, the key figures,
// the charts (from ChartBuilder), the yearly table, every assumption with its
// source, who pays and who gains (LedgerReportPage, spec §7), and a short
// «Slik regner modellen». Every page carries the source line
// and its page number. Written as PDF, atomically.

#include "Result.h"
#include "Scenario.h"
#include "SourceLine.h"

#include <QByteArray>
#include <QString>

namespace gevinst::ui {

class CouncilReport {
public:
    CouncilReport(const Scenario& scenario, const Result& result, io::SourceLine source);

    /// The report as HTML (what is laid out on the pages; also useful for tests).
    QString html() const;
    /// The PDF bytes; `pages` receives the page count.
    QByteArray pdf(int* pages = nullptr) const;
    /// Writes the PDF to `path`; returns the page count, or 0 with `error` set.
    int write(const QString& path, QString* error) const;

private:
    QString summaryHtml() const;
    QString keyFiguresHtml() const;
    QString chartsHtml() const;
    QString yearlyHtml() const;
    QString assumptionsHtml() const;
    QString methodHtml() const;

    const Scenario& m_scenario;
    const Result& m_result;
    io::SourceLine m_source;
};

} // namespace gevinst::ui
