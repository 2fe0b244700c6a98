// Benchmark (not a test): a scenario library of 1 000 scenarios — open it (SQLite: with
// PRAGMA integrity_check, as every open does; PostgreSQL: connect, check the schema and
// the role's rights), list the scenarios, load one — on a SQLite file and, when a server
// is given, on PostgreSQL. Targets: SQLite open + list < 300 ms; PostgreSQL within 3× of
// SQLite (issue 14).
//   bench_library [COUNT] [VERSIONS] [--pg URI]
// COUNT scenarios (default 1000) with VERSIONS versions each (default 1). URI: a server
// whose user may create databases (default $GEVINST_TEST_PG_URI, as the tests use; the
// password from PGPASSWORD or ~/.pgpass); the benchmark makes its own database there and
// drops it at the end. Without a server only SQLite is measured.

#include "ScenarioLibrary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <unistd.h>
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double worst(const std::vector<double>& v)
{
    return *std::max_element(v.begin(), v.end());
}

struct Timings {
    std::vector<double> open, list, load, openList;
    std::size_t listed = 0;
};

/// Fills a new library at `location` with `count` × `versions` saves; false on failure.
bool fill(const QString& location, const QByteArray& base, int count, int versions, bool server)
{
    OpenOptions options;
    options.dataDir = QStringLiteral(GEVINST_SOURCE_DIR);
    auto start = Clock::now();
    if (server) {
        auto init = ScenarioLibrary::initialize(location, options);
        if (!init) {
            std::fprintf(stderr, "db init: %s\n", qPrintable(init.error().text()));
            return false;
        }
    }
    auto lib = ScenarioLibrary::open(location, options);
    if (!lib) {
        std::fprintf(stderr, "%s\n", qPrintable(lib.error().text()));
        return false;
    }
    const double seeded = millisecondsSince(start);
    start = Clock::now();
    for (int i = 0; i < count; ++i) {
        auto saved = (*lib)->create(withName(base, i));
        for (int v = 1; saved && v < versions; ++v)
            saved = (*lib)->save(saved->scenarioId, withName(base, i), QStringLiteral("lagring %1").arg(v));
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().text()));
            return false;
        }
    }
    const double filled = millisecondsSince(start);
    std::printf("  create + seed new library: %.0f ms; %d scenarios x %d versions saved in %.0f ms (%.2f ms per save, "
                "one transaction each)\n",
                seeded, count, versions, filled, filled / (count * versions));
    return true;
}

/// Opens, lists and loads the newest version of one scenario, 7 rounds.
std::optional<Timings> measure(const QString& location)
{
    Timings t;
    for (int round = 0; round < 7; ++round) {
        const auto t0 = Clock::now();
        auto lib = ScenarioLibrary::open(location);
        if (!lib) {
            std::fprintf(stderr, "%s\n", qPrintable(lib.error().text()));
            return std::nullopt;
        }
        const auto t1 = Clock::now();
        auto list = (*lib)->scenarios();
        if (!list || list->empty()) {
            std::fprintf(stderr, "%s\n", list ? "no scenarios" : qPrintable(list.error().text()));
            return std::nullopt;
        }
        const auto t2 = Clock::now();
        auto doc = (*lib)->load(list->at(list->size() / 2).id);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.error().text()));
            return std::nullopt;
        }
        t.listed = list->size();
        t.open.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        t.list.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
        t.load.push_back(millisecondsSince(t2));
        t.openList.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
    }
    return t;
}

void report(const Timings& t)
{
    std::printf("  open:                median %7.1f ms, worst %7.1f ms\n", median(t.open), worst(t.open));
    std::printf("  list %zu scenarios: median %7.1f ms, worst %7.1f ms\n", t.listed, median(t.list), worst(t.list));
    std::printf("  load one scenario:   median %7.1f ms, worst %7.1f ms\n", median(t.load), worst(t.load));
    std::printf("  open + list:         median %7.1f ms, worst %7.1f ms\n", median(t.openList), worst(t.openList));
}

