// gevinst chart and gevinst report as a user runs them: PNG with the asked size and
// dpi, SVG and PDF charts with the source line, and a council report whose page
// count and text (pdfinfo, pdftotext) hold what it promises.

#include "IoTestData.h"
#include "RunGevinst.h"

#include "Engine.h"
#include "NumberText.h"

#include <QImage>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <regex>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace gevinst;
using gevinst::test::gevinstBinary;
using gevinst::test::ioTempDir;
using gevinst::test::scenariosDir;
using gevinst::test::slurpFile;

namespace {

using Run = gevinst::test::GevinstRun;

Run run(const std::string& arguments)
{
    return gevinst::test::runGevinst(arguments, ioTempDir(), "chart");
}

std::string capture(const std::string& command)
{
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        char buffer[4096];
        std::size_t n;
        while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
            out.append(buffer, n);
        ::pclose(pipe);
    }
    return out;
}

/// pdftotext output with every no-break space, thin space and line break made a plain space.
std::string pdfText(const fs::path& pdf)
{
    std::string text = capture("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null");
    const std::pair<std::string, std::string> replacements[] = {
        {"\xC2\xA0", " "}, {"\xE2\x80\xAF", " "}, {"\xE2\x80\x89", " "}, // no-break and thin spaces
        {"\xEF\xAC\x80", "ff"}, {"\xEF\xAC\x81", "fi"}, {"\xEF\xAC\x82", "fl"}, // ligatures in chart text
    };
    for (const auto& [from, to] : replacements)
        for (std::size_t at; (at = text.find(from)) != std::string::npos;)
            text.replace(at, from.size(), to);
    for (char& c : text)
        if (c == '\n')
            c = ' ';
    return text;
}

std::string plain(const QString& s)
{
    QString t = s;
    t.replace(QChar(0x00A0), u' ');
    t.replace(QChar(0x202F), u' ');
    return t.toStdString();
}

const std::string kAlna = "'" + (fs::path(GEVINST_SOURCE_DIR) / "scenarios" / "oslo-alna-hjemmetjenester.json").string() + "'";

} // namespace

TEST_CASE("gevinst chart --list names every chart", "[chart]")
{
    const Run r = run("chart --list");
    REQUIRE(r.exitCode == 0);
    for (const char* key : {"freed-fte-vs-gap", "budget-components", "utilisation", "cumulative-budget"})
        CHECK(r.out.find(key) != std::string::npos);
}

TEST_CASE("gevinst chart writes a PNG of the asked size and resolution", "[chart]")
{
    const fs::path png = ioTempDir() / "gap.png";
    const Run r = run("chart " + kAlna + " --chart freed-fte-vs-gap -o '" + png.string() +
                      "' --width 600 --height 400 --dpi 150");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    QImage image(QString::fromStdString(png.string()));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 938); // 600 · 150 / 96
    CHECK(image.height() == 625);
    CHECK(std::lround(image.dotsPerMeterX() * 0.0254) == 150);

    const fs::path defaults = ioTempDir() / "default.png";
    REQUIRE(run("chart " + kAlna + " --chart utilisation -o '" + defaults.string() + "'").exitCode == 0);
    QImage print(QString::fromStdString(defaults.string()));
    CHECK(std::lround(print.dotsPerMeterX() * 0.0254) == 300);
    CHECK(print.width() == 2500);
}

