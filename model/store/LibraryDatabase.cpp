#include "LibraryDatabase.h"

#include "LibrarySql.h"
#include "SqlDialect.h"

namespace gevinst::store {

LibraryDatabase::LibraryDatabase(QString connectionName, QString path, bool readOnly, Backend backend)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_readOnly(readOnly), m_backend(backend)
{
}

QString LibraryDatabase::dialect(const char* sqliteText) const
{
    return isPostgres() ? sql::toPostgres(sqliteText) : QString::fromUtf8(sqliteText);
}

LibraryDatabase::~LibraryDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreError::Kind errorKindOfSqlite(const QString& nativeCode)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok) & 0xff; // primary result code
    if (!ok)
        return StoreError::Kind::Database;
    switch (code) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return StoreError::Kind::Locked;
    case 8:  // SQLITE_READONLY
        return StoreError::Kind::ReadOnly;
    case 11: // SQLITE_CORRUPT
        return StoreError::Kind::Corrupt;
    case 26: // SQLITE_NOTADB
        return StoreError::Kind::NotADatabase;
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        return StoreError::Kind::Io;
    default:
        return StoreError::Kind::Database;
    }
}

StoreError::Kind errorKindOfPostgres(const QString& sqlState)
{
    if (sqlState == QLatin1String("42501") || sqlState == QLatin1String("25006")) // insufficient_privilege, read_only_sql_transaction
        return StoreError::Kind::ReadOnly;
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") || sqlState == QLatin1String("55P03"))
        return StoreError::Kind::Locked; // serialization failure, deadlock, lock not available (lock_timeout)
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")) || sqlState == QLatin1String("3D000"))
        return StoreError::Kind::Connection; // connection exceptions, server shutting down, no such database
    if (sqlState.startsWith(QLatin1String("28")))
        return StoreError::Kind::Authentication;
    if (sqlState.startsWith(QLatin1String("53")))
        return StoreError::Kind::Io; // insufficient resources: disk full, out of memory
    if (sqlState.startsWith(QLatin1String("XX")))
        return StoreError::Kind::Corrupt; // internal error, data corrupted, index corrupted
    return StoreError::Kind::Database;
}

StoreError LibraryDatabase::error(const QSqlError& sqlError, const QString& context) const
{
    const StoreError::Kind kind =
        isPostgres() ? errorKindOfPostgres(sqlError.nativeErrorCode()) : errorKindOfSqlite(sqlError.nativeErrorCode());
    QString message = context + QStringLiteral(": ");
    if (isPostgres()) {
        switch (kind) {
        case StoreError::Kind::ReadOnly:
            message += QStringLiteral("no write access (ingen skrivetilgang) for the database user %1; nothing was changed").arg(m_userName);
            break;
        case StoreError::Kind::Locked:
            message += QStringLiteral("another user's change collided with this one; nothing was changed – try again");
            break;
        case StoreError::Kind::Connection:
            message += QStringLiteral("the connection to the library server was lost; nothing was changed");
            break;
        default:
            break;
        }
        const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
        message += (kind == StoreError::Kind::Database ? QString() : QStringLiteral(" – ")) + detail.trimmed();
        return StoreError{kind, message, m_path, 0, {}};
    }
    switch (kind) {
    case StoreError::Kind::Locked:
        message += QStringLiteral("the library is locked by another program (close other Gevinstmodell windows and try again)");
        break;
    case StoreError::Kind::ReadOnly:
        message += QStringLiteral("the library file cannot be written");
        break;
    case StoreError::Kind::Corrupt:
        message += QStringLiteral("the library file is damaged; it was left as it is");
        break;
    case StoreError::Kind::NotADatabase:
        message += QStringLiteral("the file is not an SQLite database");
        break;
    default:
        break;
    }
    const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    message += (kind == StoreError::Kind::Database ? QString() : QStringLiteral(" – ")) + detail;
    return StoreError{kind, message, m_path, 0, {}};
}

StoreError LibraryDatabase::readOnlyError() const
{
    if (isPostgres())
        return StoreError{StoreError::Kind::ReadOnly,
                          QStringLiteral("no write access (ingen skrivetilgang): the database user %1 may read this library but not "
                                         "change it; nothing was changed – ask the administrator for an editor role, or export the "
                                         "scenario to a file to keep your changes")
                              .arg(m_userName),
                          m_path, 0, {}};
    return StoreError{StoreError::Kind::ReadOnly, QStringLiteral("the library is open read-only (the file, its folder or its disk cannot be written: a "
                                     "read-only copy or share, or a full disk); nothing was changed – export the scenario to "
                                     "a file to keep your changes"), m_path, 0, {}};
}

StoreResult<QSqlQuery> LibraryDatabase::prepare(const char* sql) const
{
    QSqlQuery query(db());
    // PostgreSQL's driver streams a forward-only result row by row and drops the rest when
    // another statement runs on the connection; the library nests queries, so it reads whole results.
    query.setForwardOnly(!isPostgres());
    if (!query.prepare(dialect(sql)))
        return error(query.lastError(), QStringLiteral("preparing a statement"));
    return query;
}

StoreResult<void> LibraryDatabase::exec(QSqlQuery& query) const
{
    if (!query.exec())
        return error(query.lastError(), QStringLiteral("database statement failed"));
    return {};
}

StoreResult<void> LibraryDatabase::execOne(const char* sql) const
{
    QSqlQuery query(db());
    if (!query.exec(dialect(sql)))
        return error(query.lastError(), QString::fromUtf8(sql).section(QLatin1Char(' '), 0, 2));
    return {};
}

StoreResult<void> LibraryDatabase::execAll(std::initializer_list<const char*> statements) const
{
    for (const char* s : statements)
        if (auto r = execOne(s); !r)
            return r;
    return {};
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (--m_database.m_transactionDepth > 0) {
        m_database.m_rollbackOnly = true; // an inner step failed: the whole action must not commit
        return;
    }
    m_database.m_rollbackOnly = false;
    (void)m_database.execOne(sql::kRollback);
}

StoreResult<void> WriteTransaction::begin()
{
    if (m_database.readOnly())
        return m_database.readOnlyError();
    if (m_database.m_transactionDepth > 0) { // joins the transaction already open
        ++m_database.m_transactionDepth;
        m_open = true;
        return {};
    }
    auto r = m_database.execOne(sql::kBeginImmediate);
    if (r) {
        m_open = true;
        m_database.m_transactionDepth = 1;
        m_database.m_rollbackOnly = false;
    }
    return r;
}

StoreResult<void> WriteTransaction::commit()
{
    if (!m_open)
        return StoreError{StoreError::Kind::Database, QStringLiteral("commit without an open transaction"), m_database.path(), 0, {}};
    if (m_database.m_transactionDepth > 1) { // the outermost commits
        --m_database.m_transactionDepth;
        m_open = false;
        return {};
    }
    if (m_database.m_rollbackOnly)
        return StoreError{StoreError::Kind::Database, QStringLiteral("a step of this change failed; nothing was changed"),
                          m_database.path(), 0, {}};
    auto r = m_database.execOne(sql::kCommit);
    if (r) {
        m_open = false;
        m_database.m_transactionDepth = 0;
    }
    return r;
}

} // namespace gevinst::store
