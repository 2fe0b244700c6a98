#pragma once
// Opens the window's scenario library from a file path or a server URI
// (postgresql://user@host:port/db?sslmode=…, issue 14). A server is tried first
// without a password (libpq reads PGPASSWORD and ~/.pgpass); when it wants one, the
// AskPassword callback asks the user and the open is tried again. The password lives
// only in memory for the connection and is never stored. A file that cannot be
// written (a read-only share, a full disk) is opened read-only. Owns nothing.

#include "ScenarioLibrary.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gevinst::ui {

class LibraryOpener {
public:
    /// Asks for the password of `location` (shown without a password); `again` is true
    /// when the last one was refused. nullopt: the user gave up.
    using AskPassword = std::function<std::optional<QString>(const QString& location, bool again)>;
    /// How many passwords the user may try before the server's refusal is reported.
    static constexpr int kPasswordAttempts = 3;

    /// The library at `location` (empty: ScenarioLibrary::defaultPath()), or why it cannot be opened.
    /// Without `askPassword` a server that wants a password gives the Authentication error.
    static store::StoreResult<std::unique_ptr<store::ScenarioLibrary>> open(const QString& location,
                                                                             const AskPassword& askPassword = {});
    /// Whether `location` names a server library (a postgresql:// or postgres:// URI).
    static bool isServer(const QString& location);
};

} // namespace gevinst::ui
