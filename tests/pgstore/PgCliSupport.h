#pragma once
// Helpers for the tests of the shared library on the PostgreSQL test server: running
// `gevinst` as a given database role (its password in PGPASSWORD, never in the URI),
// several at once, and scenario documents that can be told apart.

#include "PgTestServer.h"
#include "RunGevinst.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <filesystem>
#include <fstream>
#include <string>

namespace gevinst::test {

/// A string quoted for the shell ('…', with ' inside written as '\'').
inline std::string shellQuoted(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

inline std::string shellQuoted(const QString& text)
{
    return shellQuoted(text.toStdString());
}

/// The environment prefix of a gevinst run as a role with `password` (empty: the
/// server's superuser, whose password the test server put in PGPASSWORD): a private HOME
/// (no ~/.pgpass of the machine's user), the fixed locale RunGevinst uses.
inline std::string gevinstCommand(const std::string& password, const std::filesystem::path& home)
{
    const std::string pw = password.empty() ? qgetenv("PGPASSWORD").toStdString() : password;
    return "env -u DISPLAY -u WAYLAND_DISPLAY -u LANGUAGE -u LC_MESSAGES -u PGPASSFILE -u PGUSER LC_ALL=C.UTF-8 "
           "QT_QPA_PLATFORM=offscreen HOME=" +
           shellQuoted(home.string()) + " PGPASSWORD=" + shellQuoted(pw) + " " + shellQuoted(gevinstBinary());
}

/// Runs `gevinst ARGUMENTS` (already quoted) as the role whose password is `password`.
inline GevinstRun runGevinstAs(const std::string& password, const std::string& arguments, const std::filesystem::path& scratch,
                               const std::string& prefix = "run")
{
    const auto out = scratch / (prefix + "-stdout.txt");
    const auto err = scratch / (prefix + "-stderr.txt");
    const std::string command = gevinstCommand(password, scratch) + " " + arguments + " >" + shellQuoted(out.string()) + " 2>" +
                                shellQuoted(err.string()) + " </dev/null";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readWhole(out), readWhole(err)};
}

/// Runs `script` with bash (for several gevinst processes at once); returns its exit code.
inline int runBash(const std::string& script, const std::filesystem::path& scratch)
{
    const auto file = scratch / "script.sh";
    std::ofstream(file) << "set -u\n" << script;
    const int status = std::system(("bash " + shellQuoted(file.string())).c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// A shipped scenario with its "name" set to `name` (so every import can be told apart).
inline QByteArray scenarioNamed(const QString& shippedFile, const std::string& name)
{
    auto doc = nlohmann::ordered_json::parse(shippedScenario(shippedFile).toStdString());
    doc["name"] = name;
    return QByteArray::fromStdString(doc.dump(2) + "\n");
}

/// Writes `bytes` to `path`.
inline void writeBytes(const std::filesystem::path& path, const QByteArray& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.constData(), bytes.size());
    REQUIRE(out.good());
}

/// A password for a test role: letters and digits only.
inline std::string rolePassword(int salt)
{
    return "pw" + std::to_string(::getpid()) + "x" + std::to_string(salt) + "Q7";
}

/// The id `gevinst db import` printed (its whole stdout), or -1.
inline qint64 printedId(const GevinstRun& run)
{
    std::string s = run.out;
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.pop_back();
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos)
        return -1;
    return std::stoll(s);
}

} // namespace gevinst::test
