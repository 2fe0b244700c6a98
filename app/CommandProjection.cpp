// gevinst projection: the program's own population projection (spec §8) for one
// kommune or bydel, as JSON (gevinstmodell-projection/1), with the registered years
// the scenario library has beside it. Wires the shipped data, the projection module
// and the library together, nothing else.
//
// "registered": every year the library has figures for the unit (2024–2026 as shipped).
// The library keeps the four standard bands, so a requested band is taken from it when
// it is a union of them (0-19, 20-66, 67-79, 80+, and e.g. 67+, 0-66, 20-79, 0+). Any
// other band (e.g. 0-5 or 85+) is registered only for the base year 2024, summed from the
// shipped single-age file (SSB 07459/10826); for 2025 and 2026 such a band is left out,
// since the program ships no single-age figures for those years.

#include "Commands.h"
#include "CliText.h"

#include "DataLocations.h"
#include "ModelErrorText.h"
#include "LibraryTypes.h"
#include "ScenarioLibrary.h"
#include "ScenarioSource.h"
#include "SsbImporter.h"

#include "PopulationProjection.h"
#include "ProjectionBands.h"
#include "ProjectionDataSet.h"

#include <QDir>
#include <QFile>

#include <cmath>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <nlohmann/json.hpp>

namespace gevinst::cli {

namespace {

using nlohmann::ordered_json;
using projection::ProjectionBand;
using projection::ProjectionBands;

constexpr const char* kUsage = "projection --unit ID [--to YEAR] [--bands 0-19,20-66,67-79,80+] [--db PATH]";
constexpr int kDefaultLastYear = 2050;

int parseYear(const std::string& text, const projection::ProjectionMethod& method)
{
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || value < method.baseYear || value > method.lastYear)
        throw CliError(ExitInvalidInput, CliText::tr("--to må være et år fra %1 til %2, ikke «%3»")
                                             .arg(method.baseYear)
                                             .arg(method.lastYear)
                                             .arg(CliText::q(text)));
    return value;
}

/// The folder with the shipped CSV files (…/resources/data), or exit 1.
QString shippedDataFolder()
{
    const QString marker = QStringLiteral("resources/data/") + QString::fromUtf8(projection::ProjectionDataSet::kEarlierFile.data(),
                                                                                qsizetype(projection::ProjectionDataSet::kEarlierFile.size()));
    const QString dir = store::DataLocations::dataDir(marker);
    if (dir.isEmpty())
        throw CliError(ExitFailure, CliText::tr("fant ikke de leverte dataene (%1); så i: %2 (sett GEVINST_DATA_DIR)")
                                        .arg(marker, store::DataLocations::searchDirs().join(QStringLiteral(", "))));
    return QDir(dir).filePath(QStringLiteral("resources/data"));
}

QByteArray readShipped(const QString& folder, const char* name)
{
    QFile file(QDir(folder).filePath(QString::fromUtf8(name)));
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(ExitFailure, file.fileName().toStdString() + ": " + file.errorString().toStdString());
    return file.readAll();
}

/// The kommune or Oslo bydel from the shipped unit list, or exit 2 naming --unit.
store::Unit shippedUnit(const QString& folder, const std::string& id)
{
    const QString kommuner = QDir(folder).filePath(QStringLiteral("kommuner-2024.csv"));
    const QString ageBands = QDir(folder).filePath(QStringLiteral("population-by-ageband-2024-2026.csv"));
    auto units = store::SsbImporter::readMunicipalityCsv(readShipped(folder, "kommuner-2024.csv"), kommuner);
    if (!units)
        throw CliError(ExitFailure, CliText::storeError(units.error()));
    auto bydeler = store::SsbImporter::readOsloBydeler(readShipped(folder, "population-by-ageband-2024-2026.csv"), ageBands);
    if (!bydeler)
        throw CliError(ExitFailure, CliText::storeError(bydeler.error()));
    units->insert(units->end(), bydeler->begin(), bydeler->end());
    for (const store::Unit& u : *units)
        if (u.id.toStdString() == id && u.level != store::UnitLevel::County)
            return u;
    // Qualified in full so that lupdate files the text under gevinst::cli::CliText (after a return type
    // such as store::Unit it would take "CliText" for the context).
    throw CliError(ExitInvalidInput, gevinst::cli::CliText::tr("--unit: «%1» er ingen kommune (f.eks. 3207) eller bydel i Oslo "
                                                               "(f.eks. 030112) i enhetslisten (se gevinst db units)")
                                         .arg(CliText::q(id)));
}

/// The band as a sum of the library's four bands, when it is one: its start and end
/// must fall on their borders (ages at and above 105 count as the open group).
std::optional<qint64> fromStandardBands(const ProjectionBand& band, const store::AgeBandPopulation& registered)
{
    static constexpr int starts[] = {0, 20, 67, 80};
    const bool open = band.open || band.last >= projection::kOpenAge;
    int first = -1, last = -1;
    for (int i = 0; i < 4; ++i) {
        if (starts[i] == band.first)
            first = i;
        if (!open && i < 3 && starts[i + 1] == band.last + 1)
            last = i;
    }
    if (open)
        last = 3;
    if (first < 0 || last < first)
        return std::nullopt;
    qint64 sum = 0;
    for (int i = first; i <= last; ++i)
        sum += registered.persons[std::size_t(i)];
    return sum;
}

/// A whole number as an integer, anything else as it is.
ordered_json count(double persons)
{
    if (std::nearbyint(persons) == persons && std::fabs(persons) < 1e15)
        return ordered_json(static_cast<long long>(persons));
    return ordered_json(persons);
}

std::string methodText(const projection::ProjectionMethod& m, bool withMigration)
{
    std::string text = "Programmets egen framskriving etter ettårig alder (kohort-komponent, spesifikasjonen §8): "
                       "registrert folketall 1.1." + std::to_string(m.baseYear) + " (SSB 07459/10826), dødelighet fra SSB 07902 "
                       "(begge kjønn, snitt 2022–2024) med 1,5 % årlig nedgang fra 2023, ";
    if (withMigration)
        text += "nettoflytting fra enhetens egne år 1.1." + std::to_string(m.baseYear - 5) + "–1.1." + std::to_string(m.baseYear) +
                " med halv vekt (høyst ±2,5 % per år), ";
    else
        text += "uten flytting (ingen folketall for 1.1." + std::to_string(m.baseYear - 5) + "), ";
    return text + "fødsler i fast forhold til antall 20–44 år; ikke SSBs framskriving";
}

} // namespace

