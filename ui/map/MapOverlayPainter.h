#pragma once

#include "geo/AreaFilter.h"

#include <QPointF>
#include <QRect>
#include <QSize>
#include <QString>

class QPainter;

namespace dalil {

class MapViewport;

// What the widget draws over the renderer's picture: the area filter (or the shape being drawn),
// the name under the pointer, and the notice while offices are being placed.
class MapOverlayPainter
{
public:
    enum class Shape
    {
        None,
        Rectangle,
        Radius
    };
    // A shape being dragged (from `start` to `end`, screen pixels) is drawn instead of the filter.
    static void drawArea(QPainter& painter, const MapViewport& view, const AreaFilter& area, Shape dragging,
                         const QPointF& start, const QPointF& end);
    static void drawHoverName(QPainter& painter, const QString& name, const QPointF& at, const QSize& widget);
    // The ring around the marker or cluster the keyboard is on.
    static void drawKeyFocus(QPainter& painter, const QPointF& at, double radius);
    // A frame inside the edge of the map while it has the keyboard focus (a map is no text field:
    // without it nothing would show that the arrows and + − now move the map).
    static void drawFocusFrame(QPainter& painter, const QRect& rect, const QColor& colour);
    // At the top of `area` (the part of the map no button covers), centred.
    static void drawBusyNotice(QPainter& painter, const QString& text, const QRect& area);
};

} // namespace dalil
