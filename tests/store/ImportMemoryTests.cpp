// Bounded memory on import (issue 17): declared sizes are checked against the data
// actually present before anything is allocated, CSV is streamed, and one import may
// hold only so much (the message says so). And statbank CSV as Excel saves it in
// UTF-16 («Unicode text», tab-separated).

#include "SsbImporter.h"
#include "StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include "TestPaths.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace gevinst::store;
using gevinst::test::projectDir;
using gevinst::test::readBytes;

namespace {

/// The peak resident memory of this process so far, in megabytes.
double peakMegabytes()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QString shippedStatbank()
{
    return projectDir() + QStringLiteral("/resources/data/ssb-07459-population-by-single-age-kommune-2024.csv");
}

} // namespace

TEST_CASE("a tiny JSON-stat2 file declaring 50 million cells is refused before anything is allocated", "[ssb][memory]")
{
    // A few hundred bytes like the issue's: the last dimension declares 50 000 000 categories and lists one.
    const QByteArray json = R"({"class":"dataset","label":"07459: bomb","id":["Region","Alder","Tid"],"size":[1,1,50000000],)"
                            R"("role":{"geo":["Region"],"time":["Tid"]},"dimension":{"Region":{"category":{"index":{"3207":0}}},)"
                            R"("Alder":{"category":{"index":{"000":0}}},"Tid":{"category":{"index":{"2024":0}}}},"value":[1]})";
    const double before = peakMegabytes();
    auto r = SsbImporter::readJsonStat2(json, "bomb.json");
    const double grown = peakMegabytes() - before;
    REQUIRE_FALSE(r.ok());
    INFO(r.error().text().toStdString());
    CHECK(r.error().kind == StoreError::Kind::InvalidInput);
    CHECK(r.error().field.startsWith("size"));
    CHECK(r.error().message.contains("har bare 1"));
    CHECK(grown < 50);
}

TEST_CASE("a JSON-stat2 file above what one import may hold says so", "[ssb][memory]")
{
    // Every category listed (so the sizes are honest) but 6 000 000 figures declared.
    QByteArray regions, ages, years;
    for (int i = 0; i < 600; ++i)
        regions += (i ? "," : "") + QByteArray("\"r") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    for (int i = 0; i < 100; ++i)
        ages += (i ? "," : "") + QByteArray("\"") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    for (int i = 0; i < 100; ++i)
        years += (i ? "," : "") + QByteArray("\"") + QByteArray::number(2000 + i) + "\":" + QByteArray::number(i);
    const QByteArray json = R"({"class":"dataset","id":["Region","Alder","Tid"],"size":[600,100,100],"dimension":{"Region":{"category":{"index":{)" +
                            regions + R"(}}},"Alder":{"category":{"index":{)" + ages + R"(}}},"Tid":{"category":{"index":{)" + years +
                            R"(}}}},"value":[]})";
    auto r = SsbImporter::readJsonStat2(json, "big.json");
    REQUIRE_FALSE(r.ok());
    INFO(r.error().text().toStdString());
    CHECK(r.error().message.contains("høyst 5000000"));
}

TEST_CASE("a statbank CSV with more unit × year figures than one import may hold says so", "[ssb][memory]")
{
    QTemporaryDir dir;
    // 401 kommuner × 500 year columns = 200 500 figures for one age each.
    QByteArray csv = "\"07459: Population\"\r\n\r\n\"region\";\"age\"";
    for (int y = 0; y < 500; ++y)
        csv += ";\"Persons " + QByteArray::number(1800 + y) + "\"";
    csv += "\r\n";
    QByteArray counts;
    for (int y = 0; y < 500; ++y)
        counts += ";1";
    for (int k = 0; k < 401; ++k)
        csv += "\"K-" + QByteArray::number(1000 + k) + " X\";\"0 years\"" + counts + "\r\n";
    auto r = SsbImporter::readFile(write(dir, "many.csv", csv));
    REQUIRE_FALSE(r.ok());
    INFO(r.error().text().toStdString());
    CHECK(r.error().kind == StoreError::Kind::InvalidInput);
    CHECK(r.error().message.contains("høyst 200000"));
}

TEST_CASE("gevinst db import-ssb of a 20 MB statbank CSV stays under 200 MB of memory", "[ssb][memory]")
{
    // The shipped export with its one year column repeated for 135 years: just under 20 MB.
    constexpr int kYears = 135;
    const QByteArray shipped = readBytes(shippedStatbank());
    const qsizetype headerEnd = shipped.indexOf("\"region\"");
    const qsizetype bodyStart = shipped.indexOf('\n', headerEnd) + 1;
    QByteArray csv = shipped.left(headerEnd) + "\"region\";\"age\"";
    for (int y = 0; y < kYears; ++y)
        csv += ";\"Persons " + QByteArray::number(1950 + y) + "\"";
    csv += "\r\n";
    for (const QByteArray& line : shipped.mid(bodyStart).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype last = l.lastIndexOf(';');
        QByteArray row = l.left(last);
        for (int y = 0; y < kYears; ++y)
            row += l.mid(last);
        csv += row + "\r\n";
    }
    REQUIRE(csv.size() > 15 * 1024 * 1024);
    REQUIRE(csv.size() < 20 * 1024 * 1024);
    QTemporaryDir dir;
    const QString path = write(dir, "large.csv", csv);
    const std::string file = path.toStdString();
    const std::string db = dir.filePath("lib.sqlite").toStdString();
    const std::string binary = gevinst::test::gevinstBinary();
    std::vector<std::string> args{binary, "db", "import-ssb", file, "--db", db};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    REQUIRE(::posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
    const double peak = double(usage.ru_maxrss) / 1024.0;
    INFO("file " << csv.size() / 1024 / 1024 << " MB, peak " << peak << " MB");
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
#if defined(__SANITIZE_ADDRESS__)
    WARN("built with AddressSanitizer, whose shadow memory and quarantine inflate the peak: bound not checked (" << peak
                                                                                                            << " MB)");
#else
    CHECK(peak < 200);
#endif
}

TEST_CASE("a statbank CSV saved by Excel as «Unicode text» (UTF-16, tabs) is read like the original", "[ssb]")
{
    QTemporaryDir dir;
    const QByteArray original = readBytes(shippedStatbank());
    auto expected = SsbImporter::readFile(shippedStatbank());
    REQUIRE(expected.ok());
    // Excel: UTF-16 little-endian with a byte order mark, tab between fields, no quotes.
    QString text = QString::fromUtf8(original);
    text.replace(QLatin1Char(';'), QLatin1Char('\t'));
    text.remove(QLatin1Char('"'));
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray bytes = utf16.encode(text);
    auto r = SsbImporter::readFile(write(dir, "unicode.txt", bytes));
    INFO((r ? QString() : r.error().text()).toStdString());
    REQUIRE(r.ok());
    REQUIRE(r->records.size() == expected->records.size());
    for (std::size_t i = 0; i < r->records.size(); ++i)
        CHECK(r->records[i].persons == expected->records[i].persons);

    // UTF-16 that does not decode (cut in the middle of a character) is refused naming the encoding.
    auto broken = SsbImporter::readFile(write(dir, "broken.txt", bytes.left(bytes.size() - 1)));
    REQUIRE_FALSE(broken.ok());
    INFO(broken.error().text().toStdString());
    CHECK(broken.error().message.contains("UTF-16"));
}
