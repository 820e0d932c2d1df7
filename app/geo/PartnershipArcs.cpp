#include "geo/PartnershipArcs.h"

#include "geo/MapPoints.h"
#include "geo/MapViewport.h"
#include "geo/Mercator.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Points along the great circle from a to b (degrees), longitudes unwrapped so that consecutive
// points never jump by more than 180°: an arc across the Pacific leaves the map on one side and
// comes back on the other as one continuous line drawn on neighbouring world copies.
QPolygonF greatCircle(double lon1, double lat1, double lon2, double lat2)
{
    const double d2r = kPi / 180.0;
    const double p1 = lat1 * d2r, l1 = lon1 * d2r, p2 = lat2 * d2r, l2 = lon2 * d2r;
    const double x1 = std::cos(p1) * std::cos(l1), y1 = std::cos(p1) * std::sin(l1), z1 = std::sin(p1);
    const double x2 = std::cos(p2) * std::cos(l2), y2 = std::cos(p2) * std::sin(l2), z2 = std::sin(p2);
    const double dot = std::clamp(x1 * x2 + y1 * y2 + z1 * z2, -1.0, 1.0);
    const double omega = std::acos(dot);
    QPolygonF line;
    const int segments = std::clamp(static_cast<int>(omega / d2r), 1, 64);
    double previousLon = lon1;
    for (int i = 0; i <= segments; ++i) {
        const double t = static_cast<double>(i) / segments;
        double lon = lon1;
        double lat = lat1;
        if (omega > 1e-9) {
            const double a = std::sin((1 - t) * omega) / std::sin(omega);
            const double b = std::sin(t * omega) / std::sin(omega);
            const double x = a * x1 + b * x2, y = a * y1 + b * y2, z = a * z1 + b * z2;
            lat = std::atan2(z, std::sqrt(x * x + y * y)) / d2r;
            lon = std::atan2(y, x) / d2r;
        } else {
            lon = lon1 + t * (lon2 - lon1);
            lat = lat1 + t * (lat2 - lat1);
        }
        while (lon - previousLon > 180.0) {
            lon -= 360.0;
        }
        while (lon - previousLon < -180.0) {
            lon += 360.0;
        }
        previousLon = lon;
        line << QPointF(Mercator::lonToX(lon), Mercator::latToY(lat));
    }
    return line;
}

} // namespace

QPolygonF PartnershipArcs::line(const MapPoints& points, uint32_t a, uint32_t b)
{
    return greatCircle(points.lon(a), points.lat(a), points.lon(b), points.lat(b));
}

void PartnershipArcs::rebuild(const MapPoints* points, const IdPairs& pairs)
{
    m_arcs.clear();
    if (!points) {
        return;
    }
    const MapPoints& pts = *points;
    for (qsizetype k = 0; k < pairs.size(); ++k) {
        const int64_t pa = pts.firstPointOf(pairs.first(k));
        const int64_t pb = pts.firstPointOf(pairs.second(k));
        if (pa < 0 || pb < 0 || pa == pb) {
            continue;
        }
        const QRectF bounds = line(pts, static_cast<uint32_t>(pa), static_cast<uint32_t>(pb)).boundingRect();
        Arc arc;
        arc.a = static_cast<uint32_t>(pa);
        arc.b = static_cast<uint32_t>(pb);
        // Widened to the next float outwards, so the box still holds the line.
        arc.minX = std::nextafter(static_cast<float>(bounds.left()), -1.0f);
        arc.minY = std::nextafter(static_cast<float>(bounds.top()), -1.0f);
        arc.maxX = std::nextafter(static_cast<float>(bounds.right()), 2.0f);
        arc.maxY = std::nextafter(static_cast<float>(bounds.bottom()), 2.0f);
        m_arcs.push_back(arc);
    }
    m_arcs.shrink_to_fit();
}

void PartnershipArcs::draw(QPainter& painter, const MapViewport& view, const MapPoints& pts,
                           const QString& selectedOrganisation, const MapStyle& style) const
{
    if (m_arcs.empty()) {
        return;
    }
    const QRectF world = view.worldRect().adjusted(0, -1e-9, 0, 1e-9);
    const int64_t selectedPoint =
        selectedOrganisation.isEmpty() ? -1 : pts.firstPointOf(selectedOrganisation);
    const uint32_t selectedOrg =
        selectedPoint < 0 ? 0xffffffffu : pts.organisationIndexOf(static_cast<size_t>(selectedPoint));
    // Two passes over the boxes alone: how many lines are in view (to decide whether only the
    // selected organisation's are drawn), then the drawing; nothing is allocated per frame.
    auto forEachInView = [&](auto&& visit) {
        for (const Arc& arc : m_arcs) {
            const QRectF bounds(QPointF(arc.minX, arc.minY), QPointF(arc.maxX, arc.maxY));
            for (double copy : view.worldCopies(bounds.left(), bounds.right())) {
                if (bounds.translated(copy, 0).intersects(world) && !visit(arc, copy)) {
                    return;
                }
            }
        }
    };
    int inView = 0;
    forEachInView([&](const Arc&, double) { return ++inView <= kMaxInView; });
    const bool onlySelected = inView > kMaxInView;
    QPen normal(style.arc, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen strong(style.selection, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    QPolygonF screenLine;
    forEachInView([&](const Arc& arc, double copy) {
        const bool selected =
            pts.organisationIndexOf(arc.a) == selectedOrg || pts.organisationIndexOf(arc.b) == selectedOrg;
        if (onlySelected && !selected) {
            return true;
        }
        screenLine.clear();
        for (const QPointF& p : line(pts, arc.a, arc.b)) {
            screenLine << view.toScreen(QPointF(p.x() + copy, p.y()));
        }
        painter.setPen(selected ? strong : normal);
        painter.drawPolyline(screenLine);
        return true;
    });
}

} // namespace dalil
