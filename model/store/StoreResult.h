#pragma once
// Errors of the scenario library as values: what went wrong (a kind the UI can word
// with tr()), a detail message, and where (file, line, field). The details a user needs
// (an import's bad line, a missing scenario or unit, a plan's refused input) are written in
// the user's language (context gevinst::store::StoreError); the database's own words and
// details that only repeat the kind stay English, for logs. Nothing in
// gevinst_store throws through its public API; every fallible call returns a StoreResult.

#include "FieldError.h"

#include <QString>

#include <utility>
#include <variant>

namespace gevinst::store {

/// One failure of the library or of an import.
struct StoreError {
    enum class Kind {
        NotFound,       ///< no such scenario, version or unit
        InvalidInput,   ///< a scenario document or import file with a problem (see line/field)
        NotADatabase,   ///< the file exists but is not an SQLite database
        Corrupt,        ///< PRAGMA integrity_check failed; the file is left untouched
        NewerSchema,    ///< written by a newer program (schema version above ours); left untouched
        ReadOnly,       ///< the file or its folder cannot be written
        Locked,         ///< another program holds a lock on the database
        Io,             ///< a file that cannot be read, or a folder that cannot be created
        Database,       ///< any other SQLite failure (the SQL error text is in message)
        Conflict,       ///< refused by the library's state: a newer version was saved meanwhile (field "base_version"), or the scenario has an approved plan (field "approved_plan")
        Connection,     ///< a library server that cannot be reached, a database that does not exist, a bad connection URI
        Authentication, ///< the server wants a password, or refused the one given (the window asks and tries again)
    };

    Kind kind = Kind::Database;
    QString message; ///< detail, e.g. "ventet 3 felt, fant 2" (see above for its language)
    QString file;    ///< the database or import file concerned, or empty
    int line = 0;    ///< 1-based line in `file` for import errors, 0 when not applicable
    QString field;   ///< the field, column or JSON path concerned, or empty
    /// For a scenario document that does not read or validate (kind InvalidInput): every
    /// problem the reader found, each with its JSON path, for the caller to word (the
    /// detail `message` holds them only in English).
    FieldErrors readErrors;

    /// "file:line: field: message", leaving out the parts that are empty.
    QString text() const;
};

/// A value of type T, or the StoreError saying why there is none.
template <class T>
class [[nodiscard]] StoreResult {
public:
    StoreResult(T value) : m_state(std::move(value)) {}
    StoreResult(StoreError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    /// The value; only when ok().
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    /// The error; only when !ok().
    const StoreError& error() const { return std::get<StoreError>(m_state); }

private:
    std::variant<T, StoreError> m_state;
};

/// Success without a value, or the StoreError.
template <>
class [[nodiscard]] StoreResult<void> {
public:
    StoreResult() = default;
    StoreResult(StoreError error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    /// The error; only when !ok().
    const StoreError& error() const { return m_error; }

private:
    StoreError m_error;
    bool m_ok = true;
};

} // namespace gevinst::store
