#pragma once
// One open connection to a library (internal to gevinst_store): the Qt Sql connection
// name it owns, where the library is (a file, or a PostgreSQL server), which SQL dialect
// it speaks, who it saves as, and the helpers that turn database failures into
// StoreErrors and run write transactions. Removes its connection when destroyed.

#include "LibraryLocation.h"
#include "StoreResult.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <initializer_list>

namespace gevinst::store {

class LibraryDatabase {
public:
    using Backend = LibraryLocation::Backend;

    /// `path` is what errors and the status show: the file, or the server URI without password.
    LibraryDatabase(QString connectionName, QString path, bool readOnly, Backend backend = Backend::Sqlite);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase&) = delete;
    LibraryDatabase& operator=(const LibraryDatabase&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& connectionName() const { return m_connectionName; }
    const QString& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    /// Who saves are recorded as: the database user on a server, the OS user for a file.
    const QString& userName() const { return m_userName; }
    void setUserName(QString user) { m_userName = std::move(user); }
    /// Marks the library read-only (a server role without write access: «ingen skrivetilgang»).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

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

    /// `sqliteText` in this connection's dialect (SqlDialect.h).
    QString dialect(const char* sqliteText) const;

    /// Turns a Qt Sql error into a StoreError naming this file and `context`.
    StoreError error(const QSqlError& error, const QString& context) const;
    /// A refusal on a read-only library.
    StoreError readOnlyError() const;

private:
    friend class WriteTransaction;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly;
    Backend m_backend;
    QString m_userName;
    mutable int m_transactionDepth = 0;     ///< WriteTransactions open on this connection (nested ones join the outermost)
    mutable bool m_rollbackOnly = false;    ///< an inner WriteTransaction ended without commit: the outermost must not commit
};

/// BEGIN IMMEDIATE … COMMIT around one user action; rolls back unless commit() ran. A
/// WriteTransaction begun while another is open on the same connection joins it: only the
/// outermost commits, and an inner one that ends without commit makes the whole roll back
/// (so a seed or a copy can run many actions as one).
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
/// Maps PostgreSQL's SQLSTATE (QSqlError::nativeErrorCode of the QPSQL driver) to a StoreError kind.
StoreError::Kind errorKindOfPostgres(const QString& sqlState);

} // namespace gevinst::store
