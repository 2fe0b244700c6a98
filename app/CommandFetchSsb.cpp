// gevinst db fetch-ssb --unit ID [--alternative MMMM|LLML|HHMH] [--ssb-url URL] [--timeout SEKUNDER] [--db PATH]:
// fetches SSB's own population projection for one kommune from SSB's open statistics
// API (PxWebAPI v2) and keeps it in the library beside the program's. Wires arguments
// to gevinst_store and words its errors in the user's language, nothing else.

#include "CliText.h"
#include "Commands.h"
#include "ScenarioSource.h"

#include "Language.h"
#include "NumberText.h"
#include "ScenarioLibrary.h"
#include "SsbProjection.h"
#include "SsbProjectionFetcher.h"

#include <cmath>
#include <iostream>

namespace gevinst::cli {

namespace {

constexpr const char* kUsage =
    "db fetch-ssb --unit ID [--alternative MMMM|LLML|HHMH] [--ssb-url URL] [--timeout SEKUNDER] [--db PATH]";

/// The fetcher's English detail where it adds what the wording leaves out (which table
/// alternatives there are, what could not be read): in English only, as CliText::storeError
/// does; Qt's own network errors (already in the user's language) in both.
QString technical(const store::SsbFetchError& e, bool fromQt)
{
    if (e.detail.isEmpty() || (!fromQt && io::UserLanguage::current() != io::Language::English))
        return {};
    return QStringLiteral(" [%1]").arg(e.detail);
}

/// The fetch's failure in the user's language, ending with what happened to the library.
[[noreturn]] void failFetch(const store::SsbFetchError& e, const store::SsbFetchRequest& request)
{
    using Kind = store::SsbFetchError::Kind;
    const QString unchanged = CliText::tr(" Ingenting i biblioteket er endret.");
    const QString where = e.url.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.url);
    switch (e.kind) {
    case Kind::Offline:
        throw CliError(ExitFailure, CliText::tr("Får ikke kontakt med SSBs statistikkbank%1: %2. Er maskinen koblet til Internett? "
                                                "Prøv igjen når den er på nett, eller importer tabell %3 fra statistikkbanken med "
                                                "gevinst db import-ssb FIL.")
                                            .arg(where, e.detail, request.tableId) +
                                        unchanged);
    case Kind::Timeout:
        throw CliError(ExitFailure, CliText::tr("SSBs statistikkbank svarte ikke innen %1 sekunder%2. Prøv igjen senere (SSBs API kan "
                                                "være stengt om morgenen og i helgene).")
                                            .arg(request.timeoutMs / 1000)
                                            .arg(where) +
                                        unchanged);
    case Kind::Http:
        throw CliError(ExitFailure, CliText::tr("SSBs statistikkbank svarte med en feil (%1)%2.").arg(e.detail, where) + unchanged);
    case Kind::Malformed:
        throw CliError(ExitFailure, CliText::tr("Svaret fra SSB%1 er ikke en framskriving programmet kan lese.").arg(where) +
                                        technical(e, false) + unchanged);
    case Kind::NoAlternative:
        throw CliError(ExitFailure, CliText::tr("Tabell %1 har ikke alternativet %2%3.").arg(request.tableId, request.alternative, where) +
                                        technical(e, false) + unchanged);
    case Kind::NotAKommune:
        throw CliError(ExitInvalidInput, CliText::tr("--unit: SSB framskriver befolkningen per kommune (tabell %1), ikke per bydel eller "
                                                     "fylke; %2 er ingen kommune. Bruk programmets framskriving (gevinst projection "
                                                     "--unit %2).")
                                                 .arg(request.tableId, request.unitId) +
                                             unchanged);
    case Kind::BadRequest:
        throw CliError(ExitInvalidInput, CliText::tr("Ugyldig forespørsel til SSB.") + technical(e, false) + unchanged);
    }
    throw CliError(ExitFailure, CliText::tr("Henting fra SSB mislyktes.") + technical(e, false) + unchanged);
}

QString persons(qint64 n)
{
    return io::NumberText::number(double(n), 0);
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
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst %1").arg(QString::fromUtf8(kUsage)));

    store::SsbFetchRequest request;
    request.unitId = QString::fromStdString(*unit).trimmed();
    if (alternative) {
        request.alternative = QString::fromStdString(*alternative).trimmed().toUpper();
        if (!store::isSsbAlternative(request.alternative))
            throw CliError(ExitInvalidInput, CliText::tr("--alternative må være MMMM (SSBs hovedalternativ), LLML (lav vekst) eller "
                                                         "HHMH (høy vekst), ikke «%1»")
                                                 .arg(CliText::q(*alternative)));
    }
    if (url)
        request.baseUrl = QString::fromStdString(*url);
    if (timeout) {
        if (!(*timeout > 0 && *timeout <= 600))
            throw CliError(ExitInvalidInput, CliText::tr("--timeout må være et antall sekunder mellom 0 og 600"));
        request.timeoutMs = int(std::lround(*timeout * 1000));
    }

    auto library = openLibrary(dbPath, false);
    const auto target = library->unit(request.unitId);
    if (!target)
        throw CliError(target.error().kind == store::StoreError::Kind::NotFound ? ExitInvalidInput : ExitFailure,
                       CliText::tr("--unit: fant ikke enheten «%1» i biblioteket (se gevinst db units)").arg(request.unitId));
    if (target->level != store::UnitLevel::Kommune)
        failFetch(store::SsbFetchError{store::SsbFetchError::Kind::NotAKommune, {}, {}, 0}, request);

    const store::SsbFetchOutcome outcome = store::SsbProjectionFetcher::fetchBlocking(request);
    if (!outcome.ok())
        failFetch(*outcome.error, request);
    const store::SsbProjection& p = *outcome.projection;
    if (auto saved = library->saveSsbProjection(p); !saved)
        throw CliError(ExitFailure, CliText::tr("SSBs framskriving ble hentet, men kunne ikke lagres: %1").arg(CliText::storeError(saved.error())) +
                                        CliText::tr(" Ingenting i biblioteket er endret."));

    const auto& first = p.years.front();
    const auto& last = p.years.back();
    std::cout << CliText::text(CliText::tr("Hentet SSBs framskriving for %1 (%2), alternativ %3, tabell %4: %5–%6 (%7 år).")
                                   .arg(target->name, target->id, p.alternative, p.tableId)
                                   .arg(first.year)
                                   .arg(last.year)
                                   .arg(p.years.size()))
              << "\n"
              << CliText::text(CliText::tr("80 år og over: %1 i %2, %3 i %4. 67–79 år: %5 → %6.")
                                   .arg(persons(first.persons[3]))
                                   .arg(first.year)
                                   .arg(persons(last.persons[3]))
                                   .arg(last.year)
                                   .arg(persons(first.persons[2]), persons(last.persons[2])))
              << "\n"
              << CliText::text(CliText::tr("Kilde: %1").arg(p.source)) << "\n"
              << CliText::text(CliText::tr("Programmets egen framskriving (§ 8) er beholdt; velg SSBs for et nytt scenario med "
                                           "gevinst db new --unit %1 --projection ssb.")
                                   .arg(target->id))
              << "\n";
    return ExitOk;
}

} // namespace gevinst::cli
