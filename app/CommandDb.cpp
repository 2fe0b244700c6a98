// gevinst db …: the scenario library from the command line (list, units, new, import,
// export, versions, import-ssb, status, save, trash, init, copy), in a file or on a
// PostgreSQL server (--db URI). Wires arguments to gevinst_store, nothing else.

#include "CliText.h"
#include "Commands.h"
#include "FileIo.h"
#include "NumberText.h"
#include "TerminalText.h"
#include "ScenarioSource.h"

#include "ScenarioLibrary.h"
#include "ScenarioReader.h"
#include "SsbImporter.h"

#include <QLocale>

#include <iostream>
#include <tuple>

namespace gevinst::cli {

namespace {

using store::ScenarioLibrary;
using store::StoreError;

constexpr const char* kDbUsage =
    "db list [--unit ID] [--trash] | db units [--search TEXT] | "
    "db new --unit ID [--service-area ID] [--name TEXT] [--years 2025-2040] [--projection program|ssb] | db import FILE.json [--note TEXT] | "
    "db export ID [--version N] [--format 1|2] [-o FILE.json] | db versions ID | db import-ssb FILE | db fetch-ssb --unit ID [--alternative MMMM|LLML|HHMH] | db status | "
    "db save ID FILE.json [--note TEXT] [--base-version N] | db trash ID | db init | db copy --from A --to B  "
    "[--db PATH|postgresql://USER@SERVER:PORT/DATABASE]";

std::string text(const QString& s)
{
    return s.toStdString();
}

/// Local time, minutes: "23.11.2026 19:40".
std::string localTime(const QDateTime& utc)
{
    return text(io::NumberText::dateTime(utc.toLocalTime()));
}

/// A store failure as a command failure: bad input or an unknown id → 2, the rest → 1.
[[noreturn]] void fail(const StoreError& error)
{
    const bool input = error.kind == StoreError::Kind::InvalidInput || error.kind == StoreError::Kind::NotFound;
    throw CliError(input ? ExitInvalidInput : ExitFailure, CliText::storeError(error));
}

template <class T>
T take(store::StoreResult<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(result).value();
}

/// Every option of every sub-verb, taken at once (CliArgs refuses options left over);
/// each sub-verb then refuses the ones that are not its own.
struct DbOptions {
    std::string dbPath;
    std::optional<std::string> unit, search, note, output, version, format, serviceArea, name, years, projection, baseVersion, from, to;
    bool trash = false;
    std::vector<std::string> arguments; ///< after the sub-verb

