// DataLocations: $GEVINST_DATA_DIR first, then the installed share folder, then the
// source tree; and a library whose shipped data is missing is not created at all.

#include "DataLocations.h"
#include "ScenarioLibrary.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace gevinst::store;

namespace {

/// Sets an environment variable for the scope.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value) : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

TEST_CASE("GEVINST_DATA_DIR comes first; the source tree is the last resort", "[locations]")
{
    gevinst::test::ensureApplication();
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath("scenarios"));
    QFile f(dir.filePath("scenarios/own.json"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    ScopedEnv env("GEVINST_DATA_DIR", dir.path().toUtf8());
    CHECK(DataLocations::searchDirs().front() == QDir(dir.path()).absolutePath());
    CHECK(DataLocations::find("scenarios/own.json") == QDir(dir.path()).filePath("scenarios/own.json"));
    // The override has no resources/data: the source tree's is found instead.
    CHECK(DataLocations::dataDir("resources/data/kommuner-2024.csv") == QDir(gevinst::test::projectDir()).absolutePath());
    CHECK(DataLocations::find("no/such/file").isEmpty());
}

TEST_CASE("a library whose shipped data cannot be found is not created", "[locations]")
{
    gevinst::test::ensureApplication();
    QTemporaryDir empty;
    QTemporaryDir target;
    OpenOptions options;
    options.dataDir = empty.path();
    const QString path = target.filePath("lib.sqlite");
    auto r = ScenarioLibrary::open(path, options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == StoreError::Kind::NotFound);
    CHECK(r.error().message.contains("kommuner-2024.csv"));
    CHECK(QDir(target.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no file, no half-seeded temporary
}
