// gevinst compute / validate / summary: the engine on one scenario file.

#include "VocabularyLabels.h"
#include "Commands.h"
#include "FileIo.h"
#include "TerminalText.h"
#include "ScenarioSource.h"

#include "Engine.h"
#include "ResultWriter.h"

#include <iostream>

namespace gevinst::cli {

int runCompute(CliArgs& args)
{
    const auto out = args.option("-o", "--output");
    const LoadedScenario loaded = loadScenario(args, "compute FILE.json|--id ID [--db PATH] [-o OUT.json]");
    const Result result = Engine::compute(loaded.scenario);
    const std::string text = ResultWriter::toJson(result).dump(2) + "\n";
    if (out && *out != "-")
        writeFileAtomically(*out, text);
    else
        std::cout << text;
    return ExitOk;
}

int runValidate(CliArgs& args)
{
    loadScenario(args, "validate FILE.json|--id ID [--db PATH]");
    std::cout << "ok\n";
    return ExitOk;
}

int runSummary(CliArgs& args)
{
    const LoadedScenario loaded = loadScenario(args, "summary FILE.json|--id ID [--db PATH]");
    const Scenario& s = loaded.scenario;
    const Result r = Engine::compute(s);
    const Summary& sum = r.summary;
    const int last = r.yearCount() - 1;
    const std::string endYear = std::to_string(s.endYear);

    std::cout << "Gevinstmodell – " << s.name << "\n"
              << s.unit.name << " (" << s.unit.level << " " << s.unit.id << "), " << s.serviceArea << ", "
              << s.startYear << "–" << s.endYear << "\n\n";

    TextTable key({"Nøkkeltall", "Verdi"});
    key.addRow({"Frigjorte årsverk " + endYear, formatNumber(sum.freedFteEnd, 1)});
    key.addRow({"Bemanningsgap " + endYear + " (årsverk)", formatNumber(r[SeriesId::GapFte][last], 1)});
    key.addRow({"Andel av bemanningsgapet dekket " + endYear, formatPercent(sum.gapClosedShareEnd)});
    key.addRow({"Flere tjenestemottakere som kan betjenes " + endYear, formatNumber(r[SeriesId::ExtraRecipients][last], 0)});
    key.addRow({"Nåverdi budsjetteffekt (" + formatPercent(s.discountRate, 1) + " diskontering)", formatNok(sum.npvBudgetNok)});
    key.addRow({"Nåverdi frigjort kapasitet", formatNok(sum.npvCapacityValueNok)});
    key.addRow({"Netto kostnad per frigjort årsverk", formatNok(sum.netCostPerFreedFteNok)});
    const auto& labels = VocabularyLabels::instance();
    if (const int reference = comparisonRole(s); reference >= 0)
        key.addRow({"  til sammenligning: årskostnad " + labels.name(s.serviceArea, s.vocabulary.roles[std::size_t(reference)].id),
                    formatNok(s.role(reference).annualCostNok)});
    key.addRow({"Statlige tilskudd (lønns- og mentortilskudd), sum", formatNok(sum.subsidiesTotalNok)});
    key.addRow({"Sparte sosialhjelpsutgifter, sum", formatNok(sum.socialAssistanceSavingsTotalNok)});
    key.addRow({"Kostnader, sum", formatNok(sum.costTotalNok)});
    key.addRow({"Tilbakebetalingsår",
                !sum.paybackYear                           ? "ikke innen " + endYear
                : !r.years.empty() && *sum.paybackYear == r.years.front() ? "lønnsom fra første år (akkumulert effekt aldri negativ)"
                                                            : std::to_string(*sum.paybackYear)});
    for (const auto& u : r.utilisation)
        key.addRow({"Tid på oppgaver som krever kompetansen, " + labels.name(s.serviceArea, u.roleId),
                    formatPercent(u.baseline, 0) + " → " + formatPercent(u.series[last], 0)});
    std::cout << key.render() << "\n";

    TextTable years({"År", "Frigjorte årsverk", "Gap (årsverk)", "Dekket", "Tilskudd", "Sosialhjelp", "Kostnader",
                     "Budsjetteffekt", "Akkumulert"});
    for (int t = 0; t < r.yearCount(); ++t)
        years.addRow({std::to_string(r.years[t]), formatNumber(r[SeriesId::FreedFte][t], 1),
                      formatNumber(r[SeriesId::GapFte][t], 1), formatPercent(r[SeriesId::GapClosedShare][t], 0),
                      formatNok(r[SeriesId::WageSubsidyNok][t] + r[SeriesId::MentorSubsidyNok][t]),
                      formatNok(r[SeriesId::SocialAssistanceSavingsNok][t]), formatNok(r[SeriesId::CostTotalNok][t]),
                      formatNok(r[SeriesId::BudgetEffectNok][t]), formatNok(r[SeriesId::CumulativeBudgetEffectNok][t])});
    std::cout << years.render();
    std::cout << "\nBudsjetteffekten regner med " << formatPercent(s.realisation.budgetShareOfFreedCapacity, 0)
              << " av verdien av frigjort kapasitet som realisert i budsjettet"
              << (s.realisation.basis == RealisationBasis::Gap
                      ? ", og bare den delen som dekker bemanningsgapet: frigjort tid utover gapet er kapasitet til "
                        "flere mottakere eller bedre kvalitet, ikke penger.\n"
                      : ".\n");
    for (int t = 0; t < r.yearCount(); ++t)
        if (r[SeriesId::RealisedCapacityNok][t] < r[SeriesId::CapacityValueNok][t] - 0.5) {
            std::cout << "Fra " << r.years[t] << " frigjøres mer enn bemanningsgapet i noen år; det overskytende er "
                         "regnet som kapasitet, ikke som innsparing.\n";
            break;
        }
    return ExitOk;
}

} // namespace gevinst::cli
