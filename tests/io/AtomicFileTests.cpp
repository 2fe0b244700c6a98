// Writing files as users have them (issue 17): a full disk never replaces a good
// file with a bad one; links are followed; devices and pipes are refused; modes
// follow the umask; names too long get a message. Through io::AtomicFile, the
// exporters and the command line.

#include "IoTestData.h"
#include "RunGevinst.h"
#include "ScratchMounts.h"

#include "Aggregation.h"
#include "AtomicFile.h"
#include "CsvExporter.h"
#include "Engine.h"
#include "SourceLine.h"
#include "XlsxExporter.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace gevinst;
using gevinst::test::ioTempDir;
using gevinst::test::slurpFile;
using gevinst::test::TinyDisk;

namespace {

QString q(const fs::path& p)
{
    return QString::fromStdString(p.string());
}

void writePlain(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

/// Files in `dir` other than the ones named.
std::vector<std::string> othersIn(const fs::path& dir, std::initializer_list<std::string> expected)
{
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (std::find(expected.begin(), expected.end(), name) == expected.end())
            out.push_back(name);
    }
    return out;
}

mode_t modeOf(const fs::path& path)
{
    struct stat st {};
    REQUIRE(::lstat(path.c_str(), &st) == 0);
    return st.st_mode;
}

std::string shipped(const std::string& name)
{
    return "'" + (fs::path(gevinst::test::scenariosDir()) / name).string() + "'";
}

io::XlsxContent alnaContent(const Result& result, const Scenario& scenario)
{
    return io::XlsxContent{&result, &scenario, Aggregation::baseOf(scenario), io::SourceLine{}};
}

} // namespace

TEST_CASE("on a full disk a write fails, keeps the old file and removes its temporary file", "[atomic][fulldisk]")
{
    TinyDisk disk("gevinst-full-disk");
    if (!disk.ok()) {
        WARN(disk.why());
        return;
    }
    const fs::path path = disk.file("result.json");
    writePlain(path, "{\"old\": true}\n");
    disk.fill();
    for (const std::size_t size : {std::size_t(100), std::size_t(4000), std::size_t(15000), std::size_t(200000)}) {
        INFO("bytes: " << size);
        QString error, reason;
        CHECK_FALSE(io::AtomicFile::write(q(path), QByteArray(qsizetype(size), 'n'), &error, &reason));
        CHECK(error.contains(q(path)));
        CHECK(error.contains(QStringLiteral("disken er full")));
        CHECK(reason == QStringLiteral("disken er full"));
        CHECK(slurpFile(path) == "{\"old\": true}\n");
        CHECK(othersIn(disk.dir(), {"result.json", "filler"}).empty());
    }
    disk.empty();
    QString error;
    REQUIRE(io::AtomicFile::write(q(path), "{\"new\": true}\n", &error));
    CHECK(slurpFile(path) == "{\"new\": true}\n");
}