int runProjection(CliArgs& args)
{
    const projection::ProjectionMethod method;
    const auto unitOption = args.option("--unit");
    const auto toOption = args.option("--to");
    const auto bandsOption = args.option("--bands");
    const std::string dbPath = takeLibraryPath(args);
    if (!args.positionals().empty())
        throw CliError(ExitInvalidInput, CliText::tr("bruk: gevinst %1").arg(QString::fromUtf8(kUsage)));
    if (!unitOption || unitOption->empty())
        throw CliError(ExitInvalidInput, CliText::tr("--unit ID må oppgis (bruk: gevinst %1)").arg(QString::fromUtf8(kUsage)));
    const int lastYear = toOption ? parseYear(*toOption, method) : kDefaultLastYear;
    ProjectionBands bands = ProjectionBands::standard();
    if (bandsOption) {
        auto parsed = ProjectionBands::parse(*bandsOption);
        if (!parsed)
            throw CliError(ExitInvalidInput, "--bands: " + CliText::text(io::ModelErrorText::message(parsed.error())));
        bands = std::move(parsed).value();
    }

    const QString folder = shippedDataFolder();
    const store::Unit unit = shippedUnit(folder, *unitOption);
    auto data = projection::ProjectionDataSet::load(folder.toStdString());
    if (!data)
        throw CliError(ExitFailure, CliText::text(io::ModelErrorText::message(data.error())));
    auto inputs = data->inputs(*unitOption);
    if (!inputs)
        throw CliError(ExitFailure, CliText::text(io::ModelErrorText::message(inputs.error())));
    const bool withMigration = inputs->fiveYearsEarlier.has_value();
    const projection::PopulationProjection projection(std::move(inputs).value(), method);
    const projection::ProjectionSeries series = projection.run(lastYear);
    const auto byBand = projection::PopulationProjection::bandSeries(series, bands);

    ordered_json bandJson = ordered_json::object();
    for (std::size_t b = 0; b < bands.size(); ++b)
        bandJson[bands.bands()[b].label] = byBand[b];

    auto library = openLibrary(dbPath, true);
    auto registered = library->population(unit.id);
    if (!registered)
        throw CliError(ExitFailure, CliText::storeError(registered.error()));
    std::map<int, ordered_json> registeredYears;
    for (const store::AgeBandPopulation& year : *registered) {
        ordered_json row = ordered_json::object();
        for (const ProjectionBand& band : bands.bands()) {
            if (auto n = fromStandardBands(band, year))
                row[band.label] = *n;
            else if (year.year == method.baseYear)
                row[band.label] = count(band.sum(projection.inputs().base));
        }
        if (!row.empty())
            registeredYears[year.year] = std::move(row);
    }
    if (!registeredYears.count(method.baseYear)) { // a library without the base year: the single-age file's
        ordered_json row = ordered_json::object();
        for (const ProjectionBand& band : bands.bands())
            row[band.label] = count(band.sum(projection.inputs().base));
        registeredYears[method.baseYear] = std::move(row);
    }
    ordered_json registeredJson = ordered_json::object();
    for (auto& [year, row] : registeredYears)
        registeredJson[std::to_string(year)] = std::move(row);

    ordered_json out = ordered_json::object();
    out["format"] = "gevinstmodell-projection/1";
    out["unit"] = {{"id", unit.id.toStdString()},
                   {"name", unit.name.toStdString()},
                   {"level", store::unitLevelName(unit.level).toStdString()}};
    out["base_year"] = method.baseYear;
    out["method"] = methodText(method, withMigration);
    out["years"] = series.years;
    out["bands"] = std::move(bandJson);
    out["registered"] = std::move(registeredJson);
    std::cout << out.dump(2) << "\n";
    return ExitOk;
}

} // namespace gevinst::cli
