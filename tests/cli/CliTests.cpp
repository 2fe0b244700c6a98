// The gevinst command line as a user meets it: exit codes 0/1/2, messages that
// name the file and the field path, output on stdout or in the -o file.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using gevinst::test::scenariosDir;

namespace {

using Run = gevinst::test::GevinstRun;

std::string slurp(const fs::path& path) { return gevinst::test::readWhole(path); }

fs::path tempDir() { return gevinst::test::programScratch("gevinst-cli-test"); }

Run run(const std::string& arguments)
{
    return gevinst::test::runGevinst(arguments, tempDir(), "cli");
}

fs::path writeTemp(const std::string& name, const std::string& text)
{
    const fs::path p = tempDir() / name;
    std::ofstream(p) << text;
    return p;
}

std::string nordreFollo() { return scenariosDir() + "/nordre-follo-hjemmetjenester.json"; }

nlohmann::json nordreFolloJson() { return nlohmann::json::parse(slurp(nordreFollo())); }

} // namespace

TEST_CASE("compute writes the result document on stdout", "[cli]")
{
    const Run r = run("compute '" + nordreFollo() + "'");
    REQUIRE(r.exitCode == 0);
    const auto result = nlohmann::json::parse(r.out);
    CHECK(result["format"] == "gevinstmodell-result/1");
    CHECK(result["years"].size() == 11);
    CHECK(result["series"]["freed_fte"].size() == 11);
    CHECK(result["summary"].contains("npv_budget_nok"));
    CHECK(r.err.empty());
}

TEST_CASE("compute -o writes the result to a file and nothing on stdout", "[cli]")
{
    const fs::path out = tempDir() / "result.json";
    fs::remove(out);
    const Run r = run("compute '" + nordreFollo() + "' -o '" + out.string() + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.empty());
    CHECK(nlohmann::json::parse(slurp(out))["scenario"] == nordreFolloJson()["name"]);
}

TEST_CASE("every shipped scenario validates and computes", "[cli]")
{
    int count = 0;
    for (const auto& entry : fs::directory_iterator(scenariosDir())) {
        if (entry.path().extension() != ".json")
            continue;
        ++count;
        INFO(entry.path().string());
        const Run v = run("validate '" + entry.path().string() + "'");
        CHECK(v.exitCode == 0);
        CHECK(v.out == "ok\n");
        CHECK(run("compute '" + entry.path().string() + "'").exitCode == 0);
    }
    CHECK(count >= 3);
}

TEST_CASE("an invalid scenario exits 2 naming the file and every field path", "[cli]")
{
    auto doc = nordreFolloJson();
    doc["roles"]["sykepleier"]["task_shares"]["helsefaglig"] = 0.53; // sum 1.07
    doc["roles"]["helsefagarbeider"]["fte"] = -3;
    doc.erase("hours_per_fte");
    const fs::path file = writeTemp("invalid.json", doc.dump());
    for (const char* command : {"validate", "compute", "summary"}) {
        INFO(command);
        const Run r = run(std::string(command) + " '" + file.string() + "'");
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(file.string()) != std::string::npos);
        CHECK(r.err.find("roles.sykepleier.task_shares: summerer til 107 %, må være 100 %") != std::string::npos);
        CHECK(r.err.find("roles.helsefagarbeider.fte") != std::string::npos);
        CHECK(r.err.find("hours_per_fte: mangler") != std::string::npos);
    }
}

TEST_CASE("text that is not JSON exits 2 with the parser's position", "[cli]")
{
    const fs::path file = writeTemp("broken.json", "{\"format\": \"gevinstmodell-scenario/1\",");
    const Run r = run("validate '" + file.string() + "'");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("ikke gyldig JSON") != std::string::npos);
}

TEST_CASE("a file that cannot be read exits 1", "[cli]")
{
    const Run missing = run("compute '" + (tempDir() / "does-not-exist.json").string() + "'");
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("filen finnes ikke") != std::string::npos);
    const Run folder = run("compute '" + tempDir().string() + "'");
    CHECK(folder.exitCode == 1);
}

TEST_CASE("an output file that cannot be written exits 1 and leaves nothing behind", "[cli]")
{
    const fs::path out = tempDir() / "no-such-folder" / "result.json";
    const Run r = run("compute '" + nordreFollo() + "' -o '" + out.string() + "'");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("kan ikke skrives") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("usage errors exit 2", "[cli]")
{
    CHECK(run("no-such-command").exitCode == 2);
    CHECK(run("compute").exitCode == 2);
    CHECK(run("compute '" + nordreFollo() + "' --bogus").exitCode == 2);
}

TEST_CASE("--help and --version exit 0", "[cli]")
{
    const Run help = run("--help");
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("compute") != std::string::npos);
    const Run version = run("--version");
    CHECK(version.exitCode == 0);
    CHECK(version.out.rfind("gevinst ", 0) == 0);
}

TEST_CASE("the window's application has the program's version (as «Om Gevinstmodell» shows it)", "[cli]")
{
    // The version of the top CMakeLists.txt's project().
    const std::string cmake = slurp(fs::path(gevinst::test::sourceDir()) / "CMakeLists.txt");
    const auto at = cmake.find(" VERSION ");
    REQUIRE(at != std::string::npos);
    const std::string version = cmake.substr(at + 9, cmake.find_first_not_of("0123456789.", at + 9) - (at + 9));
    REQUIRE(version.find('.') != std::string::npos);
    CHECK(run("--version").out == "gevinst " + version + "\n");
    // Window options start the window's own QApplication; --version there prints its version.
    const Run window = run("--library '" + (tempDir() / "version-library.sqlite").string() + "' --version");
#ifdef GEVINST_TESTS_WITH_UI
    CHECK(window.exitCode == 0);
    CHECK(window.out == "gevinstmodell " + version + "\n");
#else
    // A build without the window (the sanitizer preset) says so instead of starting one.
    CHECK(window.exitCode == 1);
    CHECK(window.err.find("GEVINST_BUILD_UI=OFF") != std::string::npos);
#endif
}

TEST_CASE("summary reads as a Norwegian table of the key figures", "[cli]")
{
    const Run r = run("summary '" + nordreFollo() + "'");
    REQUIRE(r.exitCode == 0);
    // The service area by its name, not its id.
    CHECK(r.out.find("Nordre Follo (kommune 3207), Hjemmetjenester, 2025") != std::string::npos);
    CHECK(run("--lang en summary '" + nordreFollo() + "'").out.find("(municipality 3207), Home-based care, 2025") !=
          std::string::npos);
    for (const char* label : {"Frigjorte årsverk", "Andel av bemanningsgapet dekket", "Nåverdi budsjetteffekt",
                              "Netto kostnad per frigjort årsverk", "tilskudd", "Sparte sosialhjelpsutgifter",
                              "Tilbakebetalingsår"})
        CHECK(r.out.find(label) != std::string::npos);
    CHECK(r.out.find(" kr") != std::string::npos);
    CHECK(r.out.find(" %") != std::string::npos);
}
