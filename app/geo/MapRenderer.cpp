#include "geo/MapRenderer.h"

#include "catalogue/WorkerPools.h"
#include "geo/Basemap.h"
#include "geo/BasemapPainter.h"
#include "geo/CountryNames.h"
#include "geo/HaloText.h"
#include "geo/MapDecorations.h"
#include "geo/TilePainter.h"
#include "geo/TileProvider.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

constexpr double kMarkerRadius = 6.0;
constexpr int kCacheMargin = 256; // pixels of basemap kept around the view for panning

// The context lupdate gives these strings (the class they are written in), or they would never
// find their translation.
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("dalil::MapRenderer", text, disambiguation);
}

} // namespace

MapRenderer::MapRenderer()
    : MapRenderer(Basemap::shipped())
{
}

MapRenderer::MapRenderer(std::shared_ptr<const Basemap> basemap)
    : m_basemap(std::move(basemap))
{
    m_names = CountryNames::shipped();
}

MapRenderer::~MapRenderer()
{
    if (m_jobCancel) {
        m_jobCancel->store(true); // the worker stops at its next country or label
    }
    if (m_watcher) {
        // Its picture is drawn with this process's fonts: it must not outlive the application.
        m_watcher->waitForFinished();
    }
}

void MapRenderer::setBasemap(std::shared_ptr<const Basemap> basemap)
{
    m_basemap = std::move(basemap);
    invalidateBasemap();
}

void MapRenderer::setCountryNames(std::shared_ptr<const CountryNames> names)
{
    m_names = std::move(names);
    invalidateBasemap();
}

void MapRenderer::setLanguage(const QString& language)
{
    if (language != m_language) {
        m_language = language;
        invalidateBasemap();
    }
}

void MapRenderer::setLocale(const QLocale& locale)
{
    m_locale = locale;
    m_badges.setLocale(locale);
    invalidateBasemap();
}

void MapRenderer::setStyle(const MapStyle& style)
{
    m_style = style;
    m_badges.setStyle(style);
    invalidateBasemap();
}

void MapRenderer::setShowLabels(bool show)
{
    m_showLabels = show;
    invalidateBasemap();
}

void MapRenderer::setPoints(std::shared_ptr<const ClusteredPoints> points)
{
    m_points = std::move(points);
    rebuildArcs();
}

void MapRenderer::setPartnerships(const IdPairs& pairs)
{
    m_pairs = pairs;
    rebuildArcs();
}

void MapRenderer::rebuildArcs()
{
    m_arcs.rebuild(m_points ? m_points->points.get() : nullptr, m_pairs);
}

void MapRenderer::setSelected(const QString& organisationId)
{
    m_selected = organisationId;
}

void MapRenderer::setHighlighted(const QSet<QString>& organisationIds, const QList<QPointF>& offices)
{
    m_highlighted = organisationIds;
    m_highlightedOffices = offices;
}

void MapRenderer::setChoropleth(const QHash<QString, int>& countsByCountry)
{
    m_choropleth = countsByCountry;
    m_breaks.clear();
    int maximum = 0;
    for (int v : countsByCountry) {
        maximum = std::max(maximum, v);
    }
    const int classes = static_cast<int>(m_style.choropleth.size());
    if (maximum > 0) {
        if (maximum <= classes) {
            for (int i = 1; i <= maximum; ++i) {
                m_breaks.append(i);
            }
        } else {
            // Geometric classes: counts per country span orders of magnitude.
            for (int i = 1; i <= classes; ++i) {
                int limit = static_cast<int>(std::ceil(std::pow(maximum, static_cast<double>(i) / classes)));
                if (!m_breaks.isEmpty()) {
                    limit = std::max(limit, m_breaks.last() + 1);
                }
                m_breaks.append(std::min(limit, maximum));
            }
            m_breaks.last() = maximum;
        }
    }
    invalidateBasemap();
}

