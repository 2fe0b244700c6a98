// Benchmark (not a test): time of a Monte Carlo run (draws + percentiles) on 1 and
// on every core, beside the time of one engine compute of the same scenario.
//   bench_montecarlo [SCENARIO.json] [DRAWS]
//   (default: scenarios/nordre-follo-hjemmetjenester.json, 10 000 draws)

#include "Engine.h"
#include "MonteCarlo.h"
#include "ScenarioReader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <ctime>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// CPU time of the whole process so far, in milliseconds (all threads).
double processCpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing {
    double wall = 1e300; ///< best wall time, ms
    double cpu = 1e300;  ///< CPU time of that best run, ms (all threads)
};

/// Best of `repetitions` Monte Carlo runs.
Timing bestRun(const gevinst::Scenario& s, int draws, int threads, int repetitions, double& npvP50)
{
    Timing best;
    for (int i = 0; i < repetitions; ++i) {
        gevinst::MonteCarloOptions options;
        options.draws = draws;
        options.seed = 20261123;
        options.threads = threads;
        const double cpuStart = processCpuMilliseconds();
        const auto start = Clock::now();
        const auto result = gevinst::MonteCarlo::run(s, options);
        const double wall = millisecondsSince(start);
        if (wall < best.wall)
            best = {wall, processCpuMilliseconds() - cpuStart};
        npvP50 = result.p50().summary.npvBudgetNok;
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string file = argc > 1 ? argv[1] : std::string(GEVINST_SCENARIOS_DIR) + "/nordre-follo-hjemmetjenester.json";
    const int draws = argc > 2 ? std::atoi(argv[2]) : 10000;
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const auto outcome = gevinst::ScenarioReader::fromText(text.str());
    if (!outcome.ok()) {
        std::fprintf(stderr, "%s: invalid: %s\n", file.c_str(), outcome.errors.front().message().c_str());
        return 1;
    }
    const gevinst::Scenario& s = *outcome.scenario;

    // One compute, best of a batch, in microseconds.
    double sink = 0;
    double computeBest = 1e300;
    for (int batch = 0; batch < 5; ++batch) {
        const auto start = Clock::now();
        for (int i = 0; i < 1000; ++i)
            sink += gevinst::Engine::compute(s).summary.npvBudgetNok;
        computeBest = std::min(computeBest, millisecondsSince(start));
    }
    if (sink == 0.123456789)
        std::puts("");

    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    double p50One = 0;
    double p50All = 0;
    const Timing one = bestRun(s, draws, 1, 5, p50One);
    const Timing all = bestRun(s, draws, cores, 9, p50All);

    std::printf("scenario            %s (%d years, %zu ranged inputs)\n", file.c_str(), s.yearCount(),
                s.uncertainty.size());
    std::printf("one compute         %10.2f µs (best 1000-batch average)\n", computeBest);
    std::printf("%d draws, 1 thread  %10.1f ms wall, %6.1f ms CPU (best of 5)\n", draws, one.wall, one.cpu);
    std::printf("%d draws, %d threads %10.1f ms wall, %6.1f ms CPU (best of 9)  target < 100 ms: %s\n", draws,
                cores, all.wall, all.cpu, all.wall < 100 ? "met" : "NOT met");
    std::printf("(wall time counts other processes on the machine: with CPU ≈ wall × threads the cores were free)\n");
    std::printf("draws × compute     %10.1f ms (the engine's share on one core)\n", draws * computeBest / 1000.0);
    std::printf("P50 NPV identical on 1 and %d threads: %s\n", cores, p50One == p50All ? "yes" : "NO");
    return 0;
}
