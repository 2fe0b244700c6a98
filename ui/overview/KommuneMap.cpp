#include "KommuneMap.h"

#include "MapProjection.h"

#include "DataLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

namespace gevinst::ui {

namespace {

/// One linear ring ([[lon, lat], …]) appended to `path` as a closed subpath; false when malformed.
bool addRing(const QJsonArray& ring, QPainterPath& path)
{
    if (ring.size() < 4)
        return false;
    bool first = true;
    for (const QJsonValue& v : ring) {
        const QJsonArray xy = v.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return false;
        const double lon = xy.at(0).toDouble();
        const double lat = xy.at(1).toDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return false;
        const QPointF p = MapProjection::utm33(lon, lat);
        const QPointF screen(p.x(), -p.y());
        if (first)
            path.moveTo(screen);
        else
            path.lineTo(screen);
        first = false;
    }
    path.closeSubpath();
    return true;
}

/// A polygon: outer ring then holes (odd-even fill makes the holes).
bool addPolygon(const QJsonArray& rings, QPainterPath& path)
{
    if (rings.isEmpty())
        return false;
    for (const QJsonValue& ring : rings)
        if (!addRing(ring.toArray(), path))
            return false;
    return true;
}

} // namespace

QString KommuneMap::shippedPath()
{
    const QString relative = QStringLiteral("resources/data/kommuner-2024-kart.geojson");
    if (QString found = store::DataLocations::find(relative); !found.isEmpty())
        return found;
    return {};
}

std::optional<KommuneMap> KommuneMap::load(const QString& path, KommuneMapError* error)
{
    const QString file = path.isEmpty() ? shippedPath() : path;
    auto fail = [&](const QString& where, const QString& reason) -> std::optional<KommuneMap> {
        if (error)
            *error = {file, where, reason};
        return std::nullopt;
    };
    if (file.isEmpty())
        return fail({}, QStringLiteral("the map file kommuner-2024-kart.geojson is not installed"));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail({}, in.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (doc.isNull())
        return fail(QStringLiteral("offset %1").arg(parseError.offset), parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return fail(QStringLiteral("type"), QStringLiteral("not a GeoJSON FeatureCollection"));
    const QJsonArray features = root.value(QLatin1String("features")).toArray();

    KommuneMap map;
    map.regions_.reserve(features.size());
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString where = QStringLiteral("features[%1]").arg(i);
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        MapRegion region;
        region.id = properties.value(QLatin1String("kommunenummer")).toString();
        region.name = properties.value(QLatin1String("kommunenavn")).toString();
        if (region.id.isEmpty())
            return fail(where + QStringLiteral(".properties.kommunenummer"), QStringLiteral("missing"));
        if (map.index_.contains(region.id))
            return fail(where + QStringLiteral(".properties.kommunenummer"),
                        QStringLiteral("kommune %1 appears twice").arg(region.id));
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        region.path.setFillRule(Qt::OddEvenFill);
        bool ok = false;
        if (type == QLatin1String("Polygon")) {
            ok = addPolygon(coordinates, region.path);
        } else if (type == QLatin1String("MultiPolygon")) {
            ok = !coordinates.isEmpty();
            for (const QJsonValue& polygon : coordinates)
                ok = ok && addPolygon(polygon.toArray(), region.path);
        } else {
            return fail(where + QStringLiteral(".geometry.type"),
                        QStringLiteral("\"%1\" is not a Polygon or MultiPolygon").arg(type));
        }
        if (!ok)
            return fail(where + QStringLiteral(".geometry.coordinates"),
                        QStringLiteral("a ring is not a list of at least four [longitude, latitude] pairs"));
        region.bounds = region.path.boundingRect();
        map.bounds_ = map.bounds_.isNull() ? region.bounds : map.bounds_.united(region.bounds);
        map.index_.insert(region.id, int(map.regions_.size()));
        map.regions_.push_back(std::move(region));
    }
    if (map.regions_.empty())
        return fail(QStringLiteral("features"), QStringLiteral("no kommune in the file"));
    return map;
}

const KommuneMap* KommuneMap::shipped(KommuneMapError* error)
{
    static std::once_flag once;
    static std::optional<KommuneMap> map;
    static KommuneMapError loadError;
    std::call_once(once, [] { map = load(QString(), &loadError); });
    if (!map && error)
        *error = loadError;
    return map ? &*map : nullptr;
}

const MapRegion* KommuneMap::region(const QString& id) const
{
    const auto it = index_.constFind(id);
    return it == index_.cend() ? nullptr : &regions_[*it];
}

} // namespace gevinst::ui
