#include "map/MapView.h"

#include "catalogue/WorkerPools.h"
#include "geo/Basemap.h"
#include "geo/MapPoints.h"
#include "geo/MapRenderer.h"
#include "geo/TileProvider.h"
#include "map/MapControls.h"
#include "map/MapErrorNotice.h"
#include "map/MapHighlightNotice.h"
#include "map/MapInputHandler.h"
#include "map/MapOverlayPainter.h"

#include <QBackingStore>
#include <QKeyEvent>
#include <QLabel>
#include <QLineF>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

constexpr int kSettleMs = 150;
// A city and its districts: where a selected office is shown when it is out of sight.
constexpr double kSelectionZoom = 11.0;
// The Middle East and North Africa, the region this directory is about: where the map opens.
const GeoBounds kHomeRegion{-17.5, 8.0, 63.5, 42.0};

QString languageOf(const QLocale& locale)
{
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

QFuture<std::shared_ptr<const Basemap>> shippedBasemap()
{
    static const QFuture<std::shared_ptr<const Basemap>> future =
        QtConcurrent::run(WorkerPools::mapDrawing(), &Basemap::shipped);
    return future;
}

} // namespace

MapView::MapView(QWidget* parent)
    : QWidget(parent)
    , m_renderer(std::make_unique<MapRenderer>(nullptr))
    , m_input(std::make_unique<MapInputHandler>(*this))
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
    m_view = MapViewport::fitting(kHomeRegion, size(), MapViewport::kMinZoom, MapViewport::kMaxZoom);

    // The basemap is read on a worker: the window paints first, the countries a moment later.
    whenBasemapRead(this, [this](std::shared_ptr<const Basemap> basemap) {
        m_renderer->setBasemap(std::move(basemap));
        m_hasBasemap = true;
    });
    // Painting the countries and their names takes tens of milliseconds (more on a large screen):
    // never on the GUI thread for what is shown on screen, so the window stays responsive.
    m_renderer->setBackgroundBasemap([this] { update(); });
    m_watcher = new QFutureWatcher<std::shared_ptr<const ClusteredPoints>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &MapView::onIndexBuilt);
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &MapView::emitVisibleArea);

    m_controls = new MapControls(this);
    connect(m_controls, &MapControls::zoomInClicked, this, &MapView::zoomIn);
    connect(m_controls, &MapControls::zoomOutClicked, this, &MapView::zoomOut);
    connect(m_controls, &MapControls::limitToVisibleToggled, this, &MapView::setLimitToVisibleArea);
    connect(m_controls, &MapControls::rectangleToggled, this,
            [this](bool on) { setTool(on ? Tool::DrawRectangle : Tool::Pan); });
    connect(m_controls, &MapControls::radiusToggled, this,
            [this](bool on) { setTool(on ? Tool::DrawRadius : Tool::Pan); });
    connect(m_controls, &MapControls::clearClicked, this, &MapView::clearAreaFilter);
    m_error = new MapErrorNotice(this);
    connect(m_error, &MapErrorNotice::retryClicked, this, [this] {
        clearReadError();
        emit retryRequested();
    });
    m_highlightNotice = new MapHighlightNotice(this);
    connect(m_highlightNotice, &MapHighlightNotice::clearClicked, this, [this] {
        setHighlighted({});
        setHighlightNote(QString());
        emit highlightCleared();
    });
    retranslate();
}

void MapView::preloadBasemap()
{
    shippedBasemap();
}

void MapView::whenBasemapRead(QWidget* map, const std::function<void(std::shared_ptr<const Basemap>)>& adopt)
{
    const QFuture<std::shared_ptr<const Basemap>> basemap = shippedBasemap();
    if (basemap.isFinished()) {
        adopt(basemap.result());
        return;
    }
    auto* watcher = new QFutureWatcher<std::shared_ptr<const Basemap>>(map);
    QObject::connect(watcher, &QFutureWatcherBase::finished, map, [watcher, map, adopt] {
        adopt(watcher->result());
        watcher->deleteLater();
        map->update();
    });
    watcher->setFuture(basemap);
}

