// gevinst db … and compute --id as a user meets them: stdout, exit codes 0/1/2, and
// --db PATH on a temporary library; the library cases also with --db URI on the
// PostgreSQL test server (LibraryBackends.h).

#include "LibraryBackends.h"
#include "StoreTestSupport.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string slurp(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

class Cli {
public:
    Cli() : m_db(m_dir.filePath("lib.sqlite").toStdString()) {}
    /// On `backend`'s library: a file, or the server's test database made a library with `db init`.
    explicit Cli(const gevinst::test::LibraryBackend& backend) : m_db(backend.location().toStdString())
    {
        if (backend.isServer()) {
            const Run init = run("db init");
            INFO(init.err);
            REQUIRE(init.exitCode == 0);
        }
    }
    std::string dir() const { return m_dir.path().toStdString(); }
    const std::string& db() const { return m_db; }

    /// Runs gevinst with `arguments` and --db on the temporary library.
    Run run(const std::string& arguments, bool withDb = true) const
    {
        const std::string out = dir() + "/stdout.txt";
        const std::string err = dir() + "/stderr.txt";
        const std::string command = "env -u XDG_DATA_HOME HOME='" + dir() + "' '" + gevinst::test::gevinstBinary() + "' " + arguments +
                                    (withDb ? " --db '" + m_db + "'" : std::string()) + " >'" + out + "' 2>'" + err +
                                    "' </dev/null";
        const int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
    }

private:
    QTemporaryDir m_dir;
    std::string m_db;
};

std::string scenario(const char* name)
{
    return gevinst::test::sourceDir() + "/scenarios/" + name;
}

} // namespace

LIBRARY_TEST_CASE("db import prints only the id - export gives the same bytes back", "[cli]")
{
    Cli cli(backend);
    const Run imported = cli.run("db import '" + scenario("roros-hjemmetjenester.json") + "' --note 'første versjon'");
    REQUIRE(imported.exitCode == 0);
    const std::string id = imported.out.substr(0, imported.out.size() - 1);
    CHECK(imported.out == id + "\n");
    CHECK(id.find_first_not_of("0123456789") == std::string::npos);

    const std::string exported = cli.dir() + "/out.json";
    REQUIRE(cli.run("db export " + id + " -o '" + exported + "'").exitCode == 0);
    CHECK(slurp(exported) == slurp(scenario("roros-hjemmetjenester.json")));
    const Run toStdout = cli.run("db export " + id);
    CHECK(toStdout.out == slurp(scenario("roros-hjemmetjenester.json")));

    const Run versions = cli.run("db versions " + id);
    CHECK(versions.exitCode == 0);
    CHECK(versions.out.find("første versjon") != std::string::npos);

    const Run list = cli.run("db list --unit 5025");
    CHECK(list.exitCode == 0);
    CHECK(list.out.find("Røros (5025)") != std::string::npos);
}

LIBRARY_TEST_CASE("compute --db --id gives the same result as compute FILE", "[cli]")
{
    Cli cli(backend);
    const Run imported = cli.run("db import '" + scenario("nordre-follo-hjemmetjenester.json") + "'");
    REQUIRE(imported.exitCode == 0);
    const std::string id = imported.out.substr(0, imported.out.size() - 1);
    const Run fromLibrary = cli.run("compute --id " + id);
    const Run fromFile = cli.run("compute '" + scenario("nordre-follo-hjemmetjenester.json") + "'");
    REQUIRE(fromLibrary.exitCode == 0);
    REQUIRE(fromFile.exitCode == 0);
    CHECK(fromLibrary.out == fromFile.out);
    CHECK(cli.run("compute --id 9999").exitCode == 2);
    CHECK(cli.run("compute --id " + id + " '" + scenario("roros-hjemmetjenester.json") + "'").exitCode == 2);
}

LIBRARY_TEST_CASE("db units and search", "[cli]")
{
    Cli cli(backend);
    const Run units = cli.run("db units --search Follo");
    REQUIRE(units.exitCode == 0);
    CHECK(units.out.find("3207") != std::string::npos);
    CHECK(units.out.find("Nordre Follo") != std::string::npos);
    CHECK(units.out.find("65 381") != std::string::npos); // 1 Jan 2026
    const Run all = cli.run("db units");
    CHECK(all.out.find("387 enheter") != std::string::npos);
}

LIBRARY_TEST_CASE("db import-ssb: the shipped statbank export, and a broken file imports nothing", "[cli]")
{
    Cli cli(backend);
    const Run ok = cli.run("db import-ssb '" + gevinst::test::sourceDir() +
                           "/resources/data/ssb-07459-population-by-single-age-kommune-2024.csv'");
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.find("357 enheter") != std::string::npos);

    const std::string bad = cli.dir() + "/bad.csv";
    std::ofstream(bad) << "\"region\";\"age\";\"Persons 2030\"\r\n\"K-3207 Nordre Follo\";\"0 years\";12\r\n"
                          "\"K-3207 Nordre Follo\";\"1 year\";..\r\n";
    const Run refused = cli.run("db import-ssb '" + bad + "'");
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("bad.csv har en feil (linje 3, felt «Persons 2030»)") != std::string::npos);
    CHECK(cli.run("db status").out.find("2030") == std::string::npos);
}

TEST_CASE("db exit codes: bad input 2, an unusable library 1", "[cli]")
{
    Cli cli;
    const std::string bad = cli.dir() + "/bad.json";
    std::ofstream(bad) << "{\"format\": \"gevinstmodell-scenario/1\"}";
    const Run invalid = cli.run("db import '" + bad + "'");
    CHECK(invalid.exitCode == 2);
    CHECK(invalid.out.empty());
    CHECK(invalid.err.find("bad.json") != std::string::npos);
    CHECK(cli.run("db export 4242").exitCode == 2);
    CHECK(cli.run("db versions x").exitCode == 2);
    CHECK(cli.run("db frobnicate").exitCode == 2);
    CHECK(cli.run("db list --search x").exitCode == 2);
    CHECK(cli.run("db import-ssb '" + cli.dir() + "/missing.csv'").exitCode == 1);

    const std::string notDb = cli.dir() + "/notes.txt";
    std::ofstream(notDb) << "just some notes\n";
    const Run refused = cli.run("db list --db '" + notDb + "'", false);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("er ikke et scenariobibliotek") != std::string::npos);
    CHECK(slurp(notDb) == "just some notes\n");
}

TEST_CASE("without --db the library is created in the user's data folder", "[cli]")
{
    Cli cli;
    const Run status = cli.run("db status", false);
    REQUIRE(status.exitCode == 0);
    CHECK(status.out.find(cli.dir() + "/.local/share/") != std::string::npos);
    CHECK(status.out.find("Enheter: 387") != std::string::npos);
}
