#pragma once

#include "catalogue/IdPairs.h"
#include "geo/AreaFilter.h"
#include "geo/GeoBounds.h"
#include "geo/MapRenderer.h"
#include "geo/MapViewport.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace dalil {

class Basemap;
class MapControls;
class MapErrorNotice;
class MapHighlightNotice;
class MapInputHandler;
class MapPoints;
class TileProvider;
struct ClusteredPoints;

// The interactive map (DESIGN.md "Map"): drag, wheel zoom at the cursor, double-click, keyboard
// (+ − arrows), pinch; zoom 2 to 18; clusters that zoom in when clicked; markers that select their
// organisation; hover names; the collaboration layer; area filters drawn on the map. The picture
// is MapRenderer's; the map itself is geography and never mirrors in right-to-left layouts, while
// its buttons (MapControls) move to the leading side. Input is MapInputHandler's, what is drawn
// over the picture MapOverlayPainter's. No SQL here: the host gives it points and pairs.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    // The offices to draw (the current search result). The cluster index is built on a worker
    // thread; the previous points stay on screen until it is ready (pointsReady()).
    void setPoints(std::shared_ptr<const MapPoints> points);
    std::shared_ptr<const MapPoints> points() const;
    bool isBuilding() const;
    // Bytes held by the cluster index of the points shown (for the memory benchmark).
    size_t indexBytes() const;
    // The countries are drawn (the shipped basemap is read on a worker at start).
    bool hasBasemap() const { return m_hasBasemap; }
    // Partnerships as pairs of organisation ids; an arc joins the first office of each.
    void setPartnerships(const IdPairs& pairs);
    // An office drawn highlighted whether or not the points shown hold it.
    struct HighlightedOffice
    {
        QPointF world; // normalised Mercator
        QString organisationId;
        QString name; // shown on hover
    };
    // Organisations to stand out (e.g. the members of the chosen network); empty for none.
    // `offices` are drawn highlighted even where the points shown leave them out, and are clicked
    // and hovered as the other markers are (organisationClicked()).
    void setHighlighted(const QSet<QString>& organisationIds, const QList<HighlightedOffice>& offices = {});
    // Says over the map what is highlighted, with a Clear button (highlightCleared()); an empty
    // text takes the notice away.
    void setHighlightNote(const QString& text);
    QString highlightNote() const;
    // Matching organisations per country (ISO alpha-2) to colour countries by; empty turns it off.
    void setChoropleth(const QHash<QString, int>& countsByCountry);
    // Country labels follow this language ("ar", "en", "fr"); numbers follow QLocale().
    void setLanguage(const QString& language);
    // Raster tiles over the basemap (online or a user's MBTiles); null for the offline basemap only.
    void setTileProvider(TileProvider* provider);
    // Starts reading the shipped basemap on a worker thread (the application calls it first thing,
    // so the map has it by the time it is shown); MapView calls it too.
    static void preloadBasemap();
    // Gives `map` the shipped basemap (read once for every map of the application) through
    // `adopt`: at once when it is already read, else on the GUI thread when it is (then `map` is
    // repainted), never after `map` is gone.
    static void whenBasemapRead(QWidget* map,
                                const std::function<void(std::shared_ptr<const Basemap>)>& adopt);

    MapViewport viewport() const { return m_view; }
    void setViewport(const MapViewport& view);
    GeoBounds visibleBounds() const { return m_view.bounds(); }
    // The part of the map that no button covers (the home region and fitBounds() go there).
    QRect freeArea() const;
    QString selectedOrganisation() const { return m_selected; }
    AreaFilter areaFilter() const { return m_area; }
    MapRenderer& renderer() { return *m_renderer; }

    enum class Tool
    {
        Pan,
        DrawRectangle,
        DrawRadius,
        // A click picks a point (an office's position); dragging still pans; Esc cancels.
        PickPoint
    };
    Tool tool() const { return m_tool; }

    QSize sizeHint() const override { return {640, 480}; }

    // A read of what the map shows failed (not a cancel): says so over the map, in the interface
    // language, with a Retry button (retryRequested()). `detail` names the file and the failure.
    void showReadError(const QString& detail);
    void clearReadError();
    // The failure shown, or an empty string.
    QString readError() const;

