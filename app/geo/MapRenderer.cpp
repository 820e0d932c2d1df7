#include "geo/MapRenderer.h"

#include "geo/Basemap.h"
#include "geo/CountryNames.h"
#include "geo/Mercator.h"
#include "geo/TileProvider.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMarkerRadius = 6.0;
constexpr int kCacheMargin = 256; // pixels of basemap kept around the view for panning

// The context lupdate gives these strings (the class they are written in), or they would never
// find their translation.
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("dalil::MapRenderer", text, disambiguation);
}

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

void drawHaloText(QPainter& painter, const QPointF& baseline, const QString& text, const QFont& font,
                  const QColor& fill, const QColor& halo)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter.setPen(QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(path);
}

} // namespace

std::shared_ptr<const ClusteredPoints> ClusteredPoints::build(std::shared_ptr<const MapPoints> points,
                                                              const ClusterIndex::Options& options)
{
    auto result = std::make_shared<ClusteredPoints>();
    if (!points) {
        points = std::make_shared<const MapPoints>();
    }
    result->index = std::make_shared<const ClusterIndex>(points->x(), points->y(), options);
    result->points = std::move(points);
    return result;
}

MapRenderer::MapRenderer()
    : MapRenderer(Basemap::shipped())
{
}

MapRenderer::MapRenderer(std::shared_ptr<const Basemap> basemap)
    : m_basemap(std::move(basemap))
{
    m_names = CountryNames::shipped();
}

MapRenderer::~MapRenderer() = default;

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
    m_badges.clear();
    invalidateBasemap();
}

