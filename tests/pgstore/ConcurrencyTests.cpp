// Many users at once on a server library (issue 14, item 2 and «Done when»): four
// `gevinst` processes importing in parallel all land, once each; four processes saving
// the same scenario get distinct, consecutive versions; nothing is lost.

#include "PgCliSupport.h"
#include "PgTestServer.h"
#include "StoreTestSupport.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <vector>

using namespace gevinst::store;
using namespace gevinst::test;

namespace {

constexpr int kWriters = 4;

/// `gevinst db init --db URI` on the test database; fails the test when it fails.
void initLibrary(const PgTestDatabase& db, const std::filesystem::path& scratch)
{
    const GevinstRun init = runGevinstAs({}, "db init --db " + shellQuoted(db.uri()), scratch, "init");
    INFO(init.err);
    REQUIRE(init.exitCode == 0);
}

/// A scratch folder for the runs' files, and the library made on the test database.
struct InitialisedLibrary {
    explicit InitialisedLibrary(const PgTestDatabase& db) : scratch(dir.path().toStdString()) { initLibrary(db, scratch); }
    QTemporaryDir dir;
    std::filesystem::path scratch;
};

std::unique_ptr<ScenarioLibrary> openServer(const PgTestDatabase& db)
{
    ensureApplication();
    auto opened = ScenarioLibrary::open(db.uri());
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

/// Runs kWriters writers at once, each `count` times one run after another: writer w runs
/// `gevinst ARGUMENTS --db URI --note "skriver W nr I"` (ARGUMENTS from `argumentsOf(w)`,
/// which may use the shell's $i), appending its output to OUT<w>, its errors to err<w>
/// and each failure to failed<w>.
void runWritersAtOnce(const PgTestDatabase& db, const std::filesystem::path& scratch, int count, const std::string& out,
                      const std::function<std::string(int)>& argumentsOf)
{
    std::ostringstream script;
    for (int w = 0; w < kWriters; ++w)
        script << "( for i in $(seq 0 " << count - 1 << "); do " << gevinstCommand({}, scratch) << " " << argumentsOf(w) << " --db "
               << shellQuoted(db.uri()) << " --note \"skriver " << w << " nr $i\" >>"
               << shellQuoted((scratch / (out + std::to_string(w))).string()) << " 2>>"
               << shellQuoted((scratch / ("err" + std::to_string(w))).string()) << " || echo \"$i: $?\" >>"
               << shellQuoted((scratch / ("failed" + std::to_string(w))).string()) << "; done ) &\n";
    script << "wait\n";
    REQUIRE(runBash(script.str(), scratch) == 0);
}

/// Every line the writers printed (to OUT<w>), after checking that none of their runs failed.
std::vector<std::string> printedByWriters(const std::filesystem::path& scratch, const std::string& out)
{
    std::vector<std::string> lines;
    for (int w = 0; w < kWriters; ++w) {
        INFO("writer " << w << " stderr: " << readWhole(scratch / ("err" + std::to_string(w))));
        CHECK(readWhole(scratch / ("failed" + std::to_string(w))).empty());
        std::istringstream printed(readWhole(scratch / (out + std::to_string(w))));
        for (std::string line; std::getline(printed, line);)
            lines.push_back(line);
    }
    return lines;
}

} // namespace

TEST_CASE("4 processes x 25 imports in parallel give exactly 100 new scenarios, none lost or doubled", "[postgresql][concurrency]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    const InitialisedLibrary initialised(*db);
    const std::filesystem::path& scratch = initialised.scratch;
    const int before = openServer(*db)->status()->scenarioCount;

    constexpr int kImports = 25;
    for (int w = 0; w < kWriters; ++w)
        for (int i = 0; i < kImports; ++i)
            writeBytes(scratch / ("w" + std::to_string(w) + "-" + std::to_string(i) + ".json"),
                       scenarioNamed("roros-hjemmetjenester.json", "Samtidig " + std::to_string(w) + "-" + std::to_string(i)));
    // Each writer imports its 25 files one after another; the four writers run at once.
    runWritersAtOnce(*db, scratch, kImports, "ids",
                     [&](int w) { return "db import " + shellQuoted((scratch / ("w" + std::to_string(w))).string()) + "-$i.json"; });

    const std::vector<std::string> lines = printedByWriters(scratch, "ids");
    std::set<qint64> printed;
    for (const std::string& line : lines)
        printed.insert(std::stoll(line));
    CHECK(int(lines.size()) == kWriters * kImports);
    CHECK(printed.size() == std::size_t(kWriters * kImports)); // every import got its own id

    auto lib = openServer(*db);
    CHECK(lib->status()->scenarioCount == before + kWriters * kImports);
    auto all = lib->scenarios();
    REQUIRE_OK(all);
    std::map<QString, int> byName;
    std::set<qint64> stored;
    for (const ScenarioInfo& s : *all) {
        if (!s.name.startsWith(QStringLiteral("Samtidig ")))
            continue;
        ++byName[s.name];
        stored.insert(s.id);
        CHECK(s.versionCount == 1);
        CHECK(s.latestVersion == 1);
    }
    CHECK(stored == printed);
    REQUIRE(byName.size() == std::size_t(kWriters * kImports)); // none lost
    for (const auto& [name, count] : byName) {
        INFO(name.toStdString());
        CHECK(count == 1); // none doubled
    }
    // Each import carries its own document and note.
    for (qint64 id : printed) {
        auto doc = lib->load(id);
        REQUIRE_OK(doc);
        const QString name = doc->info.name; // "Samtidig W-I"
        const QStringList parts = name.mid(9).split(QLatin1Char('-'));
        REQUIRE(parts.size() == 2);
        CHECK(doc->version.note == QStringLiteral("skriver %1 nr %2").arg(parts[0], parts[1]));
        CHECK(doc->json == scenarioNamed("roros-hjemmetjenester.json", name.toStdString()));
        CHECK(doc->version.savedBy == db->adminUser());
    }
}

TEST_CASE("4 processes saving the same scenario at once get distinct consecutive versions", "[postgresql][concurrency]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    const InitialisedLibrary initialised(*db);
    const std::filesystem::path& scratch = initialised.scratch;
    writeBytes(scratch / "base.json", scenarioNamed("oslo-alna-hjemmetjenester.json", "Felles scenario"));
    const GevinstRun imported = runGevinstAs({}, "db import " + shellQuoted((scratch / "base.json").string()) + " --db " +
                                                     shellQuoted(db->uri()),
                                             scratch, "import");
    INFO(imported.err);
    const qint64 id = printedId(imported);
    REQUIRE(id > 0);

    constexpr int kSaves = 10;
    for (int w = 0; w < kWriters; ++w)
        writeBytes(scratch / ("w" + std::to_string(w) + ".json"),
                   scenarioNamed("oslo-alna-hjemmetjenester.json", "Felles scenario, skriver " + std::to_string(w)));
    runWritersAtOnce(*db, scratch, kSaves, "versions", [&](int w) {
        return "db save " + std::to_string(id) + " " + shellQuoted((scratch / ("w" + std::to_string(w) + ".json")).string());
    });

    const std::vector<std::string> lines = printedByWriters(scratch, "versions");
    std::set<int> printed;
    for (const std::string& line : lines)
        printed.insert(std::stoi(line));
    CHECK(int(lines.size()) == kWriters * kSaves);
    CHECK(printed.size() == std::size_t(kWriters * kSaves)); // no two saves got the same number

    auto lib = openServer(*db);
    auto versions = lib->versions(id);
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == std::size_t(1 + kWriters * kSaves));
    std::set<QString> notes;
    for (std::size_t i = 0; i < versions->size(); ++i) {
        const ScenarioVersionInfo& v = versions->at(i);
        CHECK(v.version == int(i) + 1); // consecutive: 1 … 41
        if (i > 0) {
            CHECK(printed.count(v.version) == 1);
            notes.insert(v.note);
            CHECK(v.savedAt >= versions->at(i - 1).savedAt);
        }
        // Each version holds the document of the writer its note names.
        auto doc = lib->load(id, v.version);
        REQUIRE_OK(doc);
        if (i > 0) {
            const QString writer = v.note.section(QLatin1Char(' '), 1, 1);
            CHECK(doc->json == scenarioNamed("oslo-alna-hjemmetjenester.json", "Felles scenario, skriver " + writer.toStdString()));
        }
    }
    CHECK(notes.size() == std::size_t(kWriters * kSaves)); // every save landed once
    auto info = lib->scenario(id);
    REQUIRE_OK(info);
    CHECK(info->latestVersion == 1 + kWriters * kSaves);
    CHECK(info->versionCount == 1 + kWriters * kSaves);
}