MapView::~MapView()
{
    if (m_tiles) {
        m_tiles->setListener(nullptr);
    }
    m_buildCancel->store(true); // an index still building stops within a few thousand points
    m_watcher->waitForFinished();
}

void MapView::retranslate()
{
    setAccessibleDescription(tr("Arrow keys move the map, + and − zoom, N and Shift+N go from marker to "
                                "marker, Enter opens the marker or cluster."));
    m_controls->retranslate();
    placeControls();
}

void MapView::placeControls()
{
    m_controls->place();
    // The legend the renderer draws keeps clear of the buttons (on a short map it would reach up
    // to the zoom buttons).
    QList<QRectF> buttons;
    for (const QToolButton* button : m_controls->buttons()) {
        buttons << QRectF(button->geometry()).adjusted(-2, -2, 2, 2);
    }
    m_renderer->setReservedAreas(buttons);
    m_error->placeIn(m_controls->freeArea());
    if (m_highlightNotice) {
        m_highlightNotice->placeIn(m_controls->freeArea());
    }
    m_controls->setClearEnabled(m_area.isActive());
    if (m_atHome) {
        // Until the map is moved, the region follows the size (and the buttons) of the map.
        const MapViewport home = fitted(kHomeRegion);
        m_view.setZoom(home.zoom());
        m_view.setCentre(home.centre());
        update();
        m_settleTimer->start();
    }
}

MapViewport MapView::fitted(const GeoBounds& bounds) const
{
    // Into the part of the map that no button covers, when there is room enough for it.
    const QRect free = m_controls->freeArea();
    const bool roomy = free.width() >= width() / 2 && free.height() >= height() / 2;
    const QRectF target = roomy ? QRectF(free) : QRectF(rect());
    const MapViewport box =
        MapViewport::fitting(bounds, target.size().toSize(), MapViewport::kMinZoom, MapViewport::kMaxZoom);
    MapViewport view = m_view;
    view.setSize(size());
    view.setZoom(box.zoom());
    view.setCentre(box.centre());
    // The box's centre is now at the middle of the map: move it to the middle of the target.
    view.panBy(target.center() - QPointF(width() / 2.0, height() / 2.0));
    return view;
}

void MapView::showReadError(const QString& detail)
{
    m_error->showError(detail);
    m_error->placeIn(m_controls->freeArea());
}

void MapView::clearReadError()
{
    m_error->hide();
}

QString MapView::readError() const
{
    return m_error->isHidden() ? QString() : m_error->detail();
}

