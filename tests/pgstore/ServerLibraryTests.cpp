// Opening and preparing a server library (issue 14, item 1): `gevinst db init` makes an
// empty database a library once and leaves a library alone; a database that is not a
// library is never changed by opening it; a wrong password, a missing database and a
// server that does not answer are told apart; the password never shows.

#include "PgCliSupport.h"
#include "PgTestServer.h"
#include "StoreTestSupport.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

using namespace gevinst::store;
using namespace gevinst::test;

namespace {

int shippedCount()
{
    return int(QDir(projectDir() + QStringLiteral("/scenarios")).entryList({QStringLiteral("*.json")}).size());
}

int publicTables(const PgTestDatabase& db)
{
    return db.connect()->value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt();
}

} // namespace

TEST_CASE("db init makes an empty database a library once - run again it changes nothing", "[postgresql][init]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    const std::string uri = shellQuoted(db->uri());

    const GevinstRun init = runGevinstAs({}, "db init --db " + uri, scratch, "init");
    INFO(init.err);
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.find("klargjort") != std::string::npos);

    const GevinstRun status = runGevinstAs({}, "db status --db " + uri, scratch, "status");
    INFO(status.err);
    CHECK(status.exitCode == 0);
    CHECK(status.out.find("Tjener: PostgreSQL, som " + db->adminUser().toStdString()) != std::string::npos);
    CHECK(status.out.find("Enheter: 387") != std::string::npos);
    CHECK(status.out.find("Scenarioer: " + std::to_string(shippedCount()) + " ") != std::string::npos);
    CHECK(status.out.find(qgetenv("PGPASSWORD").toStdString()) == std::string::npos);

    ensureApplication();
    std::string before;
    {
        auto lib = ScenarioLibrary::open(db->uri());
        REQUIRE_OK(lib);
        CHECK((*lib)->isServer());
        CHECK((*lib)->filePath() == db->uri());
        CHECK((*lib)->userName() == db->adminUser());
        before = db->connect()->column(QStringLiteral("SELECT id || ':' || latest_version FROM scenario ORDER BY id")).join(',').toStdString();
        REQUIRE_OK((*lib)->create(shippedScenario("roros-hjemmetjenester.json"), QStringLiteral("egen")));
    }
    const GevinstRun again = runGevinstAs({}, "db init --db " + uri, scratch, "again");
    INFO(again.err);
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("allerede") != std::string::npos);
    auto lib = ScenarioLibrary::open(db->uri());
    REQUIRE_OK(lib);
    CHECK((*lib)->status()->scenarioCount == shippedCount() + 1); // nothing re-seeded, nothing lost
    CHECK((*lib)->status()->unitCount == 387);
    auto api = ScenarioLibrary::initialize(db->uri());
    REQUIRE_OK(api);
    CHECK(api->alreadyLibrary);
    CHECK(api->schemaVersion == ScenarioLibrary::currentSchemaVersion());
    CHECK(db->connect()->column(QStringLiteral("SELECT id || ':' || latest_version FROM scenario ORDER BY id")).size() ==
          shippedCount() + 1);
    CHECK_FALSE(before.empty());
}

TEST_CASE("a database that is not a library is not changed by opening it - db init refuses one with other tables", "[postgresql][init]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    ensureApplication();

    auto opened = ScenarioLibrary::open(db->uri());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == StoreError::Kind::NotFound);
    CHECK(opened.error().text().contains(QStringLiteral("db init")));
    const GevinstRun list = runGevinstAs({}, "db list --db " + shellQuoted(db->uri()), scratch, "list");
    CHECK(list.exitCode == 1);
    CHECK(list.err.find("db init") != std::string::npos);
    CHECK(publicTables(*db) == 0); // opening created nothing

    REQUIRE(db->connect()->exec(QStringLiteral("CREATE TABLE regnskap (konto TEXT PRIMARY KEY, belop NUMERIC)")).isEmpty());
    auto refused = ScenarioLibrary::initialize(db->uri());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == StoreError::Kind::NotADatabase);
    const GevinstRun init = runGevinstAs({}, "db init --db " + shellQuoted(db->uri()), scratch, "init");
    CHECK(init.exitCode == 1);
    CHECK(init.err.find("andre tabeller") != std::string::npos);
    CHECK(init.err.find("gevinst db") != std::string::npos);
    CHECK(publicTables(*db) == 1); // only the table that was there
}

TEST_CASE("a wrong password, a missing database and a silent server are told apart - the password never shows", "[postgresql][connection]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    REQUIRE(runGevinstAs({}, "db init --db " + shellQuoted(db->uri()), scratch, "init").exitCode == 0);
    ensureApplication();

    OpenOptions wrong;
    wrong.password = QStringLiteral("galt-passord-123");
    auto denied = ScenarioLibrary::open(db->uri(), wrong);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().kind == StoreError::Kind::Authentication);
    CHECK_FALSE(denied.error().text().contains(wrong.password));
    const GevinstRun cliDenied = runGevinstAs("galt-passord-123", "db list --db " + shellQuoted(db->uri()), scratch, "denied");
    CHECK(cliDenied.exitCode == 1);
    CHECK_FALSE(cliDenied.err.empty());
    CHECK(cliDenied.err.find("galt-passord-123") == std::string::npos);

    // A password written in the URI works but is never shown (the program discourages it).
    QUrl withPassword(db->uri());
    withPassword.setPassword(QString::fromLocal8Bit(qgetenv("PGPASSWORD")));
    OpenOptions none;
    auto viaUri = ScenarioLibrary::open(withPassword.toString(), none);
    REQUIRE_OK(viaUri);
    CHECK((*viaUri)->filePath() == db->uri());
    CHECK_FALSE((*viaUri)->status()->filePath.contains(QString::fromLocal8Bit(qgetenv("PGPASSWORD"))));

    auto missing = ScenarioLibrary::open(pgUriFor(db->serverUri(), db->name() + QStringLiteral("_finnes_ikke")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == StoreError::Kind::Connection);

    // A port nobody listens on (taken and released again): Connection, quickly.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QUrl silent(db->uri());
    silent.setPort(port);
    auto unreachable = ScenarioLibrary::open(silent.toString() + QStringLiteral("?connect_timeout=5"));
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.error().kind == StoreError::Kind::Connection);
    const GevinstRun cliUnreachable = runGevinstAs({}, "db list --db " + shellQuoted(silent.toString()), scratch, "unreachable");
    CHECK(cliUnreachable.exitCode == 1);
    CHECK(cliUnreachable.err.find(std::to_string(port)) != std::string::npos); // names the server it tried
}
