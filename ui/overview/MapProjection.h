#pragma once
// Longitude/latitude (WGS84) to UTM zone 33N metres (EPSG:25833 up to the datum's
// millimetres), the projection Norway's national maps use: the whole country in one
// zone, shapes and areas nearly true from Lindesnes to the Finnmark coast. Screen y
// grows downwards, so callers flip the northing.

#include <QPointF>

namespace gevinst::ui {

class MapProjection {
public:
    /// Easting and northing in metres of a point given in degrees.
    static QPointF utm33(double longitude, double latitude);
};

} // namespace gevinst::ui
