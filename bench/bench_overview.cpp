// Benchmark (not a test): Kommunebildet (issue 15) on the shipped data — building the
// 372 units' scenarios (the projection per unit), computing them all deterministically,
// and Monte Carlo with DRAWS draws per unit (default 1 000: 372 000 draws).
//   bench_overview [DRAWS] [THREADS]
// Targets on the 2-core machine: deterministic < 0,2 s, 1 000 draws each < 2 s.

#include "MonteCarlo.h"
#include "Overview.h"
#include "OverviewLibrary.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double processCpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing {
    double wall = 1e300;
    double cpu = 0;
};

template <typename Work>
Timing best(int repetitions, Work work)
{
    Timing t;
    for (int i = 0; i < repetitions; ++i) {
        const double cpu = processCpuMilliseconds();
        const auto start = Clock::now();
        work();
        const double wall = millisecondsSince(start);
        if (wall < t.wall)
            t = {wall, processCpuMilliseconds() - cpu};
    }
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int draws = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 0;
    auto library = gevinst::store::ScenarioLibrary::open(QStringLiteral(":memory:"));
    if (!library) {
        std::fprintf(stderr, "library: %s\n", library.error().text().toUtf8().constData());
        return 1;
    }
    std::vector<gevinst::OverviewUnitInput> inputs;
    const Timing build = best(3, [&] {
        auto in = gevinst::store::OverviewLibrary::inputs(**library, {}, threads);
        if (!in) {
            std::fprintf(stderr, "inputs: %s\n", in.error().text().toUtf8().constData());
            std::exit(1);
        }
        inputs = std::move(in).value();
    });

    gevinst::OverviewOptions options;
    options.year = 2035;
    options.threads = threads;
    gevinst::Overview overview;
    const Timing deterministic = best(9, [&] { overview = gevinst::OverviewCalculator::compute(inputs, options); });
    int flagged = 0;
    for (const auto& r : overview.units)
        flagged += r.missing ? 1 : 0;

    options.draws = draws;
    options.seed = 20261130;
    const Timing drawn = best(3, [&] { overview = gevinst::OverviewCalculator::compute(inputs, options); });
    const double totalDraws = double(draws) * double(inputs.size());

    const int cores = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    std::printf("units               %zu (%d flagged: SSB suppressed figures), %d thread(s)\n", inputs.size(), flagged, cores);
    std::printf("build inputs        %10.1f ms wall, %7.1f ms CPU (best of 3: library, projection, scenario per unit)\n",
                build.wall, build.cpu);
    std::printf("deterministic       %10.2f ms wall, %7.2f ms CPU (best of 9)  target < 200 ms: %s\n", deterministic.wall,
                deterministic.cpu, deterministic.wall < 200 ? "met" : "NOT met");
    std::printf("%d draws × %zu     %10.1f ms wall, %7.1f ms CPU (best of 3)  target < 2000 ms: %s\n", draws, inputs.size(),
                drawn.wall, drawn.cpu, drawn.wall < 2000 ? "met" : "NOT met");
    std::printf("per draw            %10.2f µs CPU (%.0f draws, sampling + engine + figures + percentiles)\n",
                drawn.cpu * 1000.0 / totalDraws, totalDraws);
    std::printf("country P50 freed FTE %.1f, NPV %.0f kr\n",
                overview.country.drawn ? overview.country.drawn->p50()[3].value_or(0) : 0.0,
                overview.country.drawn ? overview.country.drawn->p50()[4].value_or(0) : 0.0);
    std::printf("(wall time counts other processes on the machine: with CPU ≈ wall × threads the cores were free)\n");
    return 0;
}
