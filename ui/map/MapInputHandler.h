#pragma once

#include "geo/MapRenderer.h"
#include "map/MapOverlayPainter.h"

#include <QPointF>

class QEvent;
class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace dalil {

class MapView;

// The pointer, wheel, keyboard and gesture input of the map: drag to pan, wheel and pinch to zoom
// at the pointer, double-click to zoom in, click a cluster or a marker, draw a rectangle or a
// radius, pick a point. It keeps the pointer state and acts on its MapView (it is the widget's
// input half, hence a friend).
class MapInputHandler
{
public:
    explicit MapInputHandler(MapView& map);

    void mousePress(QMouseEvent* event);
    void mouseMove(QMouseEvent* event);
    void mouseRelease(QMouseEvent* event);
    void mouseDoubleClick(QMouseEvent* event);
    void wheel(QWheelEvent* event);
    // False when the key is not the map's (the widget passes it on).
    bool keyPress(QKeyEvent* event);
    void leave();
    // True when the event was a gesture the map used.
    bool gesture(QEvent* event);
    // A tool change drops a press in progress.
    void reset() { m_pressed = false; }
    bool isPressed() const { return m_pressed; }

    // The shape being dragged out, if any, with its corners (or centre and edge).
    MapOverlayPainter::Shape dragging() const;
    QPointF drawStart() const { return m_drawStart; }
    QPointF drawEnd() const { return m_drawEnd; }
    // The marker or cluster the keyboard is on (N, Shift+N; Enter opens it); kind None when none.
    const MapRenderer::Hit& keyItem() const { return m_keyItem; }

private:
    void click(const QPointF& pixel);
    // Moves the keyboard to the next (+1) or previous (-1) marker or cluster in view.
    void stepKeyFocus(int step);
    // Enter on the keyboard's marker or cluster: what a click on it does.
    bool activateKeyFocus();

    MapView& m_map;
    bool m_pressed = false;
    bool m_dragged = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPointF m_drawStart;
    QPointF m_drawEnd;
    double m_pinchStartZoom = 0;
    MapRenderer::Hit m_keyItem;
};

} // namespace dalil
