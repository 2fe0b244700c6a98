#include "LibraryDatabase.h"

#include "LibrarySql.h"

namespace gevinst::store {

LibraryDatabase::LibraryDatabase(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_readOnly(readOnly)
{
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

StoreError LibraryDatabase::error(const QSqlError& sqlError, const QString& context) const
{
    const StoreError::Kind kind = errorKindOfSqlite(sqlError.nativeErrorCode());
    QString message = context + QStringLiteral(": ");
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
    return StoreError{StoreError::Kind::ReadOnly, QStringLiteral("the library is open read-only (the file, its folder or its disk cannot be written: a "
                                     "read-only copy or share, or a full disk); nothing was changed – export the scenario to "
                                     "a file to keep your changes"), m_path, 0, {}};
}

StoreResult<QSqlQuery> LibraryDatabase::prepare(const char* sql) const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(sql)))
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
    if (!query.exec(QString::fromUtf8(sql)))
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
    if (m_open)
        (void)m_database.execOne(sql::kRollback);
}

StoreResult<void> WriteTransaction::begin()
{
    if (m_database.readOnly())
        return m_database.readOnlyError();
    auto r = m_database.execOne(sql::kBeginImmediate);
    m_open = r.ok();
    return r;
}

StoreResult<void> WriteTransaction::commit()
{
    auto r = m_database.execOne(sql::kCommit);
    if (r)
        m_open = false;
    return r;
}

} // namespace gevinst::store
