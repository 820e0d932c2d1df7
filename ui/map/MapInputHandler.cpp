#include "map/MapInputHandler.h"

#include "geo/MapRenderer.h"
#include "geo/Mercator.h"
#include "map/MapView.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QWheelEvent>

#include <cmath>

namespace dalil {

namespace {

constexpr double kKeyPanPixels = 120.0;
constexpr double kDragThreshold = 4.0;

} // namespace

MapInputHandler::MapInputHandler(MapView& map)
    : m_map(map)
{
}

MapOverlayPainter::Shape MapInputHandler::dragging() const
{
    if (!m_pressed) {
        return MapOverlayPainter::Shape::None;
    }
    switch (m_map.m_tool) {
    case MapView::Tool::DrawRectangle:
        return MapOverlayPainter::Shape::Rectangle;
    case MapView::Tool::DrawRadius:
        return MapOverlayPainter::Shape::Radius;
    default:
        return MapOverlayPainter::Shape::None;
    }
}

void MapInputHandler::mousePress(QMouseEvent* event)
{
    m_map.setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragged = false;
    m_pressPos = event->position();
    m_lastPos = event->position();
    m_drawStart = event->position();
    m_drawEnd = event->position();
    if (m_map.m_tool == MapView::Tool::Pan) {
        m_map.setCursor(Qt::ClosedHandCursor);
    }
}

void MapInputHandler::mouseMove(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const MapView::Tool tool = m_map.m_tool;
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (tool == MapView::Tool::Pan || tool == MapView::Tool::PickPoint) {
            if (!m_dragged && QLineF(pos, m_pressPos).length() < kDragThreshold) {
                return;
            }
            m_dragged = true;
            m_map.m_view.panBy(pos - m_lastPos);
            m_lastPos = pos;
            m_map.setHover(QString(), QString(), pos);
            m_map.viewChanged();
        } else {
            m_drawEnd = pos;
            m_map.update();
        }
        return;
    }
    const MapRenderer::Hit hit = m_map.hitAt(pos);
    if (hit.kind == MapRenderer::Hit::Marker) {
        m_map.setHover(hit.organisationId, hit.name, pos);
        m_map.setCursor(Qt::PointingHandCursor);
    } else {
        m_map.setHover(QString(), QString(), pos);
        if (tool == MapView::Tool::Pan) {
            m_map.setCursor(hit.kind == MapRenderer::Hit::Cluster ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
    }
}

void MapInputHandler::mouseRelease(QMouseEvent* event)
{
    m_pressed = false;
    const QPointF pos = event->position();
    const MapView::Tool tool = m_map.m_tool;
    if (tool == MapView::Tool::PickPoint) {
        if (!m_dragged) {
            const QPointF lonLat = m_map.m_view.toLonLat(pos);
            m_map.setTool(MapView::Tool::Pan);
            emit m_map.pointPicked(lonLat.x(), lonLat.y());
        }
        return;
    }
    if (tool == MapView::Tool::Pan) {
        m_map.setCursor(Qt::ArrowCursor);
        if (!m_dragged) {
            click(pos);
        }
        return;
    }
    m_drawEnd = pos;
    m_map.setTool(MapView::Tool::Pan);
    if (QLineF(m_drawStart, m_drawEnd).length() < kDragThreshold) {
        m_map.update();
        return; // a click, not a shape
    }
    m_map.setLimitToVisibleArea(false);
    const MapViewport& view = m_map.m_view;
    AreaFilter filter;
    if (tool == MapView::Tool::DrawRectangle) {
        const QRectF screen = QRectF(m_drawStart, m_drawEnd).normalized();
        const QPointF nw = view.toLonLat(screen.topLeft());
        const QPointF se = view.toLonLat(screen.bottomRight());
        filter.kind = AreaFilter::Rectangle;
        filter.box = GeoBounds{nw.x(), se.y(), se.x(), nw.y()};
    } else {
        const QPointF centre = view.toLonLat(m_drawStart);
        const QPointF edge = view.toLonLat(m_drawEnd);
        filter.kind = AreaFilter::Radius;
        filter.lon = centre.x();
        filter.lat = centre.y();
        filter.radiusKm = Mercator::distanceMetres(centre.x(), centre.y(), edge.x(), edge.y()) / 1000.0;
    }
    m_map.setAreaFilter(filter);
}

void MapInputHandler::click(const QPointF& pixel)
{
    const MapRenderer::Hit hit = m_map.hitAt(pixel);
    if (hit.kind == MapRenderer::Hit::Cluster) {
        const auto clustered = m_map.m_renderer->points();
        const int expansion = clustered->index->expansionZoom(hit.id);
        MapViewport& view = m_map.m_view;
        view.setZoom(std::max(static_cast<double>(expansion), std::floor(view.zoom() + 1e-9) + 1));
        view.setCentre(hit.world);
        m_map.viewChanged();
    } else if (hit.kind == MapRenderer::Hit::Marker) {
        m_map.m_pendingSelection.clear();
        m_map.m_selected = hit.organisationId;
        m_map.m_renderer->setSelected(m_map.m_selected);
        m_map.update();
        emit m_map.organisationClicked(hit.organisationId);
    }
}

void MapInputHandler::stepKeyFocus(int step)
{
    const QList<MapRenderer::Hit> items = m_map.keyboardItems(QRectF(m_map.freeArea()));
    if (items.isEmpty()) {
        m_keyItem = MapRenderer::Hit();
        m_map.update();
        return;
    }
    const MapRenderer::Hit& current = m_keyItem;
    qsizetype at = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].kind == current.kind && items[i].id == current.id) {
            at = i;
        }
    }
    // From nothing (or an item that left the view), the first going forward, the last going back.
    const qsizetype next =
        at < 0 ? (step > 0 ? 0 : items.size() - 1) : (at + step + items.size()) % items.size();
    m_keyItem = items[next];
    const QPointF pixel = m_map.m_view.toScreen(items[next].world);
    const QString name = items[next].kind == MapRenderer::Hit::Marker
                             ? items[next].name
                             : MapView::tr("%n offices here", "", static_cast<int>(items[next].count));
    m_map.setHover(items[next].organisationId, name, pixel);
    m_map.update();
}

