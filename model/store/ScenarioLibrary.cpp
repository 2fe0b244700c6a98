#include "ScenarioLibrary.h"

#include "NumberText.h"

#include "DataLocations.h"
#include "LibraryDatabase.h"
#include "LibraryLocation.h"
#include "LibrarySchema.h"
#include "LibrarySql.h"
#include "ModelErrorText.h"
#include "NumberText.h"
#include "PlanLibrary.h"
#include "QueryRows.h"
#include "ScenarioLibraryImpl.h"
#include "ScenarioReader.h"
#include "ScenarioTemplate.h"
#include "SsbProjection.h"
#include "SsbImporter.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>
#include <QUrl>
#include <QVariant>

#include <cerrno>
#include <csignal>
#include <limits>
#include <sys/stat.h>

#include <algorithm>
#include <set>

namespace gevinst::store {

namespace {

UnitLevel levelFromText(const QString& level)
{
    if (level == QLatin1String("fylke"))
        return UnitLevel::County;
    if (level == QLatin1String("bydel"))
        return UnitLevel::Bydel;
    return UnitLevel::Kommune;
}

Unit unitFromRow(const QSqlQuery& q)
{
    return Unit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), levelFromText(q.value(3).toString()),
                q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
}

ScenarioInfo scenarioFromRow(const QSqlQuery& q)
{
    ScenarioInfo s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.unitId = q.value(2).toString();
    s.unitName = q.value(3).toString();
    s.serviceArea = q.value(4).toString();
    s.created = parseTimestamp(q.value(5));
    s.modified = parseTimestamp(q.value(6));
    s.latestVersion = q.value(7).toInt();
    s.shipped = q.value(8).toInt() != 0;
    s.trashed = !q.value(9).isNull();
    if (s.trashed)
        s.trashedAt = parseTimestamp(q.value(9));
    s.versionCount = q.value(10).toInt();
    return s;
}

ScenarioVersionInfo versionFromRow(const QSqlQuery& q)
{
    return ScenarioVersionInfo{q.value(0).toLongLong(), q.value(1).toInt(), parseTimestamp(q.value(2)), q.value(3).toString(),
                               q.value(4).toLongLong(), q.value(5).toString()};
}

AgeBandPopulation populationFromRow(const QSqlQuery& q)
{
    AgeBandPopulation p;
    p.unitId = q.value(0).toString();
    p.year = q.value(1).toInt();
    for (int b = 0; b < 4; ++b)
        p.persons[b] = q.value(2 + b).toLongLong();
    p.source = q.value(6).toString();
    return p;
}

/// The metadata a save takes from the document (which must read and validate).
struct DocumentMeta {
    QString name;
    QString unitId;
    QString unitName;
    QString serviceArea;
};

StoreResult<DocumentMeta> readDocument(const QByteArray& json)
{
    if (json.size() > qsizetype(ReaderLimits::maxDocumentBytes))
        return StoreError{StoreError::Kind::InvalidInput, QCoreApplication::translate("gevinst::store::StoreError", "scenariodokumentet er større enn 16 MB"), {}, 0, {}};
    ReadOutcome outcome = ScenarioReader::fromText(std::string_view(json.constData(), size_t(json.size())));
    if (!outcome.ok()) {
        QStringList messages;
        for (const auto& e : outcome.errors)
            messages << io::ModelErrorText::message(e);
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError", "ugyldig scenario (%1): %2")
                              .arg(outcome.errors.size())
                              .arg(messages.join(QStringLiteral("; "))),
                          {}, 0, QString::fromStdString(outcome.errors.front().path), std::move(outcome.errors)};
    }
    const Scenario& s = *outcome.scenario;
    return DocumentMeta{QString::fromStdString(s.name), QString::fromStdString(s.unit.id), QString::fromStdString(s.unit.name),
                        QString::fromStdString(s.serviceArea)};
}

StoreError notFound(const QString& what, const QString& file)
{
    return StoreError{StoreError::Kind::NotFound, what, file, 0, {}};
}

StoreResult<QByteArray> readWholeFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Io, f.errorString(), path, 0, {}};
    return f.readAll();
}

/// Stores `json` as version `version` of scenario `id`, saved `now` by the library's user.
StoreResult<void> insertVersion(const LibraryDatabase& db, qint64 id, int version, const QString& now, const QString& note,
                                const QByteArray& json)
{
    auto inserted = execBound(db, sql::kInsertVersion,
                              {{":id", id}, {":version", version}, {":now", now}, {":note", nonNull(note)},
                               {":document", QString::fromUtf8(json)}, {":saved_by", db.userName()}});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace

int ScenarioLibrary::currentSchemaVersion()
{
    return LibrarySchema::currentVersion();
}

QString ScenarioLibrary::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/gevinstmodell");
    return QDir(dir).filePath(QStringLiteral("gevinstmodell.sqlite"));
}

