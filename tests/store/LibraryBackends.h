#pragma once
// Library tests that run on both back ends: a SQLite file (or ":memory:") and a fresh
// database on the PostgreSQL test server (PgTestServer.h). A test written as
//
//     LIBRARY_TEST_CASE("every save is a new version", "[library]")
//     {
//         auto lib = backend.openSeeded();
//         …
//     }
//
// is registered twice: "every save is a new version" on SQLite, and
// "every save is a new version (PostgreSQL)" tagged [postgresql] on the server, which
// skips visibly when there is no server. `backend` says which one runs, for the few
// checks that differ (a file's path, the user a save is recorded as).

#include "PgTestServer.h"
#include "StoreTestSupport.h"

#include "PlanLibrary.h"
#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gevinst::test {

class LibraryBackend {
public:
    enum class Kind { Sqlite, Postgres };

    static LibraryBackend sqlite() { return LibraryBackend(Kind::Sqlite, nullptr); }
    /// A fresh server database, or nothing when there is no server (skipped, see PgTestServer.h).
    static std::optional<LibraryBackend> postgres()
    {
        auto db = PgTestDatabase::create();
        if (!db)
            return std::nullopt;
        return LibraryBackend(Kind::Postgres, std::move(db));
    }

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Postgres; }
    /// The server database (only on PostgreSQL).
    const PgTestDatabase& server() const
    {
        REQUIRE(m_server);
        return *m_server;
    }

    /// Who a save, approval or actual is recorded as: the database user on the server
    /// (the test server's superuser), the OS user for a file.
    QString expectedUser() const { return isServer() ? m_server->adminUser() : store::PlanLibrary::currentUser(); }

    /// Where the library lives: on SQLite the file `sqliteName` in a temporary folder (or
    /// ":memory:" as it is), on PostgreSQL the test database's URI.
    QString location(const QString& sqliteName = QStringLiteral("lib.sqlite")) const
    {
        if (isServer())
            return m_server->uri();
        return sqliteName == QStringLiteral(":memory:") ? sqliteName : m_dir->filePath(sqliteName);
    }

    /// The library seeded with the shipped units, population and scenarios: on SQLite
    /// opened (and created) at location(sqliteName), on PostgreSQL made by
    /// ScenarioLibrary::initialize() (`gevinst db init`) the first time, then opened.
    std::unique_ptr<store::ScenarioLibrary> openSeeded(const QString& sqliteName = QStringLiteral(":memory:"))
    {
        if (!isServer())
            return gevinst::test::openSeeded(location(sqliteName));
        ensureApplication();
        store::OpenOptions options;
        options.dataDir = projectDir();
        if (!m_initialized) {
            auto init = store::ScenarioLibrary::initialize(location(), options);
            INFO((init ? QString() : init.error().text()).toStdString());
            REQUIRE(init.ok());
            m_initialized = true;
        }
        auto opened = store::ScenarioLibrary::open(location(), options);
        INFO((opened ? QString() : opened.error().text()).toStdString());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }

private:
    LibraryBackend(Kind kind, std::unique_ptr<PgTestDatabase> server)
        : m_kind(kind), m_server(std::move(server)), m_dir(std::make_unique<QTemporaryDir>())
    {
    }
    Kind m_kind;
    std::unique_ptr<PgTestDatabase> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_initialized = false;
};

} // namespace gevinst::test

#define GEVINST_LIBRARY_TEST_CASE_IMPL(name, tags, body)                                      \
    static void body(gevinst::test::LibraryBackend& backend);                                \
    TEST_CASE(name, tags)                                                                    \
    {                                                                                        \
        auto backend = gevinst::test::LibraryBackend::sqlite();                              \
        body(backend);                                                                       \
    }                                                                                        \
    TEST_CASE(name " (PostgreSQL)", tags "[postgresql]")                                     \
    {                                                                                        \
        auto backend = gevinst::test::LibraryBackend::postgres();                            \
        if (!backend)                                                                        \
            return;                                                                          \
        body(*backend);                                                                      \
    }                                                                                        \
    static void body([[maybe_unused]] gevinst::test::LibraryBackend& backend)

/// A test case run on SQLite and again on the PostgreSQL test server (see above).
#define LIBRARY_TEST_CASE(name, tags) GEVINST_LIBRARY_TEST_CASE_IMPL(name, tags, INTERNAL_CATCH_UNIQUE_NAME(libraryTestBody))
