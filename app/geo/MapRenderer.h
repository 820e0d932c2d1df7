#pragma once

#include "geo/ClusterIndex.h"
#include "geo/MapPoints.h"
#include "geo/MapViewport.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QPolygonF>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

class QPainter;

namespace dalil {

class Basemap;
class CountryNames;
class TileProvider;

// Points with the cluster index built over them: swapped in as one, so the index never refers to
// another point set. Build with ClusteredPoints::build (slow for big sets: call it off the GUI thread).
struct ClusteredPoints
{
    std::shared_ptr<const MapPoints> points;
    std::shared_ptr<const ClusterIndex> index;
    static std::shared_ptr<const ClusteredPoints> build(std::shared_ptr<const MapPoints> points,
                                                        const ClusterIndex::Options& options = {});
};

struct MapStyle
{
    QColor sea{0xa8, 0xd0, 0xe6};
    QColor land{0xf4, 0xf1, 0xea};
    QColor border{0x9a, 0x94, 0x8a};
    QColor label{0x3c, 0x3a, 0x36};
    QColor halo{0xff, 0xff, 0xff, 0xd8};
    QColor marker{0x1f, 0x6f, 0xb2};
    QColor markerOutline{0xff, 0xff, 0xff};
    QColor selection{0xd6, 0x33, 0x2b};
    QColor highlight{0xf2, 0x9d, 0x12};
    QColor arc{0x7a, 0x3e, 0x9d, 0xa0};
    QColor clusterSmall{0x4c, 0xa3, 0x6b};
    QColor clusterMedium{0xe0, 0xa4, 0x1e};
    QColor clusterLarge{0xd3, 0x5d, 0x2a};
    // Choropleth classes, light to dark.
    QList<QColor> choropleth{QColor(0xde, 0xeb, 0xf7), QColor(0xb3, 0xd1, 0xea), QColor(0x7f, 0xb0, 0xda),
                             QColor(0x42, 0x85, 0xc2), QColor(0x1a, 0x58, 0x9c)};
};

// Draws the map with QPainter onto any paint device (a widget, an image for the CLI, a test):
// sea, land (or a choropleth), borders, country labels in the UI language, optional raster tiles,
// partnership arcs, clusters and markers, selection, legend, scale bar and attribution. No widget
// code: the CLI renders the same picture headless. One renderer per view: it keeps a cached image
// of the basemap around the view so that a frame while panning only redraws what moves.
class MapRenderer
{
public:
    struct Hit
    {
        enum Kind
        {
            None,
            Cluster,
            Marker
        } kind = None;
        int64_t id = -1; // cluster id (Cluster) or point index (Marker)
        uint32_t count = 0;
        QString organisationId; // Marker only
        QString name;           // Marker only
        QPointF world;          // where the item is drawn, normalised Mercator
    };

    // With the shipped basemap (loading it the first time takes a few hundred milliseconds).
    MapRenderer();
    // With this basemap; null draws only the sea until setBasemap().
    explicit MapRenderer(std::shared_ptr<const Basemap> basemap);
    ~MapRenderer();

    void setBasemap(std::shared_ptr<const Basemap> basemap);
    void setCountryNames(std::shared_ptr<const CountryNames> names);
    // "ar", "en" or "fr": the language of country labels. The locale writes the numbers.
    void setLanguage(const QString& language);
    void setLocale(const QLocale& locale);
    void setStyle(const MapStyle& style);
    const MapStyle& style() const { return m_style; }
    void setShowLabels(bool show);

    void setPoints(std::shared_ptr<const ClusteredPoints> points);
    std::shared_ptr<const ClusteredPoints> points() const { return m_points; }
    // Partnerships as pairs of organisation ids; drawn between the first office of each.
    void setPartnerships(const QList<QPair<QString, QString>>& pairs);
    int partnershipArcCount() const { return static_cast<int>(m_arcs.size()); }
    void setSelected(const QString& organisationId);
    QString selected() const { return m_selected; }
    void setHighlighted(const QSet<QString>& organisationIds);
    // Matching organisations per country (ISO alpha-2); empty turns the choropleth off.
    void setChoropleth(const QHash<QString, int>& countsByCountry);
    void setTileProvider(TileProvider* provider); // not owned; null for none

    // The whole picture, drawn directly (no caching): the CLI and tests.
    void render(QPainter& painter, const MapViewport& view);
    // The same picture for an interactive view: the basemap comes from a cached image when the
    // view is inside the area last rendered at this zoom.
    void renderFrame(QPainter& painter, const MapViewport& view);
    // Drops the cached basemap (call after anything that changes how it looks).
    void invalidateBasemap();

    // What is drawn at a pixel: a cluster or a marker (the closest whose disc holds it).
    Hit hitTest(const MapViewport& view, const QPointF& pixel) const;
    // Country labels for a view, in drawing order, with their boxes (never overlapping).
    struct Label
    {
        QString iso2;
        QString text;
        QRectF box;
        bool mena = false;
    };
    QList<Label> labels(const MapViewport& view, const QFont& baseFont) const;
    // Integer zoom used for clustering a view.
    static int clusterZoom(const MapViewport& view);
    // Choropleth class limits for the current values (upper bounds of each class).
    QList<int> choroplethBreaks() const { return m_breaks; }
    QColor colourFor(const QString& iso2) const;
    // Pixel radius of a cluster badge for a count.
    static double badgeRadius(uint32_t count);
    QString attribution() const;

private:
    void drawBasemap(QPainter& painter, const MapViewport& view);
    void drawLabels(QPainter& painter, const MapViewport& view);
    void drawTiles(QPainter& painter, const MapViewport& view);
    void drawOverlay(QPainter& painter, const MapViewport& view);
    void drawArcs(QPainter& painter, const MapViewport& view);
    void drawItems(QPainter& painter, const MapViewport& view);
    void drawSelection(QPainter& painter, const MapViewport& view);
    void drawLegend(QPainter& painter, const MapViewport& view);
    void drawScaleBar(QPainter& painter, const MapViewport& view);
    void drawAttribution(QPainter& painter, const MapViewport& view);
    void rebuildArcs();
    const QImage& badge(uint32_t count, qreal dpr);
    QString countText(uint32_t count) const;
    // The x offsets (whole worlds) at which a copy of the world is visible.
    static std::vector<double> worldCopies(const MapViewport& view, double minX = 0.0, double maxX = 1.0);

    std::shared_ptr<const Basemap> m_basemap;
    std::shared_ptr<const CountryNames> m_names;
    QString m_language = QStringLiteral("ar");
    QLocale m_locale;
    MapStyle m_style;
    bool m_showLabels = true;
    std::shared_ptr<const ClusteredPoints> m_points;
    QList<QPair<QString, QString>> m_pairs;
    struct Arc
    {
        QPolygonF line; // normalised Mercator, unwrapped across the antimeridian
        QRectF bounds;
        QString a;
        QString b;
    };
    std::vector<Arc> m_arcs;
    QString m_selected;
    QSet<QString> m_highlighted;
    QHash<QString, int> m_choropleth;
    QList<int> m_breaks;
    TileProvider* m_tiles = nullptr;

    // Basemap cache: an image of the view plus a margin on every side, at one zoom and size.
    QImage m_cache;
    QPointF m_cacheOrigin; // world point at the cache's top-left pixel
    double m_cacheZoom = -1;
    QSize m_cacheViewSize;
    QHash<QString, QImage> m_badges;
};

} // namespace dalil