/// The benchmark's own database on the server at `serverUri` (made with the server's
/// user; the benchmark's only SQL outside the store, like the tests' PgTestServer.h).
class BenchDatabase {
public:
    BenchDatabase(const QString& serverUri) : m_server(serverUri)
    {
        m_name = QStringLiteral("gevinst_bench_%1").arg(::getpid());
        m_ok = admin(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_name));
    }
    ~BenchDatabase()
    {
        if (m_ok)
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    bool ok() const { return m_ok; }
    /// Milliseconds of a bare connection to the benchmark's database (log in, SELECT 1,
    /// close): what every open pays on a server before the library's own work.
    double bareConnectMs() const
    {
        const QUrl url(m_server);
        const auto start = Clock::now();
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench_bare"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(m_name);
            db.setUserName(url.userName());
            db.setPassword(url.password());
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT 1"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench_bare"));
        return millisecondsSince(start);
    }
    QString uri() const
    {
        QUrl url(m_server);
        url.setPath(QStringLiteral("/") + m_name);
        url.setPassword({});
        return url.toString();
    }

private:
    bool admin(const QString& sql)
    {
        const QUrl url(m_server);
        bool done = false;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench_admin"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            if (!db.open()) {
                std::fprintf(stderr, "PostgreSQL %s: %s\n", qPrintable(url.toString(QUrl::RemovePassword)), qPrintable(db.lastError().text()));
            } else {
                QSqlQuery q(db);
                done = q.exec(sql);
                if (!done)
                    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench_admin"));
        return done;
    }
    QString m_server;
    QString m_name;
    bool m_ok = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::vector<const char*> positional;
    QString pgUri = QString::fromLocal8Bit(qgetenv("GEVINST_TEST_PG_URI"));
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pg") == 0 && i + 1 < argc)
            pgUri = QString::fromLocal8Bit(argv[++i]);
        else
            positional.push_back(argv[i]);
    }
    const int count = positional.size() > 0 ? std::atoi(positional[0]) : 1000;
    const int versions = positional.size() > 1 ? std::max(1, std::atoi(positional[1])) : 1;

    QFile file(QStringLiteral(GEVINST_SCENARIOS_DIR "/nordre-follo-hjemmetjenester.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return 1;
    }
    const QByteArray base = file.readAll();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    std::printf("SQLite (%s)\n", qPrintable(path));
    if (!fill(path, base, count, versions, false))
        return 1;
    std::printf("  library file: %.1f MB\n", double(QFile(path).size()) / 1e6);
    const auto sqlite = measure(path);
    if (!sqlite)
        return 1;
    report(*sqlite);
    bool ok = median(sqlite->openList) < 300;
    std::printf("  target open + list < 300 ms: %s\n", ok ? "met" : "NOT MET");

    if (pgUri.isEmpty()) {
        std::printf("\nPostgreSQL: not measured (give --pg URI or set GEVINST_TEST_PG_URI)\n");
        return ok ? 0 : 1;
    }
    BenchDatabase server(pgUri);
    if (!server.ok())
        return 1;
    std::printf("\nPostgreSQL (%s)\n", qPrintable(server.uri()));
    if (!fill(server.uri(), base, count, versions, true))
        return 1;
    const auto pg = measure(server.uri());
    if (!pg)
        return 1;
    report(*pg);
    std::vector<double> bare;
    for (int round = 0; round < 7; ++round)
        bare.push_back(server.bareConnectMs());
    std::printf("  of which a bare connection (log in with scram-sha-256, SELECT 1): median %7.1f ms, worst %7.1f ms\n",
                median(bare), worst(bare));

    const double ratioOpen = median(pg->open) / median(sqlite->open);
    const double ratioList = median(pg->list) / median(sqlite->list);
    const double ratioLoad = median(pg->load) / median(sqlite->load);
    const double ratio = median(pg->openList) / median(sqlite->openList);
    std::printf("\nPostgreSQL / SQLite (medians): open %.2fx, list %.2fx, load %.2fx, open + list %.2fx (target <= 3x)\n",
                ratioOpen, ratioList, ratioLoad, ratio);
    std::printf("  target PostgreSQL open + list within 3x of SQLite: %s\n", ratio <= 3 ? "met" : "NOT MET");
    ok = ok && ratio <= 3;
    return ok ? 0 : 1;
}