void MapRenderer::setTileProvider(TileProvider* provider)
{
    m_tiles = provider;
}

QColor MapRenderer::colourFor(const QString& iso2) const
{
    if (m_breaks.isEmpty()) {
        return m_style.land;
    }
    const int v = m_choropleth.value(iso2, 0);
    if (v <= 0) {
        return m_style.land;
    }
    const int classes = static_cast<int>(m_style.choropleth.size());
    for (int i = 0; i < m_breaks.size(); ++i) {
        if (v <= m_breaks[i]) {
            // With fewer breaks than colours, spread them over the ramp.
            const int colour =
                m_breaks.size() >= classes
                    ? i
                    : static_cast<int>(std::lround(i * (classes - 1.0) /
                                                   std::max(1, static_cast<int>(m_breaks.size()) - 1)));
            return m_style.choropleth[std::min(colour, classes - 1)];
        }
    }
    return m_style.choropleth.back();
}

int MapRenderer::clusterZoom(const MapViewport& view)
{
    return static_cast<int>(std::floor(view.zoom() + 1e-9));
}

QString MapRenderer::attribution() const
{
    QString text = tr("Made with Natural Earth");
    if (m_tiles) {
        text = tr("%1 | %2", "attribution of the basemap | of the tiles").arg(text, m_tiles->attribution());
    }
    return text;
}

void MapRenderer::invalidateBasemap()
{
    ++m_generation;
}

BasemapScene MapRenderer::scene(const QFont& font) const
{
    BasemapScene scene;
    scene.basemap = m_basemap;
    scene.names = m_names;
    scene.language = m_language;
    scene.style = m_style;
    scene.showLabels = m_showLabels;
    scene.font = font;
    if (!m_breaks.isEmpty()) {
        for (auto it = m_choropleth.cbegin(); it != m_choropleth.cend(); ++it) {
            scene.fills.insert(it.key(), colourFor(it.key()));
        }
    }
    return scene;
}

void MapRenderer::render(QPainter& painter, const MapViewport& view)
{
    painter.save();
    scene(painter.font()).draw(painter, view);
    if (m_tiles) {
        TilePainter::draw(painter, view, *m_tiles);
    }
    drawOverlay(painter, view);
    painter.restore();
}

bool MapRenderer::covers(const BasemapScene::Picture& picture, const MapViewport& view, qreal dpr,
                         QPointF* offset) const
{
    if (picture.zoom != view.zoom() || picture.viewSize != view.size() ||
        picture.generation != m_generation ||
        (!picture.image.isNull() && !qFuzzyCompare(picture.image.devicePixelRatio(), dpr))) {
        return false;
    }
    const double s = view.worldSize();
    const QPointF topLeft = view.toWorld(QPointF(0, 0));
    double dx = topLeft.x() - picture.origin.x();
    dx -= std::round(dx); // the picture repeats every world width
    *offset = QPointF(dx * s, (topLeft.y() - picture.origin.y()) * s);
    return offset->x() >= 0 && offset->y() >= 0 && offset->x() <= 2 * kCacheMargin &&
           offset->y() <= 2 * kCacheMargin;
}

void MapRenderer::setBackgroundBasemap(std::function<void()> ready)
{
    m_ready = std::move(ready);
    if (!m_watcher) {
        m_watcher = std::make_unique<QFutureWatcher<BasemapScene::Picture>>();
        QObject::connect(m_watcher.get(), &QFutureWatcherBase::finished, m_watcher.get(),
                         [this] { adoptBasemap(); });
    }
}

