// gevinst report: the council report of one scenario — an A4 PDF in Norwegian, or
// with «-o OUT.odt» the same report as an editable OpenDocument text (by suffix).
// With uncertainty ranges the report has a section on them from a Monte Carlo run
// (--draws N, default 10 000; seed 1).

#include "Commands.h"
#include "CliText.h"
#include "ScenarioSelection.h"

#include "CouncilReport.h"
#include "Engine.h"
#include "MonteCarlo.h"

#include <QFileInfo>

#include <cmath>
#include <iostream>

namespace gevinst::cli {

int runReport(CliArgs& args)
{
    const char* usage = "report FILE|--id ID -o OUT.pdf|OUT.odt [--draws N]";
    const auto out = args.option("-o", "--output");
    if (!out)
        throw CliError(ExitInvalidInput, CliText::tr("oppgi -o UT.pdf eller -o UT.odt; bruk: gevinst %1").arg(QString::fromUtf8(usage)));
    const QString suffix = QFileInfo(QString::fromStdString(*out)).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        throw CliError(ExitInvalidInput, CliText::tr("-o %1: rapporten skrives som .pdf eller .odt").arg(QString::fromStdString(*out)));
    const auto draws = args.numberOption("--draws");
    if (draws && !(*draws >= 1 && *draws <= MonteCarlo::kMaxDraws && std::floor(*draws) == *draws))
        throw CliError(ExitInvalidInput, CliText::tr("--draws: må være et helt tall fra 1 til %1").arg(MonteCarlo::kMaxDraws));
    const LoadedScenario loaded = loadOneScenario(args, usage);
    const Result result = Engine::compute(loaded.scenario);
    ui::CouncilReport report(loaded.scenario, result, sourceLineOf(loaded));
    if (draws)
        report.setDraws(static_cast<int>(*draws));
    QString error;
    const int pages = report.write(QString::fromStdString(*out), &error);
    if (pages == 0)
        throw CliError(ExitFailure, error.toStdString());
    std::cerr << *out << ": " << CliText::text(CliText::tr("%n sider", nullptr, pages)) << "\n";
    return ExitOk;
}

} // namespace gevinst::cli
