#include "ScenarioTemplate.h"

#include "DataLocations.h"
#include "SsbProjection.h"

#include "KostraBaseline.h"
#include "ModelErrorText.h"
#include "ProjectionDataSet.h"
#include "ScenarioReader.h"
#include "ServiceAreaCatalogue.h"
#include "UnitScenarioBuilder.h"

#include <QCoreApplication>
#include <QDir>

#include <map>
#include <memory>
#include <mutex>

namespace gevinst::store {

namespace {

/// Why a scenario for a unit cannot be made, in the user's language (the builder's
/// detail is English).
QString unitScenarioText(const UnitScenarioError& e)
{
    using Kind = UnitScenarioError::Kind;
    switch (e.kind) {
    case Kind::BadYears:
        return QCoreApplication::translate("gevinst::store::StoreError",
                                           "årene må gå fra %1 til høyst %2, høyst %3 år, med sluttåret ikke før startåret")
            .arg(UnitScenarioBuilder::kFirstYear)
            .arg(UnitScenarioBuilder::kLastYear)
            .arg(ReaderLimits::maxYears);
    case Kind::NotAUnit:
        return QCoreApplication::translate("gevinst::store::StoreError", "et scenario er for en kommune eller en bydel");
    case Kind::UnknownUnit:
        return QCoreApplication::translate("gevinst::store::StoreError",
                                           "ingen ettårige folketall eller KOSTRA-tall for enheten (en kommune fra 2024 eller "
                                           "en av Oslos 15 bydeler)");
    case Kind::Invalid: break;
    }
    return QCoreApplication::translate("gevinst::store::StoreError", "scenarioet som ble laget for enheten, er ugyldig (felt %1)")
        .arg(QString::fromStdString(e.field));
}

/// The shipped data a new scenario is made from, loaded once per folder.
struct ShippedData {
    std::optional<projection::ProjectionDataSet> population;
    std::optional<baseline::KostraBaseline> kostra;
    ServiceAreaCatalogue areas;
    std::optional<StoreError> error; ///< why population or kostra could not be loaded
};

QString shippedFolder(const QString& relative, const QString& marker)
{
    const QString dir = DataLocations::dataDir(relative + QLatin1Char('/') + marker);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(relative);
}

const ShippedData& shippedData()
{
    static std::mutex lock;
    static std::map<QString, std::unique_ptr<ShippedData>> loaded;
    const std::lock_guard<std::mutex> guard(lock);
    const QString dataFolder = shippedFolder(QStringLiteral("resources/data"),
                                             QString::fromUtf8(baseline::KostraBaseline::kKostraFile.data(),
                                                               qsizetype(baseline::KostraBaseline::kKostraFile.size())));
    const QString areaFolder = DataLocations::find(QStringLiteral("resources/service-areas"));
    auto& slot = loaded[dataFolder + QLatin1Char('|') + areaFolder];
    if (slot)
        return *slot;
    slot = std::make_unique<ShippedData>();
    if (!areaFolder.isEmpty())
        slot->areas = ServiceAreaCatalogue::load(QDir(areaFolder).absolutePath().toStdString());
    if (dataFolder.isEmpty()) {
        slot->error = StoreError{StoreError::Kind::Io,
                                 QCoreApplication::translate("gevinst::store::StoreError", "fant ikke de leverte dataene (resources/data/%1); så i: %2 (sett GEVINST_DATA_DIR)")
                                     .arg(QString::fromUtf8(baseline::KostraBaseline::kKostraFile.data()),
                                          DataLocations::searchDirs().join(QStringLiteral(", "))),
                                 {}, 0, {}};
        return *slot;
    }
    const std::filesystem::path folder = QDir(dataFolder).absolutePath().toStdString();
    auto population = projection::ProjectionDataSet::load(folder);
    auto kostra = baseline::KostraBaseline::load(folder);
    if (!population || !kostra) {
        const auto& e = !population ? population.error() : kostra.error();
        slot->error = StoreError{StoreError::Kind::Io, io::ModelErrorText::message(e), dataFolder, 0, {}};
        return *slot;
    }
    slot->population.emplace(std::move(population).value());
    slot->kostra.emplace(std::move(kostra).value());
    return *slot;
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

StoreResult<QByteArray> build(const UnitScenarioBuilder& builder, const Unit& unit, const std::vector<AgeBandPopulation>& population,
                              UnitScenarioRequest request)
{
    if (unit.level == UnitLevel::County)
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError", "et scenario er for en kommune eller en bydel, ikke et fylke (%1 %2)").arg(unit.id, unit.name),
                          {}, 0, QStringLiteral("unit")};
    request.unit = unitRef(unit);
    for (const AgeBandPopulation& p : population) {
        RegisteredBands r;
        r.year = p.year;
        for (std::size_t b = 0; b < 4; ++b)
            r.persons[b] = double(p.persons[b]);
        r.source = p.source.toStdString();
        request.registered.push_back(r);
    }
    const UnitScenarioOutcome outcome = builder.build(request);
    if (!outcome.ok()) {
        const UnitScenarioError& e = *outcome.error;
        const bool unknown = e.kind == UnitScenarioError::Kind::UnknownUnit;
        return StoreError{unknown ? StoreError::Kind::NotFound : StoreError::Kind::InvalidInput, unitScenarioText(e), {}, 0,
                          QString::fromStdString(e.field)};
    }
    return QByteArray::fromStdString(outcome.document.dump(2) + "\n");
}

} // namespace

StoreResult<const ServiceAreaCatalogue*> ScenarioTemplate::serviceAreas()
{
    const ShippedData& data = shippedData();
    if (data.areas.areas().empty() && data.areas.problems().empty())
        return StoreError{StoreError::Kind::Io,
                          QCoreApplication::translate("gevinst::store::StoreError", "fant ingen tjenesteområder (resources/service-areas/*.json); så i: %1 (sett GEVINST_DATA_DIR)")
                              .arg(DataLocations::searchDirs().join(QStringLiteral(", "))),
                          {}, 0, {}};
    return &data.areas;
}

StoreResult<QByteArray> ScenarioTemplate::forUnit(const Unit& unit, const std::vector<AgeBandPopulation>& population,
                                                  const NewScenarioOptions& options, const SsbProjection* ssb)
{
    const ShippedData& data = shippedData();
    if (data.error)
        return *data.error;
    const ServiceArea* area = data.areas.find(options.serviceArea.toStdString());
    if (!area) {
        QStringList known;
        for (const auto& a : data.areas.areas())
            known << QString::fromStdString(a.id);
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError", "ingen tjenesteområde «%1» (det finnes: %2)").arg(options.serviceArea, known.join(QStringLiteral(", "))),
                          {}, 0, QStringLiteral("service_area")};
    }
    const std::string label = area->name + " (mal for " + area->templateScenario.unit.name + ")";
    const UnitScenarioBuilder builder(area->templateScenario, area->name, label, area->kostra, *data.population, *data.kostra);
    UnitScenarioRequest request;
    request.name = options.name.toStdString();
    request.startYear = options.startYear;
    request.endYear = options.endYear;
    if (options.yearsChosen)
        request.yearsSource = "Valgt av brukeren: " + std::to_string(options.startYear) + "–" + std::to_string(options.endYear) + ".";
    if (ssb) {
        for (const AgeBandPopulation& p : ssb->years) {
            RegisteredBands r;
            r.year = p.year;
            for (std::size_t b = 0; b < 4; ++b)
                r.persons[b] = double(p.persons[b]);
            request.ssbProjection.push_back(r);
        }
        request.ssbProjectionSource = ssb->source.toStdString();
    }
    return build(builder, unit, population, request);
}

