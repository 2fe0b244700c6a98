#include "LibrarySchema.h"

#include "AtomicFile.h"
#include "LibraryDatabase.h"
#include "LibrarySql.h"
#include "SsbImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QVariant>

namespace gevinst::store {

namespace {

constexpr int kCurrentVersion = 4;

StoreResult<int> singleInt(const LibraryDatabase& database, const char* text)
{
    auto q = database.prepare(text);
    if (!q)
        return q.error();
    if (auto r = database.exec(*q); !r)
        return r.error();
    if (!q->next())
        return StoreError{StoreError::Kind::Database, QStringLiteral("no result from %1").arg(QString::fromUtf8(text)),
                          database.path(), 0, {}};
    return q->value(0).toInt();
}

/// The library's schema version; a newer one than this program writes, or one below 1, is refused.
StoreResult<int> readSchemaVersion(const LibraryDatabase& database)
{
    auto version = singleInt(database, sql::kSelectSchemaVersion);
    if (!version)
        return version;
    if (*version > kCurrentVersion)
        return StoreError{StoreError::Kind::NewerSchema,
                          QStringLiteral("the library was written by a newer Gevinstmodell (schema version %1; this program knows up "
                                         "to %2); update the program – the %3 was left as it is")
                              .arg(*version)
                              .arg(kCurrentVersion)
                              .arg(database.isPostgres() ? QStringLiteral("database") : QStringLiteral("file")),
                          database.path(), 0, {}};
    if (*version < 1)
        return StoreError{StoreError::Kind::NotADatabase, QStringLiteral("schema version %1 is not valid").arg(*version),
                          database.path(), 0, {}};
    return version;
}

/// Migration 1 → 2, the part SQL cannot do: split SSB's "Oslo-Oslove" into name and alternative name.
StoreResult<void> cleanUnitNames(const LibraryDatabase& database)
{
    auto select = database.prepare(sql::kSelectUnitNames);
    if (!select)
        return select.error();
    if (auto r = database.exec(*select); !r)
        return r;
    std::vector<std::pair<QString, QString>> names;
    while (select->next())
        names.emplace_back(select->value(0).toString(), select->value(1).toString());
    select->finish();
    auto update = database.prepare(sql::kUpdateUnitName);
    if (!update)
        return update.error();
    for (const auto& [id, raw] : names) {
        const CleanName clean = SsbImporter::cleanName(raw);
        if (clean.name == raw && clean.alternativeName.isEmpty())
            continue;
        update->bindValue(QStringLiteral(":name"), clean.name);
        update->bindValue(QStringLiteral(":alt_name"), clean.alternativeName.isNull() ? QStringLiteral("") : clean.alternativeName);
        update->bindValue(QStringLiteral(":id"), id);
        if (auto r = database.exec(*update); !r)
            return r;
    }
    return {};
}

StoreResult<void> setVersion(const LibraryDatabase& database, int version)
{
    auto q = database.prepare(sql::kSetSchemaVersion);
    if (!q)
        return q.error();
    q->bindValue(QStringLiteral(":version"), version);
    return database.exec(*q);
}

StoreResult<void> migrationStep(const LibraryDatabase& database, int from)
{
    switch (from) {
    case 1:
        if (auto r = database.execAll(sql::kMigrateV1toV2); !r)
            return r;
        return cleanUnitNames(database);
    case 2: // SSB's own projection per unit (issue 11)
        return database.execAll(sql::kMigrateV2toV3);
    case 3: // benefits plans and who saved each version (issue 13)
        return database.execAll(sql::kMigrateV3toV4);
    default:
        return StoreError{StoreError::Kind::Database, QStringLiteral("no migration from schema version %1").arg(from),
                          database.path(), 0, {}};
    }
}

} // namespace

int LibrarySchema::currentVersion()
{
    return kCurrentVersion;
}

StoreResult<void> LibrarySchema::initialize(const LibraryDatabase& database)
{
    if (!database.isPostgres())
        if (auto r = database.execAll({sql::kForeignKeysOn, sql::kSynchronousFull}); !r)
            return r;
    WriteTransaction transaction(database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = database.execAll(sql::kCreateV1); !r)
        return r;
    for (int v = 1; v < kCurrentVersion; ++v) {
        if (auto r = migrationStep(database, v); !r)
            return r;
        if (auto r = setVersion(database, v + 1); !r)
            return r;
    }
    return transaction.commit();
}

StoreResult<void> LibrarySchema::migratePostgres(const LibraryDatabase& database)
{
    // PostgreSQL changes its schema inside a transaction: the whole upgrade lands or none of
    // it, so no backup copy is needed; the lock makes a second program wait and then see the
    // upgraded version.
    WriteTransaction transaction(database);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = database.execOne(sql::kLockSchemaVersionPostgres); !r)
        return r;
    auto version = singleInt(database, sql::kSelectSchemaVersion);
    if (!version)
        return version.error();
    for (int v = *version; v < kCurrentVersion; ++v) {
        if (auto r = migrationStep(database, v); !r)
            return r;
        if (auto r = setVersion(database, v + 1); !r)
            return r;
    }
    return transaction.commit();
}

