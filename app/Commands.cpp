#include "Commands.h"

namespace gevinst::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {"compute", "compute FILE.json [-o OUT.json]",
         "beregner scenarioet og skriver resultatet (gevinstmodell-result/1) som JSON", runCompute},
        {"validate", "validate FILE.json", "sjekker scenarioet: «ok» eller listen over feil", runValidate},
        {"summary", "summary FILE.json", "nøkkeltallene og tallene per år som en lesbar tabell", runSummary},
    };
    return table;
}

} // namespace gevinst::cli
