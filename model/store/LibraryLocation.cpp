#include "LibraryLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace gevinst::store {

namespace {

/// The libpq connection options a library URI may carry (others are refused by name, so a
/// misspelt "sslmod=require" cannot silently connect without TLS).
constexpr const char* kAllowedOptions[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout",
                                           "application_name", "target_session_attrs", "options"};
constexpr const char* kSslModes[] = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

StoreError badUri(const QString& display, const QString& why)
{
    return StoreError{StoreError::Kind::Connection, QStringLiteral("the connection URI is not usable: %1").arg(why), display, 0,
                      QStringLiteral("--db")};
}

} // namespace

bool LibraryLocation::looksLikeServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

StoreResult<LibraryLocation> LibraryLocation::parse(const QString& text)
{
    LibraryLocation location;
    if (!looksLikeServer(text)) {
        location.m_path = text;
        return location;
    }
    location.m_backend = Backend::Postgres;
    const QUrl url(text, QUrl::StrictMode);
    // What errors may show: the text with any password cut out.
    QString shown = text;
    if (url.isValid())
        shown = url.toString(QUrl::RemovePassword);
    else if (const int at = text.indexOf(QLatin1Char('@')); at > 0)
        shown = text.left(text.indexOf(QLatin1String("://")) + 3) + QStringLiteral("…") + text.mid(at);
    if (!url.isValid())
        return badUri(shown, url.errorString());
    location.m_host = url.host();
    if (location.m_host.isEmpty())
        return badUri(shown, QStringLiteral("no server name (postgresql://user@server:5432/database)"));
    location.m_port = url.port(5432);
    if (location.m_port <= 0 || location.m_port > 65535)
        return badUri(shown, QStringLiteral("the port must be a number from 1 to 65535"));
    location.m_database = url.path().mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return badUri(shown, QStringLiteral("no database name after the server (postgresql://user@server:5432/database)"));
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool known = false;
        for (const char* allowed : kAllowedOptions)
            known = known || key == QLatin1String(allowed);
        if (!known)
            return badUri(shown, QStringLiteral("unknown option \"%1\" (known: sslmode, connect_timeout, application_name, "
                                                "sslrootcert, sslcert, sslkey, target_session_attrs, options)")
                                     .arg(key));
        if (key == QLatin1String("sslmode")) {
            bool valid = false;
            for (const char* mode : kSslModes)
                valid = valid || value == QLatin1String(mode);
            if (!valid)
                return badUri(shown, QStringLiteral("sslmode \"%1\" is none of disable, allow, prefer, require, verify-ca, verify-full")
                                         .arg(value));
        }
        if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\'')))
            return badUri(shown, QStringLiteral("the value of \"%1\" may not contain spaces, ';' or quotes").arg(key));
        location.m_options << key + QLatin1Char('=') + value;
    }
    return location;
}

QString LibraryLocation::display() const
{
    if (!isServer())
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (const QString& option : m_options)
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}

QString LibraryLocation::serverUri(const QString& host, int port, const QString& database, const QString& user, const QString& sslMode)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed());
    if (!user.trimmed().isEmpty())
        url.setUserName(user.trimmed());
    if (!sslMode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace gevinst::store