ScenarioLibrary::ScenarioLibrary(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ScenarioLibrary::~ScenarioLibrary() = default;

QString ScenarioLibrary::filePath() const
{
    return m_impl->path();
}

const LibraryDatabase& ScenarioLibrary::database() const
{
    return *m_impl;
}

bool ScenarioLibrary::isReadOnly() const
{
    return m_impl->readOnly();
}

bool ScenarioLibrary::isServer() const
{
    return m_impl->isPostgres();
}

QString ScenarioLibrary::userName() const
{
    return m_impl->userName();
}

// --- opening ------------------------------------------------------------------------------

namespace {

/// SQLite's URI for `path` ("file:" and the path with '?', '#', '%' and the like escaped).
QString sqliteUri(const QString& path, const char* query)
{
    return QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) + QLatin1String(query);
}

/// Whether SQLite can read the schema on the open connection (opening is lazy; this is where
/// a WAL library without a writable folder for its -shm file fails).
QSqlError probe(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(sql::kProbeSchema)) || !q.next())
        return q.lastError().type() == QSqlError::NoError ? QSqlError(QStringLiteral("no result"), {}, QSqlError::UnknownError)
                                                           : q.lastError();
    return {};
}

StoreResult<QSqlDatabase> connect(const QString& connectionName, const QString& path, bool readOnly, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid())
        return StoreError{StoreError::Kind::Database, QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"), path, 0, {}};
    const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (!readOnly) {
        db.setDatabaseName(path);
        db.setConnectOptions(timeout);
        if (!db.open())
            return StoreError{errorKindOfSqlite(db.lastError().nativeErrorCode()),
                              QStringLiteral("cannot open the library: %1").arg(db.lastError().text()), path, 0, {}};
        return db;
    }
    // Read-only: first as an ordinary reader (sees a colleague's changes); when SQLite cannot
    // make the -shm file a WAL library needs (a read-only file, folder or share, a full
    // disk), as an immutable file, which needs nothing beside it and writes nothing.
    QSqlError failure;
    for (const char* query : {"?mode=ro", "?mode=ro&immutable=1"}) {
        if (db.isOpen())
            db.close();
        db.setDatabaseName(sqliteUri(path, query));
        db.setConnectOptions(timeout + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            failure = db.lastError();
            continue;
        }
        failure = probe(db);
        if (failure.type() == QSqlError::NoError)
            return db;
        const StoreError::Kind kind = errorKindOfSqlite(failure.nativeErrorCode());
        if (kind == StoreError::Kind::NotADatabase || kind == StoreError::Kind::Corrupt)
            break;
    }
    db.close();
    return StoreError{errorKindOfSqlite(failure.nativeErrorCode()),
                      QStringLiteral("cannot open the library read-only: %1").arg(failure.text()), path, 0, {}};
}

/// Why a server refused a connection, from libpq's message (a failed connection has no SQLSTATE).
StoreError::Kind kindOfConnectFailure(const QString& text)
{
    if (text.contains(QLatin1String("password authentication failed")) || text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("authentication failed")))
        return StoreError::Kind::Authentication;
    return StoreError::Kind::Connection;
}

