#include "DemographySeries.h"

#include "ModelErrorText.h"
#include "UnitScenarioBuilder.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace gevinst::ui {

namespace {

constexpr int kStandardLows[] = {0, 20, 67, 80};

bool isStandardBoundary(int age)
{
    for (int low : kStandardLows)
        if (age == low)
            return true;
    return false;
}

} // namespace

bool DemographySeries::isUnionOfStandardBands(const AgeBand& band)
{
    if (!isStandardBoundary(band.low))
        return false;
    return band.high == AgeBand::kOpenEnd || (band.high < 80 && isStandardBoundary(band.high + 1));
}

std::optional<DemographySeries> DemographySeries::build(const QString& unitId, const std::vector<AgeBand>& bands,
                                                        const std::vector<store::AgeBandPopulation>& registered,
                                                        const projection::ProjectionDataSet& data,
                                                        const std::vector<store::SsbProjection>& ssb, int lastYear, QString* error)
{
    auto inputs = data.inputs(unitId.toStdString());
    if (!inputs) {
        if (error)
            *error = io::ModelErrorText::message(inputs.error());
        return std::nullopt;
    }
    DemographySeries out;
    out.unitId = unitId;
    out.withMigration = data.hasFiveYearsEarlier(unitId.toStdString());
    const projection::PopulationProjection projector(std::move(inputs).value());
    const projection::ProjectionMethod& method = projector.method();
    lastYear = std::clamp(lastYear, method.baseYear, method.lastYear);
    const projection::ProjectionSeries series = projector.run(lastYear);
    out.years = series.years;

    if (!ssb.empty()) {
        const auto main = std::find_if(ssb.begin(), ssb.end(), [](const store::SsbProjection& p) { return p.alternative == QLatin1String("MMMM"); });
        out.ssb = main != ssb.end() ? *main : ssb.front();
        out.ssbAlternatives = int(ssb.size());
    }

    QStringList sources;
    for (const auto& r : registered)
        if (!r.source.isEmpty() && !sources.contains(r.source))
            sources << r.source;
    out.registeredSource = sources.join(QStringLiteral("; "));

    for (std::size_t b = 0; b < bands.size(); ++b) {
        DemographyBand band;
        band.id = QString::fromStdString(bands[b].id);
        for (std::size_t y = 0; y < series.years.size(); ++y)
            band.program.push_back(UnitScenarioBuilder::personsIn(bands[b], series.persons[y]));
        // 1.1.2024 is the registered single-age base: exact for any band.
        band.registered[method.baseYear] = band.program.front();
        out.bands.push_back(std::move(band));
    }
    // The library's registered years in the standard bands: exact where a band is a union of them.
    for (const auto& r : registered) {
        if (r.year == method.baseYear || r.year < method.baseYear || r.year > lastYear)
            continue;
        std::array<double, 4> persons{};
        for (std::size_t i = 0; i < 4; ++i)
            persons[i] = double(r.persons[i]);
        const auto& profile = series.persons[std::size_t(r.year - method.baseYear)];
        const std::vector<double> split = UnitScenarioBuilder::fromStandardBands(bands, persons, profile);
        for (std::size_t b = 0; b < bands.size(); ++b)
            if (isUnionOfStandardBands(bands[b]))
                out.bands[b].registered[r.year] = split[b];
    }
    if (out.ssb) {
        for (std::size_t b = 0; b < bands.size(); ++b)
            out.bands[b].ssb.assign(out.years.size(), std::numeric_limits<double>::quiet_NaN());
        for (std::size_t y = 0; y < out.years.size(); ++y) {
            const store::AgeBandPopulation* figures = out.ssb->year(out.years[y]);
            if (!figures)
                continue;
            std::array<double, 4> persons{};
            for (std::size_t i = 0; i < 4; ++i)
                persons[i] = double(figures->persons[i]);
            const std::vector<double> split = UnitScenarioBuilder::fromStandardBands(bands, persons, series.persons[y]);
            for (std::size_t b = 0; b < bands.size(); ++b)
                out.bands[b].ssb[y] = split[b];
        }
    }
    return out;
}

} // namespace gevinst::ui