void MapRenderer::requestBasemap(const MapViewport& view, qreal dpr, const QFont& font)
{
    QPointF offset;
    if (m_jobRunning && covers(m_job, view, dpr, &offset)) {
        return; // the picture on its way will do
    }
    if (m_jobCancel) {
        m_jobCancel->store(true); // for a view nobody will see
    }
    m_jobCancel = std::make_shared<std::atomic<bool>>(false);
    m_job = BasemapScene::Picture();
    m_job.zoom = view.zoom();
    m_job.viewSize = view.size();
    m_job.generation = m_generation;
    m_job.job = ++m_jobCount;
    {
        // Where the worker's picture will start: the same arithmetic as BasemapScene::render().
        const QSize size = view.size() + QSize(2 * kCacheMargin, 2 * kCacheMargin);
        MapViewport around(view.centre(), view.zoom(), size);
        around.setZoomLimits(0.0, 24.0);
        around.setZoom(view.zoom());
        around.setCentre(view.centre());
        m_job.origin = around.toWorld(QPointF(0, 0));
    }
    m_jobRunning = true;
    m_watcher->setFuture(
        QtConcurrent::run(WorkerPools::mapDrawing(), [scene = scene(font), view, dpr, cancel = m_jobCancel,
                                                      generation = m_generation, job = m_jobCount] {
            BasemapScene::Picture picture = scene.render(view, kCacheMargin, dpr, cancel.get());
            picture.generation = generation;
            picture.job = job;
            return picture;
        }));
}

void MapRenderer::adoptBasemap()
{
    const QFuture<BasemapScene::Picture> future = m_watcher->future();
    if (!future.isValid() || future.isCanceled() || future.resultCount() == 0) {
        return;
    }
    BasemapScene::Picture picture = future.result();
    if (picture.job != m_jobCount) {
        return; // an earlier job, finished just as a newer one started
    }
    m_jobRunning = false;
    if (picture.image.isNull() || picture.generation != m_generation) {
        return;
    }
    m_cache = std::move(picture);
    if (m_ready) {
        m_ready();
    }
}

void MapRenderer::drawStandIn(QPainter& painter, const MapViewport& view)
{
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(view.size())), m_style.sea);
    if (m_cache.image.isNull()) {
        return;
    }
    // The previous picture, scaled from its zoom to this one and put where its places are now.
    const double s = view.worldSize();
    const double scale = std::pow(2.0, view.zoom() - m_cache.zoom);
    const QPointF topLeft = view.toWorld(QPointF(0, 0));
    double dx = m_cache.origin.x() - topLeft.x();
    dx -= std::round(dx);
    const QPointF at(dx * s, (m_cache.origin.y() - topLeft.y()) * s);
    const QSizeF size = QSizeF(m_cache.image.size()) / m_cache.image.devicePixelRatio() * scale;
    painter.drawImage(QRectF(at, size), m_cache.image);
}

void MapRenderer::renderFrame(QPainter& painter, const MapViewport& view, bool deferBasemap)
{
    painter.save();
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QPointF offset;
    bool valid = covers(m_cache, view, dpr, &offset);
    if (!valid && deferBasemap && m_watcher) {
        requestBasemap(view, dpr, painter.font());
        drawStandIn(painter, view);
    } else {
        if (!valid) {
            m_cache = scene(painter.font()).render(view, kCacheMargin, dpr);
            m_cache.generation = m_generation;
            offset = QPointF(kCacheMargin, kCacheMargin);
        }
        painter.drawImage(-offset, m_cache.image);
    }
    if (m_tiles) {
        TilePainter::draw(painter, view, *m_tiles);
    }
    drawOverlay(painter, view);
    painter.restore();
}

QList<MapRenderer::Label> MapRenderer::labels(const MapViewport& view, const QFont& baseFont) const
{
    return scene(baseFont).labels(view, baseFont);
}

void MapRenderer::drawOverlay(QPainter& painter, const MapViewport& view)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_points && m_points->points) {
        m_arcs.draw(painter, view, *m_points->points, m_selected, m_style);
    }
    drawItems(painter, view);
    drawHighlightedOffices(painter, view);
    drawSelection(painter, view);
    MapDecorations::drawScaleBar(painter, view, m_style, m_locale);
    MapDecorations::drawAttribution(painter, view, attribution());
    MapDecorations::drawLegend(painter, view, m_breaks, m_style, m_locale,
                               legendKeepClear(view, painter.font()));
}