/// Connects to a PostgreSQL library server. The password comes from `password` (the
/// window's prompt), the URI, or libpq itself (PGPASSWORD, ~/.pgpass); it is never stored.
StoreResult<QSqlDatabase> connectServer(const QString& connectionName, const LibraryLocation& location, const QString& password,
                                        int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return StoreError{StoreError::Kind::Connection,
                          QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed"),
                          location.display(), 0, {}};
    db.setHostName(location.host());
    db.setPort(location.port());
    db.setDatabaseName(location.database());
    if (!location.user().isEmpty())
        db.setUserName(location.user());
    if (!password.isEmpty())
        db.setPassword(password);
    else if (!location.uriPassword().isEmpty())
        db.setPassword(location.uriPassword());
    QStringList options = location.options();
    if (!std::any_of(options.begin(), options.end(), [](const QString& o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        options << QStringLiteral("connect_timeout=10");
    if (!std::any_of(options.begin(), options.end(), [](const QString& o) { return o.startsWith(QLatin1String("application_name=")); }))
        options << QStringLiteral("application_name=gevinstmodell");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString why = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
        return StoreError{kindOfConnectFailure(why), QStringLiteral("cannot connect to the library server: %1").arg(why),
                          location.display(), 0, {}};
    }
    // Wait for another user's row lock as long as a file library waits for its lock, then say so.
    QSqlQuery settings(db);
    if (!settings.exec(QStringLiteral("SET lock_timeout = %1").arg(std::max(busyTimeoutMs, 1000))) ||
        !settings.exec(QStringLiteral("SET client_encoding = 'UTF8'")))
        return StoreError{StoreError::Kind::Connection,
                          QStringLiteral("the library server refused the session settings: %1").arg(settings.lastError().text()),
                          location.display(), 0, {}};
    return db;
}

QString newConnectionName()
{
    return QStringLiteral("gevinst-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Whether the program that made a "<library>.creating-<pid>[-wal|-shm|-journal]" file has
/// ended (`suffix` is what follows ".creating-").
bool creatorIsGone(const QString& suffix)
{
    bool ok = false;
    const qint64 pid = suffix.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    if (!ok || pid <= 0 || pid > std::numeric_limits<pid_t>::max())
        return ok;
    if (pid == QCoreApplication::applicationPid())
        return true; // an earlier attempt of this very program
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

/// Refuses a library path that is there but is no regular file (a device, a named pipe, a
/// socket): opening one could hang or, when "created", replace it. Links are followed.
StoreResult<void> checkRegularOrAbsent(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    if (S_ISDIR(st.st_mode))
        return StoreError{StoreError::Kind::Io, QCoreApplication::translate("gevinst::store::StoreError", "er en mappe, ikke en bibliotekfil"), path, 0, {}};
    if (!S_ISREG(st.st_mode))
        return StoreError{StoreError::Kind::Io,
                          QCoreApplication::translate("gevinst::store::StoreError", "er ikke en vanlig fil (en enhet eller et navngitt rør), ikke en bibliotekfil; den er ikke endret"),
                          path, 0, {}};
    return {};
}

/// Checks the file before SQLite touches it: exists, readable, begins like an SQLite database.
StoreResult<void> checkExistingFile(const QString& path, bool readOnly)
{
    const QFileInfo info(path);
    if (auto regular = checkRegularOrAbsent(path); !regular)
        return regular;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Io, QCoreApplication::translate("gevinst::store::StoreError", "kan ikke lese bibliotekfilen: %1").arg(file.errorString()), path, 0, {}};
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return StoreError{StoreError::Kind::NotADatabase,
                          QStringLiteral("the file is empty, not a Gevinstmodell library; it was left as it is"), path, 0, {}};
    if (header != QByteArray("SQLite format 3\0", 16))
        return StoreError{StoreError::Kind::NotADatabase,
                          QStringLiteral("not an SQLite database (it may be another kind of file); it was left as it is"), path, 0, {}};
    if (!readOnly) {
        if (!info.isWritable())
            return StoreError{StoreError::Kind::ReadOnly,
                              QStringLiteral("the library file is read-only (check its permissions); nothing was changed"), path, 0, {}};
        if (!QFileInfo(info.absolutePath()).isWritable())
            return StoreError{StoreError::Kind::ReadOnly,
                              QStringLiteral("the folder %1 is read-only; SQLite needs it writable for its journal").arg(info.absolutePath()),
                              path, 0, {}};
    }
    return {};
}

} // namespace

StoreResult<std::unique_ptr<ScenarioLibrary>> ScenarioLibrary::connectServerLibrary(const LibraryLocation& location,
                                                                                    const OpenOptions& options)
{
    auto impl = std::make_unique<Impl>(newConnectionName(), location.display(), options.readOnly, LibraryLocation::Backend::Postgres);
    impl->setUserName(location.user());
    if (auto db = connectServer(impl->connectionName(), location, options.password, options.busyTimeoutMs); !db)
        return db.error();
    return std::unique_ptr<ScenarioLibrary>(new ScenarioLibrary(std::move(impl)));
}

StoreResult<std::unique_ptr<ScenarioLibrary>> ScenarioLibrary::openServer(const LibraryLocation& location, const OpenOptions& options)
{
    auto library = connectServerLibrary(location, options);
    if (!library)
        return library;
    if (auto r = LibrarySchema::checkAndMigrate(*(*library)->m_impl); !r)
        return r.error();
    return library;
}

StoreResult<InitResult> ScenarioLibrary::initialize(const QString& locationText, const OpenOptions& options)
{
    auto location = LibraryLocation::parse(locationText);
    if (!location)
        return location.error();
    if (!location->isServer()) {
        // A file: open() creates and seeds it when missing.
        const bool existed = QFileInfo::exists(locationText);
        auto opened = open(locationText, options);
        if (!opened)
            return opened.error();
        return InitResult{existed, ScenarioLibrary::currentSchemaVersion()};
    }
    OpenOptions writable = options;
    writable.readOnly = false;
    auto connected = connectServerLibrary(*location, writable);
    if (!connected)
        return connected.error();
    std::unique_ptr<ScenarioLibrary> library = std::move(connected).value();
    auto empty = LibrarySchema::serverDatabaseIsEmpty(*library->m_impl);
    if (!empty)
        return empty.error();
    if (!*empty) {
        if (auto checked = LibrarySchema::checkAndMigrate(*library->m_impl); !checked)
            return checked.error();
        return InitResult{true, ScenarioLibrary::currentSchemaVersion()};
    }
    // An empty database: the schema and the shipped units, population and scenarios, all in
    // one transaction, so that a failure (or a second program doing the same) leaves nothing half made.
    WriteTransaction transaction(*library->m_impl);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = LibrarySchema::initialize(*library->m_impl); !r)
        return r.error();
    if (options.seed)
        if (auto r = library->seed(options.dataDir); !r)
            return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return InitResult{false, ScenarioLibrary::currentSchemaVersion()};
}

StoreResult<std::unique_ptr<ScenarioLibrary>> ScenarioLibrary::open(const QString& path, const OpenOptions& options)
{
    if (LibraryLocation::looksLikeServer(path)) {
        auto location = LibraryLocation::parse(path);
        if (!location)
            return location.error();
        return openServer(*location, options);
    }
    const bool inMemory = path == QLatin1String(":memory:");
    const QString absolute = inMemory ? path : QFileInfo(path).absoluteFilePath();
    const bool exists = !inMemory && QFileInfo::exists(absolute);

    if (!inMemory && !exists) {
        if (options.readOnly || !options.createIfMissing)
            return notFound(QCoreApplication::translate("gevinst::store::StoreError", "ingen bibliotekfil her"), absolute);
        // Build the new library beside the target and move it into place only when complete,
        // so a crash never leaves a half-seeded library behind.
        const QFileInfo info(absolute);
        if (!QDir().mkpath(info.absolutePath()))
            return StoreError{StoreError::Kind::Io, QCoreApplication::translate("gevinst::store::StoreError", "kan ikke lage mappen %1").arg(info.absolutePath()), absolute, 0, {}};
        if (!QFileInfo(info.absolutePath()).isWritable())
            return StoreError{StoreError::Kind::ReadOnly, QStringLiteral("the folder %1 is read-only").arg(info.absolutePath()), absolute, 0, {}};
        const QString temporary = absolute + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
        // A creation cut short (a crash, a power cut, a killed program) leaves its temporary
        // files; remove those of programs no longer running, and any older than an hour.
        const QDir folder(info.absolutePath());
        for (const QFileInfo& stale : folder.entryInfoList({info.fileName() + QStringLiteral(".creating-*")}, QDir::Files | QDir::Hidden))
            if (creatorIsGone(stale.fileName().mid(info.fileName().size() + 10)) ||
                stale.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
                QFile::remove(stale.absoluteFilePath());
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temporary + QLatin1String(suffix));
        {
            auto created = LibrarySchema::createAndSeed(temporary, options);
            if (!created) {
                for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                    QFile::remove(temporary + QLatin1String(suffix));
                StoreError e = created.error();
                if (e.file == temporary)
                    e.file = absolute;
                return e;
            }
        }
        if (!QFile::rename(temporary, absolute)) {
            QFile::remove(temporary);
            if (!QFileInfo::exists(absolute))
                return StoreError{StoreError::Kind::Io, QCoreApplication::translate("gevinst::store::StoreError", "kan ikke flytte det nye biblioteket på plass"), absolute, 0, {}};
            // Another program created it meanwhile: open theirs.
        }
        OpenOptions again = options;
        again.createIfMissing = false;
        return open(absolute, again);
    }

    if (exists)
        if (auto checked = checkExistingFile(absolute, options.readOnly); !checked)
            return checked.error();

    auto impl = std::make_unique<Impl>(newConnectionName(), absolute, options.readOnly);
    impl->setUserName(PlanLibrary::currentUser());
    if (auto db = connect(impl->connectionName(), absolute, options.readOnly, options.busyTimeoutMs); !db)
        return db.error();
    std::unique_ptr<ScenarioLibrary> library(new ScenarioLibrary(std::move(impl)));
    if (inMemory) {
        if (auto r = LibrarySchema::initialize(*library->m_impl); !r)
            return r.error();
        if (options.seed)
            if (auto r = library->seed(options.dataDir); !r)
                return r.error();
    } else if (auto r = LibrarySchema::checkAndMigrate(*library->m_impl); !r) {
        return r.error();
    }
    return library;
}

StoreResult<void> LibrarySchema::createAndSeed(const QString& path, const OpenOptions& options)
{
    auto impl = std::make_unique<ScenarioLibrary::Impl>(newConnectionName(), path, false);
    impl->setUserName(PlanLibrary::currentUser());
    if (auto db = connect(impl->connectionName(), path, false, options.busyTimeoutMs); !db)
        return db.error();
    ScenarioLibrary library(std::move(impl));
    if (auto r = initialize(*library.m_impl); !r)
        return r;
    if (options.seed)
        if (auto r = library.seed(options.dataDir); !r)
            return r;
    return library.m_impl->execOne(sql::kJournalWal);
}

StoreResult<void> ScenarioLibrary::seed(const QString& requestedDir)
{
    const QString kommunerFile = QStringLiteral("resources/data/kommuner-2024.csv");
    const QString ageBandFile = QStringLiteral("resources/data/population-by-ageband-2024-2026.csv");
    const QString dir = requestedDir.isEmpty() ? DataLocations::dataDir(kommunerFile) : requestedDir;
    if (dir.isEmpty() || !QFileInfo::exists(QDir(dir).filePath(kommunerFile)))
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("gevinst::store::StoreError", "fant ikke de leverte dataene (%1); så i: %2 (sett GEVINST_DATA_DIR)")
                              .arg(kommunerFile, requestedDir.isEmpty() ? DataLocations::searchDirs().join(QStringLiteral(", ")) : requestedDir),
                          m_impl->path(), 0, {}};
    const QDir data(dir);
    auto kommunerBytes = readWholeFile(data.filePath(kommunerFile));
    if (!kommunerBytes)
        return kommunerBytes.error();
    auto ageBandBytes = readWholeFile(data.filePath(ageBandFile));
    if (!ageBandBytes)
        return ageBandBytes.error();
    auto units = SsbImporter::readMunicipalityCsv(*kommunerBytes, data.filePath(kommunerFile));
    if (!units)
        return units.error();
    auto bydeler = SsbImporter::readOsloBydeler(*ageBandBytes, data.filePath(ageBandFile));
    if (!bydeler)
        return bydeler.error();
    auto population = SsbImporter::readAgeBandCsv(*ageBandBytes, data.filePath(ageBandFile));
    if (!population)
        return population.error();
    units->insert(units->end(), bydeler->begin(), bydeler->end());

    {
        WriteTransaction transaction(*m_impl);
        if (auto r = transaction.begin(); !r)
            return r;
        auto insert = m_impl->prepare(sql::kInsertUnit);
        if (!insert)
            return insert.error();
        for (const Unit& u : *units) {
            insert->bindValue(QStringLiteral(":id"), u.id);
            insert->bindValue(QStringLiteral(":name"), nonNull(u.name));
            insert->bindValue(QStringLiteral(":alt_name"), nonNull(u.alternativeName));
            insert->bindValue(QStringLiteral(":level"), unitLevelName(u.level));
            insert->bindValue(QStringLiteral(":parent_id"), u.parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u.parentId));
            insert->bindValue(QStringLiteral(":county_id"), u.countyId);
            if (auto r = m_impl->exec(*insert); !r)
                return r;
        }
        if (auto r = transaction.commit(); !r)
            return r;
    }
    if (auto r = importPopulation(*population); !r)
        return r.error();

    const QDir scenarios(data.filePath(QStringLiteral("scenarios")));
    for (const QString& name : scenarios.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto bytes = readWholeFile(scenarios.filePath(name));
        if (!bytes)
            return bytes.error();
        auto saved = createScenario(*bytes, QStringLiteral("Levert med programmet (%1)").arg(name), true);
        if (!saved)
            qWarning("gevinst_store: shipped scenario %s skipped: %s", qPrintable(name), qPrintable(saved.error().text()));
    }
    return {};
}

