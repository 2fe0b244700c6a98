#pragma once
// The kommuner's outlines for the map: read once from the shipped GeoJSON
// (resources/data/kommuner-2024-kart.geojson, Kartverket's data, CC BY 4.0),
// projected to UTM zone 33 and kept as one QPainterPath per kommune in metres
// (y grows southwards, ready to paint). Polygons and multipolygons with holes;
// a file that cannot be read or has no usable feature is an error value naming
// the feature.

#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace gevinst::ui {

/// One kommune's outline.
struct MapRegion {
    QString id;         ///< kommunenummer, "0301"
    QString name;       ///< kommunenavn as in the file
    QPainterPath path;  ///< projected metres, y = −northing
    QRectF bounds;
};

struct KommuneMapError {
    QString file;
    QString where;  ///< e.g. "features[12].geometry" or empty for the file itself
    QString reason; ///< English
};

class KommuneMap {
public:
    /// Reads and projects the outlines; `path` empty: the shipped file found through DataLocations.
    static std::optional<KommuneMap> load(const QString& path, KommuneMapError* error = nullptr);
    /// The shipped file's path, or empty when the installation has none.
    static QString shippedPath();
    /// The shipped map read once per process (nullptr when it cannot be read; the reason in `error`).
    static const KommuneMap* shipped(KommuneMapError* error = nullptr);

    const std::vector<MapRegion>& regions() const { return regions_; }
    const MapRegion* region(const QString& id) const;
    /// Bounds of all outlines (projected metres).
    QRectF bounds() const { return bounds_; }

private:
    std::vector<MapRegion> regions_;
    QHash<QString, int> index_;
    QRectF bounds_;
};

} // namespace gevinst::ui
