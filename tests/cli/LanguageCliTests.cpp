// The command line in one language at a time (issue 16): Norwegian by default,
// English with --lang en anywhere on the line, for validation messages, command
// errors, help and numbers.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
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

/// Words of one language that the other language's messages never hold (field paths,
/// ids and file names aside, which the tests below keep free of them).
const char* const kEnglishWords[] = {" the ", " must ", " is ", " not ", "allowed", "at most", "overflow", "expected",
                                     " more ", " has ", "already", " holds ", "cannot", " line ", "invalid", " and "};
const char* const kNorwegianWords[] = {" må ", " er ", "ikke", " og ", "ugyldig", "mangler", "høyst", "linje",
                                       "aldersgrupp", " kan ", " har ", " på ", " av ", "allerede", "finnes"};

/// The words of `words` that `text` holds, leaving out the file paths it names.
template <std::size_t N>
std::string foreignWords(std::string text, const char* const (&words)[N])
{
    static const std::regex path(R"((^|[\s'])/[^\s:']+)");
    text = std::regex_replace(text, path, "$1");
    std::string found;
    for (const char* w : words)
        if (has(text, w))
            found += std::string(found.empty() ? "" : ", ") + "«" + w + "»";
    return found;
}

/// Runs `arguments` in Norwegian and in English and checks that each answer is in its
/// own language only; returns the two answers' stderr.
std::pair<std::string, std::string> inBothLanguages(const std::string& arguments, int exitCode)
{
    const auto nb = run(arguments);
    const auto en = run("--lang en " + arguments);
    INFO(arguments);
    INFO("nb: " << nb.err);
    INFO("en: " << en.err);
    CHECK(nb.exitCode == exitCode);
    CHECK(en.exitCode == exitCode);
    CHECK_FALSE(nb.err.empty());
    CHECK(foreignWords(nb.err, kEnglishWords).empty());
    CHECK(foreignWords(en.err, kNorwegianWords).empty());
    return {nb.err, en.err};
}

nlohmann::json shippedScenario()
{
    std::ifstream in(gevinst::test::scenariosDir() + "/nordre-follo-hjemmetjenester.json");
    return nlohmann::json::parse(in);
}

std::string writeScenario(const std::string& name, const nlohmann::json& document)
{
    const fs::path p = scratch() / (name + ".json");
    std::ofstream(p) << document.dump(2);
    return "'" + p.string() + "'";
}