// --- status ----------------------------------------------------------------------------------

StoreResult<LibraryStatus> ScenarioLibrary::status() const
{
    LibraryStatus status;
    status.filePath = m_impl->path();
    status.readOnly = m_impl->readOnly();
    status.server = m_impl->isPostgres();
    status.user = m_impl->userName();
    const auto firstInt = [](const QSqlQuery& q) { return q.value(0).toInt(); };
    for (auto [target, text] : {std::pair{&status.schemaVersion, sql::kSelectSchemaVersion},
                                std::pair{&status.scenarioCount, sql::kCountLiveScenarios},
                                std::pair{&status.trashedCount, sql::kCountTrashedScenarios},
                                std::pair{&status.unitCount, sql::kCountUnits}}) {
        auto c = selectFirst(*m_impl, text, {}, firstInt);
        if (!c)
            return c.error();
        *target = c->value_or(0);
    }
    auto years = selectRows(*m_impl, sql::kPopulationYears, {}, firstInt);
    if (!years)
        return years.error();
    status.populationYears = std::move(years).value();
    return status;
}

// --- units -------------------------------------------------------------------------------------

StoreResult<std::vector<Unit>> ScenarioLibrary::units() const
{
    return selectRows(*m_impl, sql::kSelectUnits, {}, unitFromRow);
}