QList<QRectF> MapRenderer::decorationBoxes(const MapViewport& view, const QFont& baseFont) const
{
    return {MapDecorations::legendBox(view, baseFont, m_locale, m_breaks, legendKeepClear(view, baseFont)),
            MapDecorations::scaleBarBox(view, baseFont, m_locale),
            MapDecorations::attributionBox(view, baseFont, attribution())};
}

QList<QRectF> MapRenderer::legendKeepClear(const MapViewport& view, const QFont& baseFont) const
{
    QList<QRectF> boxes = m_reserved;
    boxes << MapDecorations::scaleBarBox(view, baseFont, m_locale)
          << MapDecorations::attributionBox(view, baseFont, attribution());
    return boxes;
}

void MapRenderer::setReservedAreas(const QList<QRectF>& boxes)
{
    m_reserved = boxes;
}

void MapRenderer::drawItems(QPainter& painter, const MapViewport& view)
{
    if (!m_points || !m_points->index || m_points->index->isEmpty()) {
        return;
    }
    const ClusterIndex& index = *m_points->index;
    const MapPoints& pts = *m_points->points;
    const double s = view.worldSize();
    const double pad = badgeRadius(static_cast<uint32_t>(index.pointCount())) / s;
    const QRectF r = view.worldRect().adjusted(-pad, -pad, pad, pad);
    const QList<ClusterIndex::Item> items =
        index.items(clusterZoom(view), r.left(), r.top(), r.right(), r.bottom());
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QPen outline(m_style.markerOutline, 1.5);
    for (const ClusterIndex::Item& item : items) {
        const QPointF at = view.toScreen(QPointF(item.x, item.y));
        if (item.isCluster()) {
            const QImage& image = m_badges.badge(item.count, dpr);
            const QSizeF size = QSizeF(image.size()) / dpr;
            painter.drawImage(at - QPointF(size.width() / 2, size.height() / 2), image);
            continue;
        }
        const bool highlighted = !m_highlighted.isEmpty() &&
                                 m_highlighted.contains(pts.organisationId(static_cast<size_t>(item.id)));
        painter.setPen(outline);
        painter.setBrush(highlighted ? m_style.highlight : m_style.marker);
        const double radius = highlighted ? kMarkerRadius + 1.5 : kMarkerRadius;
        painter.drawEllipse(at, radius, radius);
    }
}

void MapRenderer::drawHighlightedOffices(QPainter& painter, const MapViewport& view)
{
    if (m_highlightedOffices.isEmpty()) {
        return;
    }
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(view.size())).adjusted(-20, -20, 20, 20);
    const double radius = kMarkerRadius + 1.5;
    painter.setPen(QPen(m_style.markerOutline, 1.5));
    painter.setBrush(m_style.highlight);
    for (const QPointF& office : m_highlightedOffices) {
        for (double copy : view.worldCopies(office.x(), office.x())) {
            const QPointF at = view.toScreen(QPointF(office.x() + copy, office.y()));
            if (screen.contains(at)) {
                painter.drawEllipse(at, radius, radius);
            }
        }
    }
}