bool MapInputHandler::activateKeyFocus()
{
    const MapRenderer::Hit item = m_keyItem;
    if (item.kind == MapRenderer::Hit::None) {
        return false;
    }
    m_keyItem = MapRenderer::Hit();
    m_map.setHover(QString(), QString(), QPointF());
    click(m_map.m_view.toScreen(item.world));
    return true;
}

void MapInputHandler::mouseDoubleClick(QMouseEvent* event)
{
    const MapRenderer::Hit hit = m_map.hitAt(event->position());
    if (hit.kind == MapRenderer::Hit::None) {
        m_map.m_view.zoomAt(event->position(), std::floor(m_map.m_view.zoom() + 1e-9) + 1);
        m_map.viewChanged();
    }
}

void MapInputHandler::wheel(QWheelEvent* event)
{
    // A mouse notch (120) is one zoom level; touchpads send smaller steps and zoom smoothly.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    m_map.m_view.zoomAt(event->position(), m_map.m_view.zoom() + steps);
    m_map.viewChanged();
    event->accept();
}

bool MapInputHandler::keyPress(QKeyEvent* event)
{
    // Arrows move the geography, never mirrored: Left always looks west.
    MapViewport& view = m_map.m_view;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_map.zoomIn();
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        m_map.zoomOut();
        return true;
    case Qt::Key_Left:
        view.panBy(QPointF(kKeyPanPixels, 0));
        m_map.viewChanged();
        return true;
    case Qt::Key_Right:
        view.panBy(QPointF(-kKeyPanPixels, 0));
        m_map.viewChanged();
        return true;
    case Qt::Key_Up:
        view.panBy(QPointF(0, kKeyPanPixels));
        m_map.viewChanged();
        return true;
    case Qt::Key_Down:
        view.panBy(QPointF(0, -kKeyPanPixels));
        m_map.viewChanged();
        return true;
    case Qt::Key_N:
        stepKeyFocus(event->modifiers() & Qt::ShiftModifier ? -1 : 1);
        return true;
    case Qt::Key_P:
        stepKeyFocus(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        return activateKeyFocus();
    case Qt::Key_Escape:
        if (m_keyItem.kind != MapRenderer::Hit::None) {
            m_keyItem = MapRenderer::Hit();
            m_map.setHover(QString(), QString(), QPointF());
            m_map.update();
            return true;
        }
        if (m_map.m_tool == MapView::Tool::PickPoint) {
            // Only the picking is cancelled, not the form the map sits in.
            m_map.setTool(MapView::Tool::Pan);
            emit m_map.pickCancelled();
            return true;
        }
        if (m_map.m_tool != MapView::Tool::Pan) {
            m_map.setTool(MapView::Tool::Pan);
            return true;
        }
        return false;
    default:
        return false;
    }
}

void MapInputHandler::leave()
{
    m_map.setHover(QString(), QString(), QPointF());
}

bool MapInputHandler::gesture(QEvent* event)
{
    MapViewport& view = m_map.m_view;
    if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted) {
                m_pinchStartZoom = view.zoom();
            }
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = m_map.mapFromGlobal(pinch->centerPoint().toPoint());
                view.zoomAt(centre, m_pinchStartZoom + std::log2(std::max(1e-3, pinch->totalScaleFactor())));
                m_map.viewChanged();
            }
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            view.zoomAt(gesture->position(), view.zoom() + gesture->value());
            m_map.viewChanged();
            return true;
        }
    }
    return false;
}

} // namespace dalil
