#include "geo/BasemapPainter.h"

#include "geo/Basemap.h"
#include "geo/MapViewport.h"

#include <QPainter>
#include <QPainterPath>

#include <vector>

namespace dalil {

namespace {

// Sutherland–Hodgman clipping of a closed polygon against an axis-aligned rectangle. Clipping in
// screen space keeps coordinates small at zoom 18 (the raster engine works in fixed point).
void clipPolygon(std::vector<QPointF>& poly, const QRectF& clip, std::vector<QPointF>& scratch)
{
    auto clipEdge = [&](auto inside, auto intersect) {
        scratch.clear();
        const size_t n = poly.size();
        for (size_t i = 0; i < n; ++i) {
            const QPointF& cur = poly[i];
            const QPointF& prev = poly[(i + n - 1) % n];
            const bool curIn = inside(cur);
            const bool prevIn = inside(prev);
            if (curIn) {
                if (!prevIn) {
                    scratch.push_back(intersect(prev, cur));
                }
                scratch.push_back(cur);
            } else if (prevIn) {
                scratch.push_back(intersect(prev, cur));
            }
        }
        poly.swap(scratch);
    };
    const double l = clip.left(), r = clip.right(), t = clip.top(), b = clip.bottom();
    auto atX = [](const QPointF& a, const QPointF& c, double x) {
        const double k = (x - a.x()) / (c.x() - a.x());
        return QPointF(x, a.y() + k * (c.y() - a.y()));
    };
    auto atY = [](const QPointF& a, const QPointF& c, double y) {
        const double k = (y - a.y()) / (c.y() - a.y());
        return QPointF(a.x() + k * (c.x() - a.x()), y);
    };
    clipEdge([&](const QPointF& p) { return p.x() >= l; },
             [&](const QPointF& a, const QPointF& c) { return atX(a, c, l); });
    if (poly.empty())
        return;
    clipEdge([&](const QPointF& p) { return p.x() <= r; },
             [&](const QPointF& a, const QPointF& c) { return atX(a, c, r); });
    if (poly.empty())
        return;
    clipEdge([&](const QPointF& p) { return p.y() >= t; },
             [&](const QPointF& a, const QPointF& c) { return atY(a, c, t); });
    if (poly.empty())
        return;
    clipEdge([&](const QPointF& p) { return p.y() <= b; },
             [&](const QPointF& a, const QPointF& c) { return atY(a, c, b); });
}

} // namespace

bool BasemapPainter::draw(QPainter& painter, const MapViewport& view, const Basemap* basemap,
                          const MapStyle& style, const FillFor& fillFor, const std::atomic<bool>* cancel)
{
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    painter.fillRect(screen, style.sea);
    if (!basemap) {
        return true;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double s = view.worldSize();
    const QRectF clip = screen.adjusted(-4, -4, 4, 4);
    const QRectF world = view.worldRect();
    std::vector<QPointF> poly;
    std::vector<QPointF> scratch;
    QPen border(style.border, 0.7);
    border.setCosmetic(true);
    for (double copy : view.worldCopies()) {
        for (const Basemap::Country& country : basemap->countries()) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                return false;
            }
            const QRectF b = country.bounds.translated(copy, 0);
            if (!b.intersects(world) && !world.contains(b.topLeft())) {
                continue;
            }
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const Basemap::Ring& ring : basemap->ringsFor(country, view.zoom())) {
                const QRectF rb = ring.bounds.translated(copy, 0);
                if (rb.right() < world.left() || rb.left() > world.right() || rb.bottom() < world.top() ||
                    rb.top() > world.bottom()) {
                    continue;
                }
                poly.clear();
                for (const QPointF& p : ring.points) {
                    poly.push_back(view.toScreen(QPointF(p.x() + copy, p.y())));
                }
                // Rings far bigger than the screen would overflow the rasteriser's fixed point.
                const double extent = rb.width() * s + rb.height() * s;
                if (extent > 4 * (screen.width() + screen.height())) {
                    clipPolygon(poly, clip, scratch);
                }
                if (poly.size() < 3) {
                    continue;
                }
                path.moveTo(poly[0]);
                for (size_t i = 1; i < poly.size(); ++i) {
                    path.lineTo(poly[i]);
                }
                path.closeSubpath();
            }
            if (path.isEmpty()) {
                continue;
            }
            painter.setPen(border);
            painter.setBrush(fillFor(country.iso2));
            painter.drawPath(path);
        }
    }
    return true;
}

} // namespace dalil
