// gevinst chart: one named chart of a scenario to PNG, SVG or PDF, drawn off
// screen by the same ChartBuilder as the window, with the source line under it.

#include "Commands.h"
#include "CliText.h"
#include "ScenarioSelection.h"

#include "ChartExporter.h"
#include "ChartId.h"
#include "Engine.h"

#include <iostream>

namespace gevinst::cli {

namespace {

const char* kUsage =
    "chart FILE|--id ID --chart NAME -o OUT.png|.svg|.pdf [--width PX] [--height PX] [--dpi N] | chart --list";

int wholeNumber(CliArgs& args, const std::string& name, int fallback)
{
    const auto value = args.numberOption(name);
    if (!value)
        return fallback;
    if (*value != static_cast<int>(*value))
        throw CliError(ExitInvalidInput, CliText::tr("%1: må være et helt tall").arg(CliText::q(name)));
    return static_cast<int>(*value);
}

} // namespace

int runChart(CliArgs& args)
{
    if (args.flag("--list")) {
        for (ui::ChartId id : ui::chartIds())
            std::cout << ui::chartKey(id).toStdString() << "\t" << ui::chartTitle(id).toStdString() << "\n";
        return ExitOk;
    }
    const auto name = args.option("--chart");
    const auto out = args.option("-o", "--output");
    ui::ChartExportOptions options;
    options.size.setWidth(wholeNumber(args, "--width", options.size.width()));
    options.size.setHeight(wholeNumber(args, "--height", options.size.height()));
    options.dpi = wholeNumber(args, "--dpi", options.dpi);
    if (!name || !out)
        throw CliError(ExitInvalidInput, CliText::tr("oppgi --chart NAVN og -o UT; bruk: gevinst %1").arg(QString::fromUtf8(kUsage)));
    const auto id = ui::chartFromKey(QString::fromStdString(*name));
    if (!id) {
        std::string known;
        for (ui::ChartId c : ui::chartIds())
            known += (known.empty() ? "" : ", ") + ui::chartKey(c).toStdString();
        throw CliError(ExitInvalidInput, CliText::tr("--chart: ukjent figur «%1» (figurer: %2)").arg(CliText::q(*name), CliText::q(known)));
    }
    if (!ui::ChartExporter::formatFor(QString::fromStdString(*out)))
        throw CliError(ExitInvalidInput, CliText::tr("-o: «%1» må slutte på .png, .svg eller .pdf").arg(CliText::q(*out)));

    const LoadedScenario loaded = loadOneScenario(args, kUsage);
    const Result result = Engine::compute(loaded.scenario);
    options.sourceLine = sourceLineOf(loaded).text();
    QString error;
    if (!ui::ChartExporter::save(QString::fromStdString(*out), result, *id, options, &error))
        throw CliError(error.contains(QStringLiteral("utenfor")) || error.contains(QStringLiteral("outside")) ? ExitInvalidInput : ExitFailure, error);
    return ExitOk;
}

} // namespace gevinst::cli
