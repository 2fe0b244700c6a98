#include "Commands.h"

namespace gevinst::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {"compute", "compute FILE.json|--id ID [--db PATH] [-o OUT.json]",
         "beregner scenarioet og skriver resultatet (gevinstmodell-result/1) som JSON", runCompute},
        {"validate", "validate FILE.json|--id ID [--db PATH]", "sjekker scenarioet: «ok» eller listen over feil", runValidate},
        {"summary", "summary FILE.json|--id ID [--db PATH]", "nøkkeltallene og tallene per år som en lesbar tabell", runSummary},
        {"mc", "mc FILE.json [--draws N] [--seed S] [--threads T] [-o OUT.json]",
         "Monte Carlo over usikkerhetsområdene: P10/P50/P90 per år og nøkkeltall (gevinstmodell-mc/1)",
         runMonteCarlo},
        {"tornado", "tornado FILE.json [-o OUT.json]",
         "hver usikker inndata på lav og høy verdi, rangert etter utslag i nåverdi og frigjorte årsverk",
         runTornado},
        {"goal", "goal FILE.json (--close-gap ANDEL --year ÅR | --npv-zero | --cost-parity) [-o OUT.json]",
         "målsøk: faktor på delingsandelene som dekker en andel av gapet, realiseringsandel med nåverdi 0, "
         "eller lønn for oppgavemedarbeider der netto kostnad per frigjort årsverk er lik en sykepleiers",
         runGoal},
        {"db", "db list [--unit ID] [--trash] | units [--search TEXT] | import FILE.json [--note TEXT] | "
               "export ID [--version N] [-o FILE.json] | versions ID | import-ssb FILE | status  [--db PATH]",
         "scenariobiblioteket: scenarioer med versjoner, kommuner og bydeler med folketall, import fra SSB", runDb},
    };
    return table;
}

} // namespace gevinst::cli