TEST_CASE("gevinst chart writes SVG and PDF with title and source line", "[chart]")
{
    const fs::path svg = ioTempDir() / "budget.svg";
    Run r = run("chart " + kAlna + " --chart budget-components -o '" + svg.string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string text = slurpFile(svg);
    CHECK(text.find("<svg") != std::string::npos);
    CHECK(text.find("Budsjetteffekt per år") != std::string::npos);
    CHECK(text.find("Kilde: Gevinstmodell, scenario Alna hjemmetjeneste") != std::string::npos);

    const fs::path pdf = ioTempDir() / "budget.pdf";
    r = run("chart " + kAlna + " --chart cumulative-budget -o '" + pdf.string() + "'");
    REQUIRE(r.exitCode == 0);
    const std::string info = capture("pdfinfo '" + pdf.string() + "'");
    CHECK(std::regex_search(info, std::regex("Pages:\\s+1\\b")));
    CHECK(std::regex_search(info, std::regex("Page size:\\s+600 x 375 pts")));
    CHECK(pdfText(pdf).find("Akkumulert budsjetteffekt") != std::string::npos);
}

TEST_CASE("gevinst chart refuses an unknown chart, format or size", "[chart]")
{
    const std::string out = (ioTempDir() / "x.png").string();
    Run r = run("chart " + kAlna + " --chart nope -o '" + out + "'");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("ukjent figur «nope»") != std::string::npos);
    r = run("chart " + kAlna + " --chart utilisation -o '" + (ioTempDir() / "x.gif").string() + "'");
    CHECK(r.exitCode == 2);
    r = run("chart " + kAlna + " --chart utilisation -o '" + out + "' --width 20");
    CHECK(r.exitCode == 2);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("gevinst report writes an A4 council report whose text holds the key figures", "[report]")
{
    const fs::path pdf = ioTempDir() / "alna-report.pdf";
    const Run r = run("report " + kAlna + " -o '" + pdf.string() + "'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    std::smatch said;
    REQUIRE(std::regex_search(r.err, said, std::regex("(\\d+) sider")));
    const int pages = std::stoi(said[1]);
    CHECK(pages >= 5);
    CHECK(pages <= 26); // with «Hvem betaler og hvem får», «Usikkerhet» and every assumption naming its own source

    const std::string info = capture("pdfinfo '" + pdf.string() + "'");
    std::smatch pdfPages;
    REQUIRE(std::regex_search(info, pdfPages, std::regex("Pages:\\s+(\\d+)")));
    CHECK(std::stoi(pdfPages[1]) == pages);
    CHECK(info.find("(A4)") != std::string::npos);

    const Result result = Engine::compute(test::alna());
    const std::string text = pdfText(pdf);
    CHECK(text.find("Gevinster av oppgavedeling – Alna") != std::string::npos);
    CHECK(text.find(plain(io::NumberText::nok(result.summary.npvBudgetNok))) != std::string::npos);
    CHECK(text.find(plain(io::NumberText::nok(result.summary.costTotalNok))) != std::string::npos);
    CHECK(text.find(plain(io::NumberText::nok(*result.summary.netCostPerFreedFteNok))) != std::string::npos);
    CHECK(text.find("frigjør " + plain(io::NumberText::number(result.summary.freedFteEnd, 1)) + " årsverk") !=
          std::string::npos);
    // The shipped Alna scenario banks freed time only within the gap (basis "gap"): it does not pay back.
    if (result.summary.paybackYear)
        CHECK(text.find("tilbakebetalt i " + std::to_string(*result.summary.paybackYear)) != std::string::npos);
    else
        CHECK(text.find("ikke tilbakebetalt innen " + std::to_string(result.years.back())) != std::string::npos);
    // No "ﬀ" ligature in the report text: copied into a saksframlegg it must read as typed.
    const std::string raw = capture("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null");
    CHECK(raw.find("Nåverdi av budsjetteffekten") != std::string::npos);
    CHECK(raw.find("\xEF\xAC\x80") == std::string::npos);
    CHECK(text.find("Slik regner modellen") != std::string::npos);
    CHECK(text.find("R-109") != std::string::npos); // a source of an assumption
    CHECK(text.find("(som over)") == std::string::npos); // every assumption names its own source
    CHECK(text.find("Side " + std::to_string(pages) + " av " + std::to_string(pages)) != std::string::npos);
}

TEST_CASE("gevinst report into a missing folder fails and writes nothing", "[report]")
{
    const fs::path pdf = ioTempDir() / "missing-folder" / "r.pdf";
    const Run r = run("report " + kAlna + " -o '" + pdf.string() + "'");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("kan ikke skrive") != std::string::npos);
    CHECK_FALSE(fs::exists(pdf));
}
