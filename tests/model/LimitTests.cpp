// Limits of what a scenario file may hold (issue 7): each limit is fed a bad input
// and must be refused with a message that names the field and says why. Also: no
// NaN or infinity ever reaches a result, whatever numbers the file holds.

#include "Engine.h"
#include "InputCatalogue.h"
#include "ResultWriter.h"
#include "ScenarioReader.h"
#include "ScenarioValidator.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

using gevinst::ErrorKind;
using gevinst::FieldError;
using gevinst::FieldErrors;
using gevinst::ReaderLimits;
using gevinst::ScenarioReader;
using nlohmann::json;

namespace {

std::string shippedText()
{
    std::ifstream in(gevinst::test::scenariosDir() + "/nordre-follo-hjemmetjenester.json");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

json shipped() { return json::parse(shippedText()); }

std::string listed(const FieldErrors& errors)
{
    std::string out;
    for (const auto& e : errors)
        out += "\n  " + e.message();
    return out;
}

FieldErrors refusedText(const std::string& text)
{
    const auto outcome = ScenarioReader::fromText(text);
    INFO("errors:" << listed(outcome.errors));
    REQUIRE_FALSE(outcome.ok());
    REQUIRE_FALSE(outcome.errors.empty());
    return outcome.errors;
}

FieldErrors refused(const json& document) { return refusedText(document.dump()); }

/// The one error at `path` of `kind`; its message starts with the path and holds `words`.
FieldError requireError(const FieldErrors& errors, const std::string& path, ErrorKind kind, const std::string& words)
{
    INFO("looking for " << path << " among:" << listed(errors));
    const auto it = std::find_if(errors.begin(), errors.end(),
                                 [&](const FieldError& e) { return e.path == path && e.kind == kind; });
    REQUIRE(it != errors.end());
    const std::string message = it->message();
    INFO("message: " << message);
    if (!path.empty())
        CHECK(message.rfind(path + ": ", 0) == 0);
    CHECK(message.find(words) != std::string::npos);
    return *it;
}

/// JSON pointer of a field path such as "recruitment.wage_subsidy.schedule[1].rate".
json::json_pointer pointerOf(const std::string& path)
{
    std::string pointer;
    std::string part;
    auto flush = [&] {
        if (!part.empty())
            pointer += "/" + part;
        part.clear();
    };
    for (char c : path) {
        if (c == '.' || c == '[')
            flush();
        else if (c != ']')
            part += c;
    }
    flush();
    return json::json_pointer(pointer);
}

/// Replaces the first `"key": <number>` in text with `"key": literal`.
std::string withLiteral(std::string text, const std::string& key, const std::string& literal)
{
    const std::string quoted = "\"" + key + "\":";
    const auto at = text.find(quoted);
    REQUIRE(at != std::string::npos);
    auto from = text.find_first_not_of(' ', at + quoted.size());
    const auto to = text.find_first_of(",}\n", from);
    text.replace(from, to - from, literal);
    return text;
}

} // namespace

TEST_CASE("A horizon of more than 100 years is refused", "[limits]")
{
    json s = shipped();
    s["years"] = {{"start", 2000}, {"end", 2100}};
    requireError(refused(s), "years.end", ErrorKind::TooMany, "horizon of 101 years, at most 100 allowed");

    s["years"]["end"] = 2099; // exactly 100 years
    const auto outcome = ScenarioReader::fromJson(s);
    INFO(listed(outcome.errors));
    CHECK(outcome.ok());
}

TEST_CASE("More than 1 000 measures are refused", "[limits]")
{
    json s = shipped();
    const json measure = {{"from", "sykepleier"}, {"category", "kjoring"}, {"to", "teknologi"}, {"share", 0.0}};
    s["sharing"] = json::array();
    for (int i = 0; i < 1001; ++i)
        s["sharing"].push_back(measure);
    requireError(refused(s), "sharing", ErrorKind::TooMany, "has 1001 measures, at most 1000 allowed");

    s["sharing"].erase(s["sharing"].size() - 1);
    const auto outcome = ScenarioReader::fromJson(s);
    INFO(listed(outcome.errors));
    CHECK(outcome.ok());
}

TEST_CASE("A file above the size cap is refused before it is parsed", "[limits]")
{
    std::string text = shippedText();
    text.resize(ReaderLimits::maxDocumentBytes + 1, ' ');
    const auto errors = refusedText(text);
    REQUIRE(errors.size() == 1);
    requireError(errors, "", ErrorKind::TooMany,
                 "the file is " + std::to_string(ReaderLimits::maxDocumentBytes + 1) + " bytes, at most " +
                     std::to_string(ReaderLimits::maxDocumentBytes) + " allowed");
}

TEST_CASE("Deeply nested JSON is refused without exhausting the stack", "[limits]")
{
    const std::string nested = std::string(100000, '[') + std::string(100000, ']');
    requireError(refusedText(nested), "", ErrorKind::TooMany, "nested deeper than 64 levels");

    // Nested inside an otherwise valid scenario, in a field the reader would ignore.
    std::string text = shippedText();
    text.insert(text.find('{') + 1, "\"extra\": " + std::string(65, '[') + std::string(65, ']') + ",");
    requireError(refusedText(text), "", ErrorKind::TooMany, "nested deeper than 64 levels");
}

TEST_CASE("Huge JSON: too many years, too many problems", "[limits]")
{
    json s = shipped();
    const json bands = s["demography"]["population"].begin().value();
    for (int year = 1950; year <= 2260; ++year)
        s["demography"]["population"][std::to_string(year)] = bands;
    requireError(refused(s), "demography.population", ErrorKind::TooMany, "at most 300 allowed");

    // 5 000 unknown role ids: the problems are listed up to a cap, then counted.
    s = shipped();
    for (int i = 0; i < 5000; ++i)
        s["roles"]["rolle" + std::to_string(i)] = 1;
    const auto errors = refused(s);
    REQUIRE(errors.size() == ReaderLimits::maxErrors + 1);
    requireError(errors, "", ErrorKind::TooMany, "and 4900 more problems not shown");
}

TEST_CASE("A number that overflows to infinity names its field", "[limits]")
{
    // nlohmann refuses 1e999 for the whole document; the reader names the field.
    const std::string text = shippedText();
    auto errors = refusedText(withLiteral(text, "one_off_cost_nok", "1e999"));
    requireError(errors, "hub.one_off_cost_nok", ErrorKind::NotFinite, "overflows to infinity");
    REQUIRE(errors.size() == 1);

    errors = refusedText(withLiteral(text, "staff_growth_per_year", "-1e999"));
    requireError(errors, "staff_growth_per_year", ErrorKind::NotFinite, "overflows to infinity");

    errors = refusedText(withLiteral(text, "fte", "1" + std::string(400, '0')));
    requireError(errors, "roles.sykepleier.fte", ErrorKind::NotFinite, "overflows to infinity");

    errors = refusedText(withLiteral(text, "start", "0.0000001e999"));
    requireError(errors, "years.start", ErrorKind::NotFinite, "overflows to infinity");

    // Large but finite: too large for the calculation.
    errors = refusedText(withLiteral(text, "fte", "1e300"));
    requireError(errors, "roles.sykepleier.fte", ErrorKind::TooLarge, "too large (at most 1e+12)");

    // An underflow reads as 0, which a positive field refuses by name.
    errors = refusedText(withLiteral(text, "hours_per_fte", "1e-999"));
    requireError(errors, "hours_per_fte", ErrorKind::NotPositive, "must be greater than 0");

    // A literal that overflows and then goes on is still a syntax error, with its line.
    errors = refusedText(withLiteral(text, "one_off_cost_nok", "1e999-5"));
    requireError(errors, "", ErrorKind::Syntax, "line");
}

TEST_CASE("NaN or infinity in any numeric field is refused by name", "[limits]")
{
    const json base = shipped();
    auto scenario = ScenarioReader::fromJson(base);
    REQUIRE(scenario.ok());
    std::vector<gevinst::BoundInput> fields;
    gevinst::forEachInput(*scenario.scenario, [&](const gevinst::BoundInput& input) { fields.push_back(input); });
    REQUIRE(fields.size() > 50);
    for (const auto& field : fields) {
        for (double bad : {std::nan(""), HUGE_VAL, -HUGE_VAL}) {
            INFO("field " << field.path << " = " << bad);
            json s = base;
            // Every input the scenario holds is in the file, unless the catalogue calls it optional.
            if (!field.spec->optional)
                REQUIRE(s.contains(pointerOf(field.path)));
            s[pointerOf(field.path)] = bad;
            // fromJson: a document built in memory (an import, the editor) can hold NaN.
            const auto outcome = ScenarioReader::fromJson(s);
            REQUIRE_FALSE(outcome.ok());
            requireError(outcome.errors, field.path, ErrorKind::NotFinite,
                         std::isnan(bad) ? "is not a number (NaN)" : "overflows to infinity");
        }
        // The same through the validator alone, as the editor's typed scenario.
        gevinst::Scenario typed = *scenario.scenario;
        *gevinst::numericField(typed, field.path) = std::nan("");
        FieldErrors errors;
        gevinst::ScenarioValidator::validate(typed, errors);
        requireError(errors, field.path, ErrorKind::NotFinite, "NaN");
    }
    // NaN is not JSON: in a file it is a syntax error with its line.
    requireError(refusedText(withLiteral(shippedText(), "discount_rate", "NaN")), "", ErrorKind::Syntax, "line");
}

TEST_CASE("Control characters and 10^6-character names are refused", "[limits]")
{
    const json base = shipped();
    const std::vector<std::string> texts{"name", "unit.id", "unit.name", "unit.parent", "service_area"};
    for (const auto& path : texts)
        for (const std::string& bad : std::vector<std::string>{"Nordre\nFollo", "Nordre\tFollo",
                                                               std::string("Nordre\x01") + "Follo", "Nordre\x7f"}) {
            INFO(path);
            json s = base;
            s[pointerOf(path)] = bad;
            requireError(refused(s), path, ErrorKind::WrongType, "without control characters");
        }
    for (const auto& path : texts) {
        INFO(path);
        json s = base;
        s[pointerOf(path)] = std::string(1000000, 'x');
        requireError(refused(s), path, ErrorKind::TooMany, "is 1000000 bytes long, at most 200 allowed" /* UTF-8 bytes, as the limit counts */);
    }
    // A key with control characters or a million characters is not echoed whole.
    json s = base;
    s["roles"][std::string(1000000, 'k')] = 1;
    s["roles"]["ny\nrolle"] = 1;
    const auto errors = refused(s);
    for (const auto& e : errors) {
        CHECK(e.message().size() < 300);
        CHECK(e.message().find('\n') == std::string::npos);
    }
    s = base;
    s["sources"]["hub\n.one_off_cost_nok"] = "tekst";
    requireError(refused(s), "sources", ErrorKind::WrongType, "without control characters");
}

TEST_CASE("A calculation that would overflow is refused, naming the extreme input", "[limits]")
{
    // Every input within its bounds, but a divisor of 1e-306: the headcount overflows.
    json s = shipped();
    s["receivers"]["oppgavemedarbeider"]["position_share"] = 1e-306;
    requireError(refused(s), "receivers.oppgavemedarbeider.position_share", ErrorKind::Overflow,
                 "the calculation does not stay finite");

    // Almost no recipients in the start year: the demand index overflows.
    s = shipped();
    for (auto& [band, value] : s["demography"]["population"]["2025"].items())
        value = band == "80+" ? 1e-300 : 0.0;
    const auto errors = refused(s);
    REQUIRE(errors.size() == 1);
    CHECK(errors.front().kind == ErrorKind::Overflow);
    CHECK(errors.front().path == "demography.population.2025.80+");
}

TEST_CASE("Inputs at their largest allowed values give a result without NaN or infinity", "[limits]")
{
    auto outcome = ScenarioReader::fromJson(shipped());
    REQUIRE(outcome.ok());
    gevinst::Scenario s = *outcome.scenario;
    s.endYear = s.startYear + 99;
    s.staffGrowthPerYear = 1.0;
    gevinst::forEachNumericField(s, [](const std::string& path, double& value, gevinst::Bound bound) {
        if (bound == gevinst::Bound::NonNegative && path.find("population") == std::string::npos)
            value = gevinst::kMaxMagnitude;
    });
    FieldErrors errors;
    gevinst::ScenarioValidator::validate(s, errors);
    INFO(listed(errors));
    // Either refused as an overflow, or every value written is a finite number.
    if (!errors.empty()) {
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().kind == ErrorKind::Overflow);
        return;
    }
    const gevinst::Result r = gevinst::Engine::compute(s);
    const json written = gevinst::ResultWriter::toJson(r);
    for (const auto& [name, series] : written["series"].items()) {
        INFO(name);
        const bool nullable = gevinst::isNullable(*gevinst::seriesFromId(name));
        for (const auto& v : series) {
            CHECK((v.is_number() || (nullable && v.is_null())));
            if (v.is_number())
                CHECK(std::isfinite(v.get<double>()));
        }
    }
    for (const auto& [name, v] : written["summary"].items())
        if (v.is_number())
            CHECK(std::isfinite(v.get<double>()));
}
