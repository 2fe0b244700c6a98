#include "MapProjection.h"

#include <cmath>
#include <numbers>

namespace gevinst::ui {

namespace {
constexpr double kSemiMajor = 6378137.0;          // GRS80 / WGS84
constexpr double kFlattening = 1.0 / 298.257222101;
constexpr double kScale = 0.9996;                  // UTM
constexpr double kCentralMeridian = 15.0;          // zone 33
constexpr double kFalseEasting = 500000.0;
} // namespace

QPointF MapProjection::utm33(double longitude, double latitude)
{
    // Transverse Mercator by the series of Snyder, «Map Projections – A Working Manual»
    // (U.S. Geological Survey 1987), eq. 8-9 … 8-10: well under a metre inside the zone.
    constexpr double e2 = kFlattening * (2 - kFlattening);
    constexpr double ep2 = e2 / (1 - e2);
    const double phi = latitude * std::numbers::pi / 180.0;
    const double dLambda = (longitude - kCentralMeridian) * std::numbers::pi / 180.0;
    const double sinPhi = std::sin(phi);
    const double cosPhi = std::cos(phi);
    const double tanPhi = std::tan(phi);
    const double n = kSemiMajor / std::sqrt(1 - e2 * sinPhi * sinPhi);
    const double t = tanPhi * tanPhi;
    const double c = ep2 * cosPhi * cosPhi;
    const double a = dLambda * cosPhi;
    const double e4 = e2 * e2;
    const double e6 = e4 * e2;
    const double m = kSemiMajor * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi -
                                   (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * std::sin(2 * phi) +
                                   (15 * e4 / 256 + 45 * e6 / 1024) * std::sin(4 * phi) -
                                   (35 * e6 / 3072) * std::sin(6 * phi));
    const double a2 = a * a;
    const double easting =
        kFalseEasting + kScale * n *
                            (a + (1 - t + c) * a2 * a / 6 +
                             (5 - 18 * t + t * t + 72 * c - 58 * ep2) * a2 * a2 * a / 120);
    const double northing =
        kScale * (m + n * tanPhi *
                          (a2 / 2 + (5 - t + 9 * c + 4 * c * c) * a2 * a2 / 24 +
                           (61 - 58 * t + t * t + 600 * c - 330 * ep2) * a2 * a2 * a2 / 720));
    return {easting, northing};
}

} // namespace gevinst::ui
