// Many users at once on a server library (issue 14, item 2 and «Done when»): four
// `gevinst` processes importing in parallel all land, once each; four processes saving
// the same scenario get distinct, consecutive versions; nothing is lost.

#include "PgCliSupport.h"
#include "PgTestServer.h"
#include "StoreTestSupport.h"

#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <map>
#include <set>
#include <sstream>

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

std::unique_ptr<ScenarioLibrary> openServer(const PgTestDatabase& db)
{
    ensureApplication();
    auto opened = ScenarioLibrary::open(db.uri());
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("4 processes x 25 imports in parallel give exactly 100 new scenarios, none lost or doubled", "[postgresql][concurrency]")
{
    auto db = PgTestDatabase::create();
    if (!db)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    initLibrary(*db, scratch);
    const int before = openServer(*db)->status()->scenarioCount;

    constexpr int kImports = 25;
    std::ostringstream script;
    for (int w = 0; w < kWriters; ++w) {
        for (int i = 0; i < kImports; ++i)
            writeBytes(scratch / ("w" + std::to_string(w) + "-" + std::to_string(i) + ".json"),
                       scenarioNamed("roros-hjemmetjenester.json", "Samtidig " + std::to_string(w) + "-" + std::to_string(i)));
        // Each writer imports its 25 files one after another; the four writers run at once.
        script << "( for i in $(seq 0 " << kImports - 1 << "); do " << gevinstCommand({}, scratch) << " db import "
               << shellQuoted((scratch / ("w" + std::to_string(w))).string()) << "-$i.json --db " << shellQuoted(db->uri())
               << " --note \"skriver " << w << " nr $i\" >>" << shellQuoted((scratch / ("ids" + std::to_string(w))).string())
               << " 2>>" << shellQuoted((scratch / ("err" + std::to_string(w))).string()) << " || echo \"$i: $?\" >>"
               << shellQuoted((scratch / ("failed" + std::to_string(w))).string()) << "; done ) &\n";
    }
    script << "wait\n";
    REQUIRE(runBash(script.str(), scratch) == 0);

    std::set<qint64> printed;
    int printedLines = 0;
    for (int w = 0; w < kWriters; ++w) {
        INFO("writer " << w << " stderr: " << readWhole(scratch / ("err" + std::to_string(w))));
        CHECK(readWhole(scratch / ("failed" + std::to_string(w))).empty());
        std::istringstream ids(readWhole(scratch / ("ids" + std::to_string(w))));
        for (std::string line; std::getline(ids, line);) {
            ++printedLines;
            printed.insert(std::stoll(line));
        }
    }
    CHECK(printedLines == kWriters * kImports);
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
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    initLibrary(*db, scratch);
    writeBytes(scratch / "base.json", scenarioNamed("oslo-alna-hjemmetjenester.json", "Felles scenario"));
    const GevinstRun imported = runGevinstAs({}, "db import " + shellQuoted((scratch / "base.json").string()) + " --db " +
                                                     shellQuoted(db->uri()),
                                             scratch, "import");
    INFO(imported.err);
    const qint64 id = printedId(imported);
    REQUIRE(id > 0);

    constexpr int kSaves = 10;
    std::ostringstream script;
    for (int w = 0; w < kWriters; ++w) {
        writeBytes(scratch / ("w" + std::to_string(w) + ".json"),
                   scenarioNamed("oslo-alna-hjemmetjenester.json", "Felles scenario, skriver " + std::to_string(w)));
        script << "( for i in $(seq 0 " << kSaves - 1 << "); do " << gevinstCommand({}, scratch) << " db save " << id << " "
               << shellQuoted((scratch / ("w" + std::to_string(w) + ".json")).string()) << " --db " << shellQuoted(db->uri())
               << " --note \"skriver " << w << " nr $i\" >>" << shellQuoted((scratch / ("versions" + std::to_string(w))).string())
               << " 2>>" << shellQuoted((scratch / ("err" + std::to_string(w))).string()) << " || echo \"$i: $?\" >>"
               << shellQuoted((scratch / ("failed" + std::to_string(w))).string()) << "; done ) &\n";
    }
    script << "wait\n";
    REQUIRE(runBash(script.str(), scratch) == 0);

    std::set<int> printed;
    int printedLines = 0;
    for (int w = 0; w < kWriters; ++w) {
        INFO("writer " << w << " stderr: " << readWhole(scratch / ("err" + std::to_string(w))));
        CHECK(readWhole(scratch / ("failed" + std::to_string(w))).empty());
        std::istringstream versions(readWhole(scratch / ("versions" + std::to_string(w))));
        for (std::string line; std::getline(versions, line);) {
            ++printedLines;
            printed.insert(std::stoi(line));
        }
    }
    CHECK(printedLines == kWriters * kSaves);
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
