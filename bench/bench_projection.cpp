// Benchmark (not a test): the population projection (spec §8) of every kommune (357)
// and Oslo bydel (15) to 2050 in one process, summed into the four standard bands:
// loading the shipped files, projecting, and both together, in milliseconds.
//   bench_projection [DATA_FOLDER] [LAST_YEAR]   (default: resources/data, 2050)

#include "PopulationProjection.h"
#include "ProjectionBands.h"
#include "ProjectionDataSet.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using gevinst::projection::PopulationProjection;
using gevinst::projection::ProjectionBands;
using gevinst::projection::ProjectionDataSet;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// The 357 kommuner and Oslo's bydeler 030101–030115.
std::vector<std::string> programUnits(const ProjectionDataSet& data)
{
    std::vector<std::string> units;
    for (const std::string& id : data.unitIds())
        if (id.size() == 4 || (id.size() == 6 && id >= "030101" && id <= "030115"))
            units.push_back(id);
    return units;
}

/// Projects every unit and sums the bands; returns a checksum (all persons in the last year).
double projectAll(const ProjectionDataSet& data, const std::vector<std::string>& units, int lastYear)
{
    const ProjectionBands bands = ProjectionBands::standard();
    double checksum = 0;
    for (const std::string& id : units) {
        const PopulationProjection projection(*data.inputs(id));
        const auto series = PopulationProjection::bandSeries(projection.run(lastYear), bands);
        for (const auto& band : series)
            checksum += band.back();
    }
    return checksum;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    const std::string folder = argc > 1 ? argv[1] : std::string(GEVINST_SOURCE_DIR) + "/resources/data";
    const int lastYear = argc > 2 ? std::stoi(argv[2]) : 2050;
    constexpr int rounds = 7;

    std::vector<double> load, project, whole;
    double checksum = 0;
    std::size_t unitCount = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto start = Clock::now();
        auto data = ProjectionDataSet::load(folder);
        if (!data) {
            std::fprintf(stderr, "%s\n", data.error().message().c_str());
            return 1;
        }
        load.push_back(millisecondsSince(start));
        const auto units = programUnits(*data);
        unitCount = units.size();
        const auto projecting = Clock::now();
        checksum = projectAll(*data, units, lastYear);
        project.push_back(millisecondsSince(projecting));
        whole.push_back(millisecondsSince(start));
    }
    std::printf("population projection, %zu units to %d (checksum: %.0f persons in %d over all units, Oslo both as\n"
                "kommune and as its bydeler)\n",
                unitCount, lastYear, checksum, lastYear);
    std::printf("%-32s %12s %12s %12s\n", "", "first (ms)", "median (ms)", "best (ms)");
    auto row = [](const char* name, const std::vector<double>& v) {
        std::printf("%-32s %12.2f %12.2f %12.2f\n", name, v.front(), median(v), *std::min_element(v.begin(), v.end()));
    };
    row("load the shipped files", load);
    row("project all units, 4 bands", project);
    row("load + project", whole);
    return 0;
}
