#include "StoreTestSupport.h"

#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>

namespace gevinst::test {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "test_store";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
}

QString projectDir()
{
    return QString::fromStdString(sourceDir());
}

QString storeDataDir()
{
    return QStringLiteral(GEVINST_STORE_TEST_DATA);
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

std::unique_ptr<store::ScenarioLibrary> openSeeded(const QString& path)
{
    ensureApplication();
    store::OpenOptions options;
    options.dataDir = projectDir();
    auto opened = store::ScenarioLibrary::open(path, options);
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

QByteArray shippedScenario(const QString& name)
{
    return readBytes(projectDir() + QStringLiteral("/scenarios/") + name);
}

} // namespace gevinst::test
