#pragma once

#include "geo/GeoBounds.h"

#include <QPointF>
#include <QRectF>
#include <QSize>

#include <vector>

namespace dalil {

// What a map shows: a centre in normalised Web Mercator, a (possibly fractional) zoom and a size
// in device-independent pixels. The world repeats east and west, so the centre's x is kept in 0..1
// and a wide view simply shows copies. Plain value type shared by the widget, the CLI and tests.
class MapViewport
{
public:
    static constexpr double kMinZoom = 2.0;
    static constexpr double kMaxZoom = 18.0;

    MapViewport() = default;
    MapViewport(const QPointF& centre, double zoom, const QSize& size);
    // The view of a box: the largest zoom (within the limits, possibly fractional) at which the
    // whole box fits into `size`, centred on it.
    static MapViewport fitting(const GeoBounds& box, const QSize& size, double minZoom = 0.0,
                               double maxZoom = kMaxZoom);

    QPointF centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    double worldSize() const; // pixels across the world at this zoom
    double minZoom() const { return m_minZoom; }
    double maxZoom() const { return m_maxZoom; }

    void setCentre(const QPointF& world);
    void setCentreLonLat(double lon, double lat);
    void setZoom(double zoom);
    void setSize(const QSize& size) { m_size = size; }
    void setZoomLimits(double minZoom, double maxZoom);

    // Pixel on screen <-> normalised world point (x not wrapped: the copy that is on screen).
    QPointF toScreen(const QPointF& world) const;
    QPointF toWorld(const QPointF& screen) const;
    QPointF toScreenLonLat(double lon, double lat) const;
    QPointF toLonLat(const QPointF& screen) const; // longitude wrapped into [-180, 180)

    // Moves the picture by a screen offset (a drag).
    void panBy(const QPointF& pixels);
    // Changes zoom keeping the world point under `anchor` (a screen pixel) where it is.
    void zoomAt(const QPointF& anchor, double newZoom);

    // Visible area in normalised world coordinates (x may be < 0 or > 1) and as longitudes and
    // latitudes (west > east when it crosses the antimeridian; a view wider than the world gives
    // -180..180).
    QRectF worldRect() const;
    GeoBounds bounds() const;
    // The x offsets (whole worlds) at which something spanning minX..maxX (normalised, unwrapped)
    // is visible: a wide view shows several copies of the world.
    std::vector<double> worldCopies(double minX = 0.0, double maxX = 1.0) const;

    bool operator==(const MapViewport& other) const;
    bool operator!=(const MapViewport& other) const { return !(*this == other); }

private:
    void clampCentre();

    QPointF m_centre{0.5, 0.5};
    double m_zoom = kMinZoom;
    QSize m_size{256, 256};
    double m_minZoom = kMinZoom;
    double m_maxZoom = kMaxZoom;
};

} // namespace dalil
