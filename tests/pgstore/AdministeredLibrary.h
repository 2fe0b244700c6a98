#pragma once
// A server library prepared exactly as README tells an administrator to: the SQL blocks
// «-- Gevinstmodell: eier og database», «-- Gevinstmodell: bare lese» and
// «-- Gevinstmodell: lese og skrive» are read from README.md itself and run (with the
// names made unique for the test and real passwords), and `gevinst db init` runs as the
// owner in between. So the SQL a reader copies from README is the SQL that is tested.

#include "PgCliSupport.h"
#include "PgTestServer.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>

namespace gevinst::test {

/// The statements of the README code block whose first line is `-- Gevinstmodell: <title>`
/// (its indented lines up to the first blank line), comments left out.
inline QStringList readmeSql(const QString& title)
{
    QFile readme(QString::fromStdString(sourceDir()) + QStringLiteral("/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'));
    const QString header = QStringLiteral("-- Gevinstmodell: ") + title;
    int at = -1;
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].trimmed() == header)
            at = i;
    INFO("README.md has no SQL block «" << header.toStdString() << "»");
    REQUIRE(at >= 0);
    QString sql;
    for (int i = at + 1; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i)
        if (!lines[i].trimmed().startsWith(QStringLiteral("--")))
            sql += lines[i].trimmed() + QLatin1Char(' ');
    QStringList statements;
    for (const QString& s : sql.split(QLatin1Char(';')))
        if (!s.trimmed().isEmpty())
            statements << s.trimmed();
    REQUIRE_FALSE(statements.isEmpty());
    return statements;
}

/// Roles made by a test, dropped when it ends (after the database that uses them).
class PgTestRoles {
public:
    explicit PgTestRoles(QString serverUri) : m_server(std::move(serverUri)) {}
    ~PgTestRoles()
    {
        if (m_roles.isEmpty())
            return;
        PgAdminConnection admin(m_server, QUrl(m_server).path().mid(1));
        if (admin.ok())
            for (const QString& role : m_roles)
                admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }
    PgTestRoles(const PgTestRoles&) = delete;
    PgTestRoles& operator=(const PgTestRoles&) = delete;
    void add(const QString& role) { m_roles << role; }

private:
    QString m_server;
    QStringList m_roles;
};

class AdministeredLibrary {
public:
    struct Role {
        QString name;
        std::string password;
        QString uri; ///< without the password
    };

    /// Prepares the library (README steps 1–3), or nothing when there is no test server.
    static std::unique_ptr<AdministeredLibrary> prepare(const std::filesystem::path& scratch)
    {
        const QString server = pgServerUri();
        if (server.isEmpty()) {
            PgTestDatabase::create(); // WARNs and counts the skip
            return nullptr;
        }
        return std::unique_ptr<AdministeredLibrary>(new AdministeredLibrary(server, scratch));
    }

    const PgTestDatabase& database() const { return *m_database; }
    const Role& owner() const { return m_owner; }
    const Role& reader() const { return m_reader; }
    const Role& editor() const { return m_editor; }

private:
    AdministeredLibrary(const QString& server, const std::filesystem::path& scratch) : m_roles(server)
    {
        m_database = PgTestDatabase::create(false);
        REQUIRE(m_database);
        const QString db = m_database->name();
        m_owner = role(db + QStringLiteral("_eier"), 1);
        m_reader = role(db + QStringLiteral("_les"), 2);
        m_editor = role(db + QStringLiteral("_skriv"), 3);

        // 1. The owner and the empty database (as the superuser, on the maintenance database).
        {
            auto admin = m_database->connectMaintenance();
            run(*admin, readmeSql(QStringLiteral("eier og database")));
        }
        // 2. `gevinst db init` as the owner.
        const GevinstRun init = runGevinstAs(m_owner.password, "db init --db " + shellQuoted(m_owner.uri), scratch, "db-init");
        INFO(init.err);
        REQUIRE(init.exitCode == 0);
        REQUIRE(init.out.find("klargjort") != std::string::npos);
        // 3. The roles the users log in with (as the superuser, in the library's database).
        auto admin = m_database->connect();
        run(*admin, readmeSql(QStringLiteral("bare lese")));
        run(*admin, readmeSql(QStringLiteral("lese og skrive")));
    }

    Role role(const QString& name, int salt)
    {
        m_roles.add(name);
        return {name, rolePassword(salt), m_database->uriAs(name)};
    }

    /// README's statements with the test's names and passwords.
    void run(const PgAdminConnection& admin, const QStringList& statements) const
    {
        static const QRegularExpression databaseName(QStringLiteral("\\bgevinst\\b"));
        for (QString sql : statements) {
            for (const Role* r : {&m_owner, &m_reader, &m_editor}) {
                const QString readmeName = QStringLiteral("gevinst_") + r->name.section(QLatin1Char('_'), -1);
                if (sql.startsWith(QStringLiteral("CREATE ROLE ") + readmeName + QLatin1Char(' ')))
                    sql.replace(QStringLiteral("'bytt-ut-passord'"), QStringLiteral("'%1'").arg(QString::fromStdString(r->password)));
                sql.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(readmeName)), r->name);
            }
            sql.replace(databaseName, m_database->name());
            INFO(sql.toStdString());
            REQUIRE_FALSE(sql.contains(QStringLiteral("bytt-ut-passord")));
            const QString error = admin.exec(sql);
            INFO(error.toStdString());
            REQUIRE(error.isEmpty());
        }
    }

    PgTestRoles m_roles; // dropped after the database (declared first, destroyed last)
    std::unique_ptr<PgTestDatabase> m_database;
    Role m_owner, m_reader, m_editor;
};

} // namespace gevinst::test
