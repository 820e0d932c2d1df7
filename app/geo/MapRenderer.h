#pragma once

#include "catalogue/IdPairs.h"
#include "geo/BasemapScene.h"
#include "geo/ClusterBadges.h"
#include "geo/ClusteredPoints.h"
#include "geo/CountryLabels.h"
#include "geo/MapStyle.h"
#include "geo/MapViewport.h"
#include "geo/PartnershipArcs.h"

#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QPainter;

namespace dalil {

class Basemap;
class CountryNames;
class TileProvider;

// Draws the map with QPainter onto any paint device (a widget, an image for the CLI, a test):
// sea, land (or a choropleth), borders, country labels in the UI language, optional raster tiles,
// partnership arcs, clusters and markers, selection, legend, scale bar and attribution. No widget
// code: the CLI renders the same picture headless. One renderer per view: it keeps a cached image
// of the basemap around the view so that a frame while panning only redraws what moves. The layers
// are drawn by BasemapPainter, CountryLabels, TilePainter, PartnershipArcs, ClusterBadges and
// MapDecorations; this class holds the state and puts them together.
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
    void setPartnerships(const IdPairs& pairs);
    int partnershipArcCount() const { return m_arcs.count(); }
    void setSelected(const QString& organisationId);
    QString selected() const { return m_selected; }
    // Organisations drawn in the highlight colour. `offices` (world coordinates) are drawn as
    // highlighted markers over everything, also where the current result leaves them out or a
    // cluster holds them: a network's members are all seen whatever the search.
    void setHighlighted(const QSet<QString>& organisationIds, const QList<QPointF>& offices = {});
    QList<QPointF> highlightedOffices() const { return m_highlightedOffices; }
    QSet<QString> highlighted() const { return m_highlighted; }
    // Matching organisations per country (ISO alpha-2); empty turns the choropleth off.
    void setChoropleth(const QHash<QString, int>& countsByCountry);
    void setTileProvider(TileProvider* provider); // not owned; null for none

    // The whole picture, drawn directly (no caching): the CLI and tests.
    void render(QPainter& painter, const MapViewport& view);
    // The same picture for an interactive view: the basemap comes from a cached image when the
    // view is inside the area last rendered at this zoom. With `deferBasemap` (and
    // setBackgroundBasemap() called), a view the cache does not cover is not drawn on the calling
    // thread: a worker prepares it, and until then the previous picture stands in, scaled and
    // moved to the new view (or only the sea when there is none yet).
    void renderFrame(QPainter& painter, const MapViewport& view, bool deferBasemap = false);
    // Lets renderFrame() prepare the basemap on a worker thread; `ready` is called on this thread
    // (it needs an event loop) when a new picture is in and the view should be painted again.
    void setBackgroundBasemap(std::function<void()> ready);
    // The picture of the last deferred frame is still being prepared (a stand-in was drawn).
    bool isBasemapPending() const { return m_jobRunning; }
    // Drops the cached basemap (call after anything that changes how it looks).
    void invalidateBasemap();

    // What is drawn at a pixel: a cluster or a marker (the closest whose disc holds it).
    Hit hitTest(const MapViewport& view, const QPointF& pixel) const;
    // The clusters and markers drawn inside `area` (screen pixels), top to bottom, then left to
    // right: the order the keyboard goes through them in.
    QList<Hit> itemsIn(const MapViewport& view, const QRectF& area) const;
    // Country labels for a view, in drawing order, with their boxes (never overlapping).
    using Label = CountryLabels::Label;
    QList<Label> labels(const MapViewport& view, const QFont& baseFont) const;
    // Integer zoom used for clustering a view.
    static int clusterZoom(const MapViewport& view);
    // Choropleth class limits for the current values (upper bounds of each class).
    QList<int> choroplethBreaks() const { return m_breaks; }
    QColor colourFor(const QString& iso2) const;
    // Pixel radius of a cluster badge for a count.
    static double badgeRadius(uint32_t count) { return ClusterBadges::radius(count); }
    QString attribution() const;
    // Where the legend, the scale bar and the attribution are drawn in a view: controls laid over
    // the map keep clear of them. Empty rectangles for what is not drawn.
    QList<QRectF> decorationBoxes(const MapViewport& view, const QFont& baseFont) const;
    // Places over the view that something else covers (the widget's buttons): the legend keeps
    // clear of them, changing its shape or leaving itself out on a small map.
    void setReservedAreas(const QList<QRectF>& boxes);

private:
    BasemapScene scene(const QFont& font) const;
    // The cached picture covers `view`: `offset` is where the view's top-left is in it.
    bool covers(const BasemapScene::Picture& picture, const MapViewport& view, qreal dpr,
                QPointF* offset) const;
    void requestBasemap(const MapViewport& view, qreal dpr, const QFont& font);
    void drawStandIn(QPainter& painter, const MapViewport& view);
    void adoptBasemap();
    QList<QRectF> legendKeepClear(const MapViewport& view, const QFont& baseFont) const;
    void drawOverlay(QPainter& painter, const MapViewport& view);
    void drawItems(QPainter& painter, const MapViewport& view);
    void drawHighlightedOffices(QPainter& painter, const MapViewport& view);
    void drawSelection(QPainter& painter, const MapViewport& view);
    void rebuildArcs();

    std::shared_ptr<const Basemap> m_basemap;
    std::shared_ptr<const CountryNames> m_names;
    QString m_language = QStringLiteral("ar");
    QLocale m_locale;
    MapStyle m_style;
    bool m_showLabels = true;
    std::shared_ptr<const ClusteredPoints> m_points;
    IdPairs m_pairs;
    PartnershipArcs m_arcs;
    QString m_selected;
    QSet<QString> m_highlighted;
    QList<QPointF> m_highlightedOffices;
    QHash<QString, int> m_choropleth;
    QList<int> m_breaks;
    TileProvider* m_tiles = nullptr;
    QList<QRectF> m_reserved;

    // Basemap cache: an image of the view plus a margin on every side, at one zoom and size.
    BasemapScene::Picture m_cache;
    int m_generation = 0; // turns over whenever the basemap's look changes
    // The picture being prepared on a worker (deferred frames).
    std::function<void()> m_ready;
    std::unique_ptr<QFutureWatcher<BasemapScene::Picture>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_jobCancel;
    BasemapScene::Picture m_job; // what it is for (no image)
    bool m_jobRunning = false;
    int m_jobCount = 0;
    ClusterBadges m_badges;
};

} // namespace dalil
