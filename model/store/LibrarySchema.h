#pragma once
// The library's schema (internal to gevinst_store): creating a new library, checking an
// existing one when it is opened (integrity, schema version, WAL, foreign keys) and
// migrating older schemas step by step, each migration in one transaction after a
// backup copy of the file. A newer schema or a damaged file is refused, never touched.
// The same schema and migrations serve a PostgreSQL server (SqlDialect.h names what
// differs); there the whole upgrade is one transaction and needs no backup copy.

#include "StoreResult.h"

#include <QString>

namespace gevinst::store {

class LibraryDatabase;
struct OpenOptions;

class LibrarySchema {
public:
    /// The schema version this program writes.
    static int currentVersion();
    /// Creates every table in an empty database (version 1 plus every migration), in one transaction.
    static StoreResult<void> initialize(const LibraryDatabase& database);
    /// Checks an opened library and brings it to the current version; sets the connection's
    /// pragmas (a file) or finds the database user and whether it may write (a server).
    static StoreResult<void> checkAndMigrate(LibraryDatabase& database);
    /// Whether a server database has no tables at all in the connection's schema (`db init` may make it a library).
    /// Also finds who the connection is (LibraryDatabase::userName()).
    static StoreResult<bool> serverDatabaseIsEmpty(LibraryDatabase& database);
    /// Creates a complete, seeded library file at `path` (which must not exist).
    static StoreResult<void> createAndSeed(const QString& path, const OpenOptions& options);

private:
    static StoreResult<void> migrate(const LibraryDatabase& database, int fromVersion);
    static StoreResult<void> checkAndMigratePostgres(LibraryDatabase& database);
    static StoreResult<void> migratePostgres(const LibraryDatabase& database);
};

} // namespace gevinst::store