StoreResult<void> LibrarySchema::migrate(const LibraryDatabase& database, int fromVersion)
{
    // Keep the file as it was before the first migration, beside it.
    const QString backup = database.path() + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (!QFileInfo::exists(backup)) {
        // Through AtomicFile, so that a full disk cannot leave a truncated backup that a
        // later upgrade would take for a good one.
        QFile original(database.path());
        QString reason;
        if (!original.open(QIODevice::ReadOnly) || !io::AtomicFile::write(backup, original.readAll(), nullptr, &reason))
            return StoreError{StoreError::Kind::Io,
                              QCoreApplication::translate("gevinst::store::StoreError",
                                                          "kan ikke skrive sikkerhetskopien %1 før biblioteket oppgraderes (%2); "
                                                          "ingenting ble endret")
                                  .arg(backup, reason.isEmpty() ? original.errorString() : reason),
                              database.path(), 0, {}};
    }
    for (int v = fromVersion; v < kCurrentVersion; ++v) {
        WriteTransaction transaction(database);
        if (auto r = transaction.begin(); !r)
            return r;
        if (auto r = migrationStep(database, v); !r)
            return r;
        if (auto r = setVersion(database, v + 1); !r)
            return r;
        if (auto r = transaction.commit(); !r)
            return r;
    }
    return {};
}

namespace {

StoreResult<void> findServerUser(LibraryDatabase& database)
{
    auto user = database.prepare(sql::kCurrentUserPostgres);
    if (!user)
        return user.error();
    if (auto r = database.exec(*user); !r)
        return r;
    if (user->next())
        database.setUserName(user->value(0).toString());
    return {};
}

} // namespace

StoreResult<bool> LibrarySchema::serverDatabaseIsEmpty(LibraryDatabase& database)
{
    if (auto r = findServerUser(database); !r)
        return r.error();
    auto tables = singleInt(database, sql::kCountTablesPostgres);
    if (!tables)
        return tables.error();
    return *tables == 0;
}

StoreResult<void> LibrarySchema::checkAndMigratePostgres(LibraryDatabase& database)
{
    if (auto r = findServerUser(database); !r)
        return r;

    auto hasVersion = singleInt(database, sql::kCountSchemaVersionTablePostgres);
    if (!hasVersion)
        return hasVersion.error();
    if (*hasVersion == 0) {
        auto tables = singleInt(database, sql::kCountTablesPostgres);
        if (!tables)
            return tables.error();
        if (*tables == 0)
            return StoreError{StoreError::Kind::NotFound,
                              QCoreApplication::translate("gevinst::store::StoreError",
                                                          "databasen har ikke noe Gevinstmodell-bibliotek ennå; klargjør den med "
                                                          "gevinst db init --db URI"),
                              database.path(), 0, {}};
        return StoreError{StoreError::Kind::NotADatabase,
                          QStringLiteral("the database holds other tables but no Gevinstmodell library (no schema_version table); "
                                         "it was left as it is – use an empty database"),
                          database.path(), 0, {}};
    }
    auto version = readSchemaVersion(database);
    if (!version)
        return version.error();
    if (!database.readOnly()) {
        // A role that may read but not write opens the library read-only («ingen skrivetilgang»).
        auto canWrite = singleInt(database, sql::kCanWritePostgres);
        if (!canWrite)
            return canWrite.error();
        if (*canWrite == 0)
            database.setReadOnly(true);
    }
    if (*version < kCurrentVersion) {
        if (database.readOnly())
            return StoreError{StoreError::Kind::ReadOnly,
                              QStringLiteral("the library has schema version %1 and must be upgraded to %2 by a user with write "
                                             "access (ingen skrivetilgang for %3)")
                                  .arg(*version)
                                  .arg(kCurrentVersion)
                                  .arg(database.userName()),
                              database.path(), 0, {}};
        return migratePostgres(database);
    }
    return {};
}

StoreResult<void> LibrarySchema::checkAndMigrate(LibraryDatabase& database)
{
    if (database.isPostgres())
        return checkAndMigratePostgres(database);
    // A lock held by another program shows first here.
    auto tables = singleInt(database, sql::kCountTables);
    if (!tables)
        return tables.error();

    auto check = database.prepare(sql::kIntegrityCheck);
    if (!check)
        return check.error();
    if (auto r = database.exec(*check); !r)
        return r;
    QStringList problems;
    while (check->next())
        problems << check->value(0).toString();
    check->finish();
    if (problems != QStringList{QStringLiteral("ok")}) {
        QStringList first = problems.mid(0, 3);
        return StoreError{StoreError::Kind::Corrupt,
                          QStringLiteral("the library file is damaged (integrity check: %1); it was left as it is – "
                                         "restore a backup or open another library")
                              .arg(first.join(QStringLiteral("; "))),
                          database.path(), 0, {}};
    }

    if (*tables == 0) {
        if (database.readOnly())
            return StoreError{StoreError::Kind::NotADatabase, QStringLiteral("an empty database, not a Gevinstmodell library"),
                              database.path(), 0, {}};
        if (auto r = initialize(database); !r)
            return r;
    }
    auto hasVersion = singleInt(database, sql::kCountSchemaVersionTable);
    if (!hasVersion)
        return hasVersion.error();
    if (*hasVersion == 0)
        return StoreError{StoreError::Kind::NotADatabase,
                          QStringLiteral("an SQLite database, but not a Gevinstmodell library (no schema_version table); it was left as it is"),
                          database.path(), 0, {}};
    auto version = readSchemaVersion(database);
    if (!version)
        return version.error();

    if (auto r = database.execOne(sql::kForeignKeysOn); !r)
        return r;
    if (database.readOnly()) {
        if (*version < kCurrentVersion)
            return StoreError{StoreError::Kind::ReadOnly,
                              QStringLiteral("the library has schema version %1 and must be upgraded to %2, which needs write access")
                                  .arg(*version)
                                  .arg(kCurrentVersion),
                              database.path(), 0, {}};
        return {};
    }
    // Migrate first: the backup is taken before anything, even the journal mode, changes.
    if (*version < kCurrentVersion)
        if (auto r = migrate(database, *version); !r)
            return r;
    return database.execAll({sql::kJournalWal, sql::kSynchronousFull});
}

} // namespace gevinst::store
