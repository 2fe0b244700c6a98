#include "FieldError.h"

#include <cstdio>

namespace gevinst {

namespace {
std::string number(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}
} // namespace

std::string FieldError::reason() const
{
    switch (kind) {
    case ErrorKind::Syntax: return "not valid JSON: " + detail;
    case ErrorKind::UnknownFormat:
        return "unknown format \"" + detail + "\", expected \"gevinstmodell-scenario/1\" or \"gevinstmodell-scenario/2\"";
    case ErrorKind::Missing: return "missing (required)";
    case ErrorKind::WrongType: return "must be " + detail;
    case ErrorKind::UnknownId: return "unknown id \"" + detail + "\"";
    case ErrorKind::NotFinite:
        if (std::isnan(value))
            return "is not a number (NaN), must be a finite number";
        return "is too large to be represented (overflows to infinity), must be a finite number";
    case ErrorKind::TooLarge: return "is " + number(value) + ", too large (at most " + number(limit) + ")";
    case ErrorKind::Negative: return "is " + number(value) + ", must not be negative";
    case ErrorKind::NotPositive: return "is " + number(value) + ", must be greater than 0";
    case ErrorKind::OutOfRange: return "is " + number(value) + ", must be " + detail;
    case ErrorKind::NotInteger: return "is " + number(value) + ", must be a whole number";
    case ErrorKind::SumNotOne: return "sums to " + number(value) + ", must be 1";
    case ErrorKind::SumAboveOne: return detail + " sum to " + number(value) + ", must be at most 1";
    case ErrorKind::SameFromTo: return "a measure cannot give tasks to its own role (" + detail + ")";
    case ErrorKind::EndBeforeStart: return "is " + number(value) + ", before the start year " + number(limit);
    case ErrorKind::OutsideHorizon: return "is " + number(value) + ", outside the horizon " + detail;
    case ErrorKind::NoRecipients:
        return "no service recipients in the start year " + number(value) + " (all service rates or populations are 0)";
    case ErrorKind::TooMany: return detail;
    case ErrorKind::Overflow: return "the calculation does not stay finite (" + detail + ")";
    case ErrorKind::BadRange: return detail;
    case ErrorKind::BadId:
        return "\"" + detail + "\" is not a valid id (a lower-case letter, then up to 39 lower-case letters, digits or _)";
    case ErrorKind::BadAgeBand:
        return "\"" + detail + "\" is not an age band (\"N-M\" or \"N+\" in whole years, 0 ≤ N ≤ M ≤ 120)";
    case ErrorKind::Overlap: return "overlapping age bands: " + detail;
    case ErrorKind::Duplicate: return "\"" + detail + "\" is given more than once";
    case ErrorKind::NotARole: return "a receiver of kind \"role\" must be a role of the vocabulary; \"" + detail + "\" is not";
    case ErrorKind::NotStandard: return detail;
    }
    return detail;
}

std::string FieldError::message() const
{
    return path.empty() ? reason() : path + ": " + reason();
}

} // namespace gevinst
