// Golden-case runner: computes tests/golden/<case>/scenario.json with the engine and
// compares the gevinstmodell-result/1 document with the case's expected.json (made by
// the independent Python reference in tests/reference). Every series value, every
// utilisation value, the baselines and the summary must agree within a relative
// tolerance of 1e-9 (absolute 1e-6 for values below 1e-3); null must match null. Prints the first
// mismatches with their path and year and exits 1 when there is any.
// With --print it writes the engine's result document instead of comparing; with
// --as-format-2 it first rewrites a format-1 scenario as format 2 (standard
// vocabulary, basis "all"), which must give the same numbers; with --invalid the
// folder holds a scenario that must be refused naming the path in expected-path.txt.

#include "Engine.h"
#include "ResultWriter.h"
#include "ScenarioReader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

constexpr double kRelativeTolerance = 1e-9;
constexpr double kAbsoluteTolerance = 1e-6;
constexpr double kNearZero = 1e-3; ///< below this magnitude the absolute tolerance applies
constexpr std::size_t kMaxReported = 12;

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string show(const json& v)
{
    if (v.is_number_float()) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", v.get<double>());
        return buf;
    }
    return v.dump();
}

/// Compares one expected document with the engine's, collecting mismatches.
class GoldenComparison {
public:
    std::vector<std::string> mismatches;
    std::size_t compared = 0;

    void value(const std::string& path, const json& expected, const json& actual)
    {
        ++compared;
        if (expected.is_null() || actual.is_null()) {
            if (!(expected.is_null() && actual.is_null()))
                fail(path, expected, actual);
            return;
        }
        if (!expected.is_number() || !actual.is_number()) {
            fail(path, expected, actual, "not a number");
            return;
        }
        const double e = expected.get<double>();
        const double a = actual.get<double>();
        const double magnitude = std::max(std::abs(e), std::abs(a));
        const double tolerance = magnitude < kNearZero ? kAbsoluteTolerance : kRelativeTolerance * magnitude;
        if (!(std::abs(e - a) <= tolerance))
            fail(path, expected, actual);
    }

    void series(const std::string& path, const json& expected, const json& actual, const json& years)
    {
        if (!actual.is_array() || actual.size() != expected.size()) {
            fail(path, json(expected.size()), actual.is_array() ? json(actual.size()) : actual, "length differs");
            return;
        }
        for (std::size_t t = 0; t < expected.size(); ++t)
            value(path + "[" + years[t].dump() + "]", expected[t], actual[t]);
    }

    void exact(const std::string& path, const json& expected, const json& actual)
    {
        ++compared;
        if (expected != actual)
            fail(path, expected, actual);
    }

    void fail(const std::string& path, const json& expected, const json& actual, const std::string& why = {})
    {
        std::string line = path + ": expected " + show(expected) + ", engine " + show(actual);
        if (!why.empty())
            line += " (" + why + ")";
        mismatches.push_back(line);
    }

    void document(const json& expected, const json& actual)
    {
        exact("format", expected.at("format"), actual.value("format", json()));
        exact("scenario", expected.at("scenario"), actual.value("scenario", json()));
        exact("unit", expected.at("unit"), actual.value("unit", json()));
        const json& years = expected.at("years");
        exact("years", years, actual.value("years", json()));
        const json actualSeries = actual.value("series", json::object());
        for (const auto& [name, values] : expected.at("series").items()) {
            if (!actualSeries.contains(name)) {
                fail("series." + name, values, json(), "missing");
                continue;
            }
            series("series." + name, values, actualSeries.at(name), years);
        }
        for (const char* part : {"utilisation", "utilisation_baseline"}) {
            const json& e = expected.at(part);
            const json a = actual.value(part, json::object());
            for (const auto& [role, v] : a.items())
                if (!e.contains(role))
                    fail(std::string(part) + "." + role, json(), v, "role not expected");
            for (const auto& [role, v] : e.items()) {
                const std::string path = std::string(part) + "." + role;
                if (!a.contains(role))
                    fail(path, v, json(), "missing");
                else if (v.is_array())
                    series(path, v, a.at(role), years);
                else
                    value(path, v, a.at(role));
            }
        }
        const json actualSummary = actual.value("summary", json::object());
        for (const auto& [name, v] : expected.at("summary").items()) {
            if (!actualSummary.contains(name))
                fail("summary." + name, v, json(), "missing");
            else
                value("summary." + name, v, actualSummary.at(name));
        }
        // The ledger of spec §7: every actor's series, the totals and the NPVs.
        if (expected.contains("ledger")) {
            const json& e = expected.at("ledger");
            const json a = actual.value("ledger", json::object());
            for (const auto& [key, v] : e.items()) {
                const std::string path = "ledger." + key;
                if (!a.contains(key)) {
                    fail(path, v, json(), "missing");
                } else if (v.is_array()) {
                    series(path, v, a.at(key), years);
                } else if (v.is_object()) {
                    for (const auto& [name, w] : v.items()) {
                        if (!a.at(key).contains(name))
                            fail(path + "." + name, w, json(), "missing");
                        else if (w.is_array())
                            series(path + "." + name, w, a.at(key).at(name), years);
                        else
                            value(path + "." + name, w, a.at(key).at(name));
                    }
                }
            }
        }
    }
};

