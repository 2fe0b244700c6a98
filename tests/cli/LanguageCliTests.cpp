// The command line in one language at a time (issue 16): Norwegian by default,
// English with --lang en anywhere on the line, for validation messages, command
// errors, help and numbers.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

fs::path scratch()
{
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("gevinst-lang-test-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

gevinst::test::GevinstRun run(const std::string& arguments)
{
    return gevinst::test::runGevinst(arguments, scratch(), "lang");
}

std::string badFile()
{
    const fs::path p = scratch() / "bad.json";
    std::ofstream(p) << R"({"format": "gevinstmodell-scenario/1", "name": "Uten innhold"})";
    return "'" + p.string() + "'";
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("validate words its errors in Norwegian by default", "[cli][i18n]")
{
    const auto r = run("validate " + badFile());
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "ugyldig scenario"));
    CHECK(has(r.err, "years: mangler (må fylles ut)"));
    CHECK_FALSE(has(r.err, "missing"));
}

TEST_CASE("validate words its errors in English with --lang en before or after the command", "[cli][i18n]")
{
    for (const std::string& line : {"--lang en validate " + badFile(), "validate " + badFile() + " --lang en",
                                    "validate --lang=en " + badFile()}) {
        INFO(line);
        const auto r = run(line);
        CHECK(r.exitCode == 2);
        CHECK(has(r.err, "invalid scenario"));
        CHECK(has(r.err, "years: missing (required)"));
        CHECK_FALSE(has(r.err, "mangler"));
        CHECK_FALSE(has(r.err, "ugyldig"));
    }
}

TEST_CASE("file and option errors are English with --lang en too", "[cli][i18n]")
{
    // These texts sit in functions returning std::string, where lupdate once filed them under
    // a context the program never asks for, so they stayed Norwegian in English.
    const std::string missing = "'" + (scratch() / "finnes-ikke.json").string() + "'";
    auto r = run("--lang en validate " + missing);
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "no such file"));
    CHECK_FALSE(has(r.err, "finnes ikke:"));
    r = run("validate " + missing);
    CHECK(has(r.err, "filen finnes ikke"));
    r = run("--lang en db units --db=");
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "--db needs a file name"));
}

TEST_CASE("English (--lang en) works with help and unknown commands, and an unknown language is refused", "[cli][i18n]")
{
    const auto help = run("--lang en --help");
    CHECK(help.exitCode == 0);
    CHECK(has(help.out, "Usage:"));
    CHECK(has(help.out, "checks the scenario"));
    CHECK_FALSE(has(help.out, "sjekker scenarioet"));
    CHECK(has(run("--help").out, "sjekker scenarioet"));

    const auto unknown = run("frobnicate --lang en");
    CHECK(unknown.exitCode == 2);
    CHECK(has(unknown.err, "unknown command"));
    CHECK(has(run("frobnicate").err, "ukjent kommando"));

    const auto bad = run("--lang xx validate " + badFile());
    CHECK(bad.exitCode == 2);
    CHECK(has(bad.err, "--lang"));
}

TEST_CASE("summary writes numbers in the language's format", "[cli][i18n]")
{
    const std::string scenario = "'" + gevinst::test::scenariosDir() + "/nordre-follo-hjemmetjenester.json'";
    const auto nb = run("summary " + scenario);
    const auto en = run("--lang en summary " + scenario);
    REQUIRE(nb.exitCode == 0);
    REQUIRE(en.exitCode == 0);
    CHECK(has(nb.out, " kr"));
    CHECK(has(en.out, " NOK"));
    CHECK_FALSE(has(en.out, " kr\n"));
}
