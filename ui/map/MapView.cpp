#include "map/MapView.h"

#include "geo/Basemap.h"
#include "geo/MapPoints.h"
#include "geo/MapRenderer.h"
#include "geo/Mercator.h"
#include "geo/TileProvider.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>
#include <QtConcurrent>

#include <cmath>

namespace dalil {

namespace {

constexpr double kKeyPanPixels = 120.0;
constexpr double kDragThreshold = 4.0;
constexpr int kSettleMs = 150;

QString languageOf(const QLocale& locale)
{
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

QFuture<std::shared_ptr<const Basemap>> shippedBasemap()
{
    static const QFuture<std::shared_ptr<const Basemap>> future = QtConcurrent::run(&Basemap::shipped);
    return future;
}

} // namespace

MapView::MapView(QWidget* parent)
    : QWidget(parent)
    , m_renderer(std::make_unique<MapRenderer>(nullptr))
{
    qRegisterMetaType<dalil::GeoBounds>();
    qRegisterMetaType<dalil::AreaFilter>();
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setMinimumSize(200, 150);
    m_renderer->setLanguage(languageOf(QLocale()));
    m_renderer->setLocale(QLocale());
    // The Middle East and North Africa, the region this directory is about.
    m_view = MapViewport::fitting(GeoBounds{-17.5, 8.0, 63.5, 42.0}, size(), MapViewport::kMinZoom,
                                  MapViewport::kMaxZoom);

    // The basemap is read on a worker: the window paints first, the countries a moment later.
    const QFuture<std::shared_ptr<const Basemap>> basemap = shippedBasemap();
    if (basemap.isFinished()) {
        m_renderer->setBasemap(basemap.result());
        m_hasBasemap = true;
    } else {
        m_basemapWatcher = new QFutureWatcher<std::shared_ptr<const Basemap>>(this);
        connect(m_basemapWatcher, &QFutureWatcherBase::finished, this, [this] {
            m_renderer->setBasemap(m_basemapWatcher->result());
            m_hasBasemap = true;
            update();
        });
        m_basemapWatcher->setFuture(basemap);
    }
    m_watcher = new QFutureWatcher<std::shared_ptr<const ClusteredPoints>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &MapView::onIndexBuilt);
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &MapView::emitVisibleArea);

    auto makeButton = [this](const QString& name, bool checkable) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setCheckable(checkable);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_zoomInButton = makeButton(QStringLiteral("mapZoomIn"), false);
    m_zoomOutButton = makeButton(QStringLiteral("mapZoomOut"), false);
    m_visibleAreaButton = makeButton(QStringLiteral("mapLimitToVisible"), true);
    m_rectangleButton = makeButton(QStringLiteral("mapDrawRectangle"), true);
    m_radiusButton = makeButton(QStringLiteral("mapDrawRadius"), true);
    m_clearAreaButton = makeButton(QStringLiteral("mapClearArea"), false);
    connect(m_zoomInButton, &QToolButton::clicked, this, &MapView::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &MapView::zoomOut);
    connect(m_visibleAreaButton, &QToolButton::toggled, this, &MapView::setLimitToVisibleArea);
    connect(m_rectangleButton, &QToolButton::toggled, this,
            [this](bool on) { setTool(on ? Tool::DrawRectangle : Tool::Pan); });
    connect(m_radiusButton, &QToolButton::toggled, this,
            [this](bool on) { setTool(on ? Tool::DrawRadius : Tool::Pan); });
    connect(m_clearAreaButton, &QToolButton::clicked, this, &MapView::clearAreaFilter);
    retranslate();
}

void MapView::preloadBasemap()
{
    shippedBasemap();
}

MapView::~MapView()
{
    if (m_tiles) {
        m_tiles->setListener(nullptr);
    }
    m_watcher->waitForFinished();
}

void MapView::retranslate()
{
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomInButton->setToolTip(tr("Zoom in"));
    m_zoomOutButton->setText(QStringLiteral("−"));
    m_zoomOutButton->setToolTip(tr("Zoom out"));
    m_visibleAreaButton->setText(tr("Visible area"));
    m_visibleAreaButton->setToolTip(tr("Limit the results to the area the map shows"));
    m_rectangleButton->setText(tr("Rectangle"));
    m_rectangleButton->setToolTip(tr("Draw a rectangle on the map to limit the results to it"));
    m_radiusButton->setText(tr("Radius"));
    m_radiusButton->setToolTip(tr("Drag from a point to limit the results to a distance around it"));
    m_clearAreaButton->setText(tr("Clear area"));
    m_clearAreaButton->setToolTip(tr("Show results everywhere again"));
    for (QToolButton* b : {m_zoomInButton, m_zoomOutButton, m_visibleAreaButton, m_rectangleButton,
                           m_radiusButton, m_clearAreaButton}) {
        b->adjustSize();
    }
    placeControls();
}

