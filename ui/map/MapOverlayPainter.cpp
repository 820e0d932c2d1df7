#include "map/MapOverlayPainter.h"

#include "geo/MapViewport.h"
#include "geo/Mercator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace dalil {

void MapOverlayPainter::drawArea(QPainter& painter, const MapViewport& view, const AreaFilter& area,
                                 Shape dragging, const QPointF& start, const QPointF& end)
{
    const QColor edge(0xd6, 0x33, 0x2b);
    QColor fill = edge;
    fill.setAlpha(30);
    painter.setPen(QPen(edge, 2, Qt::DashLine));
    painter.setBrush(fill);
    if (dragging == Shape::Rectangle) {
        painter.drawRect(QRectF(start, end).normalized());
    } else if (dragging == Shape::Radius) {
        const double r = QLineF(start, end).length();
        painter.drawEllipse(start, r, r);
    } else if (area.kind == AreaFilter::Rectangle) {
        const QPointF nw = view.toScreenLonLat(area.box.west, area.box.north);
        QPointF se = view.toScreenLonLat(area.box.east, area.box.south);
        if (area.box.crossesAntimeridian()) {
            se.rx() += view.worldSize();
        }
        painter.drawRect(QRectF(nw, se).normalized());
    } else if (area.kind == AreaFilter::Radius) {
        const QPointF centre = view.toScreenLonLat(area.lon, area.lat);
        const double r = area.radiusKm * 1000.0 / Mercator::metresPerPixel(area.lat, view.zoom());
        painter.drawEllipse(centre, r, r);
    }
}

void MapOverlayPainter::drawHoverName(QPainter& painter, const QString& name, const QPointF& at,
                                      const QSize& widget)
{
    QFont font = painter.font();
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);
    const double w = metrics.horizontalAdvance(name) + 12;
    QRectF box(at + QPointF(12, -metrics.height() - 12), QSizeF(w, metrics.height() + 6));
    if (box.right() > widget.width()) {
        box.moveRight(at.x() - 12);
    }
    if (box.top() < 0) {
        box.moveTop(at.y() + 12);
    }
    painter.setPen(QPen(QColor(0, 0, 0, 70), 1));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 3, 3);
    painter.setFont(font);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    QTextOption option(Qt::AlignCenter);
    option.setTextDirection(name.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    painter.drawText(box, name, option);
}

void MapOverlayPainter::drawKeyFocus(QPainter& painter, const QPointF& at, double radius)
{
    // Dark inside light: visible over sea, land, markers and clusters alike.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 4));
    painter.drawEllipse(at, radius + 4, radius + 4);
    painter.setPen(QPen(QColor(0x11, 0x11, 0x11), 2, Qt::DashLine));
    painter.drawEllipse(at, radius + 4, radius + 4);
}

void MapOverlayPainter::drawFocusFrame(QPainter& painter, const QRect& rect, const QColor& colour)
{
    // The highlight colour over a white edge: seen over sea and land in light and dark palettes.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 5));
    painter.drawRect(QRectF(rect).adjusted(2.5, 2.5, -2.5, -2.5));
    painter.setPen(QPen(colour, 3));
    painter.drawRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5));
}

void MapOverlayPainter::drawBusyNotice(QPainter& painter, const QString& text, const QRect& area)
{
    QFont font = painter.font();
    font.setPixelSize(12);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double w = metrics.horizontalAdvance(text) + 16;
    const QRectF box(area.x() + (area.width() - w) / 2.0, area.top() + 4, w, metrics.height() + 8);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace dalil
