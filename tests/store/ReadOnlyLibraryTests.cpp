// Libraries as users have them (issue 17): a read-only copy or share can be read, a full
// disk still lets the library be read, a device or named pipe as the library path is
// refused without hanging, and an interrupted first creation is cleaned up at the next start.

#include "ScenarioLibrary.h"
#include "ScratchMounts.h"
#include "StoreTestSupport.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace gevinst::store;
using gevinst::test::ensureApplication;
using gevinst::test::openSeeded;
using gevinst::test::shippedScenario;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs `gevinst ARGUMENTS` with a time limit; output files go to `scratch`.
Run runGevinst(const std::string& arguments, const fs::path& scratch)
{
    const fs::path out = scratch / "ro-stdout.txt";
    const fs::path err = scratch / "ro-stderr.txt";
    const std::string command = "env -u XDG_DATA_HOME HOME='" + scratch.string() + "' timeout 60 '" +
                                gevinst::test::gevinstBinary() + "' " + arguments + " >'" + out.string() + "' 2>'" +
                                err.string() + "' </dev/null";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

std::vector<std::string> filesIn(const QString& dir)
{
    std::vector<std::string> out;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System))
        out.push_back(name.toStdString());
    return out;
}

} // namespace

TEST_CASE("a library in a read-only folder is opened read-only, can be read and refuses changes", "[readonly]")
{
    ensureApplication();
    QTemporaryDir scratch;
    const QString folder = scratch.filePath("share");
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + "/lib.sqlite";
    openSeeded(path).reset();
    REQUIRE(filesIn(folder) == std::vector<std::string>{"lib.sqlite"});

    gevinst::test::ReadOnlyFolder readOnly(folder.toStdString());
    if (!readOnly.ok()) {
        WARN(readOnly.why());
        return;
    }
    // Opening for writing says why it cannot.
    auto writable = ScenarioLibrary::open(path);
    REQUIRE_FALSE(writable.ok());
    CHECK(writable.error().kind == StoreError::Kind::ReadOnly);

    OpenOptions options;
    options.readOnly = true;
    auto opened = ScenarioLibrary::open(path, options);
    INFO((opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    ScenarioLibrary& lib = **opened;
    CHECK(lib.isReadOnly());
    auto list = lib.scenarios();
    REQUIRE(list.ok());
    REQUIRE_FALSE(list->empty());
    CHECK(lib.load(list->front().id).ok());
    CHECK(lib.units().ok());
    REQUIRE(lib.status().ok());
    CHECK(lib.status()->readOnly);

    auto created = lib.create(shippedScenario("roros-hjemmetjenester.json"));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().kind == StoreError::Kind::ReadOnly);
    CHECK(created.error().message.contains("read-only"));
    CHECK(lib.moveToTrash(list->front().id).error().kind == StoreError::Kind::ReadOnly);

    // The command line: listing works, saving is refused with exit 1.
    const fs::path out = scratch.path().toStdString();
    const Run listed = runGevinst("db list --db '" + path.toStdString() + "'", out);
    INFO(listed.err);
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.find("scenario") != std::string::npos);
    const Run status = runGevinst("db status --db '" + path.toStdString() + "'", out);
    CHECK(status.exitCode == 0);
    CHECK(status.out.find("skrivebeskyttet") != std::string::npos);
    const Run imported =
        runGevinst("db import '" + gevinst::test::scenariosDir() + "/roros-hjemmetjenester.json' --db '" + path.toStdString() + "'", out);
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.find("skrivebeskyttet") != std::string::npos);
    CHECK(filesIn(folder) == std::vector<std::string>{"lib.sqlite"});
}

TEST_CASE("a library on a full disk can still be read, and saving fails with exit 1 and changes nothing", "[readonly][fulldisk]")
{
    ensureApplication();
    QTemporaryDir scratch;
    const QString source = scratch.filePath("lib.sqlite");
    openSeeded(source).reset();
    const auto size = fs::file_size(source.toStdString());
    gevinst::test::TinyDisk disk("gevinst-full-library", std::size_t(size) + 256 * 1024);
    if (!disk.ok()) {
        WARN(disk.why());
        return;
    }
    const fs::path path = disk.file("lib.sqlite");
    fs::copy_file(source.toStdString(), path);
    const std::string before = slurp(path);
    disk.fill();

    const fs::path out = scratch.path().toStdString();
    const Run listed = runGevinst("db list --db '" + path.string() + "'", out);
    INFO(listed.err);
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.find("scenario") != std::string::npos);
    const Run exported = runGevinst("compute --id 1 --db '" + path.string() + "'", out);
    INFO(exported.err);
    CHECK(exported.exitCode == 0);
    const Run imported =
        runGevinst("db import '" + gevinst::test::scenariosDir() + "/roros-hjemmetjenester.json' --db '" + path.string() + "'", out);
    INFO(imported.err);
    CHECK(imported.exitCode == 1);
    CHECK(slurp(path) == before);
}

TEST_CASE("a named pipe or a device as the library is refused at once and left as it is", "[readonly]")
{
    ensureApplication();
    QTemporaryDir scratch;
    const std::string fifo = scratch.filePath("lib.sqlite").toStdString();
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    const Run r = runGevinst("db list --db '" + fifo + "'", scratch.path().toStdString());
    INFO(r.err);
    CHECK(r.exitCode == 1); // not 124: timeout's code for a hang
    CHECK(r.err.find("ikke en vanlig fil") != std::string::npos);
    struct stat st {};
    REQUIRE(::stat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));

    auto opened = ScenarioLibrary::open("/dev/null");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == StoreError::Kind::Io);
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("leftovers of an interrupted first creation are removed at the next start", "[readonly]")
{
    ensureApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath("lib.sqlite");
    // A program that was killed while creating the library (its process is gone) …
    const QString gone = path + ".creating-2147480000";
    // … and one that is still running (this test's parent) and may be creating it now.
    const QString running = path + QStringLiteral(".creating-%1").arg(::getppid());
    for (const QString& f : {gone, gone + "-wal", gone + "-journal", running}) {
        QFile file(f);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("half a library");
    }
    openSeeded(path).reset();
    CHECK_FALSE(QFileInfo::exists(gone));
    CHECK_FALSE(QFileInfo::exists(gone + "-wal"));
    CHECK_FALSE(QFileInfo::exists(gone + "-journal"));
    CHECK(QFileInfo::exists(running));
}
