#pragma once
// Why the population projection's inputs cannot be used: a band list that does not
// parse, a data file that is missing or malformed, a unit without figures. An error
// value with a kind and what it concerns (band, file and line, unit); the window and
// the command line word it in the user's language (io::ModelErrorText).

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace gevinst::projection {

struct ProjectionError {
    enum class Kind {
        BadBand,        ///< an age band that is not "N-M" or "N+" with 0 ≤ N ≤ M ≤ 120
        OverlappingBands,
        NoBands,
        MissingFile,    ///< a data file could not be read
        BadFile,        ///< a data file has a line that does not read
        IncompleteUnit, ///< a unit in a data file lacks some ages
        UnknownUnit,    ///< no base-year figures for the unit
        YearOutOfRange, ///< a projection year before the base year or after the last year
    };
    Kind kind = Kind::BadFile;
    std::string detail;  ///< English, naming the band, file and line, or unit (for logs and tests)
    std::string subject; ///< the band, the data file or the unit concerned
    std::string other;   ///< the second band of OverlappingBands
    int line = 0;        ///< 1-based line in `subject` for BadFile, 0 when not applicable
    std::string message() const { return detail; }
};

/// A value or the error that prevented it.
template <class T>
class ProjectionOutcome {
public:
    ProjectionOutcome(T value) : m_value(std::move(value)) {}
    ProjectionOutcome(ProjectionError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const ProjectionError& error() const { return std::get<ProjectionError>(m_value); }

private:
    std::variant<T, ProjectionError> m_value;
};

} // namespace gevinst::projection