    /// Refuses an option the sub-verb does not take, and a wrong number of arguments.
    void check(const char* usage, std::initializer_list<const char*> allowed, std::size_t argumentCount) const
    {
        const std::pair<const char*, bool> given[] = {{"--unit", bool(unit)},     {"--search", bool(search)},
                                                      {"--note", bool(note)},     {"-o", bool(output)},
                                                      {"--version", bool(version)}, {"--trash", trash},
                                                      {"--format", bool(format)}, {"--service-area", bool(serviceArea)},
                                                      {"--name", bool(name)},     {"--years", bool(years)},
                                                      {"--projection", bool(projection)}, {"--base-version", bool(baseVersion)},
                                                      {"--from", bool(from)},     {"--to", bool(to)}};
        for (const auto& [name, present] : given) {
            if (!present)
                continue;
            bool ok = false;
            for (const char* a : allowed)
                ok = ok || std::string_view(a) == name;
            if (!ok)
                throw CliError(ExitInvalidInput, CliText::tr("%1 hører ikke til denne kommandoen (bruk: gevinst %2)").arg(QString::fromUtf8(name), QString::fromUtf8(usage)));
        }
        if (arguments.size() != argumentCount)
            throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst %1 (se gevinst db --help)").arg(QString::fromUtf8(usage)));
    }
};

qint64 scenarioId(const std::string& textId)
{
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(textId, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != textId.size() || value < 1)
        throw CliError(ExitInvalidInput, CliText::tr("ID må være et scenarionummer fra gevinst db list, ikke «%1»").arg(CliText::q(textId)));
    return value;
}

int dbList(const DbOptions& o)
{
    o.check("db list [--unit ID] [--trash]", {"--unit", "--trash"}, 0);
    store::ScenarioFilter filter;
    if (o.unit)
        filter.unitId = QString::fromStdString(*o.unit);
    filter.trashed = o.trash;
    auto library = openLibrary(o.dbPath, true);
    if (filter.unitId)
        (void)take(library->unit(*filter.unitId));
    const auto list = take(library->scenarios(filter));
    TextTable table({CliText::text(CliText::tr("Id")), CliText::text(CliText::tr("Navn")), CliText::text(CliText::tr("Enhet")),
                     CliText::text(CliText::tr("Tjeneste")), CliText::text(CliText::tr("Versjon")),
                     CliText::text(filter.trashed ? CliText::tr("I papirkurven") : CliText::tr("Endret"))});
    for (const auto& s : list)
        table.addRow({std::to_string(s.id), text(s.name), text(s.unitName) + " (" + text(s.unitId) + ")", text(s.serviceArea),
                      std::to_string(s.latestVersion), localTime(filter.trashed && s.trashedAt ? *s.trashedAt : s.modified)});
    std::cout << table.render();
    std::cout << CliText::text(CliText::tr("%n scenarioer i %1", nullptr, int(list.size())).arg(library->filePath())) << "\n";
    return ExitOk;
}

int dbUnits(const DbOptions& o)
{
    o.check("db units [--search TEXT]", {"--search"}, 0);
    const auto& search = o.search;
    auto library = openLibrary(o.dbPath, true);
    const auto units = take(search ? library->searchUnits(QString::fromStdString(*search)) : library->units());
    const auto status = take(library->status());
    const int year = status.populationYears.empty() ? 0 : status.populationYears.back();
    TextTable table({CliText::text(CliText::tr("Id")), CliText::text(CliText::tr("Navn")), CliText::text(CliText::tr("Alternativt navn")),
                     CliText::text(CliText::tr("Nivå")), CliText::text(CliText::tr("Fylke")),
                     CliText::text(year ? CliText::tr("Folketall 1.1.%1").arg(year) : CliText::tr("Folketall"))});
    for (const auto& u : units) {
        std::string persons = "–";
        if (year)
            if (auto p = library->population(u.id, year))
                persons = formatNumber(double(p->total()), 0);
        table.addRow({text(u.id), text(u.name), text(u.alternativeName), text(store::unitLevelName(u.level)), text(u.countyName), persons});
    }
    std::cout << table.render();
    std::cout << CliText::text(CliText::tr("%n enheter", nullptr, int(units.size()))) << "\n";
    return ExitOk;
}

/// "2025-2040" → (2025, 2040), or exit 2 naming --years.
std::pair<int, int> parseYears(const std::string& textYears)
{
    const auto dash = textYears.find('-');
    auto year = [&](const std::string& part) {
        std::size_t used = 0;
        int value = 0;
        try {
            value = std::stoi(part, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (part.size() != 4 || used != part.size())
            throw CliError(ExitInvalidInput, CliText::tr("--years må være START-SLUTT med firesifrede år, f.eks. 2025-2040, ikke «%1»").arg(CliText::q(textYears)));
        return value;
    };
    if (dash == std::string::npos)
        year("");
    return {year(textYears.substr(0, dash)), year(textYears.substr(dash + 1))};
}

int dbNew(const DbOptions& o)
{
    constexpr const char* usage = "db new --unit ID [--service-area ID] [--name TEXT] [--years 2025-2040] [--projection program|ssb]";
    o.check(usage, {"--unit", "--service-area", "--name", "--years", "--projection"}, 0);
    if (!o.unit)
        throw CliError(ExitInvalidInput, CliText::tr("--unit må oppgis (bruk: gevinst %1)").arg(QString::fromUtf8(usage)));
    store::NewScenarioOptions options;
    if (o.serviceArea)
        options.serviceArea = QString::fromStdString(*o.serviceArea);
    if (o.name)
        options.name = QString::fromStdString(*o.name);
    if (o.years) {
        std::tie(options.startYear, options.endYear) = parseYears(*o.years);
        options.yearsChosen = true;
    }
    if (o.projection && *o.projection != "program" && *o.projection != "ssb")
        throw CliError(ExitInvalidInput, CliText::tr("--projection må være program (programmets egen framskriving) eller ssb (SSBs, "
                                                     "hentet med gevinst db fetch-ssb), ikke «%1»")
                                             .arg(CliText::q(*o.projection)));
    if (o.projection && *o.projection == "ssb")
        options.projection = store::NewScenarioOptions::Projection::Ssb;
    auto library = openLibrary(o.dbPath, false);
    const QString unitId = QString::fromStdString(*o.unit);
    if (auto u = library->unit(unitId); !u)
        throw CliError(u.error().kind == StoreError::Kind::NotFound ? ExitInvalidInput : ExitFailure,
                       "--unit: " + text(u.error().message) + CliText::text(CliText::tr(" (se gevinst db units)")));
    auto doc = library->documentForUnit(unitId, options);
    if (!doc) {
        const StoreError& e = doc.error();
        static const std::pair<const char*, const char*> optionOfField[] = {
            {"unit", "--unit"}, {"service_area", "--service-area"}, {"years", "--years"}, {"projection", "--projection"}};
        for (const auto& [field, option] : optionOfField)
            if (e.field == QLatin1String(field))
                throw CliError(ExitInvalidInput, std::string(option) + ": " + text(e.message));
        fail(e);
    }
    const auto saved = take(library->create(*doc, QStringLiteral("Nytt scenario for enheten (tjenesteområde %1)").arg(options.serviceArea)));
    std::cout << saved.scenarioId << "\n";
    return ExitOk;
}

int dbImport(const DbOptions& o)
{
    o.check("db import FILE.json [--note TEXT]", {"--note"}, 1);
    const auto& note = o.note;
    const std::string& file = o.arguments.front();
    const std::string bytes = readFile(file, ReaderLimits::maxDocumentBytes);
    // Validate first, so that the messages name the file and every field path.
    ReadOutcome outcome = ScenarioReader::fromText(bytes);
    if (!outcome.ok())
        failInvalid(file, outcome.errors);
    auto library = openLibrary(o.dbPath, false);
    const auto saved = take(library->create(QByteArray::fromStdString(bytes), QString::fromStdString(note.value_or(std::string()))));
    std::cout << saved.scenarioId << "\n";
    return ExitOk;
}

int dbExport(const DbOptions& o)
{
    o.check("db export ID [--version N] [--format 1|2] [-o FILE.json]", {"--version", "-o", "--format"}, 1);
    const auto& out = o.output;
    const auto& version = o.version;
    const qint64 id = scenarioId(o.arguments.front());
    std::optional<int> wanted;
    if (version) {
        const qint64 v = scenarioId(*version);
        wanted = int(v);
    }
    auto library = openLibrary(o.dbPath, true);
    const auto doc = take(library->load(id, wanted));
    // As stored, or rewritten in the format asked for (format 1 only for the standard vocabulary).
    const std::string bytes = o.format ? documentInFormat(doc.json.toStdString(), *o.format) : doc.json.toStdString();
    if (out && *out != "-")
        writeFileAtomically(*out, bytes);
    else
        std::cout << bytes;
    return ExitOk;
}

int dbVersions(const DbOptions& o)
{
    o.check("db versions ID", {}, 1);
    const qint64 id = scenarioId(o.arguments.front());
    auto library = openLibrary(o.dbPath, true);
    const auto info = take(library->scenario(id));
    const auto versions = take(library->versions(id));
    std::cout << text(info.name) << " – " << text(info.unitName) << (info.trashed ? CliText::text(CliText::tr(" (i papirkurven)")) : "")
              << "\n";
    TextTable table({CliText::text(CliText::tr("Versjon")), CliText::text(CliText::tr("Lagret")), CliText::text(CliText::tr("Av")),
                     CliText::text(CliText::tr("Notat"))});
    for (const auto& v : versions)
        table.addRow({std::to_string(v.version), localTime(v.savedAt), v.savedBy.isEmpty() ? "–" : text(v.savedBy), text(v.note)});
    std::cout << table.render();
    return ExitOk;
}

int dbImportSsb(const DbOptions& o)
{
    o.check("db import-ssb FILE", {}, 1);
    const std::string& file = o.arguments.front();
    auto table = store::SsbImporter::readFile(QString::fromStdString(file));
    if (!table) {
        if (table.error().kind == StoreError::Kind::NotFound || table.error().kind == StoreError::Kind::Io)
            throw CliError(ExitFailure, CliText::storeError(table.error()));
        fail(table.error());
    }
    auto library = openLibrary(o.dbPath, false);
    const auto summary = take(library->importPopulation(*table));
    std::cout << CliText::text(CliText::tr("Importerte folketall for %n enheter", nullptr, int(summary.units)) +
                               CliText::tr(" og %1 år (%2 rader) fra %3")
                                   .arg(summary.years)
                                   .arg(summary.records)
                                   .arg(QString::fromStdString(text(summary.source))))
              << "\n";
    return ExitOk;
}

/// Exit code of `db save` when the version it was based on is no longer the newest.
constexpr int kExitConflict = 3;

int dbSave(const DbOptions& o)
{
    o.check("db save ID FILE.json [--note TEXT] [--base-version N]", {"--note", "--base-version"}, 2);
    const qint64 id = scenarioId(o.arguments[0]);
    const std::string& file = o.arguments[1];
    std::optional<int> base;
    if (o.baseVersion) {
        std::size_t used = 0;
        int value = 0;
        try {
            value = std::stoi(*o.baseVersion, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != o.baseVersion->size() || value < 1)
            throw CliError(ExitInvalidInput, CliText::tr("--base-version må være et versjonsnummer (gevinst db versions ID), ikke «%1»")
                                                 .arg(CliText::q(*o.baseVersion)));
        base = value;
    }
    const std::string bytes = readFile(file, ReaderLimits::maxDocumentBytes);
    ReadOutcome outcome = ScenarioReader::fromText(bytes);
    if (!outcome.ok())
        failInvalid(file, outcome.errors);
    auto library = openLibrary(o.dbPath, false);
    const QByteArray json = QByteArray::fromStdString(bytes);
    const QString note = QString::fromStdString(o.note.value_or(std::string()));
    auto saved = base ? library->saveOnBase(id, json, *base, note) : library->save(id, json, note);
    if (!saved) {
        if (saved.error().kind == StoreError::Kind::Conflict)
            throw CliError(kExitConflict, text(saved.error().message));
        fail(saved.error());
    }
    std::cout << saved->version << "\n";
    return ExitOk;
}

int dbTrash(const DbOptions& o)
{
    o.check("db trash ID", {}, 1);
    const qint64 id = scenarioId(o.arguments.front());
    auto library = openLibrary(o.dbPath, false);
    auto trashed = library->moveToTrash(id);
    if (!trashed) {
        if (trashed.error().kind == StoreError::Kind::Conflict)
            throw CliError(ExitFailure, text(trashed.error().message));
        fail(trashed.error());
    }
    std::cout << CliText::text(CliText::tr("Scenario %1 er lagt i papirkurven").arg(id)) << "\n";
    return ExitOk;
}

int dbInit(const DbOptions& o)
{
    o.check("db init [--db PATH|URI]", {}, 0);
    const auto result = take(ScenarioLibrary::initialize(QString::fromStdString(o.dbPath)));
    if (result.alreadyLibrary)
        std::cout << CliText::text(CliText::tr("%1 er allerede et Gevinstmodell-bibliotek (skjemaversjon %2); ingenting ble endret.")
                                       .arg(QString::fromStdString(o.dbPath))
                                       .arg(result.schemaVersion))
                  << "\n";
    else
        std::cout << CliText::text(CliText::tr("%1 er klargjort som Gevinstmodell-bibliotek (skjemaversjon %2) med enhetene, "
                                               "befolkningen og scenarioene som følger med programmet.")
                                       .arg(QString::fromStdString(o.dbPath))
                                       .arg(result.schemaVersion))
                  << "\n";
    return ExitOk;
}

int dbCopy(const DbOptions& o)
{
    o.check("db copy --from A --to B", {"--from", "--to"}, 0);
    if (!o.from || o.from->empty() || !o.to || o.to->empty())
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst db copy --from A --to B (A og B: en bibliotekfil eller "
                                                     "postgresql://BRUKER@TJENER:PORT/DATABASE)"));
    const auto copied = take(ScenarioLibrary::copy(QString::fromStdString(*o.from), QString::fromStdString(*o.to)));
    std::cout << CliText::text(CliText::tr("Kopierte til %1: %2 scenarioer med %3 versjoner, %4 planer, %5 gevinster, %6 mål, "
                                           "%7 faktiske tall, %8 enheter, %9 befolkningstall og %10 SSB-framskrivinger.")
                                   .arg(QString::fromStdString(*o.to))
                                   .arg(copied.scenarios)
                                   .arg(copied.versions)
                                   .arg(copied.plans)
                                   .arg(copied.benefits)
                                   .arg(copied.targets)
                                   .arg(copied.actuals)
                                   .arg(copied.units)
                                   .arg(copied.populationRows)
                                   .arg(copied.ssbProjections))
              << "\n";
    return ExitOk;
}

int dbStatus(const DbOptions& o)
{
    o.check("db status", {}, 0);
    auto library = openLibrary(o.dbPath, true);
    const auto s = take(library->status());
    const QString access = !s.readOnly ? QString() : s.server ? CliText::tr(" (ingen skrivetilgang)") : CliText::tr(" (skrivebeskyttet)");
    std::cout << CliText::text(CliText::tr("Bibliotek: %1").arg(s.filePath) + access) << "\n"
              << (s.server ? CliText::text(CliText::tr("Tjener: PostgreSQL, som %1").arg(s.user)) + "\n" : std::string())
              << CliText::text(CliText::tr("Skjemaversjon: %1").arg(s.schemaVersion)) << "\n"
              << CliText::text(CliText::tr("Scenarioer: %1 (i papirkurven: %2)").arg(s.scenarioCount).arg(s.trashedCount)) << "\n"
              << CliText::text(CliText::tr("Enheter: %1").arg(s.unitCount)) << "\n"
              << CliText::text(CliText::tr("Befolkningsår:"));
    for (int y : s.populationYears)
        std::cout << " " << y;
    std::cout << "\n";
    return ExitOk;
}

} // namespace

int runDb(CliArgs& args)
{
    if (isDbFetchSsb(args))
        return runDbFetchSsb(args);
    DbOptions o;
    o.dbPath = takeLibraryPath(args);
    o.unit = args.option("--unit");
    o.search = args.option("--search");
    o.note = args.option("--note");
    o.output = args.option("-o", "--output");
    o.version = args.option("--version");
    o.format = args.option("--format");
    o.trash = args.flag("--trash");
    o.serviceArea = args.option("--service-area");
    o.name = args.option("--name");
    o.years = args.option("--years");
    o.projection = args.option("--projection");
    o.baseVersion = args.option("--base-version");
    o.from = args.option("--from");
    o.to = args.option("--to");
    auto words = args.positionals();
    if (words.empty())
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst %1").arg(QString::fromUtf8(kDbUsage)));
    const std::string verb = words.front();
    o.arguments.assign(words.begin() + 1, words.end());
    using Verb = int (*)(const DbOptions&);
    static const std::pair<const char*, Verb> verbs[] = {
        {"list", dbList},       {"units", dbUnits},          {"new", dbNew},       {"import", dbImport}, {"export", dbExport},
        {"versions", dbVersions}, {"import-ssb", dbImportSsb}, {"status", dbStatus},
        {"save", dbSave},         {"trash", dbTrash},          {"init", dbInit},     {"copy", dbCopy},
    };
    for (const auto& [name, run] : verbs)
        if (verb == name)
            return run(o);
    throw CliError(ExitInvalidInput, CliText::tr("ukjent db-kommando «%1» (bruk: gevinst %2)").arg(CliText::q(verb), QString::fromUtf8(kDbUsage)));
}

} // namespace gevinst::cli
