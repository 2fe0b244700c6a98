#pragma once
// Where a scenario library lives: a file (SQLite) or a PostgreSQL server, given as a
// connection URI `postgresql://user@host:port/dbname?sslmode=…`. The password never
// becomes part of what is shown or stored: display() leaves it out, and a password in
// the URI is only kept in memory for the connection.

#include "StoreResult.h"

#include <QString>
#include <QStringList>

namespace gevinst::store {

class LibraryLocation {
public:
    enum class Backend { Sqlite, Postgres };

    /// A file path (or ":memory:"), or a `postgresql://` / `postgres://` URI. A URI with an
    /// unknown option, a bad port or no database is a Connection error naming what is wrong.
    static StoreResult<LibraryLocation> parse(const QString& text);
    /// Whether `text` is meant as a server URI (begins with postgresql:// or postgres://).
    static bool looksLikeServer(const QString& text);

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Postgres; }
    /// The file path as given, or the URI without any password (what the status bar and errors show).
    QString display() const;

    // --- a server location ---
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    /// The user named in the URI; empty = libpq's default (PGUSER, then the OS user).
    const QString& user() const { return m_user; }
    /// A password written in the URI (discouraged; kept in memory only), or empty.
    const QString& uriPassword() const { return m_password; }
    /// libpq options from the URI's query, "key=value" each (sslmode, connect_timeout, …).
    const QStringList& options() const { return m_options; }

    // --- a file location ---
    const QString& path() const { return m_path; }

    /// The URI for a server location built from its parts (no password), as the window's connection dialog makes it.
    static QString serverUri(const QString& host, int port, const QString& database, const QString& user, const QString& sslMode);

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_options;
};

} // namespace gevinst::store
