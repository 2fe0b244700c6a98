// Opening libraries that cannot be trusted: damaged, not a database, newer schema,
// read-only, locked. Each gives its own error kind and leaves the file byte for byte
// as it was. And the migration of a schema-1 library.

#include "ScenarioLibrary.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <unistd.h>

using namespace gevinst::store;
using gevinst::test::ensureApplication;
using gevinst::test::openSeeded;
using gevinst::test::readBytes;
using gevinst::test::shippedScenario;
using gevinst::test::storeDataDir;

namespace {

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

/// A closed, seeded library file in `dir`.
QString makeLibrary(const QTemporaryDir& dir)
{
    const QString path = dir.filePath("lib.sqlite");
    openSeeded(path).reset();
    return path;
}

/// A plain Qt Sql connection to `path`, outside the library, for setting up trouble.
class RawConnection {
public:
    explicit RawConnection(const QString& path) : m_name(QUuid::createUuid().toString())
    {
        ensureApplication();
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void exec(const QString& sqlText)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        INFO(sqlText.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sqlText));
        while (q.next()) {
        }
    }

private:
    QString m_name;
};

StoreError openError(const QString& path, OpenOptions options = {})
{
    ensureApplication();
    options.dataDir = gevinst::test::projectDir();
    auto r = ScenarioLibrary::open(path, options);
    REQUIRE_FALSE(r.ok());
    INFO(r.error().text().toStdString());
    CHECK(r.error().file == path);
    CHECK_FALSE(r.error().message.isEmpty());
    return r.error();
}

/// Opens `path`, which must be refused with `kind` (and a message containing `words`, when
/// given) and left byte for byte as it was.
void checkRefusedUntouched(const QString& path, StoreError::Kind kind, const QString& words = {})
{
    const QByteArray before = digest(path);
    const StoreError e = openError(path);
    CHECK(e.kind == kind);
    if (!words.isEmpty())
        CHECK(e.message.contains(words));
    CHECK(digest(path) == before);
}

} // namespace

TEST_CASE("a damaged library is reported and left untouched", "[failure]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    {
        // Overwrite pages in the middle, keeping SQLite's header intact.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 40000);
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\x5a'));
    }
    checkRefusedUntouched(path, StoreError::Kind::Corrupt, "damaged");
}

TEST_CASE("a file that is not a database is refused and left untouched", "[failure]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath("notes.sqlite");
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"gevinstmodell-scenario/1\"}\n");
        f.close();
        checkRefusedUntouched(path, StoreError::Kind::NotADatabase);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath("empty.sqlite");
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        CHECK(openError(path).kind == StoreError::Kind::NotADatabase);
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath("other.sqlite");
        RawConnection(path).exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT)");
        checkRefusedUntouched(path, StoreError::Kind::NotADatabase, "not a Gevinstmodell library");
    }
}

TEST_CASE("a library from a newer program is refused and left untouched", "[failure]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    RawConnection(path).exec("UPDATE schema_version SET version = 99");
    checkRefusedUntouched(path, StoreError::Kind::NewerSchema, "99");
}

