// gevinst export: the yearly series, key figures and assumptions of one scenario
// to XLSX and/or CSV (UTF-8, semicolon and decimal comma unless --csv-format intl).

#include "Commands.h"
#include "CliText.h"
#include "ScenarioSelection.h"

#include "Aggregation.h"
#include "CsvExporter.h"
#include "Engine.h"
#include "FileIo.h"
#include "ScenarioSource.h"
#include "ScenarioWriter.h"
#include "SourceLine.h"
#include "XlsxExporter.h"

#include <QString>

#include <iostream>

namespace gevinst::cli {

namespace {

const char* kUsage = "export FILE|--id ID [--xlsx OUT.xlsx] [--csv OUT.csv [--table yearly|key|assumptions|ledger] "
                     "[--csv-format no|intl]] [--format 1|2 [-o OUT.json]]";

} // namespace

int runExport(CliArgs& args)
{
    const auto xlsx = args.option("--xlsx");
    const auto csv = args.option("--csv");
    const std::string table = args.option("--table").value_or("yearly");
    const std::string csvFormat = args.option("--csv-format").value_or("no");
    const auto documentFormat = args.option("--format");
    const auto documentOut = args.option("-o");
    if (!xlsx && !csv && !documentFormat)
        throw CliError(ExitInvalidInput, CliText::tr("oppgi --xlsx UT.xlsx, --csv UT.csv eller --format 1|2; bruk: gevinst %1")
                                             .arg(QString::fromUtf8(kUsage)));
    if (documentOut && !documentFormat)
        throw CliError(ExitInvalidInput, CliText::tr("-o hører til --format (scenariodokumentet); bruk --xlsx eller --csv for tabeller"));
    if (table != "yearly" && table != "key" && table != "assumptions" && table != "ledger")
        throw CliError(ExitInvalidInput, CliText::tr("--table: «%1» er ikke en av yearly, key, assumptions, ledger").arg(CliText::q(table)));
    if (csvFormat != "no" && csvFormat != "intl")
        throw CliError(ExitInvalidInput, CliText::tr("--csv-format: «%1» er ikke en av no (semikolon, desimalkomma), intl (komma, punktum)")
                                             .arg(CliText::q(csvFormat)));
    const LoadedScenario loaded = loadOneScenario(args, kUsage);
    if (documentFormat) {
        // The scenario document itself, in format 1 (standard vocabulary only) or 2.
        const std::string text =
            documentInFormat(ScenarioWriter::toJson(loaded.scenario).dump(), *documentFormat, loaded.label);
        if (documentOut && *documentOut != "-")
            writeFileAtomically(*documentOut, text);
        else
            std::cout << text;
        if (!xlsx && !csv)
            return ExitOk;
    }
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
                                 : table == "ledger"      ? io::CsvExporter::ledger(result, format)
                                                          : io::CsvExporter::yearly(result, format);
        QString error;
        if (!io::CsvExporter::write(QString::fromStdString(*csv), bytes, &error))
            throw CliError(ExitFailure, error.toStdString());
    }
    return ExitOk;
}

} // namespace gevinst::cli
