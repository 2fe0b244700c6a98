// Benchmark (not a test): open a scenario library of 1 000 scenarios (with PRAGMA
// integrity_check, as every open does) and list them. Target: open + list < 300 ms.
//   bench_library [COUNT] [VERSIONS]   (default 1000 scenarios, 1 version each)

#include "ScenarioLibrary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using gevinst::store::OpenOptions;
using gevinst::store::ScenarioLibrary;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

QByteArray withName(QByteArray doc, int n)
{
    const QByteArray key = "\"name\": \"";
    const int at = doc.indexOf(key) + key.size();
    doc.insert(at, "Kopi " + QByteArray::number(n) + " – ");
    return doc;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int versions = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

    QFile file(QStringLiteral(GEVINST_SCENARIOS_DIR "/nordre-follo-hjemmetjenester.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return 1;
    }
    const QByteArray base = file.readAll();

    OpenOptions options;
    options.dataDir = QStringLiteral(GEVINST_SOURCE_DIR);
    auto start = Clock::now();
    {
        auto lib = ScenarioLibrary::open(path, options);
        if (!lib) {
            std::fprintf(stderr, "%s\n", qPrintable(lib.error().text()));
            return 1;
        }
        const double seeded = millisecondsSince(start);
        start = Clock::now();
        for (int i = 0; i < count; ++i) {
            auto saved = (*lib)->create(withName(base, i));
            for (int v = 1; saved && v < versions; ++v)
                saved = (*lib)->save(saved->scenarioId, withName(base, i), QStringLiteral("lagring %1").arg(v));
            if (!saved) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error().text()));
                return 1;
            }
        }
        const double filled = millisecondsSince(start);
        std::printf("create + seed new library: %.0f ms; %d scenarios x %d versions saved in %.0f ms (%.2f ms per save, "
                    "one transaction each)\n",
                    seeded, count, versions, filled, filled / (count * versions));
    }
    std::printf("library file: %.1f MB\n", double(QFile(path).size()) / 1e6);

    std::vector<double> openMs, listMs, totalMs;
    std::size_t listed = 0;
    for (int round = 0; round < 7; ++round) {
        const auto t0 = Clock::now();
        auto lib = ScenarioLibrary::open(path);
        if (!lib) {
            std::fprintf(stderr, "%s\n", qPrintable(lib.error().text()));
            return 1;
        }
        const auto t1 = Clock::now();
        auto list = (*lib)->scenarios();
        if (!list) {
            std::fprintf(stderr, "%s\n", qPrintable(list.error().text()));
            return 1;
        }
        listed = list->size();
        openMs.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        listMs.push_back(millisecondsSince(t1));
        totalMs.push_back(millisecondsSince(t0));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    auto worst = [](const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); };
    std::printf("open (integrity_check, schema check, WAL): median %.1f ms, worst %.1f ms\n", median(openMs), worst(openMs));
    std::printf("list %zu scenarios:                        median %.1f ms, worst %.1f ms\n", listed, median(listMs), worst(listMs));
    std::printf("open + list:                               median %.1f ms, worst %.1f ms (target < 300 ms)\n",
                median(totalMs), worst(totalMs));
    return median(totalMs) < 300 ? 0 : 1;
}