void MapView::setPoints(std::shared_ptr<const MapPoints> points)
{
    if (!points) {
        points = std::make_shared<const MapPoints>();
    }
    // The same set again (the list and its counts both report the same result): its index is
    // built or being built; a second one would double the map's memory for nothing.
    if (points == (m_pendingPoints ? m_pendingPoints : this->points())) {
        return;
    }
    m_pendingPoints = points;
    ++m_buildGeneration;
    // The build still running is for points nobody will see.
    m_buildCancel->store(true);
    m_buildCancel = std::make_shared<std::atomic<bool>>(false);
    // A million offices take a fraction of a second to index: never on the GUI thread.
    m_watcher->setFuture(QtConcurrent::run(WorkerPools::longJobs(), [points, cancel = m_buildCancel] {
        return ClusteredPoints::build(points, {}, cancel.get());
    }));
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

QRect MapView::freeArea() const
{
    return m_controls->freeArea();
}

size_t MapView::indexBytes() const
{
    const auto current = m_renderer->points();
    return current && current->index ? current->index->memoryBytes() : 0;
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

void MapView::setHighlighted(const QSet<QString>& organisationIds, const QList<HighlightedOffice>& offices)
{
    m_highlightedOffices = offices;
    QList<QPointF> drawn;
    drawn.reserve(offices.size());
    for (const HighlightedOffice& office : offices) {
        drawn.append(office.world);
    }
    m_renderer->setHighlighted(organisationIds, drawn);
    update();
}

MapRenderer::Hit MapView::hitAt(const QPointF& pixel) const
{
    MapRenderer::Hit hit = m_renderer->hitTest(m_view, pixel);
    // Highlighted offices are drawn over the clusters and markers: they are what the pointer meets.
    constexpr double kReach = 9.0; // pixels: the marker's radius and a little more, as for markers
    double best = kReach;
    for (const HighlightedOffice& office : m_highlightedOffices) {
        for (double copy : m_view.worldCopies(office.world.x(), office.world.x())) {
            const QPointF at = m_view.toScreen(QPointF(office.world.x() + copy, office.world.y()));
            const double distance = QLineF(at, pixel).length();
            if (distance <= best) {
                best = distance;
                hit = MapRenderer::Hit();
                hit.kind = MapRenderer::Hit::Marker;
                hit.organisationId = office.organisationId;
                hit.name = office.name;
                hit.world = office.world;
            }
        }
    }
    return hit;
}

QList<MapRenderer::Hit> MapView::keyboardItems(const QRectF& area) const
{
    QList<MapRenderer::Hit> items = m_renderer->itemsIn(m_view, area);
    QSet<QString> markers; // organisation and place of the markers the renderer already lists
    const auto key = [](const QString& id, const QPointF& world) {
        return id + QLatin1Char('@') + QString::number(world.x(), 'g', 17) + QLatin1Char(',') +
               QString::number(world.y(), 'g', 17);
    };
    for (const MapRenderer::Hit& item : std::as_const(items)) {
        if (item.kind == MapRenderer::Hit::Marker) {
            markers.insert(key(item.organisationId, item.world));
        }
    }
    // Ids of their own, below the renderer's (which are never negative): the keyboard tells them
    // apart as it goes round.
    int64_t id = -2;
    for (const HighlightedOffice& office : m_highlightedOffices) {
        --id;
        if (markers.contains(key(office.organisationId, office.world))) {
            continue;
        }
        for (double copy : m_view.worldCopies(office.world.x(), office.world.x())) {
            const QPointF world(office.world.x() + copy, office.world.y());
            if (!area.contains(m_view.toScreen(world))) {
                continue;
            }
            MapRenderer::Hit hit;
            hit.kind = MapRenderer::Hit::Marker;
            hit.id = id;
            hit.count = 1;
            hit.organisationId = office.organisationId;
            hit.name = office.name;
            hit.world = world;
            items.append(hit);
            markers.insert(key(office.organisationId, office.world));
            break;
        }
    }
    // Top to bottom, then left to right, as the renderer orders its own.
    std::stable_sort(
        items.begin(), items.end(), [this](const MapRenderer::Hit& x, const MapRenderer::Hit& y) {
            const QPointF p = m_view.toScreen(x.world);
            const QPointF q = m_view.toScreen(y.world);
            return std::make_pair(std::round(p.y()), p.x()) < std::make_pair(std::round(q.y()), q.x());
        });
    return items;
}

void MapView::setHighlightNote(const QString& text)
{
    m_highlightNotice->setText(text);
    m_highlightNotice->placeIn(m_controls->freeArea());
}

QString MapView::highlightNote() const
{
    return m_highlightNotice->isHidden() ? QString() : m_highlightNotice->label()->text();
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
    m_atHome = false;
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
    m_controls->setClearEnabled(m_area.isActive());
    update();
    emit areaFilterChanged(m_area);
}

void MapView::setLimitToVisibleArea(bool on)
{
    m_limitToVisible = on;
    m_controls->setLimitToVisibleChecked(on);
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
    m_controls->setDrawChecked(tool == Tool::DrawRectangle, tool == Tool::DrawRadius);
    setCursor(tool == Tool::Pan ? Qt::ArrowCursor : Qt::CrossCursor);
    m_input->reset();
    update();
}

void MapView::showPlace(double lon, double lat)
{
    m_view.setZoom(std::max(m_view.zoom(), kSelectionZoom));
    m_view.setCentreLonLat(lon, lat);
    viewChanged();
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
    const MapViewport view = fitted(bounds);
    m_view.setZoom(view.zoom());
    m_view.setCentre(view.centre());
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
        // Its offices may not have reached the map yet (they are read on a worker while the list
        // already shows the organisation): it is selected when points that hold it are placed.
        m_pendingSelection = organisationId;
        update();
        return;
    }
    m_pendingSelection.clear();
    m_selected = organisationId;
    m_renderer->setSelected(organisationId);
    const MapPoints& pts = *clustered->points;
    const int64_t first = pts.firstPointOf(organisationId);
    const QPointF world(pts.x()[static_cast<size_t>(first)], pts.y()[static_cast<size_t>(first)]);
    // The office with its surroundings: the user's zoom when the office is in sight (the selection
    // is drawn over any cluster it is in), else at least a city's extent. Never street level just
    // to get the office out of its cluster (a million offices cluster down to the last zoom).
    bool inSight = false;
    const QRectF clear = QRectF(freeArea()).adjusted(16, 16, -16, -16);
    for (double copy : m_view.worldCopies(world.x(), world.x())) {
        inSight = inSight || clear.contains(m_view.toScreen(QPointF(world.x() + copy, world.y())));
    }
    const double city = std::min<double>(kSelectionZoom, MapViewport::kMaxZoom);
    if (m_atHome) {
        m_view.setZoom(city); // the region as it opened is no one's choice of zoom
    } else if (!inSight) {
        m_view.setZoom(std::max(m_view.zoom(), city));
    }
    m_view.setCentre(world);
    viewChanged();
}

void MapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // A grab() or render() into a picture (screenshots, tests, printing) gets the whole map now;
    // only frames for the screen may show a stand-in while the basemap is being prepared.
    QBackingStore* store = window()->backingStore();
    const bool toScreen =
        store && painter.paintEngine() && painter.paintEngine()->paintDevice() == store->paintDevice();
    m_renderer->renderFrame(painter, m_view, toScreen);
    painter.setRenderHint(QPainter::Antialiasing, true);
    MapOverlayPainter::drawArea(painter, m_view, m_area, m_input->dragging(), m_input->drawStart(),
                                m_input->drawEnd());
    const MapRenderer::Hit& key = m_input->keyItem();
    if (key.kind != MapRenderer::Hit::None && hasFocus()) {
        const double radius =
            key.kind == MapRenderer::Hit::Cluster ? MapRenderer::badgeRadius(key.count) : 8.0;
        MapOverlayPainter::drawKeyFocus(painter, m_view.toScreen(key.world), radius);
    }
    if (!m_hoverName.isEmpty()) {
        MapOverlayPainter::drawHoverName(painter, m_hoverName, m_hoverPos, size());
    }
    if (hasFocus()) {
        MapOverlayPainter::drawFocusFrame(painter, rect(), palette().color(QPalette::Highlight));
    }
    if (isBuilding()) {
        MapOverlayPainter::drawBusyNotice(painter, tr("Placing offices on the map…"), m_controls->freeArea());
    }
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_view.setSize(size());
    placeControls();
    update();
    m_settleTimer->start();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_input->mousePress(event);
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    m_input->mouseMove(event);
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_input->isPressed()) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_input->mouseRelease(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_tool == Tool::Pan) {
        m_input->mouseDoubleClick(event);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapView::wheelEvent(QWheelEvent* event)
{
    m_input->wheel(event);
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    if (!m_input->keyPress(event)) {
        QWidget::keyPressEvent(event);
    }
}

void MapView::leaveEvent(QEvent* event)
{
    m_input->leave();
    QWidget::leaveEvent(event);
}

bool MapView::event(QEvent* event)
{
    if (m_input->gesture(event)) {
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        update(); // the focus frame
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
