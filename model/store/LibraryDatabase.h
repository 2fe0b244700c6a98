#pragma once
// One open connection to a library file (internal to gevinst_store): the Qt Sql
// connection name it owns, the file, and the helpers that turn SQLite failures into
// StoreErrors and run write transactions. Removes its connection when destroyed.

#include "StoreResult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <initializer_list>

namespace gevinst::store {

class LibraryDatabase {
public:
    LibraryDatabase(QString connectionName, QString path, bool readOnly);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase&) = delete;
    LibraryDatabase& operator=(const LibraryDatabase&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& connectionName() const { return m_connectionName; }
    const QString& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }

    /// A prepared statement on this connection; prepare errors come back as StoreError.
    StoreResult<QSqlQuery> prepare(const char* sql) const;
    /// Executes a prepared statement, mapping SQLite's failure to a StoreError.
    StoreResult<void> exec(QSqlQuery& query) const;
    /// Runs statements without parameters, in order, stopping at the first failure.
    StoreResult<void> execAll(std::initializer_list<const char*> statements) const;
    template <size_t N>
    StoreResult<void> execAll(const char* const (&statements)[N]) const
    {
        for (const char* s : statements)
            if (auto r = execOne(s); !r)
                return r;
        return {};
    }
    StoreResult<void> execOne(const char* sql) const;

    /// Turns a Qt Sql error into a StoreError naming this file and `context`.
    StoreError error(const QSqlError& error, const QString& context) const;
    /// A refusal on a read-only library.
    StoreError readOnlyError() const;

private:
    QString m_connectionName;
    QString m_path;
    bool m_readOnly;
};

/// BEGIN IMMEDIATE … COMMIT around one user action; rolls back unless commit() ran.
class WriteTransaction {
public:
    explicit WriteTransaction(const LibraryDatabase& database) : m_database(database) {}
    ~WriteTransaction();
    StoreResult<void> begin();
    StoreResult<void> commit();

private:
    const LibraryDatabase& m_database;
    bool m_open = false;
};

/// Maps SQLite's result code (QSqlError::nativeErrorCode) to a StoreError kind.
StoreError::Kind errorKindOfSqlite(const QString& nativeCode);

} // namespace gevinst::store