StoreResult<QByteArray> ScenarioTemplate::fromScenario(const QByteArray& templateJson, const QString& templateLabel, const Unit& unit,
                                                       const std::vector<AgeBandPopulation>& population, const QString& name)
{
    const ShippedData& data = shippedData();
    if (data.error)
        return *data.error;
    ReadOutcome templ = ScenarioReader::fromText(templateJson.toStdString());
    if (!templ.ok())
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError", "malscenarioet er ugyldig: %1")
                              .arg(io::ModelErrorText::message(templ.errors.front())),
                          {}, 0, QString::fromStdString(templ.errors.front().path)};
    const Scenario& t = *templ.scenario;
    const ServiceArea* area = data.areas.find(t.serviceArea);
    const std::string areaName = area ? area->name : t.serviceArea;
    // A template of a service area the program does not know follows home-based services and scales staffing by size.
    const UnitScenarioBuilder builder(t, areaName, templateLabel.toStdString(), area ? area->kostra : baseline::KostraMapping{},
                                      *data.population, *data.kostra);
    UnitScenarioRequest request;
    request.name = name.toStdString();
    request.startYear = t.startYear;
    request.endYear = t.endYear;
    request.yearsSource = "Som i malen «" + templateLabel.toStdString() + "»: " + std::to_string(t.startYear) + "–" +
                          std::to_string(t.endYear) + ".";
    return build(builder, unit, population, request);
}

} // namespace gevinst::store
