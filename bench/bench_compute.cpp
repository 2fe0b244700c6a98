// Benchmark (not a test): time of one engine compute of each shipped scenario and
// of a batch of 1 000 computes, in microseconds per compute.
//   bench_compute [SCENARIO.json ...]   (default: every file in scenarios/)

#include "Engine.h"
#include "ScenarioReader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double microsecondsPer(const gevinst::Scenario& scenario, int repetitions)
{
    double sink = 0;
    const auto start = Clock::now();
    for (int i = 0; i < repetitions; ++i)
        sink += gevinst::Engine::compute(scenario).summary.npvBudgetNok;
    const auto elapsed = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
    if (sink == 0.123456789) // keeps the loop from being optimised away
        std::puts("");
    return elapsed / repetitions;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> files(argv + 1, argv + argc);
    if (files.empty())
        for (const auto& entry : std::filesystem::directory_iterator(GEVINST_SCENARIOS_DIR))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());

    std::printf("%-44s %6s %14s %16s %16s\n", "scenario", "years", "first (µs)", "best of 5 (µs)", "1000 batch (µs)");
    for (const auto& file : files) {
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        const auto outcome = gevinst::ScenarioReader::fromText(text.str());
        if (!outcome.ok()) {
            std::fprintf(stderr, "%s: invalid: %s\n", file.c_str(), outcome.errors.front().message().c_str());
            return 1;
        }
        const auto& s = *outcome.scenario;
        const double first = microsecondsPer(s, 1);
        double best = 1e300;
        for (int i = 0; i < 5; ++i)
            best = std::min(best, microsecondsPer(s, 1));
        const double batch = microsecondsPer(s, 1000);
        std::printf("%-44s %6d %14.2f %16.2f %16.2f\n", std::filesystem::path(file).filename().c_str(), s.yearCount(),
                    first, best, batch);
    }
    return 0;
}
