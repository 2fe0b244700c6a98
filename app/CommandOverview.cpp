// gevinst overview: Kommunebildet (issue 15) — every kommune and Oslo bydel with one
// package of measures, optionally with Monte Carlo, as JSON, CSV or XLSX.

#include "CliText.h"
#include "Commands.h"
#include "FileIo.h"
#include "ScenarioSource.h"

#include "Overview.h"
#include "OverviewLibrary.h"
#include "OverviewWriter.h"

#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <limits>

namespace gevinst::cli {

namespace {

constexpr const char* kUsage =
    "overview [--package FILE.json|--id ID] [--service-area ID] [--draws N] [--seed S] [--year YEAR] [--threads T] "
    "[--db PATH] [-o OUT.json|.csv|.xlsx]";

std::optional<std::uint64_t> wholeOption(CliArgs& args, const std::string& name, std::uint64_t lowest, std::uint64_t highest)
{
    const auto text = args.option(name);
    if (!text)
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const bool digits = !text->empty() && text->find_first_not_of("0123456789") == std::string::npos;
    const unsigned long long v = digits ? std::strtoull(text->c_str(), &end, 10) : 0;
    if (!digits || *end != '\0' || errno == ERANGE || v < lowest || v > highest)
        throw CliError(ExitInvalidInput,
                       name + ": \"" + *text + "\" must be a whole number from " + std::to_string(lowest) + " to " + std::to_string(highest));
    return v;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    if (s.size() < suffix.size())
        return false;
    std::string tail = s.substr(s.size() - suffix.size());
    for (char& c : tail)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return tail == suffix;
}

} // namespace

int runOverview(CliArgs& args)
{
    const auto out = args.option("-o", "--output");
    const auto packageFile = args.option("--package");
    const auto storedId = wholeOption(args, "--id", 1, std::uint64_t(std::numeric_limits<qint64>::max()));
    const auto serviceArea = args.option("--service-area");
    const auto draws = wholeOption(args, "--draws", 0, OverviewCalculator::kMaxDraws);
    const auto seed = wholeOption(args, "--seed", 0, std::numeric_limits<std::uint64_t>::max());
    const auto year = wholeOption(args, "--year", 0, 9999);
    const auto threads = wholeOption(args, "--threads", 1, 256);
    const std::string dbPath = takeLibraryPath(args);
    if (!args.positionals().empty())
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst %1").arg(QString::fromUtf8(kUsage)));
    if (int(packageFile.has_value()) + int(storedId.has_value()) + int(serviceArea.has_value()) > 1)
        throw CliError(ExitInvalidInput, CliText::tr("velg én pakke: --package FIL, --id ID eller --service-area ID"));
    if (out && *out != "-" && !endsWith(*out, ".json") && !endsWith(*out, ".csv") && !endsWith(*out, ".xlsx"))
        throw CliError(ExitInvalidInput, CliText::tr("-o: «%1» må slutte på .json, .csv eller .xlsx").arg(CliText::q(*out)));

    store::OverviewPackageChoice choice;
    if (serviceArea)
        choice.serviceArea = QString::fromStdString(*serviceArea);
    if (packageFile) {
        // Read and checked here so that an invalid package names the file and every field.
        const LoadedScenario loaded = loadScenarioFile(*packageFile);
        (void)loaded;
        choice.scenarioJson = QByteArray::fromStdString(readFile(*packageFile, std::size_t(64) << 20));
        choice.scenarioLabel = QFileInfo(QString::fromStdString(*packageFile)).fileName();
    }
    if (storedId)
        choice.storedId = qint64(*storedId);

    auto library = openLibrary(dbPath, true);
    auto package = store::OverviewLibrary::package(*library, choice);
    if (!package) {
        const auto& e = package.error();
        throw CliError(e.kind == store::StoreError::Kind::InvalidInput || e.kind == store::StoreError::Kind::NotFound ? ExitInvalidInput
                                                                                                                    : ExitFailure,
                       e.text().toStdString());
    }
    const OverviewPackage pkg = *package;
    const int T = int(threads.value_or(0));
    auto inputs = store::OverviewLibrary::inputs(*library, choice, T);
    if (!inputs)
        throw CliError(ExitFailure, inputs.error().text().toStdString());

    OverviewOptions options;
    options.year = int(year.value_or(0));
    options.draws = int(draws.value_or(0));
    options.seed = seed.value_or(1);
    options.threads = T;
    if (const auto error = OverviewCalculator::check(*inputs, options)) {
        using Kind = OverviewError::Kind;
        switch (error->kind) {
        case Kind::NoUnits: throw CliError(ExitInvalidInput, CliText::tr("ingen enhet har et scenario å beregne"));
        case Kind::BadYear:
            throw CliError(ExitInvalidInput, CliText::tr("--year: %1 ligger utenfor scenarioenes periode").arg(options.year));
        case Kind::BadDraws:
            throw CliError(ExitInvalidInput, CliText::tr("--draws: må være mellom 0 og %1, ikke %2")
                                                 .arg(OverviewCalculator::kMaxDraws)
                                                 .arg(options.draws));
        case Kind::MixedHorizons:
            throw CliError(ExitInvalidInput,
                           CliText::tr("enhetene i pakken har ulike perioder; alle må ha samme start- og sluttår"));
        }
    }
    const Overview overview = OverviewCalculator::compute(*inputs, options);

    io::OverviewMeta meta;
    meta.package = pkg.label;
    meta.serviceArea = pkg.scenario.serviceArea;
    meta.startYear = pkg.startYear;
    meta.endYear = pkg.endYear;
    if (out && *out != "-" && endsWith(*out, ".xlsx")) {
        QString error;
        if (!io::OverviewWriter::xlsx(QString::fromStdString(*out), overview, meta, &error))
            throw CliError(ExitFailure, error.toStdString());
        return ExitOk;
    }
    const std::string text = out && endsWith(*out, ".csv") ? io::OverviewWriter::csv(overview, meta).toStdString()
                                                           : io::OverviewWriter::json(overview, meta).dump(2) + "\n";
    if (out && *out != "-")
        writeFileAtomically(*out, text);
    else
        std::cout << text;
    return ExitOk;
}

} // namespace gevinst::cli
