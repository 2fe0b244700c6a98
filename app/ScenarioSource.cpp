#include "ScenarioSource.h"

#include "CliText.h"
#include "FileIo.h"
#include "ModelErrorText.h"
#include "ScenarioReader.h"
#include "ScenarioWriter.h"

#include "ScenarioLibrary.h"

namespace gevinst::cli {

void failInvalid(const std::string& label, const FieldErrors& errors)
{
    std::string message =
        label + ": " + CliText::text(CliText::tr("ugyldig scenario (%n feil)", nullptr, int(errors.size())));
    for (const auto& e : errors)
        message += "\n" + label + ": " + CliText::text(io::ModelErrorText::message(e));
    throw CliError(ExitInvalidInput, message);
}

LoadedScenario loadScenarioFile(const std::string& path)
{
    const std::string text = readFile(path, ReaderLimits::maxDocumentBytes);
    ReadOutcome outcome = ScenarioReader::fromText(text);
    if (!outcome.ok())
        failInvalid(path, outcome.errors);
    return {std::move(*outcome.scenario), path, {}, {}};
}

// gevinst::cli::CliText named in full in functions returning std::string: lupdate would otherwise
// file the text under the context "CliText" (see FileIo.cpp).
std::string takeLibraryPath(CliArgs& args)
{
    if (auto db = args.option("--db")) {
        if (db->empty())
            throw CliError(ExitInvalidInput, gevinst::cli::CliText::tr("--db trenger et filnavn eller en adresse postgresql://BRUKER@TJENER:PORT/DATABASE"));
        return *db;
    }
    return store::ScenarioLibrary::defaultPath().toStdString();
}

std::unique_ptr<store::ScenarioLibrary> openLibrary(const std::string& path, bool readOnlyIsEnough)
{
    const QString file = QString::fromStdString(path);
    auto opened = store::ScenarioLibrary::open(file);
    // A read-only file, folder or share (ReadOnly), or a full disk where SQLite cannot make
    // its -shm file (Io): reading needs no writing, so open it read-only.
    const auto kind = opened ? store::StoreError::Kind::Database : opened.error().kind;
    if (!opened && readOnlyIsEnough && (kind == store::StoreError::Kind::ReadOnly || kind == store::StoreError::Kind::Io)) {
        store::OpenOptions options;
        options.readOnly = true;
        opened = store::ScenarioLibrary::open(file, options);
    }
    if (!opened)
        throw CliError(ExitFailure, CliText::storeError(opened.error()));
    return std::move(opened).value();
}

namespace {

int parsePositive(const std::string& text, const char* what)
{
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 1 || value > 2'000'000'000)
        throw CliError(ExitInvalidInput, CliText::tr("%1 må være et helt tall fra 1, ikke «%2»").arg(QString::fromUtf8(what), CliText::q(text)));
    return int(value);
}

} // namespace

LoadedScenario loadScenarioFromLibrary(store::ScenarioLibrary& library, const std::string& id, const std::string& version)
{
    const qint64 scenarioId = parsePositive(id, "--id");
    std::optional<int> wanted;
    if (!version.empty())
        wanted = parsePositive(version, "--version");
    auto stored = library.loadScenario(scenarioId, wanted);
    if (!stored) {
        const auto& error = stored.error();
        if (!error.readErrors.empty()) {
            const int shown = wanted.value_or(0);
            failInvalid("library id " + id + (shown > 0 ? " version " + std::to_string(shown) : std::string()), error.readErrors);
        }
        const bool unknown = error.kind == store::StoreError::Kind::NotFound;
        throw CliError(unknown ? ExitInvalidInput : ExitFailure, CliText::storeError(error));
    }
    const std::string loaded = std::to_string(stored->document.version.version);
    return {std::move(stored->scenario), "library id " + id + " version " + loaded, loaded, id};
}

LoadedScenario loadScenario(CliArgs& args, const std::string& usage)
{
    const auto id = args.option("--id");
    const auto version = args.option("--version");
    const std::string dbPath = takeLibraryPath(args);
    const auto files = args.positionals();
    if (id) {
        if (!files.empty())
            throw CliError(ExitInvalidInput, CliText::tr("oppgi enten FIL.json eller --id ID, ikke begge (bruk: gevinst %1)").arg(CliText::q(usage)));
        auto library = openLibrary(dbPath, true);
        return loadScenarioFromLibrary(*library, *id, version.value_or(std::string()));
    }
    if (version)
        throw CliError(ExitInvalidInput, CliText::tr("--version trenger --id ID"));
    if (files.size() != 1)
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst %1 (se gevinst --help)").arg(CliText::q(usage)));
    return loadScenarioFile(files.front());
}

// CliText named in full for lupdate, as in takeLibraryPath.
std::string documentInFormat(const std::string& json, const std::string& format, const std::string& label)
{
    if (format != "1" && format != "2")
        throw CliError(ExitInvalidInput, gevinst::cli::CliText::tr("--format: «%1» er verken 1 eller 2").arg(CliText::q(format)));
    ReadOutcome outcome = ScenarioReader::fromText(json);
    if (!outcome.ok())
        failInvalid(label.empty() ? "scenario" : label, outcome.errors);
    FieldError why;
    const auto document = ScenarioWriter::toJson(*outcome.scenario, format == "1" ? 1 : 2, why);
    if (!document)
        throw CliError(ExitInvalidInput, QStringLiteral("--format 1: ") + io::ModelErrorText::reason(why));
    return document->dump(2) + "\n";
}

} // namespace gevinst::cli
