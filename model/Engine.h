#pragma once
// The gevinstmodell calculation of spec §3, generalised to any vocabulary as §2a
// says, with the ledger of §7. Pure: a valid Scenario in, a Result out; no I/O, no
// allocation beyond the result's own vectors and a few temporaries. Call only with
// a scenario that ScenarioReader accepted.

#include "Result.h"
#include "Scenario.h"

namespace gevinst {

class Engine {
public:
    static Result compute(const Scenario& scenario);
    /// The same into `into`, reusing its buffers: no heap allocation once `into` has
    /// held a result of the same horizon and roles (Monte Carlo draws, the overview).
    static void compute(const Scenario& scenario, Result& into);

    /// Population of every age band in one year, interpolated as spec §3 says.
    static std::vector<double> populationIn(const Scenario& scenario, int year);

    /// Fills the summary figures that follow from the series alone (payback year,
    /// end-of-horizon values, totals, net cost per freed FTE); NPVs are the caller's.
    /// Shared by compute and the bydel roll-up, so both apply the same rules.
    static void summariseSeries(Result& result, int startYear);

    /// Months of [a, b) (months after hire) that fall in the k-th year after hire.
    static double overlapMonths(int k, double a, double b);
};

} // namespace gevinst