TEST_CASE("a read-only library", "[failure]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    SECTION("opened read-only: reading works, every write is refused")
    {
        OpenOptions options;
        options.readOnly = true;
        auto lib = ScenarioLibrary::open(path, options);
        REQUIRE(lib.ok());
        CHECK((*lib)->status()->readOnly);
        CHECK((*lib)->scenarios()->size() >= 1);
        auto e = (*lib)->create(shippedScenario("roros-hjemmetjenester.json"));
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().kind == StoreError::Kind::ReadOnly);
        const qint64 id = (*lib)->scenarios()->front().id;
        CHECK((*lib)->moveToTrash(id).error().kind == StoreError::Kind::ReadOnly);
    }
    SECTION("a file without write permission")
    {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (::geteuid() == 0) {
            WARN("running as root: file permissions do not stop root, so this section cannot check them");
        } else {
            checkRefusedUntouched(path, StoreError::Kind::ReadOnly, "read-only");
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    SECTION("a missing file opened read-only is not created")
    {
        OpenOptions options;
        options.readOnly = true;
        CHECK(openError(dir.filePath("missing.sqlite"), options).kind == StoreError::Kind::NotFound);
        CHECK_FALSE(QFileInfo::exists(dir.filePath("missing.sqlite")));
    }
}

TEST_CASE("a library locked by another program", "[failure]")
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir);
    SECTION("another writer: saving waits, then says the library is locked")
    {
        OpenOptions options;
        options.busyTimeoutMs = 200;
        auto lib = ScenarioLibrary::open(path, options);
        REQUIRE(lib.ok());
        RawConnection other(path);
        other.exec("BEGIN IMMEDIATE");
        other.exec("UPDATE scenario SET name = name");
        auto saved = (*lib)->create(shippedScenario("roros-hjemmetjenester.json"));
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == StoreError::Kind::Locked);
        CHECK(saved.error().message.contains("locked"));
        other.exec("ROLLBACK");
        CHECK((*lib)->create(shippedScenario("roros-hjemmetjenester.json")).ok());
    }
    SECTION("another program holding the file exclusively: opening says locked")
    {
        RawConnection other(path);
        other.exec("PRAGMA locking_mode = EXCLUSIVE");
        other.exec("BEGIN EXCLUSIVE");
        other.exec("UPDATE scenario SET name = name");
        OpenOptions options;
        options.busyTimeoutMs = 200;
        CHECK(openError(path, options).kind == StoreError::Kind::Locked);
        other.exec("ROLLBACK");
    }
}

TEST_CASE("a schema-1 library is migrated in place, with a backup", "[migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    REQUIRE(QFile::copy(storeDataDir() + "/library-v1.sqlite", path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = digest(path);

    SECTION("read-only: refused, since the upgrade needs to write")
    {
        OpenOptions options;
        options.readOnly = true;
        CHECK(openError(path, options).kind == StoreError::Kind::ReadOnly);
        CHECK(digest(path) == original);
    }
    SECTION("read-write: upgraded to the current schema, data kept")
    {
        auto opened = ScenarioLibrary::open(path);
        INFO((opened ? QString() : opened.error().text()).toStdString());
        REQUIRE(opened.ok());
        auto& lib = *opened;
        CHECK(lib->status()->schemaVersion == ScenarioLibrary::currentSchemaVersion());
        CHECK(digest(path + ".v1.bak") == original);

        auto oslo = lib->unit("0301");
        REQUIRE(oslo.ok());
        CHECK(oslo->name == "Oslo");
        CHECK(oslo->alternativeName == "Oslove");
        CHECK(lib->unit("5610")->name == "Karasjok");
        CHECK(lib->unit("030112")->countyId == "03");
        CHECK(lib->unit("030112")->countyName == "Oslo");
        CHECK(lib->population("3207", 2024)->total() == 63560);

        auto versions = lib->versions(1);
        REQUIRE(versions.ok());
        REQUIRE(versions->size() == 2);
        CHECK(versions->at(1).note == "rente 3,5 %");
        CHECK(lib->load(1, 1)->json.contains("\"discount_rate\": 0.04,"));
        CHECK(lib->load(1)->json.contains("\"discount_rate\": 0.035,"));
        CHECK(lib->scenario(1)->shipped);
        // The trash exists after the upgrade.
        REQUIRE(lib->moveToTrash(1).ok());
        CHECK(lib->scenarios()->empty());
        lib.reset();
        // Opening again runs no migration.
        auto again = ScenarioLibrary::open(path);
        REQUIRE(again.ok());
        CHECK((*again)->scenarios({std::nullopt, true})->size() == 1);
    }
}

TEST_CASE("creating a library removes temporaries left by a crashed creation, not fresh ones", "[failure]")
{
    QTemporaryDir dir;
    const QString stale = dir.filePath("lib.sqlite.creating-99999");
    // Fresh, of a program still running (this test's parent) that may be creating it now.
    const QString fresh = dir.filePath(QStringLiteral("lib.sqlite.creating-%1").arg(::getppid()));
    for (const QString& path : {stale, fresh}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("half");
    }
    {
        QFile f(stale);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTime().addSecs(-2 * 3600), QFileDevice::FileModificationTime));
    }
    openSeeded(dir.filePath("lib.sqlite")).reset();
    CHECK_FALSE(QFileInfo::exists(stale));
    CHECK(QFileInfo::exists(fresh));
}
