#pragma once
// The throwaway PostgreSQL server of the tests (scripts/pg-test-server.sh): its URI comes
// from GEVINST_TEST_PG_URI (postgresql://gevinst_admin@127.0.0.1:PORT/postgres, the
// password from PGPASSWORD). PgTestDatabase makes a fresh database for one test case
// (gevinst_t_<pid>_<counter>) and drops it at the end, so test cases and parallel test
// processes never see each other's data.
//
// Without the variable the server tests skip visibly: PgTestDatabase::create() WARNs
// «no PostgreSQL test server (GEVINST_TEST_PG_URI not set): skipped», counts the skip
// (TestMain then exits 77, which CTest reports as «Skipped») and returns nothing; the
// test case returns. With the variable set, a server that cannot be reached FAILS the
// test: a server was promised, and a silent skip would hide a broken back end.

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <memory>
#include <optional>
#include <unistd.h>

namespace gevinst::test {

/// How many test cases skipped because there was no server (TestMain exits 77 then).
int& skippedTestCount();

/// The test server's URI (GEVINST_TEST_PG_URI), or empty when none was given.
inline QString pgServerUri()
{
    return QString::fromLocal8Bit(qgetenv("GEVINST_TEST_PG_URI")).trimmed();
}

/// `uri` with its database (the path) replaced by `database` and, when given, its user by `user`.
inline QString pgUriFor(const QString& uri, const QString& database, const QString& user = {})
{
    QUrl url(uri);
    url.setPath(QStringLiteral("/") + database);
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPassword({});
    return url.toString();
}

/// A connection of the tests' own (as the server's superuser, or `user`/`password`) to
/// `database` on the test server: for CREATE/DROP DATABASE, roles, GRANTs and checks of
/// what was stored. Not the program's code path: the library is opened through the store.
class PgAdminConnection {
public:
    PgAdminConnection(const QString& uri, const QString& database, const QString& user = {}, const QString& password = {})
    {
        static int argc = 1;
        static char name[] = "gevinst_tests";
        static char* argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            new QCoreApplication(argc, argv); // Qt Sql's driver plugins need one
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("gevinst_test_admin_%1").arg(counter++);
        const QUrl url(uri);
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(database);
        db.setUserName(user.isEmpty() ? url.userName() : user);
        db.setPassword(password.isEmpty() && user.isEmpty() ? QString::fromLocal8Bit(qgetenv("PGPASSWORD")) : password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~PgAdminConnection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PgAdminConnection(const PgAdminConnection&) = delete;
    PgAdminConnection& operator=(const PgAdminConnection&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    /// Runs `sql`; returns the error text, empty on success.
    QString exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    /// Runs `sql` and returns the first column of every row as text (fails the test on an error).
    QStringList column(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString());
        const bool ran = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ran);
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    /// The single value `sql` gives (fails the test when there is not exactly one row).
    QString value(const QString& sql) const
    {
        const QStringList values = column(sql);
        INFO(sql.toStdString());
        REQUIRE(values.size() == 1);
        return values.front();
    }

private:
    QString m_name;
    QString m_error;
};

/// A fresh database on the test server for one test case, dropped when it goes away.
class PgTestDatabase {
public:
    /// A new empty database, or nothing when there is no server (the skip is WARNed and
    /// counted; the caller returns). Fails the test when the server cannot be reached.
    /// With `make` false only the name is reserved (the test creates the database itself,
    /// e.g. with the administrator's SQL from README); it is dropped all the same.
    static std::unique_ptr<PgTestDatabase> create(bool make = true)
    {
        const QString server = pgServerUri();
        if (server.isEmpty()) {
            WARN("no PostgreSQL test server (GEVINST_TEST_PG_URI not set): skipped");
            ++skippedTestCount();
            return nullptr;
        }
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("gevinst_t_%1_%2").arg(::getpid()).arg(++counter);
        PgAdminConnection admin(server, QUrl(server).path().mid(1));
        INFO("PostgreSQL test server " << server.toStdString() << ": " << admin.error().toStdString());
        REQUIRE(admin.ok());
        if (!make)
            return std::unique_ptr<PgTestDatabase>(new PgTestDatabase(server, name));
        const QString created = admin.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name));
        INFO(created.toStdString());
        REQUIRE(created.isEmpty());
        return std::unique_ptr<PgTestDatabase>(new PgTestDatabase(server, name));
    }

    ~PgTestDatabase()
    {
        PgAdminConnection admin(m_server, QUrl(m_server).path().mid(1));
        if (admin.ok())
            admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    /// The database's name (gevinst_t_<pid>_<n>).
    const QString& name() const { return m_name; }
    /// Its URI for the superuser (no password: PGPASSWORD holds it).
    QString uri() const { return pgUriFor(m_server, m_name); }
    /// Its URI for another role.
    QString uriAs(const QString& user) const { return pgUriFor(m_server, m_name, user); }
    /// The server's URI (GEVINST_TEST_PG_URI: its maintenance database).
    const QString& serverUri() const { return m_server; }
    /// A superuser connection to the maintenance database (CREATE/DROP DATABASE, roles).
    std::unique_ptr<PgAdminConnection> connectMaintenance() const
    {
        auto c = std::make_unique<PgAdminConnection>(m_server, QUrl(m_server).path().mid(1));
        INFO(c->error().toStdString());
        REQUIRE(c->ok());
        return c;
    }
    /// The superuser's name (gevinst_admin).
    QString adminUser() const { return QUrl(m_server).userName(); }
    /// A superuser connection to this database (for roles, GRANTs and checks).
    std::unique_ptr<PgAdminConnection> connect() const
    {
        auto c = std::make_unique<PgAdminConnection>(m_server, m_name);
        INFO(c->error().toStdString());
        REQUIRE(c->ok());
        return c;
    }

private:
    PgTestDatabase(QString server, QString name) : m_server(std::move(server)), m_name(std::move(name)) {}
    QString m_server;
    QString m_name;
};

} // namespace gevinst::test