public slots:
    // From the list: select, highlight and centre the organisation's office (zooming in if its
    // marker is inside a cluster). An unknown id or an empty one clears the selection.
    void selectOrganisation(const QString& organisationId);
    // Centres the map on a place (an office chosen in a profile), close enough to see its street.
    void showPlace(double lon, double lat);
    void zoomIn();
    void zoomOut();
    void fitBounds(const dalil::GeoBounds& bounds);
    void setTool(dalil::MapView::Tool tool);
    // "Limit results to the visible area": the area filter follows the view while on.
    void setLimitToVisibleArea(bool on);
    void clearAreaFilter();

signals:
    // A marker was clicked: the directory list should select this organisation.
    void organisationClicked(const QString& organisationId);
    // The view moved or zoomed (emitted once the movement settles, not on every pixel).
    void visibleAreaChanged(const dalil::GeoBounds& bounds);
    // The area filter changed (visible area, a rectangle or a radius drawn, or cleared).
    void areaFilterChanged(const dalil::AreaFilter& filter);
    void hoveredOrganisationChanged(const QString& organisationId, const QString& name);
    // The cluster index for the last setPoints() is built and on screen.
    void pointsReady();
    // In the PickPoint tool: the point clicked (the tool returns to Pan).
    void pointPicked(double lon, double lat);
    // In the PickPoint tool: Esc was pressed (the tool returns to Pan).
    void pickCancelled();
    // Retry was clicked on a read error: the host reads the offices again.
    void retryRequested();
    // Clear was clicked on the highlight's notice: the highlight is gone, the host may restore
    // the view it had before.
    void highlightCleared();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class MapInputHandler;

    void viewChanged();
    void emitVisibleArea();
    void placeControls();
    // The view that shows `bounds` whole and clear of the buttons.
    MapViewport fitted(const GeoBounds& bounds) const;
    void retranslate();
    void onIndexBuilt();
    void setHover(const QString& organisationId, const QString& name, const QPointF& pixel);
    void setAreaFilter(const AreaFilter& filter);
    // What a click or the pointer at `pixel` meets: the renderer's cluster or marker, or a
    // highlighted office drawn over them (a Marker without a point index).
    MapRenderer::Hit hitAt(const QPointF& pixel) const;
    // What N and Shift+N go through, in that order: the renderer's clusters and markers inside
    // `area` and the highlighted offices drawn there, also those the current search leaves out
    // (they are clicked as markers, so the keyboard reaches them too).
    QList<MapRenderer::Hit> keyboardItems(const QRectF& area) const;

    std::unique_ptr<MapRenderer> m_renderer;
    bool m_hasBasemap = false;
    MapViewport m_view;
    std::shared_ptr<const MapPoints> m_pendingPoints;
    QFutureWatcher<std::shared_ptr<const ClusteredPoints>>* m_watcher = nullptr;
    int m_buildGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_buildCancel = std::make_shared<std::atomic<bool>>(false);
    QString m_selected;
    QString m_pendingSelection; // selected before its points were indexed
    AreaFilter m_area;
    bool m_limitToVisible = false;
    Tool m_tool = Tool::Pan;
    // Not moved yet: showing the home region, refitted when the map's size changes.
    bool m_atHome = true;

    std::unique_ptr<MapInputHandler> m_input;
    QString m_hoverId;
    QString m_hoverName;
    QPointF m_hoverPos;

    QTimer* m_settleTimer = nullptr;
    GeoBounds m_lastEmitted;
    bool m_emittedOnce = false;

    TileProvider* m_tiles = nullptr;
    MapControls* m_controls = nullptr;
    MapErrorNotice* m_error = nullptr;
    MapHighlightNotice* m_highlightNotice = nullptr;
    QList<HighlightedOffice> m_highlightedOffices;
};

} // namespace dalil

Q_DECLARE_METATYPE(dalil::MapView::Tool)
