#include "geo/AreaFilter.h"

#include "geo/Mercator.h"

#include <algorithm>
#include <cmath>

namespace dalil {

bool AreaFilter::contains(double pointLon, double pointLat) const
{
    switch (kind) {
    case None:
        return true;
    case VisibleArea:
    case Rectangle:
        return box.contains(pointLon, pointLat);
    case Radius:
        return Mercator::distanceMetres(lon, lat, pointLon, pointLat) <= radiusKm * 1000.0;
    }
    return true;
}

GeoBounds AreaFilter::bounds() const
{
    if (kind != Radius) {
        return kind == None ? GeoBounds{-180, -90, 180, 90} : box;
    }
    const double dLat = radiusKm / 111.32;
    const double south = std::max(-90.0, lat - dLat);
    const double north = std::min(90.0, lat + dLat);
    const double cosLat =
        std::cos(std::max(std::abs(south), std::abs(north)) * 3.14159265358979323846 / 180.0);
    const double dLon = cosLat > 1e-6 ? radiusKm / (111.32 * cosLat) : 360.0;
    if (dLon >= 180.0) {
        return {-180, south, 180, north};
    }
    return {Mercator::wrapLongitude(lon - dLon), south, Mercator::wrapLongitude(lon + dLon), north};
}

bool AreaFilter::operator==(const AreaFilter& other) const
{
    return kind == other.kind && box == other.box && lon == other.lon && lat == other.lat &&
           radiusKm == other.radiusKm;
}

} // namespace dalil