void MapRenderer::drawSelection(QPainter& painter, const MapViewport& view)
{
    if (m_selected.isEmpty() || !m_points || !m_points->points) {
        return;
    }
    const MapPoints& pts = *m_points->points;
    const std::vector<uint32_t> offices = pts.pointsOf(m_selected);
    if (offices.empty()) {
        return;
    }
    QFont font = painter.font();
    font.setPixelSize(13);
    font.setBold(true);
    const QString name = pts.organisationName(m_selected);
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    bool named = false;
    for (uint32_t p : offices) {
        for (double copy : view.worldCopies(pts.x()[p], pts.x()[p])) {
            const QPointF at = view.toScreen(QPointF(pts.x()[p] + copy, pts.y()[p]));
            if (!screen.adjusted(-20, -20, 20, 20).contains(at)) {
                continue;
            }
            painter.setPen(QPen(Qt::white, 2.0));
            painter.setBrush(m_style.selection);
            painter.drawEllipse(at, kMarkerRadius + 2, kMarkerRadius + 2);
            painter.setPen(QPen(m_style.selection, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, kMarkerRadius + 7, kMarkerRadius + 7);
            if (!named && !name.isEmpty()) {
                named = true;
                // Isolated, so a Latin name inside Arabic (or the reverse) keeps its own order.
                HaloText::draw(painter, at + QPointF(kMarkerRadius + 10, 5), name, font, m_style.label,
                               m_style.halo);
            }
        }
    }
}

QList<MapRenderer::Hit> MapRenderer::itemsIn(const MapViewport& view, const QRectF& area) const
{
    QList<Hit> hits;
    if (!m_points || !m_points->index || m_points->index->isEmpty()) {
        return hits;
    }
    const QPointF a = view.toWorld(area.topLeft());
    const QPointF b = view.toWorld(area.bottomRight());
    const MapPoints& pts = *m_points->points;
    for (const ClusterIndex::Item& item :
         m_points->index->items(clusterZoom(view), a.x(), a.y(), b.x(), b.y())) {
        const QPointF at = view.toScreen(QPointF(item.x, item.y));
        if (!area.contains(at)) {
            continue; // a copy of the world beside the one in view
        }
        Hit hit;
        hit.kind = item.isCluster() ? Hit::Cluster : Hit::Marker;
        hit.id = item.id;
        hit.count = item.count;
        hit.world = QPointF(item.x, item.y);
        if (!item.isCluster()) {
            hit.organisationId = pts.organisationId(static_cast<size_t>(item.id));
            hit.name = pts.name(static_cast<size_t>(item.id));
        }
        hits.append(hit);
    }
    std::sort(hits.begin(), hits.end(), [&view](const Hit& x, const Hit& y) {
        const QPointF p = view.toScreen(x.world);
        const QPointF q = view.toScreen(y.world);
        return std::make_pair(std::round(p.y()), p.x()) < std::make_pair(std::round(q.y()), q.x());
    });
    return hits;
}

MapRenderer::Hit MapRenderer::hitTest(const MapViewport& view, const QPointF& pixel) const
{
    Hit hit;
    if (!m_points || !m_points->index || m_points->index->isEmpty()) {
        return hit;
    }
    const ClusterIndex& index = *m_points->index;
    const double s = view.worldSize();
    const double reach = badgeRadius(static_cast<uint32_t>(index.pointCount())) / s;
    const QPointF w = view.toWorld(pixel);
    const QList<ClusterIndex::Item> items =
        index.items(clusterZoom(view), w.x() - reach, w.y() - reach, w.x() + reach, w.y() + reach);
    double best = 1e300;
    for (const ClusterIndex::Item& item : items) {
        const QPointF at = view.toScreen(QPointF(item.x, item.y));
        const double d = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
        const double radius = item.isCluster() ? badgeRadius(item.count) : kMarkerRadius + 3;
        // Markers win over a cluster disc they sit under: they are smaller targets.
        const double score = item.isCluster() ? d : d - 1000;
        if (d <= radius && score < best) {
            best = score;
            hit.kind = item.isCluster() ? Hit::Cluster : Hit::Marker;
            hit.id = item.id;
            hit.count = item.count;
            hit.world = QPointF(item.x, item.y);
            if (!item.isCluster()) {
                hit.organisationId = m_points->points->organisationId(static_cast<size_t>(item.id));
                hit.name = m_points->points->name(static_cast<size_t>(item.id));
            } else {
                hit.organisationId.clear();
                hit.name.clear();
            }
        }
    }
    return hit;
}

} // namespace dalil
