// gevinst ledger: who pays and who gains (spec §7) — each actor's cash per year and
// the net present values, as a readable Norwegian table or as the result's ledger JSON.

#include "Commands.h"
#include "TerminalText.h"
#include "ScenarioSource.h"

#include "Engine.h"
#include "ResultWriter.h"

#include <iostream>

namespace gevinst::cli {

namespace {

const char* kUsage = "ledger FILE.json|--id ID [--db PATH] [--json]";

/// Norwegian names of the ledger's lines, in the order they are shown.
struct LedgerLine {
    SeriesId id;
    const char* name;
};

constexpr LedgerLine kActors[] = {
    {SeriesId::LedgerKommuneHelseOmsorg, "Kommunen: helse og omsorg"},
    {SeriesId::LedgerKommuneSosial, "Kommunen: sosialhjelp"},
    {SeriesId::LedgerKommuneSkatt, "Kommunen: skatteinntekter"},
    {SeriesId::LedgerStatNav, "Staten: NAV"},
    {SeriesId::LedgerStatSkatt, "Staten: skatt og arbeidsgiveravgift"},
    {SeriesId::LedgerArbeidstakere, "De som får jobb (netto)"},
};

constexpr LedgerLine kTotals[] = {
    {SeriesId::LedgerPublicNet, "Offentlig sektor i alt"},
    {SeriesId::LedgerSocietyNet, "Samfunnet i alt"},
    {SeriesId::LedgerTaxFinancing, "Skattefinansieringskostnad"},
    {SeriesId::LedgerSocietyWithTaxFinancing, "Samfunnet med skattefinansiering"},
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
    std::cout << "Hvem betaler og hvem får – " << s.name << "\n"
              << s.unit.name << " (" << s.unit.level << " " << s.unit.id << "), " << s.startYear << "–" << s.endYear
              << ", kroner i faste " << s.startYear << "-priser\n\n";

    std::vector<std::string> header{"Aktør"};
    for (int year : r.years)
        header.push_back(std::to_string(year));
    header.push_back("Nåverdi");
    TextTable table(header);
    auto line = [&](const LedgerLine& l) {
        std::vector<std::string> row{l.name};
        const auto& values = r[l.id];
        for (Eigen::Index t = 0; t < values.size(); ++t)
            row.push_back(formatNumber(values[t], 0));
        row.push_back(formatNok(r.summary.ledgerNpv[std::size_t(static_cast<int>(l.id) - kFirstLedgerSeries)]));
        table.addRow(row);
    };
    for (const auto& l : kActors)
        line(l);
    for (const auto& l : kTotals)
        line(l);
    std::cout << table.render() << "\n";

    const int npvCapacityTime = static_cast<int>(SeriesId::LedgerCapacityTime) - kFirstLedgerSeries;
    std::cout << "Frigjort tid til annen bruk (ikke kontanter, ikke lagt inn over): nåverdi "
              << formatNok(r.summary.ledgerNpv[std::size_t(npvCapacityTime)]) << "\n";
    std::cout << "Kontroll: kommunen (helse og omsorg + sosialhjelp) = budsjetteffekten, nåverdi "
              << formatNok(r.summary.npvBudgetNok) << "\n";
    if (!s.ledger.present)
        std::cout << "Scenarioet har ingen «ledger»-blokk: lønn, skattesatser og statlige ytelser er 0, så bare "
                     "kommunens og NAVs kontantstrømmer vises.\n";
    return ExitOk;
}

} // namespace gevinst::cli