/// The format-1 document as format 2 with the standard vocabulary and basis "all"
/// (spec §2a): it must give exactly the same numbers.
std::string asFormat2(const std::string& text)
{
    nlohmann::ordered_json doc = nlohmann::ordered_json::parse(text);
    if (doc.value("format", "") != gevinst::kScenarioFormat1)
        return text;
    nlohmann::ordered_json out;
    out["format"] = gevinst::kScenarioFormat2;
    out["vocabulary"] = gevinst::Vocabulary::standard().toJson();
    for (const auto& [key, value] : doc.items())
        if (key != "format")
            out[key] = value;
    if (out.contains("realisation") && out["realisation"].is_object() && !out["realisation"].contains("basis"))
        out["realisation"]["basis"] = "all";
    return out.dump(2);
}

/// An invalid case: the scenario must be refused with an error whose path starts
/// with the one in expected-path.txt.
int checkInvalid(const std::string& folder)
{
    std::string expectedPath = readText(folder + "/expected-path.txt");
    while (!expectedPath.empty() && (expectedPath.back() == '\n' || expectedPath.back() == '\r' || expectedPath.back() == ' '))
        expectedPath.pop_back();
    const auto outcome = gevinst::ScenarioReader::fromText(readText(folder + "/scenario.json"));
    if (outcome.ok()) {
        std::cerr << folder << ": accepted, but it must be refused naming " << expectedPath << "\n";
        return 1;
    }
    for (const auto& e : outcome.errors)
        if (e.path.compare(0, expectedPath.size(), expectedPath) == 0) {
            std::cout << folder << ": refused: " << e.message() << "\n";
            return 0;
        }
    std::cerr << folder << ": refused, but no error names " << expectedPath << ":\n";
    for (const auto& e : outcome.errors)
        std::cerr << "  " << e.message() << "\n";
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string option = argc == 3 ? argv[2] : "";
    const bool printResult = option == "--print";
    const bool format2 = option == "--as-format-2";
    if (argc != 2 && !printResult && !format2 && option != "--invalid") {
        std::cerr << "usage: golden_runner CASE_FOLDER [--print | --as-format-2 | --invalid]\n";
        return 2;
    }
    const std::string folder = argv[1];
    try {
        if (option == "--invalid")
            return checkInvalid(folder);
        std::string text = readText(folder + "/scenario.json");
        if (format2)
            text = asFormat2(text);
        const auto outcome = gevinst::ScenarioReader::fromText(text);
        if (!outcome.ok()) {
            std::cerr << folder << "/scenario.json is not valid:\n";
            for (const auto& e : outcome.errors)
                std::cerr << "  " << e.message() << "\n";
            return 1;
        }
        const json actual = json::parse(gevinst::ResultWriter::toJson(gevinst::Engine::compute(*outcome.scenario)).dump());
        if (printResult) {
            std::cout << actual.dump(2) << "\n";
            return 0;
        }
        const json expected = json::parse(readText(folder + "/expected.json"));
        GoldenComparison comparison;
        comparison.document(expected, actual);
        if (comparison.mismatches.empty()) {
            std::cout << folder << ": " << comparison.compared << " values agree\n";
            return 0;
        }
        std::cerr << folder << ": " << comparison.mismatches.size() << " of " << comparison.compared
                  << " values differ; first ones:\n";
        for (std::size_t i = 0; i < std::min(kMaxReported, comparison.mismatches.size()); ++i)
            std::cerr << "  " << comparison.mismatches[i] << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << folder << ": " << e.what() << "\n";
        return 1;
    }
}
