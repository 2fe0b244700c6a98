#pragma once
// The council report: a few A4 pages in Norwegian to attach to a saksframlegg —
// title and unit, a plain-language summary of the four gains, the key figures,
// the charts (from ChartBuilder), the yearly table, every assumption with its
// source, who pays and who gains (LedgerReportPage, spec §7), and a short
// «Slik regner modellen». When the scenario has uncertainty ranges, a section
// «Usikkerhet» says in plain words how likely a positive NPV is and why the median
// may differ from the point estimate, with the P10–P90 table, the ranges, the fan
// charts and the tornado. Figures are numbered («Figur 1: …»). Every page carries
// the source line and its page number. Written atomically as PDF (figures as
// vector graphics) or as an editable ODT document (figures as print-resolution
// images), chosen by the file's suffix.

#include "MonteCarlo.h"
#include "Result.h"
#include "Scenario.h"
#include "SourceLine.h"
#include "Tornado.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace gevinst::ui {

class ReportFigures;

class CouncilReport {
public:
    CouncilReport(const Scenario& scenario, const Result& result, io::SourceLine source);

    /// Draws of the Monte Carlo run the report makes itself (seed 1) when not given one.
    static constexpr int kDefaultDraws = 10000;
    /// Uses an existing run (and its tornado) instead of running one.
    void setUncertainty(std::shared_ptr<const MonteCarloResult> run, TornadoResult tornado);
    void setDraws(int draws) { m_draws = draws; }
    /// The Monte Carlo run the section rests on (run on first use); null without ranges.
    const MonteCarloResult* uncertainty() const;

    /// The report as HTML (what is laid out on the pages; also useful for tests).
    QString html() const;
    /// The PDF bytes; `pages` receives the page count.
    QByteArray pdf(int* pages = nullptr) const;
    /// The report as an OpenDocument text (ODT) for a word processor.
    QByteArray odt() const;
    /// Writes the report to `path` — ODT for «.odt», else PDF; returns the page count
    /// (for ODT as laid out on A4 here), or 0 with `error` set.
    int write(const QString& path, QString* error) const;

private:
    void ensureUncertainty() const;
    QString uncertaintyHtml() const;
    QString figureHtml(const QString& url, int width, int height, const QString& title) const;
    /// Lays the report out in `doc` on A4 with its figures (vector objects or images).
    void layOut(QTextDocument& doc, bool vector, ReportFigures& figures) const;

    QString summaryHtml() const;
    QString keyFiguresHtml() const;
    QString chartsHtml() const;
    QString yearlyHtml() const;
    QString assumptionsHtml() const;
    QString methodHtml() const;

    const Scenario& m_scenario;
    const Result& m_result;
    io::SourceLine m_source;
    int m_draws = kDefaultDraws;
    mutable bool m_uncertaintyReady = false;
    mutable std::shared_ptr<const MonteCarloResult> m_mc;
    mutable std::optional<TornadoResult> m_tornado;
    mutable int m_figureNumber = 0;
};

} // namespace gevinst::ui
