#include "LibraryOpener.h"

#include "LibraryLocation.h"

#include <QDir>
#include <QFileInfo>

namespace gevinst::ui {

bool LibraryOpener::isServer(const QString& location)
{
    return store::LibraryLocation::looksLikeServer(location.trimmed());
}

store::StoreResult<std::unique_ptr<store::ScenarioLibrary>> LibraryOpener::open(const QString& location,
                                                                                 const AskPassword& askPassword)
{
    using store::StoreError;
    const QString where = location.trimmed().isEmpty() ? store::ScenarioLibrary::defaultPath() : location.trimmed();
    if (isServer(where)) {
        store::OpenOptions options;
        auto opened = store::ScenarioLibrary::open(where, options); // libpq: PGPASSWORD, ~/.pgpass
        for (int attempt = 0; !opened && opened.error().kind == StoreError::Kind::Authentication && askPassword &&
                              attempt < kPasswordAttempts;
             ++attempt) {
            const QString shown = opened.error().file.isEmpty() ? where : opened.error().file;
            const std::optional<QString> password = askPassword(shown, attempt > 0);
            if (!password)
                break; // the user gave up: the server's refusal stands
            options.password = *password;
            opened = store::ScenarioLibrary::open(where, options);
        }
        return opened;
    }
    if (where != QLatin1String(":memory:"))
        QDir().mkpath(QFileInfo(where).absolutePath());
    auto opened = store::ScenarioLibrary::open(where);
    if (!opened && (opened.error().kind == StoreError::Kind::ReadOnly || opened.error().kind == StoreError::Kind::Io)) {
        store::OpenOptions readOnly; // a read-only copy or share, or a full disk: still readable
        readOnly.readOnly = true;
        if (auto again = store::ScenarioLibrary::open(where, readOnly))
            return again;
    }
    return opened;
}

} // namespace gevinst::ui
