// gevinst db fetch-ssb --unit ID [--alternative MMMM|LLML|HHMH] [--ssb-url URL] [--timeout SEKUNDER] [--db PATH]:
// fetches SSB's own population projection for one kommune from SSB's open statistics
// API (PxWebAPI v2) and keeps it in the library beside the program's. Wires arguments
// to gevinst_store and words its errors in Norwegian, nothing else.

#include "Commands.h"
#include "ScenarioSource.h"

#include "ScenarioLibrary.h"
#include "SsbProjection.h"
#include "SsbProjectionFetcher.h"

#include <QLocale>

#include <cmath>
#include <iostream>

namespace gevinst::cli {

namespace {

constexpr const char* kUsage =
    "db fetch-ssb --unit ID [--alternative MMMM|LLML|HHMH] [--ssb-url URL] [--timeout SEKUNDER] [--db PATH]";

std::string text(const QString& s)
{
    return s.toStdString();
}

/// The fetch's failure in Norwegian, ending with what happened to the library.
[[noreturn]] void failFetch(const store::SsbFetchError& e, const store::SsbFetchRequest& request)
{
    using Kind = store::SsbFetchError::Kind;
    const std::string unchanged = " Ingenting i biblioteket er endret.";
    const std::string where = e.url.isEmpty() ? std::string() : " (" + text(e.url) + ")";
    switch (e.kind) {
    case Kind::Offline:
        throw CliError(ExitFailure, "Får ikke kontakt med SSBs statistikkbank" + where + ": " + text(e.detail) +
                                        ". Er maskinen koblet til Internett? Prøv igjen når den er på nett, eller importer "
                                        "tabell " + text(request.tableId) + " fra statistikkbanken med gevinst db import-ssb FIL." + unchanged);
    case Kind::Timeout:
        throw CliError(ExitFailure, "SSBs statistikkbank svarte ikke innen " + std::to_string(request.timeoutMs / 1000) + " sekunder" +
                                        where + ". Prøv igjen senere (SSBs API kan være stengt om morgenen og i helgene)." + unchanged);
    case Kind::Http:
        throw CliError(ExitFailure, "SSBs statistikkbank svarte med en feil (" + text(e.detail) + ")" + where + "." + unchanged);
    case Kind::Malformed:
        throw CliError(ExitFailure, "Svaret fra SSB" + where + " er ikke en framskriving programmet kan lese: " + text(e.detail) + "." +
                                        unchanged);
    case Kind::NoAlternative:
        throw CliError(ExitFailure, "Tabell " + text(request.tableId) + " har ikke alternativet " + text(request.alternative) + where + ": " +
                                        text(e.detail) + "." + unchanged);
    case Kind::NotAKommune:
        throw CliError(ExitInvalidInput, "--unit: SSB framskriver befolkningen per kommune (tabell " + text(request.tableId) + "), ikke per "
                                         "bydel eller fylke; " + text(request.unitId) +
                                             " er ingen kommune. Bruk programmets framskriving (gevinst projection --unit " +
                                             text(request.unitId) + ")." + unchanged);
    case Kind::BadRequest:
        throw CliError(ExitInvalidInput, text(e.detail) + "." + unchanged);
    }
    throw CliError(ExitFailure, text(e.detail) + unchanged);
}

std::string persons(qint64 n)
{
    QLocale no(QLocale::NorwegianBokmal, QLocale::Norway);
    return text(no.toString(n));
}

} // namespace

bool isDbFetchSsb(const CliArgs& args)
{
    CliArgs probe = args;
    try {
        (void)takeLibraryPath(probe);
        for (const char* name : {"--unit", "--alternative", "--ssb-url", "--timeout"})
            (void)probe.option(name);
        const auto words = probe.positionals();
        return !words.empty() && words.front() == "fetch-ssb";
    } catch (const CliError&) {
        return false;
    }
}

int runDbFetchSsb(CliArgs& args)
{
    const std::string dbPath = takeLibraryPath(args);
    const auto unit = args.option("--unit");
    const auto alternative = args.option("--alternative");
    const auto url = args.option("--ssb-url");
    const auto timeout = args.numberOption("--timeout");
    const auto words = args.positionals();
    if (words.size() != 1 || !unit)
        throw CliError(ExitInvalidInput, std::string("usage: gevinst ") + kUsage);

    store::SsbFetchRequest request;
    request.unitId = QString::fromStdString(*unit).trimmed();
    if (alternative) {
        request.alternative = QString::fromStdString(*alternative).trimmed().toUpper();
        if (!store::isSsbAlternative(request.alternative))
            throw CliError(ExitInvalidInput, "--alternative must be MMMM (SSBs hovedalternativ), LLML (lav vekst) or HHMH (høy vekst), not \"" +
                                                 *alternative + "\"");
    }
    if (url)
        request.baseUrl = QString::fromStdString(*url);
    if (timeout) {
        if (!(*timeout > 0 && *timeout <= 600))
            throw CliError(ExitInvalidInput, "--timeout must be a number of seconds between 0 and 600");
        request.timeoutMs = int(std::lround(*timeout * 1000));
    }

    auto library = openLibrary(dbPath, false);
    const auto target = library->unit(request.unitId);
    if (!target)
        throw CliError(target.error().kind == store::StoreError::Kind::NotFound ? ExitInvalidInput : ExitFailure,
                       "--unit: " + text(target.error().message) + " (see gevinst db units)");
    if (target->level != store::UnitLevel::Kommune)
        failFetch(store::SsbFetchError{store::SsbFetchError::Kind::NotAKommune, {}, {}, 0}, request);

    const store::SsbFetchOutcome outcome = store::SsbProjectionFetcher::fetchBlocking(request);
    if (!outcome.ok())
        failFetch(*outcome.error, request);
    const store::SsbProjection& p = *outcome.projection;
    if (auto saved = library->saveSsbProjection(p); !saved)
        throw CliError(ExitFailure, "SSBs framskriving ble hentet, men kunne ikke lagres: " + text(saved.error().text()) +
                                        " Ingenting i biblioteket er endret.");

    const auto& first = p.years.front();
    const auto& last = p.years.back();
    std::cout << "Hentet SSBs framskriving for " << text(target->name) << " (" << text(target->id) << "), alternativ "
              << text(p.alternative) << ", tabell " << text(p.tableId) << ": " << first.year << "–" << last.year << " ("
              << p.years.size() << " år).\n"
              << "80 år og over: " << persons(first.persons[3]) << " i " << first.year << ", " << persons(last.persons[3]) << " i "
              << last.year << ". 67–79 år: " << persons(first.persons[2]) << " → " << persons(last.persons[2]) << ".\n"
              << "Kilde: " << text(p.source) << "\n"
              << "Programmets egen framskriving (§ 8) er beholdt; velg SSBs for et nytt scenario med "
                 "gevinst db new --unit "
              << text(target->id) << " --projection ssb.\n";
    return ExitOk;
}

} // namespace gevinst::cli
