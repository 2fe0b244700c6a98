#pragma once
// Running one statement and reading its rows (internal to gevinst_store): prepare, bind the
// named values, run, then turn every row (or the first) into a value with a row reader such
// as scenarioFromRow; and the values as the library stores them (time stamps, empty text).
// Shared by ScenarioLibrary and PlanLibrary, so that each query is one call and each kind of
// row is read in one place.

#include "LibraryDatabase.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <cstddef>
#include <initializer_list>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace gevinst::store {

/// Now, as the library stores a time: UTC, ISO 8601 with milliseconds.
inline QString timestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// A time the library stored (timestampNow's form).
inline QDateTime parseTimestamp(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

/// Qt binds a null QString as SQL NULL; the library stores empty text instead.
inline QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// Named values for a statement's placeholders: {":id", id}, {":key", key}, …
using QueryBindings = std::initializer_list<std::pair<const char*, QVariant>>;

/// What `readRow` makes of one row.
template <typename ReadRow>
using RowOf = std::invoke_result_t<ReadRow&, const QSqlQuery&>;

/// `sql` prepared on `db` with `bindings` bound, and run: for the rows it changed, its new
/// id, or rows to read.
inline StoreResult<QSqlQuery> execBound(const LibraryDatabase& db, const char* sql, QueryBindings bindings)
{
    auto query = db.prepare(sql);
    if (!query)
        return query;
    for (const auto& [name, value] : bindings)
        query->bindValue(QString::fromLatin1(name), value);
    if (auto r = db.exec(*query); !r)
        return r.error();
    return query;
}

/// The rows of `sql` with `bindings`, each read by `readRow`: every row, or the first `limit`.
template <typename ReadRow>
StoreResult<std::vector<RowOf<ReadRow>>> selectRows(const LibraryDatabase& db, const char* sql, QueryBindings bindings, ReadRow readRow,
                                                    std::size_t limit = std::numeric_limits<std::size_t>::max())
{
    auto query = execBound(db, sql, bindings);
    if (!query)
        return query.error();
    std::vector<RowOf<ReadRow>> out;
    while (out.size() < limit && query->next())
        out.push_back(readRow(std::as_const(*query)));
    return out;
}

/// The first row of `sql` with `bindings`, read by `readRow`; when there is none, what
/// `ifNone()` returns (an error, or a value).
template <typename ReadRow, typename IfNone>
StoreResult<RowOf<ReadRow>> selectOne(const LibraryDatabase& db, const char* sql, QueryBindings bindings, ReadRow readRow, IfNone ifNone)
{
    auto rows = selectRows(db, sql, bindings, readRow, 1);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return ifNone();
    return std::move(rows->front());
}

/// The first row of `sql` with `bindings`, read by `readRow`; nullopt when there is none.
template <typename ReadRow>
StoreResult<std::optional<RowOf<ReadRow>>> selectFirst(const LibraryDatabase& db, const char* sql, QueryBindings bindings, ReadRow readRow)
{
    using Row = RowOf<ReadRow>;
    return selectOne(
        db, sql, bindings, [&](const QSqlQuery& q) { return std::optional<Row>(readRow(q)); }, [] { return std::optional<Row>(); });
}

} // namespace gevinst::store
