// gevinst projection as a user meets it: the gevinstmodell-projection/1 document, the
// projection itself checked against the independent Python reference (golden files
// in golden/, made by tests/reference/regenerate_projection.sh) to 1e-6 relative, the
// registered years from the library, and exit code 2 naming --unit, --bands or --to.

#include "RunGevinst.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

namespace fs = std::filesystem;
using nlohmann::json;
using gevinst::test::GevinstRun;
using gevinst::test::runGevinst;

namespace {

/// A scratch folder with one library file, shared by the tests of this file (the
/// first run creates and seeds it); removed at exit.
class Scratch {
public:
    Scratch()
    {
        std::random_device random;
        m_dir = fs::temp_directory_path() / ("gevinst-projection-" + std::to_string(random()));
        fs::create_directories(m_dir);
    }
    ~Scratch()
    {
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }
    const fs::path& dir() const { return m_dir; }

private:
    fs::path m_dir;
};

const fs::path& scratch()
{
    static const Scratch folder;
    return folder.dir();
}

GevinstRun projection(const std::string& arguments)
{
    return runGevinst("projection " + arguments + " --db '" + (scratch() / "library.sqlite").string() + "'", scratch(),
                      "projection");
}

json readJson(const fs::path& path)
{
    std::ifstream in(path);
    return json::parse(in);
}

bool close(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6 * std::max({std::abs(actual), std::abs(expected), 1e-3});
}

} // namespace

TEST_CASE("projection: the CLI matches the independent Python reference to 1e-6", "[projection][cli][reference]")
{
    const fs::path golden = fs::path(gevinst::test::testDataDir()) / "projection" / "golden";
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(golden))
        if (entry.path().extension() == ".json")
            cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 5);
    for (const fs::path& file : cases) {
        const json expected = readJson(file);
        const std::string unit = expected["unit"];
        INFO(file.filename().string());
        const GevinstRun run = projection("--unit " + unit + " --to " + std::to_string(int(expected["to"])) + " --bands '" +
                                          std::string(expected["band_list"]) + "'");
        INFO(run.err);
        REQUIRE(run.exitCode == 0);
        const json actual = json::parse(run.out);
        CHECK(actual["unit"]["id"] == unit);
        CHECK(actual["base_year"] == expected["base_year"]);
        REQUIRE(actual["years"] == expected["years"]);
        std::vector<std::string> expectedBands, actualBands;
        for (const auto& [band, values] : expected["bands"].items())
            expectedBands.push_back(band);
        for (const auto& [band, values] : actual["bands"].items())
            actualBands.push_back(band);
        std::sort(expectedBands.begin(), expectedBands.end());
        std::sort(actualBands.begin(), actualBands.end());
        REQUIRE(actualBands == expectedBands);
        int mismatches = 0;
        for (const std::string& band : expectedBands) {
            const auto& want = expected["bands"][band];
            const auto& got = actual["bands"][band];
            REQUIRE(got.size() == want.size());
            for (std::size_t i = 0; i < want.size(); ++i)
                if (!close(got[i].get<double>(), want[i].get<double>())) {
                    ++mismatches;
                    UNSCOPED_INFO(band << " " << expected["years"][i] << ": " << got[i] << " vs reference " << want[i]);
                }
        }
        CHECK(mismatches == 0);
    }
}

