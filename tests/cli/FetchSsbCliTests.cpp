// gevinst db fetch-ssb as a user meets it, against a local stand-in for SSB's PxWebAPI v2:
// fetched and kept beside the program's projection, then chosen with db new --projection
// ssb; offline, an HTTP error or a bydel give a clear Norwegian message, exit 1 (2 for a
// bydel) and leave the library as it was.

#include "PxWebServer.h"
#include "RunGevinst.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QCoreApplication>

#include <cstdlib>
#include <filesystem>

namespace {

using gevinst::test::GevinstRun;
using gevinst::test::PxWebServer;

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "test_cli_fetch_ssb";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

struct Scratch : gevinst::test::ScratchLibrary {
    Scratch() : ScratchLibrary("gevinst-fetch") {}
};

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

} // namespace

TEST_CASE("db fetch-ssb fetches Bergen's projection and db new --projection ssb uses it", "[fetch-ssb]")
{
    ensureApplication();
    PxWebServer server;
    Scratch scratch;

    const GevinstRun before = scratch.run("db new --unit 4601 --projection ssb");
    CHECK(before.exitCode == 2);
    CHECK(before.err.find("--projection") != std::string::npos);
    CHECK(before.err.find("fetch-ssb") != std::string::npos);

    const GevinstRun fetched = scratch.run("db fetch-ssb --unit 4601 --ssb-url '" + server.base().toStdString() + "'");
    INFO(fetched.err);
    REQUIRE(fetched.exitCode == 0);
    CHECK(fetched.out.find("Hentet SSBs framskriving for Bergen (4601), alternativ MMMM, tabell 14288: 2024–2050 (27 år)") !=
          std::string::npos);
    CHECK(fetched.out.find("Kilde: SSB tabell 14288, alternativ MMMM") != std::string::npos);

    const GevinstRun created = scratch.run("db new --unit 4601 --projection ssb");
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    const GevinstRun exported = scratch.run("db export " + firstLine(created.out));
    REQUIRE(exported.exitCode == 0);
    const auto doc = nlohmann::json::parse(exported.out);
    const std::string source = doc["sources"]["demography.population"].get<std::string>();
    CHECK(source.find("SSBs egen befolkningsframskriving (SSB tabell 14288, alternativ MMMM") != std::string::npos);
    const GevinstRun program = scratch.run("db new --unit 4601");
    REQUIRE(program.exitCode == 0);
    const auto programDoc = nlohmann::json::parse(scratch.run("db export " + firstLine(program.out)).out);
    CHECK(programDoc["sources"]["demography.population"].get<std::string>().find("programmets egen") != std::string::npos);
    CHECK(doc["demography"]["population"]["2040"]["80+"] != programDoc["demography"]["population"]["2040"]["80+"]);
    CHECK(scratch.run("compute --id " + firstLine(created.out)).exitCode == 0);

    SECTION("the base URL from the environment")
    {
        ::setenv("GEVINST_SSB_URL", server.base("http500").toStdString().c_str(), 1);
        const GevinstRun failed = scratch.run("db fetch-ssb --unit 4601 --alternative LLML");
        ::unsetenv("GEVINST_SSB_URL");
        CHECK(failed.exitCode == 1);
        CHECK(failed.err.find("svarte med en feil (HTTP 500") != std::string::npos);
        CHECK(failed.err.find("Ingenting i biblioteket er endret") != std::string::npos);
    }
}

TEST_CASE("db fetch-ssb offline: a clear message, exit 1, the library unchanged", "[fetch-ssb]")
{
    ensureApplication();
    Scratch scratch;
    const GevinstRun offline = scratch.run("db fetch-ssb --unit 4601 --timeout 5 --ssb-url '" + PxWebServer::closedPort().toStdString() + "'");
    CHECK(offline.exitCode == 1);
    CHECK(offline.err.find("Får ikke kontakt med SSBs statistikkbank") != std::string::npos);
    CHECK(offline.err.find("Er maskinen koblet til Internett?") != std::string::npos);
    CHECK(offline.err.find("Ingenting i biblioteket er endret.") != std::string::npos);
    // Nothing was stored: a scenario on SSB's projection is still refused.
    const GevinstRun refused = scratch.run("db new --unit 4601 --projection ssb");
    CHECK(refused.exitCode == 2);
}

TEST_CASE("db fetch-ssb refuses what SSB does not project, before going online", "[fetch-ssb]")
{
    Scratch scratch;
    const GevinstRun bydel = scratch.run("db fetch-ssb --unit 030112 --ssb-url http://127.0.0.1:9/none");
    CHECK(bydel.exitCode == 2);
    CHECK(bydel.err.find("ikke per bydel eller fylke") != std::string::npos);
    const GevinstRun alternative = scratch.run("db fetch-ssb --unit 4601 --alternative ABCD");
    CHECK(alternative.exitCode == 2);
    CHECK(alternative.err.find("--alternative") != std::string::npos);
    const GevinstRun unknown = scratch.run("db fetch-ssb --unit 9999");
    CHECK(unknown.exitCode == 2);
    const GevinstRun projection = scratch.run("db new --unit 4601 --projection ssbx");
    CHECK(projection.exitCode == 2);
    CHECK(projection.err.find("--projection") != std::string::npos);
}
