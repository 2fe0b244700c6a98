#include "OverviewLibrary.h"

#include "DataLocations.h"
#include "ScenarioReader.h"
#include "ScenarioTemplate.h"
#include "ServiceAreaCatalogue.h"

#include <QDir>
#include <QStringList>

#include <mutex>
#include <optional>

namespace gevinst::store {

namespace {

/// The shipped projection and KOSTRA data, loaded once (as ScenarioTemplate loads them).
struct ShippedFigures {
    std::optional<projection::ProjectionDataSet> population;
    std::optional<baseline::KostraBaseline> kostra;
    std::optional<StoreError> error;
};

const ShippedFigures& shippedFigures()
{
    static std::once_flag once;
    static ShippedFigures figures;
    std::call_once(once, [] {
        const QString kostraFile = QString::fromUtf8(baseline::KostraBaseline::kKostraFile.data(),
                                                     qsizetype(baseline::KostraBaseline::kKostraFile.size()));
        const QString root = DataLocations::dataDir(QStringLiteral("resources/data/") + kostraFile);
        if (root.isEmpty()) {
            figures.error = StoreError{StoreError::Kind::Io,
                                       QStringLiteral("the shipped data (resources/data/%1) was not found; looked in: %2 (set GEVINST_DATA_DIR)")
                                           .arg(kostraFile, DataLocations::searchDirs().join(QStringLiteral(", "))),
                                       {}, 0, {}};
            return;
        }
        const std::filesystem::path folder = QDir(QDir(root).filePath(QStringLiteral("resources/data"))).absolutePath().toStdString();
        auto population = projection::ProjectionDataSet::load(folder);
        auto kostra = baseline::KostraBaseline::load(folder);
        if (!population || !kostra) {
            const auto& e = !population ? population.error() : kostra.error();
            figures.error = StoreError{StoreError::Kind::Io, QString::fromStdString(e.message()), QString::fromStdString(folder.string()), 0, {}};
            return;
        }
        figures.population.emplace(std::move(population).value());
        figures.kostra.emplace(std::move(kostra).value());
    });
    return figures;
}

/// The package of a scenario read and validated (from the library or a file).
OverviewPackage packageFromScenario(Scenario scenario, const QString& label)
{
    OverviewPackage p;
    p.scenario = std::move(scenario);
    auto areas = ScenarioTemplate::serviceAreas();
    const ServiceArea* area = areas ? (*areas)->find(p.scenario.serviceArea) : nullptr;
    p.areaName = area ? area->name : p.scenario.serviceArea;
    if (area)
        p.kostra = area->kostra;
    p.label = label.toStdString();
    // As ScenarioTemplate::fromScenario: the template's horizon is kept.
    p.startYear = p.scenario.startYear;
    p.endYear = p.scenario.endYear;
    p.yearsSource = "Som i malen «" + p.label + "»: " + std::to_string(p.startYear) + "–" + std::to_string(p.endYear) + ".";
    return p;
}

StoreResult<OverviewPackage> packageFromDocument(const QByteArray& json, const QString& label)
{
    ReadOutcome read = ScenarioReader::fromText(json.toStdString());
    if (!read.ok()) {
        const QString first = QString::fromStdString(read.errors.front().message());
        const QString path = QString::fromStdString(read.errors.front().path);
        return StoreError{StoreError::Kind::InvalidInput, QStringLiteral("the package scenario is invalid: %1").arg(first), {}, 0, path,
                          std::move(read.errors)};
    }
    return packageFromScenario(std::move(*read.scenario), label);
}

UnitRef unitRef(const Unit& unit)
{
    UnitRef ref;
    ref.id = unit.id.toStdString();
    ref.name = unit.name.toStdString();
    ref.level = unitLevelName(unit.level).toStdString();
    if (unit.level == UnitLevel::Bydel)
        ref.parent = unit.parentId.toStdString();
    return ref;
}

} // namespace

StoreResult<std::vector<OverviewUnitSpec>> OverviewLibrary::units(const ScenarioLibrary& library)
{
    auto all = library.units();
    if (!all)
        return all.error();
    std::vector<OverviewUnitSpec> out;
    for (const Unit& u : *all) {
        if (u.level == UnitLevel::County)
            continue;
        OverviewUnitSpec spec;
        spec.unit = unitRef(u);
        spec.countyId = u.countyId.toStdString();
        spec.countyName = u.countyName.toStdString();
        auto figures = library.population(u.id);
        if (!figures)
            return figures.error();
        for (const AgeBandPopulation& p : *figures) {
            RegisteredBands r;
            r.year = p.year;
            for (std::size_t b = 0; b < 4; ++b)
                r.persons[b] = double(p.persons[b]);
            r.source = p.source.toStdString();
            spec.registered.push_back(r);
        }
        out.push_back(std::move(spec));
    }
    return out;
}

StoreResult<OverviewPackage> OverviewLibrary::package(const ScenarioLibrary& library, const OverviewPackageChoice& choice)
{
    if (choice.storedId > 0) {
        auto stored = library.loadScenario(choice.storedId);
        if (!stored)
            return stored.error();
        const ScenarioInfo& info = stored->document.info;
        return packageFromScenario(std::move(stored->scenario), QStringLiteral("%1 (%2)").arg(info.name, info.unitName));
    }
    if (!choice.scenarioJson.isEmpty())
        return packageFromDocument(choice.scenarioJson, choice.scenarioLabel);
    auto areas = ScenarioTemplate::serviceAreas();
    if (!areas)
        return areas.error();
    const ServiceArea* area = (*areas)->find(choice.serviceArea.toStdString());
    if (!area) {
        QStringList known;
        for (const auto& a : (*areas)->areas())
            known << QString::fromStdString(a.id);
        return StoreError{StoreError::Kind::InvalidInput,
                          QStringLiteral("no service area \"%1\" (there are: %2)").arg(choice.serviceArea, known.join(QStringLiteral(", "))),
                          {}, 0, QStringLiteral("service_area")};
    }
    // As ScenarioTemplate::forUnit with the default options (2025–2040, said to be the default).
    OverviewPackage p;
    p.scenario = area->templateScenario;
    p.areaName = area->name;
    p.kostra = area->kostra;
    p.label = area->name + " (mal for " + area->templateScenario.unit.name + ")";
    const NewScenarioOptions defaults;
    p.startYear = defaults.startYear;
    p.endYear = defaults.endYear;
    return p;
}

StoreResult<const projection::ProjectionDataSet*> OverviewLibrary::population()
{
    const ShippedFigures& f = shippedFigures();
    if (f.error)
        return *f.error;
    return &*f.population;
}

StoreResult<const baseline::KostraBaseline*> OverviewLibrary::kostra()
{
    const ShippedFigures& f = shippedFigures();
    if (f.error)
        return *f.error;
    return &*f.kostra;
}

StoreResult<std::vector<OverviewUnitInput>> OverviewLibrary::inputs(const ScenarioLibrary& library, const OverviewPackageChoice& choice,
                                                                    int threads, const std::function<void(int, int)>& progress,
                                                                    const std::atomic<bool>* cancel)
{
    auto pkg = package(library, choice);
    if (!pkg)
        return pkg.error();
    auto specs = units(library);
    if (!specs)
        return specs.error();
    auto pop = population();
    if (!pop)
        return pop.error();
    auto kos = kostra();
    if (!kos)
        return kos.error();
    const OverviewInputs builder(std::move(pkg).value(), **pop, **kos);
    return builder.build(*specs, threads, progress, cancel);
}

} // namespace gevinst::store
