#pragma once
// A problem with one field of a scenario, reported as a value: the field path in
// the scenario document (e.g. "roles.<role>.task_shares") and why it is wrong.
// message() words it in English for logs and tests; the window and the command line
// word it in the user's language from `kind`, `value`, `limit` and the path
// (io::ModelErrorText), never showing an English `detail`.

#include <cmath>
#include <string>
#include <vector>

namespace gevinst {

enum class ErrorKind {
    Syntax,          ///< not JSON at all; detail holds the parser's words
    UnknownFormat,   ///< "format" is not gevinstmodell-scenario/1 or /2
    Missing,         ///< a required field is absent
    WrongType,       ///< detail: the expected type
    UnknownId,       ///< detail: the id that is not in the vocabulary
    NotFinite,       ///< NaN or infinity
    TooLarge,        ///< |value| above limit
    Negative,        ///< value < 0
    NotPositive,     ///< value <= 0
    OutOfRange,      ///< value outside [limit2, limit]; detail holds the range in words
    NotInteger,      ///< a year or count that is not a whole number
    SumNotOne,       ///< task shares: value is the sum
    SumAboveOne,     ///< shares of one role and category: value is the sum
    SameFromTo,      ///< a measure gives tasks to its own role
    EndBeforeStart,  ///< years.end < years.start
    OutsideHorizon,  ///< a year outside [start, end]
    NoRecipients,    ///< no service recipients in the start year
    TooMany,         ///< a list or text longer than the limit
    Overflow,        ///< the calculation would not stay finite
    BadRange,        ///< an uncertainty range with low > mode or mode > high
    BadId,           ///< an id that breaks the id rule [a-z][a-z0-9_]{0,39}; detail: the id
    BadAgeBand,      ///< an age band that is not "N-M" or "N+" with 0 ≤ N ≤ M ≤ 120; detail: the text
    Overlap,         ///< age bands that overlap; detail says which
    Duplicate,       ///< an id, key or year given twice; detail: which
    NotARole,        ///< a receiver of kind "role" whose id is not a role; detail: the id
    NotStandard,     ///< format 1 asked for a scenario whose vocabulary is not the standard one
};

struct FieldError {
    std::string path;
    ErrorKind kind = ErrorKind::WrongType;
    double value = std::nan("");
    double limit = std::nan("");
    std::string detail;

    /// English text for the command line: "path: reason".
    std::string message() const;
    /// The reason alone, in English.
    std::string reason() const;
};

using FieldErrors = std::vector<FieldError>;

} // namespace gevinst