std::string writeText(const std::string& name, const std::string& text)
{
    const fs::path p = scratch() / name;
    std::ofstream(p) << text;
    return "'" + p.string() + "'";
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

TEST_CASE("validation details are worded in the user's language, not in the model's English", "[cli][i18n]")
{
    SECTION("a share out of range")
    {
        auto doc = shippedScenario();
        doc["sharing"][0]["share"] = 1.5;
        const auto [nb, en] = inBothLanguages("validate " + writeScenario("share", doc), 2);
        CHECK(has(nb, "sharing[0].share: er 1,5, må være mellom 0 og 1"));
        CHECK(has(en, "sharing[0].share: is 1.5, must be between 0 and 1"));
    }
    SECTION("a year out of range")
    {
        auto doc = shippedScenario();
        doc["years"]["start"] = 1800;
        const auto [nb, en] = inBothLanguages("validate " + writeScenario("year", doc), 2);
        CHECK(has(nb, "years.start: er 1800, må være et år fra 1900 til 2300"));
        CHECK(has(en, "1900"));
    }
    SECTION("an uncertainty range upside down, and one on a field that is no number")
    {
        auto doc = shippedScenario();
        doc["uncertainty"] = {{"sharing[0].share", {{"low", 0.4}, {"mode", 0.2}, {"high", 0.3}}},
                              {"name", {{"low", 1}, {"mode", 2}, {"high", 3}}}};
        const auto [nb, en] = inBothLanguages("validate " + writeScenario("range", doc), 2);
        CHECK(has(nb, "lav ≤ modus ≤ høy"));
        CHECK(has(nb, "«name» er ikke et tallfelt"));
    }
    SECTION("too many measures and a text too long")
    {
        auto doc = shippedScenario();
        doc["name"] = std::string(300, 'x');
        const auto [nb, en] = inBothLanguages("validate " + writeScenario("long", doc), 2);
        CHECK(has(nb, "name: er 300 byte lang, høyst 200 er tillatt"));
    }
    SECTION("overlapping age bands of a format-2 vocabulary")
    {
        const std::string file = "'" + gevinst::test::sourceDir() + "/tests/golden-invalid/overlapping_age_bands/scenario.json'";
        const auto [nb, en] = inBothLanguages("validate " + file, 2);
        CHECK(has(nb, "aldersgruppene «"));
    }
    SECTION("a file that is not JSON")
    {
        const auto [nb, en] = inBothLanguages("validate " + writeText("syntax.json", "{\"format\": \n  nope}"), 2);
        CHECK(has(nb, "er ikke gyldig JSON (feil ved linje 2, kolonne"));
    }
}

TEST_CASE("every invalid format-2 case is worded in one language at a time", "[cli][i18n]")
{
    for (const auto& entry : fs::directory_iterator(gevinst::test::sourceDir() + "/tests/golden-invalid")) {
        if (!entry.is_directory())
            continue;
        inBothLanguages("validate '" + (entry.path() / "scenario.json").string() + "'", 2);
    }
}

TEST_CASE("store errors carry no English detail in Norwegian", "[cli][i18n]")
{
    const std::string from = "'" + (scratch() / "copy-from.sqlite").string() + "'";
    const std::string to = "'" + (scratch() / "copy-to.sqlite").string() + "'";
    REQUIRE(run("db list --db " + from).exitCode == 0);
    REQUIRE(run("db list --db " + to).exitCode == 0);
    SECTION("db copy into a library that already holds scenarios")
    {
        const auto [nb, en] = inBothLanguages("db copy --from " + from + " --to " + to, 1);
        CHECK(has(nb, "har allerede scenarioer"));
        CHECK_FALSE(has(nb, "["));
        CHECK(has(en, "already"));
    }
    SECTION("a file that is not a library")
    {
        const auto [nb, en] = inBothLanguages("db list --db " + writeText("not-a-library.sqlite", "just text, no database\n"), 1);
        CHECK(has(nb, "er ikke et scenariobibliotek"));
    }
    SECTION("an import file with a bad line")
    {
        const std::string csv = writeText("population.csv", "\"region\";\"age\";\"Persons 2024\"\n"
                                                              "\"3207 Nordre Follo\";\"0 years\";\"510\";\"9\"\n");
        const auto [nb, en] = inBothLanguages("db import-ssb " + csv + " --db " + from, 2);
        CHECK(has(nb, "linje 2"));
    }
}

TEST_CASE("projection errors are worded in the user's language", "[cli][i18n]")
{
    const std::string db = " --db '" + (scratch() / "projection.sqlite").string() + "'";
    auto [nb, en] = inBothLanguages("projection --unit 3207 --bands 0-19,10-30" + db, 2);
    CHECK(has(nb, "aldersgruppene «0-19» og «10-30» overlapper"));
    CHECK(has(en, "the age bands “0-19” and “10-30” overlap"));
    std::tie(nb, en) = inBothLanguages("projection --unit 3207 --bands 5-3" + db, 2);
    CHECK(has(nb, "aldersgruppen «5-3» kan ikke leses"));
}

TEST_CASE("compare's headings are in the user's language", "[cli][i18n]")
{
    const std::string a = "'" + gevinst::test::scenariosDir() + "/nordre-follo-hjemmetjenester.json'";
    const std::string b = "'" + gevinst::test::scenariosDir() + "/roros-hjemmetjenester.json'";
    const auto nb = run("compare " + a + " " + b + " --per-capita");
    const auto en = run("--lang en compare " + a + " " + b + " --per-capita");
    INFO(nb.err << en.err);
    REQUIRE(nb.exitCode == 0);
    REQUIRE(en.exitCode == 0);
    CHECK(has(nb.out, "Sammenligning av 2 scenarioer"));
    CHECK(has(nb.out, "Årsverk i startåret"));
    CHECK(has(en.out, "Comparison of 2 scenarios"));
    CHECK(has(en.out, "FTE in the start year"));
    CHECK_FALSE(has(en.out, "Sammenligning"));
    CHECK_FALSE(has(en.out, "startåret"));
}

TEST_CASE("the benefits plan and the library's refusals speak the user's language", "[cli][i18n][plan]")
{
    // A new library holds the shipped scenarios; number 2 is one of them.
    const std::string db = " --db '" + (scratch() / "plan-language.sqlite").string() + "'";
    static const int approved = run("plan approve --id 2" + db).exitCode; // once, not per section
    REQUIRE(approved == 0);

    SECTION("the plan's status table")
    {
        const auto nb = run("plan status --id 2" + db);
        const auto en = run("--lang en plan status --id 2" + db);
        REQUIRE(nb.exitCode == 0);
        REQUIRE(en.exitCode == 0);
        CHECK(has(nb.out, "Versjon 1 vedtatt"));
        CHECK(has(nb.out, "Planen har ingen gevinster ennå"));
        CHECK(has(en.out, "Version 1 approved on"));
        CHECK(foreignWords(en.out, kNorwegianWords).empty());
        CHECK_FALSE(has(en.out, "grønn"));
    }
    SECTION("a plan command's bad option")
    {
        auto [nb, en] = inBothLanguages("plan actuals add --id 2 --benefit freed_fte --period høst --value 3" + db, 2);
        CHECK(has(nb, "--period må være et år"));
        CHECK(has(en, "--period must be a year"));
        std::tie(nb, en) = inBothLanguages("plan benefit add --id 2 --figure freed_fte" + db, 2);
        CHECK(has(nb, "--owner mangler"));
        // (The usage that follows names option values such as ikke-prissatt, in both languages.)
        const auto unknownNb = run("plan gjett --id 2" + db);
        const auto unknownEn = run("--lang en plan gjett --id 2" + db);
        CHECK(unknownNb.exitCode == 2);
        CHECK(has(unknownNb.err, "ukjent plan-kommando «gjett»"));
        CHECK(has(unknownEn.err, "unknown plan command “gjett”"));
    }
    SECTION("a scenario with an approved plan is not trashed")
    {
        const auto [nb, en] = inBothLanguages("db trash 2" + db, 1);
        CHECK(has(nb, "vedtatt gevinstrealiseringsplan"));
        CHECK(has(en, "approved"));
    }
    SECTION("a save on a base that is no longer the newest names who saved and when")
    {
        const auto exported = run("db export 3" + db);
        REQUIRE(exported.exitCode == 0);
        const std::string file = writeText("stale.json", exported.out);
        REQUIRE(run("db save 3 " + file + db).exitCode == 0);
        const auto [nb, en] = inBothLanguages("db save 3 " + file + " --base-version 1" + db, 3);
        CHECK(has(nb, "versjon 2 av scenario 3 ble lagret av"));
        CHECK(has(en, "version 2 of scenario 3 was saved by"));
    }
}