TEST_CASE("CSV and XLSX exports on a full disk fail and keep the old file", "[atomic][fulldisk]")
{
    TinyDisk disk("gevinst-full-disk-export");
    if (!disk.ok()) {
        WARN(disk.why());
        return;
    }
    const Scenario s = test::alna();
    const Result r = Engine::compute(s);
    const fs::path csv = disk.file("tall.csv");
    const fs::path xlsx = disk.file("tall.xlsx");
    writePlain(csv, "old csv");
    writePlain(xlsx, "old workbook");
    disk.fill();
    QString error;
    CHECK_FALSE(io::CsvExporter::write(q(csv), io::CsvExporter::yearly(r), &error));
    CHECK(error.contains(QStringLiteral("disken er full")));
    error.clear();
    CHECK_FALSE(io::XlsxExporter::write(q(xlsx), alnaContent(r, s), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(slurpFile(csv) == "old csv");
    CHECK(slurpFile(xlsx) == "old workbook");
    CHECK(othersIn(disk.dir(), {"tall.csv", "tall.xlsx", "filler"}).empty());
}

TEST_CASE("gevinst compute, rollup, tornado, db export and export on a full disk exit 1 and keep the old file", "[atomic][fulldisk][cli-io]")
{
    TinyDisk disk("gevinst-full-disk-cli");
    if (!disk.ok()) {
        WARN(disk.why());
        return;
    }
    const fs::path library = ioTempDir() / "fulldisk-library.sqlite";
    REQUIRE(gevinst::test::runGevinst("db status --db '" + library.string() + "'", ioTempDir(), "fulldisk").exitCode == 0);
    const fs::path out = disk.file("out.json");
    const fs::path csv = disk.file("out.csv");
    writePlain(out, "old output");
    writePlain(csv, "old csv");
    disk.fill();
    const std::string alna = shipped("oslo-alna-hjemmetjenester.json");
    for (const std::string& args : {"compute " + alna + " -o '" + out.string() + "'",
                                    "rollup " + alna + " -o '" + out.string() + "'",
                                    "tornado " + alna + " -o '" + out.string() + "'",
                                    "db export 1 --db '" + library.string() + "' -o '" + out.string() + "'",
                                    "export " + alna + " --csv '" + csv.string() + "' --table key"}) {
        INFO(args);
        const auto run = gevinst::test::runGevinst(args, ioTempDir(), "fulldisk");
        INFO(run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("disken er full") != std::string::npos);
        CHECK(slurpFile(out) == "old output");
        CHECK(slurpFile(csv) == "old csv");
        CHECK(othersIn(disk.dir(), {"out.json", "out.csv", "filler"}).empty());
    }
}

TEST_CASE("a write through a symbolic link replaces the file it points to and keeps the link", "[atomic]")
{
    const fs::path dir = ioTempDir() / "links";
    fs::create_directories(dir / "real");
    const Scenario s = test::alna();
    const Result r = Engine::compute(s);
    for (const std::string ext : {"csv", "xlsx"}) {
        const fs::path target = dir / "real" / ("tall." + ext);
        const fs::path link = dir / ("lenke." + ext);
        fs::remove(link);
        writePlain(target, "old");
        fs::create_symlink(fs::path("real") / ("tall." + ext), link);
        QString error;
        if (ext == "csv")
            REQUIRE(io::CsvExporter::write(q(link), io::CsvExporter::yearly(r), &error));
        else
            REQUIRE(io::XlsxExporter::write(q(link), alnaContent(r, s), &error));
        CHECK(fs::is_symlink(link));
        CHECK(slurpFile(target) != "old");
        CHECK(fs::file_size(target) > 100);
        CHECK(othersIn(dir / "real", {"tall.csv", "tall.xlsx"}).empty());
    }
    // A dangling link: the file it names is created.
    const fs::path dangling = dir / "dangling.json";
    fs::remove(dangling);
    fs::create_symlink(fs::path("real") / "new.json", dangling);
    QString error;
    REQUIRE(io::AtomicFile::write(q(dangling), "{}\n", &error));
    CHECK(fs::is_symlink(dangling));
    CHECK(slurpFile(dir / "real" / "new.json") == "{}\n");
}

TEST_CASE("new files and workbooks get the umask's mode, replaced files keep theirs", "[atomic]")
{
    const fs::path dir = ioTempDir() / "modes";
    fs::create_directories(dir);
    const mode_t old = ::umask(022);
    const Scenario s = test::alna();
    const Result r = Engine::compute(s);
    QString error;
    fs::remove(dir / "ny.xlsx");
    REQUIRE(io::XlsxExporter::write(q(dir / "ny.xlsx"), alnaContent(r, s), &error));
    fs::remove(dir / "ny.csv");
    REQUIRE(io::CsvExporter::write(q(dir / "ny.csv"), "a;b\r\n", &error));
    CHECK((modeOf(dir / "ny.xlsx") & 0777) == 0644);
    CHECK((modeOf(dir / "ny.csv") & 0777) == 0644);

    ::umask(002);
    fs::remove(dir / "gruppe.xlsx");
    REQUIRE(io::XlsxExporter::write(q(dir / "gruppe.xlsx"), alnaContent(r, s), &error));
    CHECK((modeOf(dir / "gruppe.xlsx") & 0777) == 0664);
    ::umask(old);

    ::chmod((dir / "ny.csv").c_str(), 0640);
    REQUIRE(io::CsvExporter::write(q(dir / "ny.csv"), "c;d\r\n", &error));
    CHECK((modeOf(dir / "ny.csv") & 0777) == 0640);
    ::chmod((dir / "ny.xlsx").c_str(), 0604);
    REQUIRE(io::XlsxExporter::write(q(dir / "ny.xlsx"), alnaContent(r, s), &error));
    CHECK((modeOf(dir / "ny.xlsx") & 0777) == 0604);
}

TEST_CASE("a named pipe or a device as the output is refused and left as it is", "[atomic]")
{
    const fs::path dir = ioTempDir() / "special";
    fs::create_directories(dir);
    const fs::path fifo = dir / "pipe";
    fs::remove(fifo);
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    QString error;
    CHECK_FALSE(io::AtomicFile::write(q(fifo), "x", &error));
    CHECK(error.contains(QStringLiteral("ikke en vanlig fil")));
    CHECK(S_ISFIFO(modeOf(fifo)));

    const Scenario s = test::alna();
    const Result r = Engine::compute(s);
    CHECK_FALSE(io::XlsxExporter::write(q(fifo), alnaContent(r, s), &error));
    CHECK(S_ISFIFO(modeOf(fifo)));

    const fs::path device = dir / "null";
    fs::remove(device);
    if (::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
        WARN("cannot make a device node here; the device case is skipped");
    } else {
        const auto run = gevinst::test::runGevinst(
            "compute " + shipped("oslo-alna-hjemmetjenester.json") + " -o '" + device.string() + "'", ioTempDir(), "device");
        INFO(run.err);
        CHECK(run.exitCode == 1);
        CHECK(S_ISCHR(modeOf(device)));
    }
    CHECK(othersIn(dir, {"pipe", "null"}).empty());
}

TEST_CASE("a file name too long for the file system gives a message naming the limit", "[atomic]")
{
    const fs::path dir = ioTempDir() / "long";
    fs::create_directories(dir);
    // 250 bytes: allowed; the temporary file beside it must fit too.
    const std::string fits = std::string(245, 'a') + ".json";
    QString error;
    REQUIRE(io::AtomicFile::write(q(dir / fits), "{}", &error));
    CHECK(slurpFile(dir / fits) == "{}");
    // 150 characters of "ø" are 300 bytes: too long, and the message says bytes.
    const QString tooLong = q(dir) + u'/' + QString(150, QChar(0xF8)) + QStringLiteral(".csv");
    CHECK_FALSE(io::AtomicFile::write(tooLong, "x", &error));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("for langt")));
    CHECK(error.contains(QStringLiteral("byte")));
    const Scenario s = test::alna();
    const Result r = Engine::compute(s);
    error.clear();
    CHECK_FALSE(io::XlsxExporter::write(tooLong, alnaContent(r, s), &error));
    CHECK(error.contains(QStringLiteral("for langt")));
    CHECK(othersIn(dir, {fits}).empty());
}
