// gevinst ledger: who pays and who gains (spec §7) — each actor's cash per year and
// the net present values, as a readable table in the user's language or as the result's
// ledger JSON.

#include "CliText.h"
#include "Commands.h"
#include "TerminalText.h"
#include "ScenarioSource.h"

#include "Engine.h"
#include "ExportLabels.h"
#include "ResultWriter.h"

#include <iostream>

namespace gevinst::cli {

namespace {

const char* kUsage = "ledger FILE.json|--id ID [--db PATH] [--json]";

/// The ledger's lines in the order they are shown (named by io::ExportLabels::series, in
/// the user's language, as in the exports).
constexpr SeriesId kActors[] = {
    SeriesId::LedgerKommuneHelseOmsorg, SeriesId::LedgerKommuneSosial, SeriesId::LedgerKommuneSkatt,
    SeriesId::LedgerStatNav,            SeriesId::LedgerStatSkatt,     SeriesId::LedgerArbeidstakere,
};

constexpr SeriesId kTotals[] = {
    SeriesId::LedgerPublicNet,
    SeriesId::LedgerSocietyNet,
    SeriesId::LedgerTaxFinancing,
    SeriesId::LedgerSocietyWithTaxFinancing,
};

} // namespace

int runLedger(CliArgs& args)
{
    const bool json = args.flag("--json");
    const LoadedScenario loaded = loadScenario(args, kUsage);
    const Scenario& s = loaded.scenario;
    const Result r = Engine::compute(s);
    if (json) {
        std::cout << ResultWriter::ledgerJson(r).dump(2) << "\n";
        return ExitOk;
    }
    std::cout << CliText::text(CliText::tr("Hvem betaler og hvem får – %1").arg(CliText::q(s.name))) << "\n"
              << s.unit.name << " (" << CliText::text(io::ExportLabels::unitLevel(s.unit.level)) << " " << s.unit.id << "), "
              << CliText::text(CliText::tr("%1–%2, kroner i faste %1-priser").arg(s.startYear).arg(s.endYear)) << "\n\n";

    std::vector<std::string> header{CliText::text(CliText::tr("Aktør"))};
    for (int year : r.years)
        header.push_back(std::to_string(year));
    header.push_back(CliText::text(CliText::tr("Nåverdi")));
    TextTable table(header);
    auto line = [&](SeriesId id) {
        std::vector<std::string> row{CliText::text(io::ExportLabels::series(id))};
        const auto& values = r[id];
        for (Eigen::Index t = 0; t < values.size(); ++t)
            row.push_back(formatNumber(values[t], 0));
        row.push_back(formatNok(r.summary.ledgerNpv[std::size_t(static_cast<int>(id) - kFirstLedgerSeries)]));
        table.addRow(row);
    };
    for (const SeriesId id : kActors)
        line(id);
    for (const SeriesId id : kTotals)
        line(id);
    std::cout << table.render() << "\n";

    const int npvCapacityTime = static_cast<int>(SeriesId::LedgerCapacityTime) - kFirstLedgerSeries;
    std::cout << CliText::text(CliText::tr("Frigjort tid til annen bruk (ikke kontanter, ikke lagt inn over): nåverdi %1")
                                   .arg(CliText::q(formatNok(r.summary.ledgerNpv[std::size_t(npvCapacityTime)]))))
              << "\n";
    std::cout << CliText::text(CliText::tr("Kontroll: kommunen (helse og omsorg + sosialhjelp) = budsjetteffekten, nåverdi %1")
                                   .arg(CliText::q(formatNok(r.summary.npvBudgetNok))))
              << "\n";
    if (!s.ledger.present)
        std::cout << CliText::text(CliText::tr("Scenarioet har ingen «ledger»-blokk: lønn, skattesatser og statlige ytelser er 0, "
                                               "så bare kommunens og NAVs kontantstrømmer vises."))
                  << "\n";
    return ExitOk;
}

} // namespace gevinst::cli
