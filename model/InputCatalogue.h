#pragma once
// The one description of every numeric input of a scenario (issue: service areas
// as data): its field path, with the vocabulary's ids as placeholders
// ("roles.{role}.task_shares.{category}"), its bounds, its unit, its label and help
// text (Norwegian source text for tr(), with the same placeholders), whether it may
// carry an uncertainty range, and where a shipped default comes from. The reader,
// validator, writer, Monte Carlo, tornado, goal seek, editor, assumption list,
// uncertainty labels and exports all read this table; none spells an input again.
// Years are not here (they are whole numbers checked by ScenarioValidator).

#include "FieldError.h"
#include "Scenario.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gevinst {

/// No input may exceed this in magnitude: it keeps every product of the
/// calculation finite over a 100-year horizon.
inline constexpr double kMaxMagnitude = 1e12;

enum class Bound {
    Share,          ///< 0 ≤ x ≤ 1
    PositiveShare,  ///< 0 < x ≤ 1
    NonNegative,    ///< 0 ≤ x
    Positive,       ///< 0 < x
    Growth,         ///< −1 < x ≤ 1 (a yearly rate of change)
};

/// What a number measures, so that every consumer shows it the same way.
enum class InputUnit {
    Nok,          ///< kroner
    NokPerHour,   ///< kroner per hour
    Share,        ///< 0..1, shown as a percentage
    Rate,         ///< a yearly rate, shown as a percentage
    Fte,          ///< årsverk
    Hours,        ///< hours per year
    HoursPerWeek,
    Persons,
    Factor,       ///< a plain multiplier (time factor)
    Months,
    Years,        ///< a duration in years (ramp)
};

/// Which part of the scenario an input belongs to: the placeholders its path has.
enum class InputScope {
    Scenario,        ///< no placeholder
    AgeBand,         ///< {band}
    PopulationBand,  ///< {year}.{band}
    Role,            ///< {role}
    RoleCategory,    ///< {role} and {category}
    Measure,         ///< [{measure}]
    Tranche,         ///< [{tranche}]
    Receiver,        ///< {receiver} of one kind
};

/// Where the default a user sees for this input comes from.
enum class DefaultOrigin {
    Ssb,          ///< Statistisk sentralbyrå (population, rates)
    Kostra,       ///< SSB's KOSTRA figures (staffing, service rates)
    Ks,           ///< KS lønnsstatistikk (wages)
    Nav,          ///< NAV's rules (subsidies)
    Government,   ///< a ministry or directorate (R-109, rundskriv, tax rates)
    Assumption,   ///< the template's assumption, to be replaced with local figures
    UserChoice,   ///< the user's own choice (horizon, measures)
};

/// The slot of one concrete input: indices into the scenario for its placeholders.
struct InputSlot {
    int year = -1;     ///< index into Scenario::population
    int band = -1;
    int role = -1;
    int category = -1;
    int measure = -1;
    int tranche = -1;
    int receiver = -1;
};

struct InputSpec {
    std::string_view pattern;
    InputScope scope = InputScope::Scenario;
    std::optional<ReceiverKind> kind;   ///< for InputScope::Receiver
    Bound bound = Bound::NonNegative;
    InputUnit unit = InputUnit::Nok;
    const char* label = "";             ///< Norwegian, translated in the "gevinst::Inputs" context
    const char* help = "";              ///< Norwegian, same context
    bool mayHaveRange = true;
    DefaultOrigin origin = DefaultOrigin::Assumption;
    bool optional = false;              ///< may be left out of the file (counts 0 or its default)
    double& (*field)(Scenario&, const InputSlot&) = nullptr;

    /// The last segment of the pattern: the JSON key of the value ("turnover").
    std::string_view key() const;
};

/// Every input of the catalogue, in document order.
const std::vector<InputSpec>& inputCatalogue();
/// The inputs a receiver of `kind` holds, in document order.
std::vector<const InputSpec*> receiverInputs(ReceiverKind kind);

/// One concrete input of a scenario.
struct BoundInput {
    const InputSpec* spec = nullptr;
    std::string path;
    InputSlot slot;
};

/// Calls `visit` for every numeric input the scenario holds (absent roles and
/// receivers and an absent ledger are skipped), in document order.
void forEachInput(const Scenario& scenario, const std::function<void(const BoundInput&)>& visit);
/// Every numeric input with a reference to its value.
void forEachNumericField(Scenario& scenario,
                         const std::function<void(const std::string& path, double& value, Bound bound)>& visit);
void forEachNumericField(const Scenario& scenario,
                         const std::function<void(const std::string& path, double value, Bound bound)>& visit);

/// The input at `path`, or nullopt when the scenario has no numeric input there.
std::optional<BoundInput> findInput(const Scenario& scenario, const std::string& path);
/// The field at `path`, or nullptr when the scenario has no numeric input there.
double* numericField(Scenario& scenario, const std::string& path);

/// The spec whose pattern a concrete path follows, with the ids in it, without a
/// scenario (e.g. "receivers.x.turnover" → the task-worker turnover, {receiver: x}).
/// `kind` picks among receiver inputs of the same key.
struct PathMatch {
    const InputSpec* spec = nullptr;
    std::map<std::string, std::string> ids; ///< placeholder name → id or index as text
};
std::optional<PathMatch> matchPath(const std::string& path, const Vocabulary& vocabulary);

/// The bound's violation by `value`, if any.
std::optional<FieldError> checkBound(const std::string& path, double value, Bound bound);

/// Lowest and highest valid value (open ends are reported as the end itself).
std::pair<double, double> boundLimits(Bound bound);

} // namespace gevinst
