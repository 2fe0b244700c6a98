// gevinst export: the yearly series, key figures and assumptions of one scenario
// to XLSX and/or CSV (UTF-8, semicolon and decimal comma unless --csv-format intl).

#include "Commands.h"
#include "ScenarioSelection.h"

#include "Aggregation.h"
#include "CsvExporter.h"
#include "Engine.h"
#include "SourceLine.h"
#include "XlsxExporter.h"

#include <QString>

#include <iostream>

namespace gevinst::cli {

namespace {

const char* kUsage = "export FILE|--id ID [--xlsx OUT.xlsx] [--csv OUT.csv [--table yearly|key|assumptions] "
                     "[--csv-format no|intl]]";

} // namespace

int runExport(CliArgs& args)
{
    const auto xlsx = args.option("--xlsx");
    const auto csv = args.option("--csv");
    const std::string table = args.option("--table").value_or("yearly");
    const std::string csvFormat = args.option("--csv-format").value_or("no");
    if (!xlsx && !csv)
        throw CliError(ExitInvalidInput, std::string("give --xlsx OUT.xlsx and/or --csv OUT.csv; usage: gevinst ") + kUsage);
    if (table != "yearly" && table != "key" && table != "assumptions")
        throw CliError(ExitInvalidInput, "--table: \"" + table + "\" is not one of yearly, key, assumptions");
    if (csvFormat != "no" && csvFormat != "intl")
        throw CliError(ExitInvalidInput,
                       "--csv-format: \"" + csvFormat + "\" is not one of no (semikolon, desimalkomma), intl (comma, point)");
    const LoadedScenario loaded = loadOneScenario(args, kUsage);
    const Result result = Engine::compute(loaded.scenario);
    const UnitBase base = Aggregation::baseOf(loaded.scenario);

    if (xlsx) {
        io::XlsxContent content{&result, &loaded.scenario, base, sourceLineOf(loaded)};
        QString error;
        if (!io::XlsxExporter::write(QString::fromStdString(*xlsx), content, &error))
            throw CliError(ExitFailure, error.toStdString());
    }
    if (csv) {
        const io::CsvFormat format = csvFormat == "intl" ? io::CsvFormat::international() : io::CsvFormat{};
        const QByteArray bytes = table == "key"           ? io::CsvExporter::keyFigures(result, base, format)
                                 : table == "assumptions" ? io::CsvExporter::assumptions(loaded.scenario, format)
                                                          : io::CsvExporter::yearly(result, format);
        QString error;
        if (!io::CsvExporter::write(QString::fromStdString(*csv), bytes, &error))
            throw CliError(ExitFailure, error.toStdString());
    }
    return ExitOk;
}

} // namespace gevinst::cli
