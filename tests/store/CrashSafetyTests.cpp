// A process killed with SIGKILL in the middle of saving leaves the library consistent:
// it opens, passes the integrity check, and holds every version that was committed
// before the kill (and at most the one being saved), each complete.

#include "ScenarioLibrary.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace gevinst::store;
using gevinst::test::openSeeded;
using gevinst::test::shippedScenario;

namespace {

QByteArray documentNumber(const QByteArray& base, int n)
{
    auto doc = nlohmann::ordered_json::parse(base.constData());
    doc["name"] = "Lagring " + std::to_string(n);
    return QByteArray::fromStdString(doc.dump(2));
}

/// In the forked child: save new versions of `id` forever, reporting each committed version on `fd`.
[[noreturn]] void saveForever(const QString& path, qint64 id, const QByteArray& base, int fd)
{
    auto lib = ScenarioLibrary::open(path);
    if (!lib)
        _exit(3);
    auto info = (*lib)->scenario(id);
    if (!info)
        _exit(3);
    for (int n = info->latestVersion + 1;; ++n) {
        auto saved = (*lib)->save(id, documentNumber(base, n), QStringLiteral("lagring %1").arg(n));
        if (!saved || saved->version != n)
            _exit(4);
        if (::write(fd, &n, sizeof n) != sizeof n)
            _exit(5);
    }
}

} // namespace

TEST_CASE("SIGKILL during saves leaves every committed version and a consistent library", "[crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("crash.sqlite");
    const QByteArray base = shippedScenario("roros-hjemmetjenester.json");
    qint64 id = 0;
    {
        auto lib = openSeeded(path);
        auto created = lib->create(documentNumber(base, 1));
        REQUIRE_OK(created);
        id = created->scenarioId;
    } // closed before forking: no SQLite connection may cross a fork

    for (int round = 0; round < 6; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            saveForever(path, id, base, fds[1]);
        }
        ::close(fds[1]);
        // Let it commit a few versions, then kill it at a different moment each round.
        int acknowledged = 0;
        int got = 0;
        for (int i = 0; i < 3 + round; ++i) {
            if (::read(fds[0], &got, sizeof got) != sizeof got)
                break;
            acknowledged = got;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(700 * round));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        while (::read(fds[0], &got, sizeof got) == sizeof got)
            acknowledged = got;
        ::close(fds[0]);
        INFO("round " << round << ", last committed version " << acknowledged);
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(acknowledged > 0);

        auto opened = ScenarioLibrary::open(path); // runs PRAGMA integrity_check
        INFO((opened ? QString() : opened.error().text()).toStdString());
        REQUIRE(opened.ok());
        auto& lib = *opened;
        auto info = lib->scenario(id);
        REQUIRE(info.ok());
        auto versions = lib->versions(id);
        REQUIRE(versions.ok());
        CHECK(info->latestVersion == int(versions->size()));
        CHECK(int(versions->size()) >= acknowledged);
        CHECK(int(versions->size()) <= acknowledged + 1);
        for (const auto& v : *versions) {
            auto doc = lib->load(id, v.version);
            REQUIRE(doc.ok());
            CHECK(doc->json == documentNumber(base, v.version));
        }
        CHECK(info->name == QStringLiteral("Lagring %1").arg(versions->size()));
        // The next round continues from the last version on disk.
        auto resync = lib->save(id, documentNumber(base, int(versions->size()) + 1));
        REQUIRE(resync.ok());
    }
}
