#pragma once
// Roll-up of bydel results into one kommune result (spec §5) and the base figures
// that comparisons divide by (inhabitants aged 67+ and FTE in the base year).
// Additive series are summed; demand_index, gap_closed_share and utilisation are
// recomputed from the summed parts, never averaged; ramp is not rolled up (null).
// NPVs add; payback and the per-FTE price are recomputed from the sums. Errors
// (parts that do not fit together) are returned as values.

#include "Result.h"
#include "Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace gevinst {

/// One bydel in a roll-up: its scenario (for FTE, hours per FTE, horizon and
/// discount rate) and the result computed from it.
struct AggregationPart {
    const Scenario* scenario = nullptr;
    const Result* result = nullptr;
};

/// What a comparison divides by: inhabitants aged 67 and over in the start year
/// and the FTE of all roles in the start year.
struct UnitBase {
    double inhabitants67Plus = 0;
    double baseFte = 0;
};

/// Why parts cannot be rolled up together; `part` is the index of the offending part.
struct AggregationError {
    enum class Kind { NoParts, HorizonDiffers, DiscountRateDiffers, SameUnitTwice, NotBydel, ParentDiffers, NotFinite };
    Kind kind = Kind::NoParts;
    int part = -1;
    std::string detail;
    /// English text for the command line, starting "part N: " when a part is at fault.
    std::string message() const;
    /// The reason alone, for a caller that names the part itself.
    std::string reason() const;
};

struct RollUp {
    Result result;
    UnitBase base;
    double discountRate = 0;
};

struct RollUpOutcome {
    std::optional<RollUp> rollUp;
    std::vector<AggregationError> errors;
    bool ok() const { return rollUp.has_value(); }
};

class Aggregation {
public:
    /// Adds up the parts into one kommune result. `kommune` names the unit; when its
    /// id is empty the common parent of the bydeler is used.
    static RollUpOutcome rollUp(const std::vector<AggregationPart>& parts, const UnitRef& kommune = {});

    /// Inhabitants 67+ and FTE in the scenario's start year.
    static UnitBase baseOf(const Scenario& scenario);

    /// `value` per 1 000 inhabitants aged 67+; nullopt (shown as «–») when there are fewer
    /// than one, or when the quotient is not a finite number.
    static std::optional<double> per1000Inhabitants67Plus(double value, const UnitBase& base);
    /// `value` per base-year FTE; nullopt when the unit has no FTE or the quotient is not finite.
    static std::optional<double> perBaseFte(double value, const UnitBase& base);
    /// Why a per-capita figure of `base` is «–» (Norwegian), for a note beside the table.
    static std::string noPerCapitaReason(const UnitBase& base);
};

} // namespace gevinst