void MapRenderer::setStyle(const MapStyle& style)
{
    m_style = style;
    m_badges.clear();
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
    m_arcs.clear();
    if (!m_points || !m_points->points) {
        return;
    }
    const MapPoints& pts = *m_points->points;
    for (qsizetype k = 0; k < m_pairs.size(); ++k) {
        const int64_t pa = pts.firstPointOf(m_pairs.first(k));
        const int64_t pb = pts.firstPointOf(m_pairs.second(k));
        if (pa < 0 || pb < 0 || pa == pb) {
            continue;
        }
        const QRectF bounds =
            arcLine(pts, static_cast<uint32_t>(pa), static_cast<uint32_t>(pb)).boundingRect();
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

QPolygonF MapRenderer::arcLine(const MapPoints& points, uint32_t a, uint32_t b)
{
    return greatCircle(points.lon(a), points.lat(a), points.lon(b), points.lat(b));
}

void MapRenderer::setSelected(const QString& organisationId)
{
    m_selected = organisationId;
}

void MapRenderer::setHighlighted(const QSet<QString>& organisationIds)
{
    m_highlighted = organisationIds;
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
    return m_style.choropleth.last();
}

double MapRenderer::badgeRadius(uint32_t count)
{
    return 13.0 + 3.5 * std::log10(std::max<uint32_t>(count, 1));
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

std::vector<double> MapRenderer::worldCopies(const MapViewport& view, double minX, double maxX)
{
    const QRectF r = view.worldRect();
    std::vector<double> copies;
    const int first = static_cast<int>(std::floor(r.left() - maxX));
    const int last = static_cast<int>(std::ceil(r.right() - minX));
    for (int k = first; k <= last; ++k) {
        if (maxX + k >= r.left() && minX + k <= r.right()) {
            copies.push_back(k);
        }
    }
    return copies;
}

void MapRenderer::invalidateBasemap()
{
    m_cacheZoom = -1;
}

void MapRenderer::render(QPainter& painter, const MapViewport& view)
{
    painter.save();
    drawBasemap(painter, view);
    drawTiles(painter, view);
    drawOverlay(painter, view);
    painter.restore();
}

void MapRenderer::renderFrame(QPainter& painter, const MapViewport& view)
{
    painter.save();
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const double s = view.worldSize();
    const QPointF topLeft = view.toWorld(QPointF(0, 0));
    bool valid = m_cacheZoom == view.zoom() && m_cacheViewSize == view.size() && !m_cache.isNull() &&
                 qFuzzyCompare(m_cache.devicePixelRatio(), dpr);
    QPointF offset;
    if (valid) {
        double dx = topLeft.x() - m_cacheOrigin.x();
        dx -= std::round(dx); // the picture repeats every world width
        offset = QPointF(dx * s, (topLeft.y() - m_cacheOrigin.y()) * s);
        valid = offset.x() >= 0 && offset.y() >= 0 && offset.x() <= 2 * kCacheMargin &&
                offset.y() <= 2 * kCacheMargin;
    }
    if (!valid) {
        const QSize cacheSize = view.size() + QSize(2 * kCacheMargin, 2 * kCacheMargin);
        m_cache = QImage(cacheSize * dpr, QImage::Format_RGB32); // opaque: blitting it is a copy
        m_cache.setDevicePixelRatio(dpr);
        MapViewport cacheView(view.centre(), view.zoom(), cacheSize);
        cacheView.setZoomLimits(0.0, 24.0);
        cacheView.setZoom(view.zoom());
        cacheView.setCentre(view.centre());
        QPainter cachePainter(&m_cache);
        drawBasemap(cachePainter, cacheView);
        cachePainter.end();
        m_cacheOrigin = cacheView.toWorld(QPointF(0, 0));
        m_cacheZoom = view.zoom();
        m_cacheViewSize = view.size();
        offset = QPointF(kCacheMargin, kCacheMargin);
    }
    painter.drawImage(-offset, m_cache);
    drawTiles(painter, view);
    drawOverlay(painter, view);
    painter.restore();
}

void MapRenderer::drawBasemap(QPainter& painter, const MapViewport& view)
{
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    painter.fillRect(screen, m_style.sea);
    if (!m_basemap) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double s = view.worldSize();
    const QRectF clip = screen.adjusted(-4, -4, 4, 4);
    const QRectF world = view.worldRect();
    std::vector<QPointF> poly;
    std::vector<QPointF> scratch;
    QPen border(m_style.border, 0.7);
    border.setCosmetic(true);
    for (double copy : worldCopies(view)) {
        for (const Basemap::Country& country : m_basemap->countries()) {
            const QRectF b = country.bounds.translated(copy, 0);
            if (!b.intersects(world) && !world.contains(b.topLeft())) {
                continue;
            }
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const Basemap::Ring& ring : m_basemap->ringsFor(country, view.zoom())) {
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
            painter.setBrush(colourFor(country.iso2));
            painter.drawPath(path);
        }
    }
    if (m_showLabels) {
        drawLabels(painter, view);
    }
}

QList<MapRenderer::Label> MapRenderer::labels(const MapViewport& view, const QFont& baseFont) const
{
    QList<Label> result;
    if (!m_basemap || !m_names) {
        return result;
    }
    QFont font = baseFont;
    font.setPixelSize(12);
    QFont menaFont = font;
    menaFont.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF menaMetrics(menaFont);
    const double s = view.worldSize();
    const QRectF screen(QPointF(0, 0), QSizeF(view.size()));
    // MENA countries first (this is their map), then by area, so the big and relevant names win.
    std::vector<const Basemap::Country*> order;
    for (const Basemap::Country& c : m_basemap->countries()) {
        if (c.iso2 != QLatin1String("--")) {
            order.push_back(&c);
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](const Basemap::Country* a, const Basemap::Country* b) {
                         const CountryNames::Entry* ea = m_names->entry(a->iso2);
                         const CountryNames::Entry* eb = m_names->entry(b->iso2);
                         const bool ma = ea && ea->mena;
                         const bool mb = eb && eb->mena;
                         if (ma != mb) {
                             return ma;
                         }
                         return a->area > b->area;
                     });
    std::vector<QRectF> placed;
    for (const Basemap::Country* c : order) {
        const CountryNames::Entry* entry = m_names->entry(c->iso2);
        const QString name = m_names->name(c->iso2, m_language);
        if (name.isEmpty()) {
            continue;
        }
        const bool mena = entry && entry->mena;
        const QFontMetricsF& m = mena ? menaMetrics : metrics;
        const double width = m.horizontalAdvance(name);
        // A name much wider than its country would sit on the neighbours.
        if (c->bounds.width() * s < width * 0.6 && c->bounds.height() * s < m.height() * 2.5) {
            continue;
        }
        for (double copy : worldCopies(view, c->label.x(), c->label.x())) {
            const QPointF anchor = view.toScreen(QPointF(c->label.x() + copy, c->label.y()));
            const QRectF box(anchor.x() - width / 2, anchor.y() - m.height() / 2, width, m.height());
            if (!screen.contains(box)) {
                continue;
            }
            const QRectF padded = box.adjusted(-4, -2, 4, 2);
            bool overlaps = false;
            for (const QRectF& other : placed) {
                if (other.intersects(padded)) {
                    overlaps = true;
                    break;
                }
            }
            if (overlaps) {
                continue;
            }
            placed.push_back(padded);
            result.append({c->iso2, name, box, mena});
        }
    }
    return result;
}

void MapRenderer::drawLabels(QPainter& painter, const MapViewport& view)
{
    QFont font = painter.font();
    font.setPixelSize(12);
    QFont menaFont = font;
    menaFont.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF menaMetrics(menaFont);
    for (const Label& label : labels(view, painter.font())) {
        const QFontMetricsF& m = label.mena ? menaMetrics : metrics;
        drawHaloText(painter, QPointF(label.box.left(), label.box.top() + m.ascent()), label.text,
                     label.mena ? menaFont : font, m_style.label, m_style.halo);
    }
}

void MapRenderer::drawTiles(QPainter& painter, const MapViewport& view)
{
    if (!m_tiles) {
        return;
    }
    const int z =
        std::clamp(static_cast<int>(std::lround(view.zoom())), m_tiles->minZoom(), m_tiles->maxZoom());
    const int n = TileMath::tileCount(z);
    const double tilePixels = view.worldSize() / n;
    const QRectF r = view.worldRect();
    const int x0 = static_cast<int>(std::floor(r.left() * n));
    const int x1 = static_cast<int>(std::floor(r.right() * n));
    const int y0 = std::max(0, static_cast<int>(std::floor(r.top() * n)));
    const int y1 = std::min(n - 1, static_cast<int>(std::floor(r.bottom() * n)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const QPointF topLeft =
                view.toScreen(QPointF(static_cast<double>(x) / n, static_cast<double>(y) / n));
            const QRectF target(topLeft, QSizeF(tilePixels, tilePixels));
            const TileId id{z, TileMath::wrapX(z, x), y};
            QImage image = m_tiles->tile(id);
            if (!image.isNull()) {
                painter.drawImage(target, image, QRectF(image.rect()));
                continue;
            }
            // While it loads, a coarser tile scaled up keeps the area from going blank.
            for (int d = 1; d <= 6 && z - d >= m_tiles->minZoom(); ++d) {
                const TileId parent{z - d, id.x >> d, id.y >> d};
                image = m_tiles->tile(parent);
                if (image.isNull()) {
                    continue;
                }
                const double part = static_cast<double>(image.width()) / (1 << d);
                const QRectF source((id.x & ((1 << d) - 1)) * part, (id.y & ((1 << d) - 1)) * part, part,
                                    part);
                painter.drawImage(target, image, source);
                break;
            }
        }
    }
}

void MapRenderer::drawOverlay(QPainter& painter, const MapViewport& view)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawArcs(painter, view);
    drawItems(painter, view);
    drawSelection(painter, view);
    drawLegend(painter, view);
    drawScaleBar(painter, view);
    drawAttribution(painter, view);
}

void MapRenderer::drawArcs(QPainter& painter, const MapViewport& view)
{
    if (m_arcs.empty() || !m_points || !m_points->points) {
        return;
    }
    const MapPoints& pts = *m_points->points;
    const QRectF world = view.worldRect().adjusted(0, -1e-9, 0, 1e-9);
    const int64_t selectedPoint = m_selected.isEmpty() ? -1 : pts.firstPointOf(m_selected);
    const uint32_t selectedOrg =
        selectedPoint < 0 ? 0xffffffffu : pts.organisationIndexOf(static_cast<size_t>(selectedPoint));
    // Two passes over the boxes alone: how many lines are in view (to decide whether only the
    // selected organisation's are drawn), then the drawing; nothing is allocated per frame.
    auto forEachInView = [&](auto&& visit) {
        for (const Arc& arc : m_arcs) {
            const QRectF bounds(QPointF(arc.minX, arc.minY), QPointF(arc.maxX, arc.maxY));
            for (double copy : worldCopies(view, bounds.left(), bounds.right())) {
                if (bounds.translated(copy, 0).intersects(world) && !visit(arc, copy)) {
                    return;
                }
            }
        }
    };
    int inView = 0;
    forEachInView([&](const Arc&, double) { return ++inView <= kMaxArcsInView; });
    const bool onlySelected = inView > kMaxArcsInView;
    QPen normal(m_style.arc, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen strong(m_style.selection, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    QPolygonF screenLine;
    forEachInView([&](const Arc& arc, double copy) {
        const bool selected =
            pts.organisationIndexOf(arc.a) == selectedOrg || pts.organisationIndexOf(arc.b) == selectedOrg;
        if (onlySelected && !selected) {
            return true;
        }
        screenLine.clear();
        for (const QPointF& p : arcLine(pts, arc.a, arc.b)) {
            screenLine << view.toScreen(QPointF(p.x() + copy, p.y()));
        }
        painter.setPen(selected ? strong : normal);
        painter.drawPolyline(screenLine);
        return true;
    });
}

QString MapRenderer::countText(uint32_t count) const
{
    if (count >= 100000) {
        return tr("%1K", "thousands, on a cluster badge").arg(m_locale.toString(count / 1000));
    }
    if (count >= 10000) {
        return tr("%1K", "thousands, on a cluster badge").arg(m_locale.toString(count / 1000.0, 'f', 1));
    }
    return m_locale.toString(count);
}

const QImage& MapRenderer::badge(uint32_t count, qreal dpr)
{
    const QString text = countText(count);
    const QString key = text + QLatin1Char('@') + QString::number(dpr);
    auto it = m_badges.constFind(key);
    if (it != m_badges.constEnd()) {
        return it.value();
    }
    const double radius = badgeRadius(count);
    const int side = static_cast<int>(std::ceil(2 * radius + 4));
    QImage image(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor colour =
        count < 10 ? m_style.clusterSmall : (count < 100 ? m_style.clusterMedium : m_style.clusterLarge);
    const QPointF centre(side / 2.0, side / 2.0);
    QColor outer = colour;
    outer.setAlpha(110);
    p.setPen(Qt::NoPen);
    p.setBrush(outer);
    p.drawEllipse(centre, radius, radius);
    p.setBrush(colour);
    p.setPen(QPen(Qt::white, 1.5));
    p.drawEllipse(centre, radius - 4, radius - 4);
    QFont font = p.font();
    font.setPixelSize(text.size() > 4 ? 10 : 12);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, text);
    p.end();
    return m_badges.insert(key, image).value();
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
            const QImage& image = badge(item.count, dpr);
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
        for (double copy : worldCopies(view, pts.x()[p], pts.x()[p])) {
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
                drawHaloText(painter, at + QPointF(kMarkerRadius + 10, 5), name, font, m_style.label,
                             m_style.halo);
            }
        }
    }
}

void MapRenderer::drawLegend(QPainter& painter, const MapViewport& view)
{
    if (m_breaks.isEmpty()) {
        return;
    }
    QFont font = painter.font();
    font.setPixelSize(11);
    const QFontMetricsF metrics(font);
    const QString title = tr("Organisations per country");
    QStringList rows;
    int lower = 1;
    for (int limit : std::as_const(m_breaks)) {
        rows << (limit == lower ? m_locale.toString(limit)
                                : tr("%1–%2", "a range of counts")
                                      .arg(m_locale.toString(lower), m_locale.toString(limit)));
        lower = limit + 1;
    }
    double width = metrics.horizontalAdvance(title);
    for (const QString& row : std::as_const(rows)) {
        width = std::max(width, 22 + metrics.horizontalAdvance(row));
    }
    const double rowHeight = metrics.height() + 3;
    const QRectF box(10, view.size().height() - 40 - (rows.size() + 1) * rowHeight - 12, width + 16,
                     (rows.size() + 1) * rowHeight + 10);
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(font);
    painter.setPen(m_style.label);
    painter.drawText(QRectF(box.left() + 8, box.top() + 5, width, rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    for (int i = 0; i < rows.size(); ++i) {
        const double y = box.top() + 5 + (i + 1) * rowHeight;
        painter.setPen(QPen(QColor(0, 0, 0, 80), 0.8));
        const int colour =
            m_breaks.size() >= m_style.choropleth.size()
                ? i
                : static_cast<int>(std::lround(i * (m_style.choropleth.size() - 1.0) /
                                               std::max(1, static_cast<int>(m_breaks.size()) - 1)));
        painter.setBrush(m_style.choropleth[std::min<qsizetype>(colour, m_style.choropleth.size() - 1)]);
        painter.drawRect(QRectF(box.left() + 8, y + 2, 14, rowHeight - 5));
        painter.setPen(m_style.label);
        painter.drawText(QRectF(box.left() + 28, y, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         rows[i]);
    }
}

void MapRenderer::drawScaleBar(QPainter& painter, const MapViewport& view)
{
    const double lat = Mercator::yToLat(view.centre().y());
    const double mpp = Mercator::metresPerPixel(lat, view.zoom());
    const double maxMetres = 120.0 * mpp;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double nice = magnitude;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            nice = step * magnitude;
            break;
        }
    }
    const double pixels = nice / mpp;
    const QString label = nice >= 1000 ? tr("%1 km").arg(m_locale.toString(nice / 1000.0, 'g', 6))
                                       : tr("%1 m").arg(m_locale.toString(nice, 'g', 6));
    const double x = 12;
    const double y = view.size().height() - 14;
    QPainterPath bar;
    bar.moveTo(x, y - 6);
    bar.lineTo(x, y);
    bar.lineTo(x + pixels, y);
    bar.lineTo(x + pixels, y - 6);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_style.halo, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(bar);
    painter.setPen(QPen(m_style.label, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPath(bar);
    QFont font = painter.font();
    font.setPixelSize(11);
    drawHaloText(painter, QPointF(x + 4, y - 4), label, font, m_style.label, m_style.halo);
}

void MapRenderer::drawAttribution(QPainter& painter, const MapViewport& view)
{
    QFont font = painter.font();
    font.setPixelSize(10);
    const QFontMetricsF metrics(font);
    const QString text = attribution();
    const double width = metrics.horizontalAdvance(text) + 8;
    const QRectF box(view.size().width() - width, view.size().height() - metrics.height() - 4, width,
                     metrics.height() + 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRect(box);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
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