StoreResult<std::vector<Unit>> ScenarioLibrary::childUnits(const QString& parentId) const
{
    if (parentId.isEmpty())
        return selectRows(*m_impl, sql::kSelectCounties, {}, unitFromRow);
    return selectRows(*m_impl, sql::kSelectChildUnits, {{":parent", parentId}}, unitFromRow);
}

StoreResult<std::vector<Unit>> ScenarioLibrary::searchUnits(const QString& text) const
{
    // Filtered here rather than with LIKE, which folds the case of ASCII letters only (Ø, Å, Á).
    auto all = units();
    if (!all)
        return all;
    const QString needle = text.trimmed();
    std::vector<Unit> out;
    for (auto& u : *all)
        if (u.id.startsWith(needle) || u.name.contains(needle, Qt::CaseInsensitive) ||
            u.alternativeName.contains(needle, Qt::CaseInsensitive))
            out.push_back(std::move(u));
    std::stable_sort(out.begin(), out.end(), [](const Unit& x, const Unit& y) {
        if (x.level != y.level)
            return int(x.level) < int(y.level);
        return QString::localeAwareCompare(x.name, y.name) < 0;
    });
    return out;
}

StoreResult<Unit> ScenarioLibrary::unit(const QString& id) const
{
    return selectOne(*m_impl, sql::kSelectUnit, {{":id", id}}, unitFromRow, [&] {
        return notFound(QCoreApplication::translate("gevinst::store::StoreError", "ingen enhet med id «%1»").arg(id), m_impl->path());
    });
}

StoreResult<std::vector<AgeBandPopulation>> ScenarioLibrary::population(const QString& unitId) const
{
    return selectRows(*m_impl, sql::kSelectPopulation, {{":unit", unitId}}, populationFromRow);
}

StoreResult<AgeBandPopulation> ScenarioLibrary::population(const QString& unitId, int year) const
{
    return selectOne(*m_impl, sql::kSelectPopulationYear, {{":unit", unitId}, {":year", year}}, populationFromRow, [&] {
        return notFound(QCoreApplication::translate("gevinst::store::StoreError", "ingen folketall for enheten «%1» i %2").arg(unitId).arg(year), m_impl->path());
    });
}

