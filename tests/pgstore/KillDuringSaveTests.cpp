// A client killed in the middle of a save leaves no partial version (issue 14, item 2):
// `gevinst db save` processes killed with SIGKILL at every moment of their run, and a
// process saving in a loop killed while it saves; afterwards the scenario's newest
// version is the newest stored one, the versions are numbered without gaps, every one
// loads and holds a document that was sent whole, and the library takes the next save.

#include "PgCliSupport.h"
#include "PgTestServer.h"
#include "StoreTestSupport.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <set>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace gevinst::store;
using namespace gevinst::test;
using Clock = std::chrono::steady_clock;

namespace {

/// Starts `command` with /bin/sh (which execs it, so the pid is the program's own).
pid_t spawnShell(const std::string& command)
{
    const std::string exec = "exec " + command;
    const char* argv[] = {"/bin/sh", "-c", exec.c_str(), nullptr};
    pid_t pid = -1;
    REQUIRE(posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) == 0);
    return pid;
}

int waitFor(pid_t pid)
{
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    return status;
}

/// The scenario is whole: newest version == the newest stored, numbered 1..n, every
/// version loads and is one of `documents`. Returns the number of versions.
int checkWhole(const PgTestDatabase& db, qint64 id, const std::set<QByteArray>& documents)
{
    ensureApplication();
    auto opened = ScenarioLibrary::open(db.uri());
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    auto& lib = **opened;
    auto info = lib.scenario(id);
    REQUIRE_OK(info);
    auto versions = lib.versions(id);
    REQUIRE_OK(versions);
    REQUIRE_FALSE(versions->empty());
    CHECK(info->latestVersion == versions->back().version);
    CHECK(info->versionCount == int(versions->size()));
    for (std::size_t i = 0; i < versions->size(); ++i) {
        CHECK(versions->at(i).version == int(i) + 1);
        auto doc = lib.load(id, versions->at(i).version);
        REQUIRE_OK(doc);
        CHECK(documents.count(doc->json) == 1);
        CHECK(doc->version.documentBytes == doc->json.size());
    }
    auto newest = lib.load(id);
    REQUIRE_OK(newest);
    CHECK(newest->version.version == info->latestVersion);
    // Straight from the tables: no version row beyond the scenario's latest_version.
    auto admin = db.connect();
    CHECK(admin->value(QStringLiteral("SELECT max(version) FROM scenario_version WHERE scenario_id = %1").arg(id)).toInt() ==
          info->latestVersion);
    CHECK(admin->value(QStringLiteral("SELECT count(*) FROM scenario_version WHERE scenario_id = %1").arg(id)).toInt() ==
          info->versionCount);
    return int(versions->size());
}

} // namespace

TEST_CASE("db save killed with SIGKILL at any moment leaves no partial version", "[postgresql][crash]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    const GevinstRun init = runGevinstAs({}, "db init --db " + shellQuoted(db->uri()), scratch, "init");
    INFO(init.err);
    REQUIRE(init.exitCode == 0);

    std::set<QByteArray> documents;
    auto docFile = [&](int n) {
        const QByteArray doc = scenarioNamed("bodo-sykehjem.json", "Avbrutt lagring " + std::to_string(n));
        documents.insert(doc);
        const auto path = scratch / ("doc" + std::to_string(n) + ".json");
        writeBytes(path, doc);
        return shellQuoted(path.string());
    };
    const GevinstRun import = runGevinstAs({}, "db import " + docFile(0) + " --db " + shellQuoted(db->uri()), scratch, "import");
    INFO(import.err);
    const qint64 id = printedId(import);
    REQUIRE(id > 0);
    const std::string save = gevinstCommand({}, scratch) + " db save " + std::to_string(id) + " ";
    const std::string quiet = " --db " + shellQuoted(db->uri()) + " >/dev/null 2>&1";

    // How long one whole save takes (start, connect, check, write, commit, exit).
    const auto t0 = Clock::now();
    const pid_t timed = spawnShell(save + docFile(1) + quiet);
    REQUIRE(WEXITSTATUS(waitFor(timed)) == 0);
    const auto whole = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0);

    // Kill saves at 0 %, 5 %, … 145 % of that: some before they connect, some inside the
    // transaction, some after the commit.
    int killed = 0;
    for (int step = 0; step < 30; ++step) {
        const pid_t pid = spawnShell(save + docFile(2 + step) + quiet);
        std::this_thread::sleep_for(whole * step / 20);
        if (::kill(pid, SIGKILL) == 0)
            ++killed;
        waitFor(pid);
    }
    CHECK(killed > 0);
    const int versions = checkWhole(*db, id, documents);
    CHECK(versions >= 2);
    CHECK(versions <= 2 + 30);

    // The library takes the next save at once (no lock left behind by a killed client).
    const GevinstRun next = runGevinstAs({}, "db save " + std::to_string(id) + " " + docFile(99) + " --db " + shellQuoted(db->uri()),
                                         scratch, "next");
    INFO(next.err);
    CHECK(next.exitCode == 0);
    CHECK(next.out == std::to_string(versions + 1) + "\n");
}

TEST_CASE("a client saving in a loop killed mid-save leaves no partial version", "[postgresql][crash]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    const GevinstRun init = runGevinstAs({}, "db init --db " + shellQuoted(db->uri()), scratch, "init");
    INFO(init.err);
    REQUIRE(init.exitCode == 0);

    // Large documents (a long source text in the scenario) make each save's transaction last.
    std::set<QByteArray> documents;
    std::string paths;
    for (int n = 0; n < 4; ++n) {
        auto doc = nlohmann::ordered_json::parse(shippedScenario("bodo-sykehjem.json").toStdString());
        doc["name"] = "Løkke " + std::to_string(n);
        for (int k = 0; k < 30; ++k) // free text per field path, at most 10 000 bytes each
            doc["sources"]["name" + std::to_string(k)] = std::string(9000 + n, char('a' + n));
        const QByteArray bytes = QByteArray::fromStdString(doc.dump(2) + "\n");
        documents.insert(bytes);
        const auto path = scratch / ("loop" + std::to_string(n) + ".json");
        writeBytes(path, bytes);
        paths += " " + shellQuoted(path.string());
    }
    const GevinstRun import = runGevinstAs({}, "db import " + shellQuoted((scratch / "loop0.json").string()) + " --db " +
                                                   shellQuoted(db->uri()),
                                           scratch, "import");
    INFO(import.err);
    const qint64 id = printedId(import);
    REQUIRE(id > 0);

    // One shell process saving over and over; each round it and its gevinst child are
    // killed with SIGKILL after a different time.
    int versionsBefore = 1;
    for (int round = 0; round < 4; ++round) {
        const std::string loop = "bash -c " +
                                 shellQuoted("while true; do for f in" + paths + "; do " + gevinstCommand({}, scratch) + " db save " +
                                             std::to_string(id) + " \"$f\" --db " + shellQuoted(db->uri()) +
                                             " >/dev/null 2>&1; done; done");
        // setsid: the loop and its children form their own process group, killed together.
        const pid_t pid = spawnShell("setsid " + loop);
        std::this_thread::sleep_for(std::chrono::milliseconds(700 + 450 * round));
        CHECK(::kill(-pid, SIGKILL) == 0);
        waitFor(pid);
        const int versions = checkWhole(*db, id, documents);
        CHECK(versions > versionsBefore); // the loop saved something before it was killed
        versionsBefore = versions;
    }
}