TEST_CASE("projection: the document's shape, unit and registered years", "[projection][cli]")
{
    const GevinstRun run = projection("--unit 3207");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const json doc = json::parse(run.out);
    // Keys in the documented order (nlohmann::json sorts them once parsed, so on the text).
    const std::string& text = run.out;
    const std::vector<std::string> order{"\"format\"", "\"unit\"", "\"base_year\"", "\"method\"", "\"years\"", "\"bands\"", "\"registered\""};
    for (std::size_t i = 1; i < order.size(); ++i)
        CHECK(text.find(order[i - 1]) < text.find(order[i]));

    CHECK(doc["format"] == "gevinstmodell-projection/1");
    CHECK(doc["unit"] == json{{"id", "3207"}, {"name", "Nordre Follo"}, {"level", "kommune"}});
    CHECK(doc["base_year"] == 2024);
    CHECK_THAT(doc["method"].get<std::string>(), Catch::Contains("2019") && Catch::Contains("07902"));
    REQUIRE(doc["years"].size() == 27); // 2024 … 2050
    CHECK(doc["years"].front() == 2024);
    CHECK(doc["years"].back() == 2050);
    const std::vector<std::string> standard{"0-19", "20-66", "67-79", "80+"};
    for (const std::string& band : standard)
        CHECK(doc["bands"][band].size() == 27);
    // Registered: the library's 2024–2026; 2024 equals the projection's base.
    const json& registered = doc["registered"];
    CHECK(registered.size() == 3);
    CHECK(registered["2024"] == json{{"0-19", 16111}, {"20-66", 37575}, {"67-79", 6937}, {"80+", 2937}});
    for (const std::string& band : standard)
        CHECK(doc["bands"][band][0].get<double>() == registered["2024"][band].get<double>());
    CHECK(registered.contains("2025"));
    CHECK(registered.contains("2026"));
}

TEST_CASE("projection: a bydel, and registered figures for bands other than the standard four", "[projection][cli]")
{
    const GevinstRun run = projection("--unit 030112 --to 2030 --bands 0-66,67-84,85+");
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const json doc = json::parse(run.out);
    CHECK(doc["unit"] == json{{"id", "030112"}, {"name", "Alna"}, {"level", "bydel"}});
    CHECK(doc["years"].size() == 7);
    const json& registered = doc["registered"];
    // 0-66 is a union of the library's bands: every registered year; 67-84 and 85+ only
    // for 2024, from the single ages.
    for (const char* year : {"2024", "2025", "2026"}) {
        INFO(year);
        CHECK(registered[year].contains("0-66"));
    }
    CHECK(registered["2024"].contains("67-84"));
    CHECK(registered["2024"].contains("85+"));
    CHECK_FALSE(registered["2025"].contains("85+"));
    CHECK_FALSE(registered["2026"].contains("67-84"));
    for (const char* band : {"0-66", "67-84", "85+"})
        CHECK(registered["2024"][band].get<double>() == doc["bands"][band][0].get<double>());

    // 67+ (= 67-79 + 80+) in 2025 is the library's two bands together.
    const GevinstRun standard = projection("--unit 030112 --to 2025");
    const GevinstRun joined = projection("--unit 030112 --to 2025 --bands 67+");
    REQUIRE(standard.exitCode == 0);
    REQUIRE(joined.exitCode == 0);
    const json four = json::parse(standard.out)["registered"]["2025"];
    CHECK(json::parse(joined.out)["registered"]["2025"]["67+"].get<long long>() ==
          four["67-79"].get<long long>() + four["80+"].get<long long>());
}

TEST_CASE("projection: an unknown unit, a bad band list or year end with exit code 2 naming the option", "[projection][cli]")
{
    struct Case {
        const char* arguments;
        const char* named;
    };
    const Case cases[] = {
        {"--unit 9999", "--unit"},
        {"--unit 03", "--unit"}, // a county
        {"--unit 460102", "--unit"}, // Bergen's districts are no units of their own
        {"", "--unit"},
        {"--unit 3207 --bands 0-19,10-30", "--bands"},
        {"--unit 3207 --bands 0-121", "--bands"},
        {"--unit 3207 --bands ''", "--bands"},
        {"--unit 3207 --bands 67-79,abc", "--bands"},
        {"--unit 3207 --to 2023", "--to"},
        {"--unit 3207 --to 2101", "--to"},
        {"--unit 3207 --to 20x0", "--to"},
    };
    for (const Case& c : cases) {
        INFO(c.arguments);
        const GevinstRun run = projection(c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.out.empty());
        CHECK_THAT(run.err, Catch::Contains(c.named));
    }
}