void MapView::placeControls()
{
    // The buttons sit in the leading top corner: left in English and French, right in Arabic.
    // The map under them does not move: geography is never mirrored.
    const int margin = 10;
    int y = margin;
    int widest = 0;
    const QList<QToolButton*> column{m_zoomInButton, m_zoomOutButton};
    const QList<QToolButton*> area{m_visibleAreaButton, m_rectangleButton, m_radiusButton, m_clearAreaButton};
    for (QToolButton* b : column) {
        b->resize(30, 30);
    }
    for (QToolButton* b : area) {
        widest = std::max(widest, b->sizeHint().width());
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto place = [&](QToolButton* b, int w) {
        const int x = rtl ? width() - margin - w : margin;
        b->setGeometry(x, y, w, b->height() > 0 ? std::max(b->height(), 26) : 26);
        y += b->height() + 4;
    };
    for (QToolButton* b : column) {
        place(b, 30);
    }
    y += 8;
    for (QToolButton* b : area) {
        b->resize(widest, b->sizeHint().height());
        place(b, widest);
    }
    m_clearAreaButton->setEnabled(m_area.isActive());
}

void MapView::setPoints(std::shared_ptr<const MapPoints> points)
{
    if (!points) {
        points = std::make_shared<const MapPoints>();
    }
    m_pendingPoints = points;
    ++m_buildGeneration;
    // A million offices take a fraction of a second to index: never on the GUI thread.
    m_watcher->setFuture(QtConcurrent::run([points] { return ClusteredPoints::build(points); }));
    update();
}

void MapView::onIndexBuilt()
{
    if (!m_watcher->future().isValid() || m_watcher->future().isCanceled()) {
        return;
    }
    std::shared_ptr<const ClusteredPoints> built = m_watcher->future().result();
    if (!built || built->points != m_pendingPoints) {
        return; // a later setPoints() is on its way
    }
    m_renderer->setPoints(built);
    m_pendingPoints.reset();
    if (!m_pendingSelection.isEmpty()) {
        const QString id = m_pendingSelection;
        m_pendingSelection.clear();
        selectOrganisation(id);
    } else if (!m_selected.isEmpty() && !built->points->hasOrganisation(m_selected)) {
        m_selected.clear();
        m_renderer->setSelected(QString());
    }
    update();
    emit pointsReady();
}

std::shared_ptr<const MapPoints> MapView::points() const
{
    const auto current = m_renderer->points();
    return current ? current->points : nullptr;
}

bool MapView::isBuilding() const
{
    return m_pendingPoints != nullptr;
}

void MapView::setPartnerships(const IdPairs& pairs)
{
    m_renderer->setPartnerships(pairs);
    update();
}

void MapView::setHighlighted(const QSet<QString>& organisationIds)
{
    m_renderer->setHighlighted(organisationIds);
    update();
}

void MapView::setChoropleth(const QHash<QString, int>& countsByCountry)
{
    m_renderer->setChoropleth(countsByCountry);
    update();
}

void MapView::setLanguage(const QString& language)
{
    m_renderer->setLanguage(language);
    update();
}

void MapView::setTileProvider(TileProvider* provider)
{
    if (m_tiles) {
        m_tiles->setListener(nullptr);
    }
    m_tiles = provider;
    if (m_tiles) {
        QPointer<MapView> self(this);
        m_tiles->setListener([self] {
            if (self) {
                self->update();
            }
        });
    }
    m_renderer->setTileProvider(provider);
    update();
}

void MapView::setViewport(const MapViewport& view)
{
    const QPointF centre = view.centre();
    const double zoom = view.zoom();
    m_view.setZoom(zoom);
    m_view.setCentre(centre);
    viewChanged();
}

void MapView::viewChanged()
{
    update();
    m_settleTimer->start();
}

void MapView::emitVisibleArea()
{
    const GeoBounds bounds = m_view.bounds();
    if (m_emittedOnce && bounds == m_lastEmitted) {
        return;
    }
    m_emittedOnce = true;
    m_lastEmitted = bounds;
    emit visibleAreaChanged(bounds);
    if (m_limitToVisible) {
        AreaFilter filter;
        filter.kind = AreaFilter::VisibleArea;
        filter.box = bounds;
        setAreaFilter(filter);
    }
}

void MapView::setAreaFilter(const AreaFilter& filter)
{
    if (filter == m_area) {
        return;
    }
    m_area = filter;
    m_clearAreaButton->setEnabled(m_area.isActive());
    update();
    emit areaFilterChanged(m_area);
}

void MapView::setLimitToVisibleArea(bool on)
{
    m_limitToVisible = on;
    {
        const QSignalBlocker block(m_visibleAreaButton);
        m_visibleAreaButton->setChecked(on);
    }
    if (on) {
        AreaFilter filter;
        filter.kind = AreaFilter::VisibleArea;
        filter.box = m_view.bounds();
        setAreaFilter(filter);
    } else if (m_area.kind == AreaFilter::VisibleArea) {
        setAreaFilter(AreaFilter());
    }
}

void MapView::clearAreaFilter()
{
    setLimitToVisibleArea(false);
    setTool(Tool::Pan);
    setAreaFilter(AreaFilter());
}

void MapView::setTool(Tool tool)
{
    m_tool = tool;
    const QSignalBlocker a(m_rectangleButton);
    const QSignalBlocker b(m_radiusButton);
    m_rectangleButton->setChecked(tool == Tool::DrawRectangle);
    m_radiusButton->setChecked(tool == Tool::DrawRadius);
    setCursor(tool == Tool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
    m_pressed = false;
    update();
}

void MapView::zoomIn()
{
    m_view.zoomAt(QPointF(width() / 2.0, height() / 2.0), std::floor(m_view.zoom() + 1e-9) + 1);
    viewChanged();
}

void MapView::zoomOut()
{
    m_view.zoomAt(QPointF(width() / 2.0, height() / 2.0), std::ceil(m_view.zoom() - 1e-9) - 1);
    viewChanged();
}

void MapView::fitBounds(const GeoBounds& bounds)
{
    const MapViewport fitted =
        MapViewport::fitting(bounds, size(), MapViewport::kMinZoom, MapViewport::kMaxZoom);
    m_view.setZoom(fitted.zoom());
    m_view.setCentre(fitted.centre());
    viewChanged();
}

void MapView::selectOrganisation(const QString& organisationId)
{
    if (organisationId.isEmpty()) {
        m_selected.clear();
        m_pendingSelection.clear();
        m_renderer->setSelected(QString());
        update();
        return;
    }
    const auto clustered = m_renderer->points();
    if (isBuilding() && m_pendingPoints->hasOrganisation(organisationId)) {
        m_pendingSelection = organisationId; // applied once its points are on the map
        return;
    }
    if (!clustered || !clustered->points->hasOrganisation(organisationId)) {
        m_selected.clear();
        m_renderer->setSelected(QString());
        update();
        return;
    }
    m_selected = organisationId;
    m_renderer->setSelected(organisationId);
    const MapPoints& pts = *clustered->points;
    const int64_t first = pts.firstPointOf(organisationId);
    const QPointF world(pts.x()[static_cast<size_t>(first)], pts.y()[static_cast<size_t>(first)]);
    // Zoom in until the office is a marker of its own (not hidden in a cluster), never out.
    const ClusterIndex& index = *clustered->index;
    int zoom = MapRenderer::clusterZoom(m_view);
    const double eps = 1e-9;
    for (; zoom <= index.options().maxZoom; ++zoom) {
        bool alone = false;
        for (const ClusterIndex::Item& item :
             index.items(zoom, world.x() - eps, world.y() - eps, world.x() + eps, world.y() + eps)) {
            if (!item.isCluster() && item.id == first) {
                alone = true;
            }
        }
        if (alone) {
            break;
        }
    }
    m_view.setZoom(std::max(m_view.zoom(), std::min<double>(zoom, MapViewport::kMaxZoom)));
    m_view.setCentre(world);
    viewChanged();
}

void MapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_renderer->renderFrame(painter, m_view);
    painter.setRenderHint(QPainter::Antialiasing, true);

    // The area filter, or the one being drawn.
    const QColor edge(0xd6, 0x33, 0x2b);
    QColor fill = edge;
    fill.setAlpha(30);
    painter.setPen(QPen(edge, 2, Qt::DashLine));
    painter.setBrush(fill);
    if (m_pressed && m_tool == Tool::DrawRectangle) {
        painter.drawRect(QRectF(m_drawStart, m_drawEnd).normalized());
    } else if (m_pressed && m_tool == Tool::DrawRadius) {
        const double r = QLineF(m_drawStart, m_drawEnd).length();
        painter.drawEllipse(m_drawStart, r, r);
    } else if (m_area.kind == AreaFilter::Rectangle) {
        const QPointF nw = m_view.toScreenLonLat(m_area.box.west, m_area.box.north);
        QPointF se = m_view.toScreenLonLat(m_area.box.east, m_area.box.south);
        if (m_area.box.crossesAntimeridian()) {
            se.rx() += m_view.worldSize();
        }
        painter.drawRect(QRectF(nw, se).normalized());
    } else if (m_area.kind == AreaFilter::Radius) {
        const QPointF centre = m_view.toScreenLonLat(m_area.lon, m_area.lat);
        const double r = m_area.radiusKm * 1000.0 / Mercator::metresPerPixel(m_area.lat, m_view.zoom());
        painter.drawEllipse(centre, r, r);
    }

    if (!m_hoverName.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(12);
        const QFontMetricsF metrics(font);
        const double w = metrics.horizontalAdvance(m_hoverName) + 12;
        QRectF box(m_hoverPos + QPointF(12, -metrics.height() - 12), QSizeF(w, metrics.height() + 6));
        if (box.right() > width()) {
            box.moveRight(m_hoverPos.x() - 12);
        }
        if (box.top() < 0) {
            box.moveTop(m_hoverPos.y() + 12);
        }
        painter.setPen(QPen(QColor(0, 0, 0, 70), 1));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 3, 3);
        painter.setFont(font);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        QTextOption option(Qt::AlignCenter);
        option.setTextDirection(m_hoverName.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        painter.drawText(box, m_hoverName, option);
    }
    if (isBuilding()) {
        QFont font = painter.font();
        font.setPixelSize(12);
        painter.setFont(font);
        const QString text = tr("Placing offices on the map…");
        const QFontMetricsF metrics(font);
        const QRectF box((width() - metrics.horizontalAdvance(text) - 16) / 2.0, 10,
                         metrics.horizontalAdvance(text) + 16, metrics.height() + 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_view.setSize(size());
    placeControls();
    viewChanged();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_dragged = false;
    m_pressPos = event->position();
    m_lastPos = event->position();
    m_drawStart = event->position();
    m_drawEnd = event->position();
    if (m_tool == Tool::Pan) {
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (m_tool == Tool::Pan || m_tool == Tool::PickPoint) {
            if (!m_dragged && QLineF(pos, m_pressPos).length() < kDragThreshold) {
                return;
            }
            m_dragged = true;
            m_view.panBy(pos - m_lastPos);
            m_lastPos = pos;
            setHover(QString(), QString(), pos);
            viewChanged();
        } else {
            m_drawEnd = pos;
            update();
        }
        return;
    }
    const MapRenderer::Hit hit = m_renderer->hitTest(m_view, pos);
    if (hit.kind == MapRenderer::Hit::Marker) {
        setHover(hit.organisationId, hit.name, pos);
        setCursor(Qt::PointingHandCursor);
    } else {
        setHover(QString(), QString(), pos);
        if (m_tool == Tool::Pan) {
            setCursor(hit.kind == MapRenderer::Hit::Cluster ? Qt::PointingHandCursor : Qt::ArrowCursor);
        }
    }
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    const QPointF pos = event->position();
    if (m_tool == Tool::PickPoint) {
        if (!m_dragged) {
            const QPointF lonLat = m_view.toLonLat(pos);
            setTool(Tool::Pan);
            emit pointPicked(lonLat.x(), lonLat.y());
        }
        return;
    }
    if (m_tool == Tool::Pan) {
        setCursor(Qt::ArrowCursor);
        if (!m_dragged) {
            handleClick(pos);
        }
        return;
    }
    m_drawEnd = pos;
    const Tool drawn = m_tool;
    setTool(Tool::Pan);
    if (QLineF(m_drawStart, m_drawEnd).length() < kDragThreshold) {
        update();
        return; // a click, not a shape
    }
    setLimitToVisibleArea(false);
    AreaFilter filter;
    if (drawn == Tool::DrawRectangle) {
        const QRectF screen = QRectF(m_drawStart, m_drawEnd).normalized();
        const QPointF nw = m_view.toLonLat(screen.topLeft());
        const QPointF se = m_view.toLonLat(screen.bottomRight());
        filter.kind = AreaFilter::Rectangle;
        filter.box = GeoBounds{nw.x(), se.y(), se.x(), nw.y()};
    } else {
        const QPointF centre = m_view.toLonLat(m_drawStart);
        const QPointF edge = m_view.toLonLat(m_drawEnd);
        filter.kind = AreaFilter::Radius;
        filter.lon = centre.x();
        filter.lat = centre.y();
        filter.radiusKm = Mercator::distanceMetres(centre.x(), centre.y(), edge.x(), edge.y()) / 1000.0;
    }
    setAreaFilter(filter);
}

void MapView::handleClick(const QPointF& pixel)
{
    const MapRenderer::Hit hit = m_renderer->hitTest(m_view, pixel);
    if (hit.kind == MapRenderer::Hit::Cluster) {
        const auto clustered = m_renderer->points();
        const int expansion = clustered->index->expansionZoom(hit.id);
        m_view.setZoom(std::max(static_cast<double>(expansion), std::floor(m_view.zoom() + 1e-9) + 1));
        m_view.setCentre(hit.world);
        viewChanged();
    } else if (hit.kind == MapRenderer::Hit::Marker) {
        m_selected = hit.organisationId;
        m_renderer->setSelected(m_selected);
        update();
        emit organisationClicked(hit.organisationId);
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_tool == Tool::Pan) {
        const MapRenderer::Hit hit = m_renderer->hitTest(m_view, event->position());
        if (hit.kind == MapRenderer::Hit::None) {
            m_view.zoomAt(event->position(), std::floor(m_view.zoom() + 1e-9) + 1);
            viewChanged();
        }
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapView::wheelEvent(QWheelEvent* event)
{
    // A mouse notch (120) is one zoom level; touchpads send smaller steps and zoom smoothly.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    m_view.zoomAt(event->position(), m_view.zoom() + steps);
    viewChanged();
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    // Arrows move the geography, never mirrored: Left always looks west.
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_Left:
        m_view.panBy(QPointF(kKeyPanPixels, 0));
        viewChanged();
        return;
    case Qt::Key_Right:
        m_view.panBy(QPointF(-kKeyPanPixels, 0));
        viewChanged();
        return;
    case Qt::Key_Up:
        m_view.panBy(QPointF(0, kKeyPanPixels));
        viewChanged();
        return;
    case Qt::Key_Down:
        m_view.panBy(QPointF(0, -kKeyPanPixels));
        viewChanged();
        return;
    case Qt::Key_Escape:
        if (m_tool == Tool::PickPoint) {
            // Only the picking is cancelled, not the form the map sits in.
            setTool(Tool::Pan);
            emit pickCancelled();
            return;
        }
        if (m_tool != Tool::Pan) {
            setTool(Tool::Pan);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MapView::leaveEvent(QEvent* event)
{
    setHover(QString(), QString(), QPointF());
    QWidget::leaveEvent(event);
}

bool MapView::event(QEvent* event)
{
    if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted) {
                m_pinchStartZoom = m_view.zoom();
            }
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = mapFromGlobal(pinch->centerPoint().toPoint());
                m_view.zoomAt(centre,
                              m_pinchStartZoom + std::log2(std::max(1e-3, pinch->totalScaleFactor())));
                viewChanged();
            }
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            m_view.zoomAt(gesture->position(), m_view.zoom() + gesture->value());
            viewChanged();
            return true;
        }
    }
    return QWidget::event(event);
}

void MapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        placeControls();
    } else if (event->type() == QEvent::LocaleChange) {
        m_renderer->setLocale(locale());
        m_renderer->setLanguage(languageOf(locale()));
        update();
    }
    QWidget::changeEvent(event);
}

void MapView::setHover(const QString& organisationId, const QString& name, const QPointF& pixel)
{
    const bool changed = organisationId != m_hoverId;
    m_hoverId = organisationId;
    m_hoverName = name;
    if (!name.isEmpty() || changed) {
        m_hoverPos = pixel;
        update();
    }
    if (changed) {
        emit hoveredOrganisationChanged(organisationId, name);
    }
}

} // namespace dalil
