// gevinst report: the council report (A4 PDF in Norwegian) of one scenario.

#include "Commands.h"
#include "CliText.h"
#include "ScenarioSelection.h"

#include "CouncilReport.h"
#include "Engine.h"

#include <iostream>

namespace gevinst::cli {

int runReport(CliArgs& args)
{
    const char* usage = "report FILE|--id ID -o OUT.pdf";
    const auto out = args.option("-o", "--output");
    if (!out)
        throw CliError(ExitInvalidInput, CliText::tr("oppgi -o UT.pdf; bruk: gevinst %1").arg(QString::fromUtf8(usage)));
    const LoadedScenario loaded = loadOneScenario(args, usage);
    const Result result = Engine::compute(loaded.scenario);
    const ui::CouncilReport report(loaded.scenario, result, sourceLineOf(loaded));
    QString error;
    const int pages = report.write(QString::fromStdString(*out), &error);
    if (pages == 0)
        throw CliError(ExitFailure, error.toStdString());
    std::cerr << *out << ": " << CliText::text(CliText::tr("%n sider", nullptr, pages)) << "\n";
    return ExitOk;
}

} // namespace gevinst::cli
