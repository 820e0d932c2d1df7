#include "geo/Mercator.h"

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kDegree = kPi / 180.0;
} // namespace

double Mercator::clampLatitude(double lat)
{
    return std::clamp(lat, -kMaxLatitude, kMaxLatitude);
}

double Mercator::latToY(double lat)
{
    const double s = std::sin(clampLatitude(lat) * kDegree);
    const double y = 0.5 - 0.25 * std::log((1.0 + s) / (1.0 - s)) / kPi;
    return std::clamp(y, 0.0, 1.0);
}

double Mercator::yToLat(double y)
{
    const double n = kPi - 2.0 * kPi * y;
    return std::atan(std::sinh(n)) / kDegree;
}

double Mercator::wrapLongitude(double lon)
{
    double wrapped = std::fmod(lon + 180.0, 360.0);
    if (wrapped < 0) {
        wrapped += 360.0;
    }
    return wrapped - 180.0;
}

double Mercator::worldSize(double zoom, int tileSize)
{
    return tileSize * std::exp2(zoom);
}

double Mercator::metresPerPixel(double lat, double zoom, int tileSize)
{
    return 2.0 * kPi * kEarthRadius * std::cos(clampLatitude(lat) * kDegree) / worldSize(zoom, tileSize);
}

double Mercator::distanceMetres(double lon1, double lat1, double lon2, double lat2)
{
    const double dLat = (lat2 - lat1) * kDegree;
    const double dLon = (lon2 - lon1) * kDegree;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(lat1 * kDegree) *
                                                                   std::cos(lat2 * kDegree) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kMeanEarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace dalil