StoreResult<ImportSummary> ScenarioLibrary::importPopulation(const PopulationTable& table)
{
    WriteTransaction transaction(*m_impl);
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto exists = m_impl->prepare(sql::kUnitExists);
    auto insert = m_impl->prepare(sql::kInsertPopulation);
    if (!exists)
        return exists.error();
    if (!insert)
        return insert.error();
    std::set<QString> units;
    std::set<int> years;
    for (const AgeBandPopulation& p : table.records) {
        if (!units.count(p.unitId)) {
            exists->bindValue(QStringLiteral(":id"), p.unitId);
            if (auto r = m_impl->exec(*exists); !r)
                return r.error();
            if (!exists->next() || exists->value(0).toInt() == 0)
                return StoreError{StoreError::Kind::InvalidInput,
                                  QCoreApplication::translate("gevinst::store::StoreError", "enheten %1 finnes ikke i biblioteket (grensene fra 2024); ingenting ble importert").arg(p.unitId),
                                  table.sourceFile, 0, QStringLiteral("region")};
            exists->finish();
        }
        insert->bindValue(QStringLiteral(":unit"), p.unitId);
        insert->bindValue(QStringLiteral(":year"), p.year);
        for (int b = 0; b < 4; ++b)
            insert->bindValue(QStringLiteral(":p%1").arg(b), p.persons[b]);
        insert->bindValue(QStringLiteral(":source"), nonNull(p.source.isEmpty() ? table.source : p.source));
        if (auto r = m_impl->exec(*insert); !r)
            return r.error();
        units.insert(p.unitId);
        years.insert(p.year);
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return ImportSummary{int(units.size()), int(years.size()), int(table.records.size()), table.source};
}

// --- scenarios ---------------------------------------------------------------------------------

StoreResult<std::vector<ScenarioInfo>> ScenarioLibrary::scenarios(const ScenarioFilter& filter) const
{
    const bool server = m_impl->isPostgres();
    const char* text = filter.trashed ? (filter.unitId ? sql::kListTrashedScenariosOfUnit
                                                       : server ? sql::kListTrashedScenariosPostgres : sql::kListTrashedScenarios)
                                      : (filter.unitId ? sql::kListLiveScenariosOfUnit
                                                       : server ? sql::kListLiveScenariosPostgres : sql::kListLiveScenarios);
    if (filter.unitId)
        return selectRows(*m_impl, text, {{":unit", *filter.unitId}}, scenarioFromRow);
    return selectRows(*m_impl, text, {}, scenarioFromRow);
}

StoreResult<ScenarioInfo> ScenarioLibrary::scenario(qint64 id) const
{
    return selectOne(*m_impl, sql::kSelectScenario, {{":id", id}}, scenarioFromRow, [&] {
        return notFound(QCoreApplication::translate("gevinst::store::StoreError", "ingen scenario med id %1").arg(id), m_impl->path());
    });
}

StoreResult<std::vector<ScenarioVersionInfo>> ScenarioLibrary::versions(qint64 id) const
{
    if (auto s = scenario(id); !s)
        return s.error();
    return selectRows(*m_impl, sql::kSelectVersions, {{":id", id}}, versionFromRow);
}

StoreResult<ScenarioDocument> ScenarioLibrary::load(qint64 id, std::optional<int> version) const
{
    auto info = scenario(id);
    if (!info)
        return info.error();
    const int wanted = version.value_or(info->latestVersion);
    return selectOne(
        *m_impl, sql::kSelectVersionDocument, {{":id", id}, {":version", wanted}},
        [&](const QSqlQuery& q) { return ScenarioDocument{*info, versionFromRow(q), q.value(6).toString().toUtf8()}; },
        [&] {
            return notFound(QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen versjon %2").arg(id).arg(wanted),
                            m_impl->path());
        });
}

StoreResult<StoredScenario> ScenarioLibrary::loadScenario(qint64 id, std::optional<int> version) const
{
    auto document = load(id, version);
    if (!document)
        return document.error();
    ReadOutcome outcome = ScenarioReader::fromText(std::string_view(document->json.constData(), size_t(document->json.size())));
    if (!outcome.ok()) {
        const QString first = io::ModelErrorText::message(outcome.errors.front());
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError",
                                                      "versjon %1 av scenario %2 kan ikke leses som et gyldig scenario (%3 feil; den første: %4)")
                              .arg(document->version.version)
                              .arg(id)
                              .arg(outcome.errors.size())
                              .arg(first),
                          m_impl->path(), 0, QStringLiteral("version"), std::move(outcome.errors)};
    }
    return StoredScenario{std::move(document).value(), std::move(*outcome.scenario)};
}

StoreResult<SavedVersion> ScenarioLibrary::create(const QByteArray& json, const QString& note)
{
    return createScenario(json, note, false);
}

