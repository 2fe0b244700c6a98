// gevinst compute / validate / summary: the engine on one scenario file.

#include "VocabularyLabels.h"
#include "CliText.h"
#include "Commands.h"
#include "FileIo.h"
#include "TerminalText.h"
#include "ScenarioSource.h"

#include "Engine.h"
#include "ExportLabels.h"
#include "ResultWriter.h"
#include "ScenarioTemplate.h"
#include "ServiceAreaCatalogue.h"

#include <iostream>

namespace gevinst::cli {

namespace {
/// The service area's name in the user's language, its id when the program does not ship it.
std::string serviceAreaName(const std::string& id)
{
    const auto areas = store::ScenarioTemplate::serviceAreas();
    const ServiceArea* area = areas ? (*areas)->find(id) : nullptr;
    return area ? area->displayName() : id;
}
} // namespace

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
              << s.unit.name << " (" << CliText::text(io::ExportLabels::unitLevel(s.unit.level)) << " " << s.unit.id << "), "
              << serviceAreaName(s.serviceArea) << ", "
              << s.startYear << "–" << s.endYear << "\n\n";

    TextTable key({CliText::text(CliText::tr("Nøkkeltall")), CliText::text(CliText::tr("Verdi"))});
    key.addRow({CliText::text(CliText::tr("Frigjorte årsverk ")) + endYear, formatNumber(sum.freedFteEnd, 1)});
    key.addRow({CliText::text(CliText::tr("Bemanningsgap ")) + endYear + CliText::text(CliText::tr(" (årsverk)")), formatNumber(r[SeriesId::GapFte][last], 1)});
    key.addRow({CliText::text(CliText::tr("Andel av bemanningsgapet dekket ")) + endYear, formatPercent(sum.gapClosedShareEnd)});
    key.addRow({CliText::text(CliText::tr("Flere tjenestemottakere som kan betjenes ")) + endYear, formatNumber(r[SeriesId::ExtraRecipients][last], 0)});
    key.addRow({CliText::text(CliText::tr("Nåverdi budsjetteffekt (")) + formatPercent(s.discountRate, 1) + CliText::text(CliText::tr(" diskontering)")), formatNok(sum.npvBudgetNok)});
    key.addRow({CliText::text(CliText::tr("Nåverdi frigjort kapasitet")), formatNok(sum.npvCapacityValueNok)});
    key.addRow({CliText::text(CliText::tr("Netto kostnad per frigjort årsverk")), formatNok(sum.netCostPerFreedFteNok)});
    const auto& labels = VocabularyLabels::instance();
    if (const int reference = comparisonRole(s); reference >= 0)
        key.addRow({CliText::text(CliText::tr("  til sammenligning: årskostnad ")) + labels.name(s.serviceArea, s.vocabulary.roles[std::size_t(reference)].id),
                    formatNok(s.role(reference).annualCostNok)});
    key.addRow({CliText::text(CliText::tr("Statlige tilskudd (lønns- og mentortilskudd), sum")), formatNok(sum.subsidiesTotalNok)});
    key.addRow({CliText::text(CliText::tr("Sparte sosialhjelpsutgifter, sum")), formatNok(sum.socialAssistanceSavingsTotalNok)});
    key.addRow({CliText::text(CliText::tr("Kostnader, sum")), formatNok(sum.costTotalNok)});
    key.addRow({CliText::text(CliText::tr("Tilbakebetalingsår")),
                !sum.paybackYear ? CliText::text(CliText::tr("ikke innen ")) + endYear
                : !r.years.empty() && *sum.paybackYear == r.years.front()
                    ? CliText::text(CliText::tr("lønnsom fra første år (akkumulert effekt aldri negativ)"))
                    : std::to_string(*sum.paybackYear)});
    for (const auto& u : r.utilisation)
        key.addRow({CliText::text(CliText::tr("Tid på oppgaver som krever kompetansen, ")) + labels.name(s.serviceArea, u.roleId),
                    formatPercent(u.baseline, 0) + " → " + formatPercent(u.series[last], 0)});
    std::cout << key.render() << "\n";

    TextTable years({CliText::text(CliText::tr("År")), CliText::text(CliText::tr("Frigjorte årsverk")), CliText::text(CliText::tr("Gap (årsverk)")), CliText::text(CliText::tr("Dekket")), CliText::text(CliText::tr("Tilskudd")), CliText::text(CliText::tr("Sosialhjelp")),
                     CliText::text(CliText::tr("Kostnader")), CliText::text(CliText::tr("Budsjetteffekt")), CliText::text(CliText::tr("Akkumulert"))});
    for (int t = 0; t < r.yearCount(); ++t)
        years.addRow({std::to_string(r.years[t]), formatNumber(r[SeriesId::FreedFte][t], 1),
                      formatNumber(r[SeriesId::GapFte][t], 1), formatPercent(r[SeriesId::GapClosedShare][t], 0),
                      formatNok(r[SeriesId::WageSubsidyNok][t] + r[SeriesId::MentorSubsidyNok][t]),
                      formatNok(r[SeriesId::SocialAssistanceSavingsNok][t]), formatNok(r[SeriesId::CostTotalNok][t]),
                      formatNok(r[SeriesId::BudgetEffectNok][t]), formatNok(r[SeriesId::CumulativeBudgetEffectNok][t])});
    std::cout << years.render();
    std::cout << "\n"
              << CliText::text(
                     (s.realisation.basis == RealisationBasis::Gap
                          ? CliText::tr("Budsjetteffekten regner med %1 av verdien av frigjort kapasitet som realisert i "
                                        "budsjettet, og bare den delen som dekker bemanningsgapet: frigjort tid utover "
                                        "gapet er kapasitet til flere mottakere eller bedre kvalitet, ikke penger.")
                          : CliText::tr("Budsjetteffekten regner med %1 av verdien av frigjort kapasitet som realisert i "
                                        "budsjettet."))
                         .arg(QString::fromStdString(formatPercent(s.realisation.budgetShareOfFreedCapacity, 0))))
              << "\n";
    for (int t = 0; t < r.yearCount(); ++t)
        if (r[SeriesId::RealisedCapacityNok][t] < r[SeriesId::CapacityValueNok][t] - 0.5) {
            std::cout << CliText::text(CliText::tr("Fra %1 frigjøres mer enn bemanningsgapet i noen år; det overskytende er "
                                                   "regnet som kapasitet, ikke som innsparing.")
                                           .arg(r.years[t]))
                      << "\n";
            break;
        }
    return ExitOk;
}

} // namespace gevinst::cli
