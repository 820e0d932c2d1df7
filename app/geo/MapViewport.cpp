#include "geo/MapViewport.h"

#include "geo/Mercator.h"

#include <algorithm>
#include <cmath>

namespace dalil {

MapViewport::MapViewport(const QPointF& centre, double zoom, const QSize& size)
    : m_centre(centre)
    , m_size(size)
{
    setZoom(zoom);
    clampCentre();
}

MapViewport MapViewport::fitting(const GeoBounds& box, const QSize& size, double minZoom, double maxZoom)
{
    MapViewport view;
    view.m_minZoom = minZoom;
    view.m_maxZoom = maxZoom;
    view.m_size = size;
    const double west = Mercator::lonToX(box.west);
    double east = Mercator::lonToX(box.east);
    if (box.crossesAntimeridian()) {
        east += 1.0;
    }
    const double north = Mercator::latToY(box.north);
    const double south = Mercator::latToY(box.south);
    const double spanX = std::max(east - west, 1e-12);
    const double spanY = std::max(south - north, 1e-12);
    const double scale = std::min(size.width() / spanX, size.height() / spanY);
    view.m_zoom = std::clamp(std::log2(scale / Mercator::kTileSize), minZoom, maxZoom);
    view.m_centre = QPointF((west + east) / 2.0, (north + south) / 2.0);
    view.clampCentre();
    return view;
}

double MapViewport::worldSize() const
{
    return Mercator::worldSize(m_zoom);
}

void MapViewport::setZoomLimits(double minZoom, double maxZoom)
{
    m_minZoom = minZoom;
    m_maxZoom = std::max(minZoom, maxZoom);
    setZoom(m_zoom);
}

void MapViewport::setCentre(const QPointF& world)
{
    m_centre = world;
    clampCentre();
}

void MapViewport::setCentreLonLat(double lon, double lat)
{
    setCentre(Mercator::project(Mercator::wrapLongitude(lon), lat));
}

void MapViewport::setZoom(double zoom)
{
    if (std::isfinite(zoom)) {
        m_zoom = std::clamp(zoom, m_minZoom, m_maxZoom);
    }
}

void MapViewport::clampCentre()
{
    if (!std::isfinite(m_centre.x()) || !std::isfinite(m_centre.y())) {
        m_centre = QPointF(0.5, 0.5);
    }
    double x = std::fmod(m_centre.x(), 1.0);
    if (x < 0) {
        x += 1.0;
    }
    m_centre.setX(x);
    m_centre.setY(std::clamp(m_centre.y(), 0.0, 1.0));
}

QPointF MapViewport::toScreen(const QPointF& world) const
{
    const double s = worldSize();
    return QPointF((world.x() - m_centre.x()) * s + m_size.width() / 2.0,
                   (world.y() - m_centre.y()) * s + m_size.height() / 2.0);
}

QPointF MapViewport::toWorld(const QPointF& screen) const
{
    const double s = worldSize();
    return QPointF(m_centre.x() + (screen.x() - m_size.width() / 2.0) / s,
                   m_centre.y() + (screen.y() - m_size.height() / 2.0) / s);
}

QPointF MapViewport::toScreenLonLat(double lon, double lat) const
{
    return toScreen(Mercator::project(lon, lat));
}

QPointF MapViewport::toLonLat(const QPointF& screen) const
{
    const QPointF world = toWorld(screen);
    return QPointF(Mercator::wrapLongitude(Mercator::xToLon(world.x())),
                   Mercator::yToLat(std::clamp(world.y(), 0.0, 1.0)));
}

void MapViewport::panBy(const QPointF& pixels)
{
    const double s = worldSize();
    m_centre -= QPointF(pixels.x() / s, pixels.y() / s);
    clampCentre();
}

void MapViewport::zoomAt(const QPointF& anchor, double newZoom)
{
    const QPointF before = toWorld(anchor);
    setZoom(newZoom);
    const QPointF after = toWorld(anchor);
    m_centre += before - after;
    clampCentre();
}

QRectF MapViewport::worldRect() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(m_size.width(), m_size.height())));
}

GeoBounds MapViewport::bounds() const
{
    const QRectF r = worldRect();
    GeoBounds b;
    b.north = Mercator::yToLat(std::clamp(r.top(), 0.0, 1.0));
    b.south = Mercator::yToLat(std::clamp(r.bottom(), 0.0, 1.0));
    if (r.width() >= 1.0) {
        b.west = -180.0;
        b.east = 180.0;
    } else {
        b.west = Mercator::wrapLongitude(Mercator::xToLon(r.left()));
        b.east = Mercator::wrapLongitude(Mercator::xToLon(r.right()));
        if (b.east == -180.0) {
            b.east = 180.0;
        }
    }
    return b;
}

bool MapViewport::operator==(const MapViewport& other) const
{
    return m_centre == other.m_centre && m_zoom == other.m_zoom && m_size == other.m_size;
}

std::vector<double> MapViewport::worldCopies(double minX, double maxX) const
{
    const QRectF r = worldRect();
    std::vector<double> copies;
    const int first = static_cast<int>(std::floor(r.left() - maxX));
    const int last = static_cast<int>(std::ceil(r.right() - minX));
    for (int k = first; k <= last; ++k) {
        if (maxX + k >= r.left() && minX + k <= r.right()) {
            copies.push_back(k);
        }
    }
    return copies;
}

} // namespace dalil