StoreResult<SavedVersion> ScenarioLibrary::createScenario(const QByteArray& json, const QString& note, bool shipped)
{
    auto meta = readDocument(json);
    if (!meta)
        return meta.error();
    WriteTransaction transaction(*m_impl);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const QString now = timestampNow();
    auto insert = execBound(*m_impl, sql::kInsertScenario,
                            {{":name", nonNull(meta->name)}, {":unit_id", nonNull(meta->unitId)}, {":unit_name", nonNull(meta->unitName)},
                             {":service_area", nonNull(meta->serviceArea)}, {":now", now}, {":shipped", shipped ? 1 : 0}});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    if (auto r = insertVersion(*m_impl, id, 1, now, note, json); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return SavedVersion{id, 1};
}

StoreResult<SavedVersion> ScenarioLibrary::save(qint64 id, const QByteArray& json, const QString& note)
{
    return saveVersion(id, json, note, std::nullopt);
}

StoreResult<SavedVersion> ScenarioLibrary::saveOnBase(qint64 id, const QByteArray& json, int baseVersion, const QString& note)
{
    return saveVersion(id, json, note, baseVersion);
}

StoreResult<SavedVersion> ScenarioLibrary::saveVersion(qint64 id, const QByteArray& json, const QString& note,
                                                       std::optional<int> baseVersion)
{
    auto meta = readDocument(json);
    if (!meta)
        return meta.error();
    WriteTransaction transaction(*m_impl);
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto latest = m_impl->prepare(sql::kSelectLatestVersion);
    if (!latest)
        return latest.error();
    latest->bindValue(QStringLiteral(":id"), id);
    if (auto r = m_impl->exec(*latest); !r)
        return r.error();
    if (!latest->next())
        return notFound(QCoreApplication::translate("gevinst::store::StoreError", "ingen scenario med id %1").arg(id), m_impl->path());
    if (!latest->value(1).isNull())
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 ligger i papirkurven; gjenopprett det før du lagrer").arg(id), m_impl->path(), 0, {}};
    const int newest = latest->value(0).toInt();
    const int next = newest + 1;
    latest->finish();
    if (baseVersion && *baseVersion != newest) {
        // Someone saved after the version the caller edited: refuse, naming who and when.
        auto saver = m_impl->prepare(sql::kSelectVersionSaver);
        if (!saver)
            return saver.error();
        saver->bindValue(QStringLiteral(":id"), id);
        saver->bindValue(QStringLiteral(":version"), newest);
        if (auto r = m_impl->exec(*saver); !r)
            return r.error();
        QString who = QCoreApplication::translate("gevinst::store::StoreError", "en ukjent bruker");
        QString when = QCoreApplication::translate("gevinst::store::StoreError", "et ukjent tidspunkt");
        if (saver->next()) {
            if (!saver->value(0).toString().isEmpty())
                who = saver->value(0).toString();
            when = io::NumberText::dateTime(parseTimestamp(saver->value(1)).toLocalTime());
        }
        return StoreError{StoreError::Kind::Conflict,
                          QCoreApplication::translate("gevinst::store::StoreError",
                                                      "versjon %1 av scenario %2 ble lagret av %3 %4, etter versjon %5 som dette bygger på; "
                                                      "ingenting ble lagret – åpne den nyeste versjonen og gjør endringen der")
                              .arg(newest)
                              .arg(id)
                              .arg(who, when)
                              .arg(*baseVersion),
                          m_impl->path(), 0, QStringLiteral("base_version")};
    }
    const QString now = timestampNow();
    if (auto r = insertVersion(*m_impl, id, next, now, note, json); !r)
        return r.error();
    if (auto r = execBound(*m_impl, sql::kUpdateScenarioAfterSave,
                           {{":name", nonNull(meta->name)}, {":unit_id", nonNull(meta->unitId)}, {":unit_name", nonNull(meta->unitName)},
                            {":service_area", nonNull(meta->serviceArea)}, {":now", now}, {":version", next}, {":id", id}});
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return SavedVersion{id, next};
}

StoreResult<SavedVersion> ScenarioLibrary::restore(qint64 id, int version, const QString& note)
{
    auto old = load(id, version);
    if (!old)
        return old.error();
    return save(id, old->json, note.isEmpty() ? QStringLiteral("Gjenopprettet fra versjon %1").arg(version) : note);
}

namespace {

/// `json` with its "name" replaced (the order of the other keys kept).
StoreResult<QByteArray> renamedDocument(const QByteArray& json, const QString& name)
{
    auto doc = nlohmann::ordered_json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return StoreError{StoreError::Kind::Corrupt, QStringLiteral("a stored scenario document is not a JSON object"), {}, 0, {}};
    doc["name"] = name.toStdString();
    return QByteArray::fromStdString(doc.dump(2) + "\n");
}

StoreError emptyName()
{
    return StoreError{StoreError::Kind::InvalidInput, QCoreApplication::translate("gevinst::store::StoreError", "et scenario må ha et navn"), {}, 0, QStringLiteral("name")};
}

} // namespace

StoreResult<SavedVersion> ScenarioLibrary::rename(qint64 id, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return emptyName();
    auto current = load(id);
    if (!current)
        return current.error();
    auto renamed = renamedDocument(current->json, trimmed);
    if (!renamed)
        return renamed.error();
    return save(id, *renamed, QStringLiteral("Nytt navn: %1").arg(trimmed));
}

StoreResult<SavedVersion> ScenarioLibrary::duplicate(qint64 id, const QString& name, std::optional<int> version)
{
    auto source = load(id, version);
    if (!source)
        return source.error();
    QString newName = name.trimmed();
    if (newName.isEmpty() && !name.isEmpty())
        return emptyName();
    if (newName.isEmpty())
        newName = QStringLiteral("%1 (kopi)").arg(source->info.name);
    auto copy = renamedDocument(source->json, newName);
    if (!copy)
        return copy.error();
    return create(*copy, QStringLiteral("Kopi av «%1», versjon %2").arg(source->info.name).arg(source->version.version));
}

namespace {

StoreResult<void> changeTrash(const LibraryDatabase& db, const char* statement, qint64 id, const QString& refusal)
{
    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r;
    if (statement != sql::kUntrashScenario) {
        // A scenario with an approved plan stays (issue 13): the plan's version must remain.
        auto plans = db.prepare(sql::kCountPlansOfScenario);
        if (!plans)
            return plans.error();
        plans->bindValue(QStringLiteral(":id"), id);
        if (auto r = db.exec(*plans); !r)
            return r;
        if (plans->next() && plans->value(0).toInt() > 0)
            return StoreError{StoreError::Kind::Conflict,
                              QCoreApplication::translate("gevinst::store::StoreError",
                                                          "scenario %1 har en vedtatt gevinstrealiseringsplan (versjon %2 er vedtatt); et "
                                                          "scenario med vedtatt plan kan ikke legges i papirkurven eller slettes")
                                  .arg(id)
                                  .arg(plans->value(1).toInt()),
                              db.path(), 0, QStringLiteral("approved_plan")};
        plans->finish();
    }
    auto q = db.prepare(statement);
    if (!q)
        return q.error();
    if (statement != sql::kDeleteTrashedScenario && statement != sql::kUntrashScenario)
        q->bindValue(QStringLiteral(":now"), timestampNow());
    q->bindValue(QStringLiteral(":id"), id);
    if (auto r = db.exec(*q); !r)
        return r;
    if (q->numRowsAffected() != 1)
        return StoreError{StoreError::Kind::NotFound, refusal, db.path(), 0, {}};
    return transaction.commit();
}

} // namespace

StoreResult<void> ScenarioLibrary::moveToTrash(qint64 id)
{
    return changeTrash(*m_impl, sql::kTrashScenario, id, QCoreApplication::translate("gevinst::store::StoreError", "ingen scenario med id %1 utenfor papirkurven").arg(id));
}

StoreResult<void> ScenarioLibrary::restoreFromTrash(qint64 id)
{
    return changeTrash(*m_impl, sql::kUntrashScenario, id, QCoreApplication::translate("gevinst::store::StoreError", "ingen scenario med id %1 i papirkurven").arg(id));
}

StoreResult<void> ScenarioLibrary::deletePermanently(qint64 id)
{
    return changeTrash(*m_impl, sql::kDeleteTrashedScenario, id,
                       QCoreApplication::translate("gevinst::store::StoreError", "ingen scenario med id %1 i papirkurven (bare scenarioer i papirkurven kan slettes)").arg(id));
}

StoreResult<void> ScenarioLibrary::saveSsbProjection(const SsbProjection& projection)
{
    return SsbProjectionStore::save(*m_impl, projection);
}

StoreResult<std::vector<SsbProjection>> ScenarioLibrary::ssbProjections(const QString& unitId) const
{
    return SsbProjectionStore::load(*m_impl, unitId);
}

StoreResult<QByteArray> ScenarioLibrary::documentForUnit(const QString& unitId, const NewScenarioOptions& options) const
{
    auto target = unit(unitId);
    if (!target)
        return target.error();
    auto figures = population(unitId);
    if (!figures)
        return figures.error();
    std::optional<SsbProjection> ssb;
    if (options.projection == NewScenarioOptions::Projection::Ssb) {
        auto stored = ssbProjections(unitId);
        if (!stored)
            return stored.error();
        if (stored->empty())
            return StoreError{StoreError::Kind::InvalidInput,
                              QCoreApplication::translate("gevinst::store::StoreError", "biblioteket har ingen framskriving fra SSB for %1 %2; hent den først (gevinst db fetch-ssb --unit %1)")
                                  .arg(target->id, target->name),
                              {}, 0, QStringLiteral("projection")};
        // MMMM (SSB's main alternative) when it is there, else the most recently fetched.
        const auto main = std::find_if(stored->begin(), stored->end(),
                                       [](const SsbProjection& p) { return p.alternative == QLatin1String("MMMM"); });
        ssb = main != stored->end() ? *main : stored->front();
    }
    return ScenarioTemplate::forUnit(*target, *figures, options, ssb ? &*ssb : nullptr);
}

StoreResult<SavedVersion> ScenarioLibrary::createForUnit(const QString& unitId, const NewScenarioOptions& options)
{
    auto doc = documentForUnit(unitId, options);
    if (!doc)
        return doc.error();
    return create(*doc, QStringLiteral("Nytt scenario for enheten (tjenesteområde %1)").arg(options.serviceArea));
}

StoreResult<QByteArray> ScenarioLibrary::documentFromTemplate(const QString& unitId, qint64 templateId, const QString& name) const
{
    if (templateId <= 0) {
        NewScenarioOptions options;
        options.name = name;
        return documentForUnit(unitId, options);
    }
    auto target = unit(unitId);
    if (!target)
        return target.error();
    auto templ = load(templateId);
    if (!templ)
        return templ.error();
    auto figures = population(unitId);
    if (!figures)
        return figures.error();
    const QString label = QStringLiteral("%1 (%2)").arg(templ->info.name, templ->info.unitName);
    return ScenarioTemplate::fromScenario(templ->json, label, *target, *figures, name);
}

StoreResult<SavedVersion> ScenarioLibrary::createFromTemplate(const QString& unitId, qint64 templateId, const QString& name)
{
    auto doc = documentFromTemplate(unitId, templateId, name);
    if (!doc)
        return doc.error();
    return create(*doc, templateId > 0 ? QStringLiteral("Ny fra mal (scenario %1)").arg(templateId)
                                       : QStringLiteral("Nytt scenario for enheten"));
}

} // namespace gevinst::store
