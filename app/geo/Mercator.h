#pragma once

#include <QPointF>

namespace dalil {

// Web Mercator (EPSG:3857) in normalised world coordinates: x and y run from 0 to 1 across the
// world at every zoom (x east from the antimeridian, y south from 85.0511° N). Pixel coordinates at
// a zoom are these times worldSize(zoom); keeping the normalised form in doubles keeps zoom 18
// (67 million pixels across) exact to well under a millimetre.
class Mercator
{
public:
    static constexpr double kMaxLatitude = 85.0511287798066;
    static constexpr int kTileSize = 256;
    static constexpr double kEarthRadius = 6378137.0; // metres, the WGS 84 semi-major axis
    // Distances on the ground use the mean radius (IUGG), which errs least for a sphere; the
    // semi-major axis above is only the projection's scale.
    static constexpr double kMeanEarthRadius = 6371008.8; // metres

    static double lonToX(double lon) { return lon / 360.0 + 0.5; }
    static double latToY(double lat); // clamped to ±kMaxLatitude
    static double xToLon(double x) { return (x - 0.5) * 360.0; }
    static double yToLat(double y);

    static QPointF project(double lon, double lat) { return {lonToX(lon), latToY(lat)}; }
    // x is not wrapped: x outside 0..1 gives a longitude outside ±180 (a copy of the world).
    static QPointF unproject(const QPointF& world) { return {xToLon(world.x()), yToLat(world.y())}; }

    static double clampLatitude(double lat);
    // Longitude brought into [-180, 180).
    static double wrapLongitude(double lon);

    // Width of the whole world in pixels at a (possibly fractional) zoom.
    static double worldSize(double zoom, int tileSize = kTileSize);
    // Ground distance covered by one pixel at a latitude.
    static double metresPerPixel(double lat, double zoom, int tileSize = kTileSize);
    // Great-circle distance in metres (haversine on the mean-radius sphere). The map's radius
    // filter and the search's distance filter both use it, so they agree on every point.
    static double distanceMetres(double lon1, double lat1, double lon2, double lat2);
};

} // namespace dalil
