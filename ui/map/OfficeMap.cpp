#include "map/OfficeMap.h"

#include "geo/Basemap.h"
#include "geo/ClusteredPoints.h"
#include "geo/GeoBounds.h"
#include "geo/MapPoints.h"
#include "geo/MapRenderer.h"
#include "main/Display.h"
#include "map/MapOverlayPainter.h"
#include "map/MapView.h"

#include <QBackingStore>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

// One office: its town and the streets around it.
constexpr double kOneOfficeZoom = 10.0;
// Several offices in one town are still told apart, but never closer than this.
constexpr double kMostZoom = 13.0;
// Room around the outermost offices, so that their markers are whole.
constexpr int kMargin = 18;
// A click this close to an office's centre is on it.
constexpr double kReach = 10.0;

} // namespace

OfficeMap::OfficeMap(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("officeMap"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setMinimumHeight(140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(180);
    m_view.setSize(size());
    retranslate();
}

OfficeMap::~OfficeMap() = default;

void OfficeMap::retranslate()
{
    setAccessibleName(tr("Map of the offices"));
    setAccessibleDescription(
        tr("Arrow keys go from office to office; Enter shows the office on the main map."));
}

void OfficeMap::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::LocaleChange && m_renderer) {
        m_renderer->setLocale(locale());
        m_renderer->setLanguage(Display::language());
        update();
    }
    QWidget::changeEvent(event);
}

void OfficeMap::setOffices(const QString& organisationId, const QList<Office>& offices)
{
    m_organisationId = organisationId;
    m_offices = offices;
    m_current = m_offices.isEmpty() ? -1 : 0;
    m_pointsDirty = true;
    refit();
    update();
}

void OfficeMap::refit()
{
    m_view.setSize(size());
    if (m_offices.isEmpty()) {
        return;
    }
    if (m_offices.size() == 1) {
        m_view.setZoom(kOneOfficeZoom);
        m_view.setCentreLonLat(m_offices.first().lon, m_offices.first().lat);
        return;
    }
    GeoBounds box{m_offices.first().lon, m_offices.first().lat, m_offices.first().lon, m_offices.first().lat};
    for (const Office& office : std::as_const(m_offices)) {
        box.west = std::min(box.west, office.lon);
        box.east = std::max(box.east, office.lon);
        box.south = std::min(box.south, office.lat);
        box.north = std::max(box.north, office.lat);
    }
    const QSize inner(std::max(1, width() - 2 * kMargin), std::max(1, height() - 2 * kMargin));
    const MapViewport fitted = MapViewport::fitting(box, inner, MapViewport::kMinZoom, kMostZoom);
    m_view.setZoom(fitted.zoom());
    m_view.setCentre(fitted.centre());
}

void OfficeMap::ensureRenderer()
{
    if (!m_renderer) {
        // The countries are the main map's: read once for both, on a worker at start.
        m_renderer = std::make_unique<MapRenderer>(nullptr);
        m_renderer->setLanguage(Display::language());
        m_renderer->setLocale(locale());
        m_renderer->setBackgroundBasemap([this] { update(); });
        MapView::whenBasemapRead(this, [this](std::shared_ptr<const Basemap> basemap) {
            m_renderer->setBasemap(std::move(basemap));
            m_hasBasemap = true;
        });
    }
    if (m_pointsDirty) {
        m_pointsDirty = false;
        auto points = std::make_shared<MapPoints>();
        for (const Office& office : std::as_const(m_offices)) {
            points->add(m_organisationId, office.name, office.lon, office.lat);
        }
        // A handful of points: indexed here in microseconds. Offices are grouped only when their
        // markers would overlap.
        ClusterIndex::Options options;
        options.radius = 6;
        m_renderer->setPoints(ClusteredPoints::build(points, options));
    }
}

QPointF OfficeMap::pixelOf(int office) const
{
    if (office < 0 || office >= m_offices.size()) {
        return {};
    }
    return m_view.toScreenLonLat(m_offices.at(office).lon, m_offices.at(office).lat);
}

int OfficeMap::officeAt(const QPointF& pixel) const
{
    int best = -1;
    double bestDistance = kReach;
    for (int i = 0; i < m_offices.size(); ++i) {
        const double distance = QLineF(pixelOf(i), pixel).length();
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void OfficeMap::activate(int office)
{
    if (office < 0 || office >= m_offices.size()) {
        return;
    }
    m_current = office;
    update();
    emit officeActivated(m_offices.at(office).lon, m_offices.at(office).lat);
}

void OfficeMap::paintEvent(QPaintEvent*)
{
    ensureRenderer();
    QPainter painter(this);
    // A grab() (screenshots, tests) gets the whole picture now; frames for the screen let a worker
    // draw the countries, as the main map does.
    QBackingStore* store = window()->backingStore();
    const bool toScreen =
        store && painter.paintEngine() && painter.paintEngine()->paintDevice() == store->paintDevice();
    m_renderer->renderFrame(painter, m_view, toScreen && m_hasBasemap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (hasFocus()) {
        if (m_current >= 0) {
            MapOverlayPainter::drawKeyFocus(painter, pixelOf(m_current), 8.0);
        }
        MapOverlayPainter::drawFocusFrame(painter, rect(), palette().color(QPalette::Highlight));
    }
}

void OfficeMap::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    refit();
}

void OfficeMap::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int office = officeAt(event->position());
        if (office >= 0) {
            activate(office);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void OfficeMap::mouseMoveEvent(QMouseEvent* event)
{
    const int office = officeAt(event->position());
    setCursor(office >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (office >= 0 && !m_offices.at(office).name.isEmpty()) {
        QToolTip::showText(event->globalPosition().toPoint(), m_offices.at(office).name, this);
    } else {
        QToolTip::hideText();
    }
    QWidget::mouseMoveEvent(event);
}

void OfficeMap::keyPressEvent(QKeyEvent* event)
{
    const int count = int(m_offices.size());
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0) {
            activate(m_current);
            return;
        }
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_N:
        if (count > 0) {
            m_current = (m_current + 1) % count;
            update();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (count > 0) {
            m_current = (m_current + count - 1) % count;
            update();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void OfficeMap::focusInEvent(QFocusEvent* event)
{
    update();
    QWidget::focusInEvent(event);
}

void OfficeMap::focusOutEvent(QFocusEvent* event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace dalil
