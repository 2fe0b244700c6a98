#include "Commands.h"

#include <QtGlobal>

namespace gevinst::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {"compute", "compute FILE.json|--id ID [--db PATH] [-o OUT.json]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "beregner scenarioet og skriver resultatet (gevinstmodell-result/1) som JSON"), runCompute},
        {"validate", "validate FILE.json|--id ID [--db PATH]", QT_TRANSLATE_NOOP("gevinst::cli::Commands", "sjekker scenarioet: «ok» eller listen over feil"), runValidate},
        {"summary", "summary FILE.json|--id ID [--db PATH]", QT_TRANSLATE_NOOP("gevinst::cli::Commands", "nøkkeltallene og tallene per år som en lesbar tabell"), runSummary},
        {"mc", "mc FILE.json [--draws N] [--seed S] [--threads T] [-o OUT.json]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "Monte Carlo over usikkerhetsområdene: P10/P50/P90 per år og nøkkeltall (gevinstmodell-mc/1)"), runMonteCarlo},
        {"tornado", "tornado FILE.json [-o OUT.json]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "hver usikker inndata på lav og høy verdi, rangert etter utslag i nåverdi og frigjorte årsverk"), runTornado},
        {"goal", "goal FILE.json (--close-gap ANDEL --year ÅR | --npv-zero | --cost-parity) [-o OUT.json]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "målsøk: faktor på delingsandelene som dekker en andel av gapet, realiseringsandel med nåverdi 0, "
         "eller lønn for oppgavebaserte stillinger der netto kostnad per frigjort årsverk er lik årskostnaden for "
         "fagrollen det sammenlignes med (den dyreste fagrollen)"), runGoal},
        {"db", "db list [--unit ID] [--trash] | units [--search TEXT] | "
               "new --unit ID [--service-area ID] [--name TEXT] [--years 2025-2040] | import FILE.json [--note TEXT] | "
               "export ID [--version N] [-o FILE.json] | versions ID | import-ssb FILE | "
               "fetch-ssb --unit ID [--alternative MMMM|LLML|HHMH] [--ssb-url URL] | status | "
               "save ID FILE.json [--note TEXT] [--base-version N] | trash ID | init | copy --from A --to B  "
               "[--db PATH|postgresql://USER@SERVER:PORT/DATABASE]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "scenariobiblioteket: scenarioer med versjoner, kommuner og bydeler med folketall, import fra SSB; "
         "i en fil eller på en PostgreSQL-tjener (passordet fra PGPASSWORD eller ~/.pgpass)"), runDb},
        {"projection", "projection --unit ID [--to ÅR] [--bands 0-19,20-66,67-79,80+] [--db PATH]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "programmets egen befolkningsframskriving for en kommune eller bydel etter ettårig alder, summert i aldersgrupper "
         "(gevinstmodell-projection/1), med registrerte år fra biblioteket"), runProjection},
        {"service-areas", "service-areas [--json]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "tjenesteområdene programmet leverer: id, navn og antall roller, kategorier og mottakere"), runServiceAreas},
        {"compare", "compare FILE|--id ID … [--per-capita]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "nøkkeltallene for flere scenarioer side om side, ev. per 1 000 innbyggere 67+ og per årsverk"), runCompare},
        {"rollup", "rollup FILE|--id ID … [--name KOMMUNE] [-o OUT.json]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "legger sammen bydelsscenarioer til én kommune (gevinstmodell-result/1)"), runRollup},
        {"export", "export FILE|--id ID [--xlsx OUT.xlsx] [--csv OUT.csv [--table yearly|key|assumptions|ledger] "
                   "[--csv-format no|intl]] [--format 1|2 [-o OUT.json]]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "tallene per år, nøkkeltallene, fordelingen og forutsetningene med kilder til Excel (XLSX) eller CSV; "
         "eller selve scenarioet i format 1 eller 2"), runExport},
        {"ledger", "ledger FILE.json|--id ID [--db PATH] [--json]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "hvem betaler og hvem får: kontantstrøm per år og nåverdi for kommunen, NAV, staten og de som får jobb"), runLedger},
        {"overview", "overview [--package FILE.json|--id ID|--service-area ID] [--draws N] [--seed S] [--year ÅR] "
                     "[--db PATH] [-o OUT.json|.csv|.xlsx]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "kommunebildet: alle kommuner og Oslos bydeler med én tiltakspakke, med fylkes- og landstotaler "
         "(gevinstmodell-overview/1), ev. P10/P50/P90"),
         runOverview},
        {"plan", "plan approve --id ID [--version N] [--note TEXT] | benefit add --id ID --figure FIGURE --owner TEXT … | "
                 "actuals import FILE --id ID | actuals add --id ID --benefit KEY --period P --value V | status --id ID [--json] | "
                 "export --id ID -o OUT.xlsx | report --id ID -o OUT.pdf  [--db PATH]",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "gevinstrealisering: vedta en versjon som plan, gevinster med eier og nullpunkt, faktiske tall per år eller tertial, "
         "avvik og status, Excel og «Gevinstrapport» (PDF)"),
         runPlan,
#ifdef GEVINST_WITH_CHARTS
         true
#else
         false
#endif
        },
#ifdef GEVINST_WITH_CHARTS
        {"chart", "chart FILE|--id ID --chart NAME -o OUT.png|.svg|.pdf [--width PX] [--height PX] [--dpi N] | --list",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "lagrer en figur som PNG, SVG eller PDF med tittel, enheter og kildelinje"), runChart, true},
        {"report", "report FILE|--id ID -o OUT.pdf",
         QT_TRANSLATE_NOOP("gevinst::cli::Commands", "rapport til saksframlegg (PDF, A4): sammendrag, nøkkeltall, figurer, tabell og forutsetninger"), runReport, true},
#endif
    };
    return table;
}

} // namespace gevinst::cli
