#pragma once

#include "geo/CountryLabels.h"
#include "geo/MapStyle.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <QString>

#include <atomic>
#include <memory>

class QPainter;

namespace dalil {

class Basemap;
class CountryNames;
class MapViewport;

// Everything the bottom layers need (sea, countries in their fill, borders, country labels),
// copied out of the renderer so that a worker thread can draw them while the view keeps changing
// the renderer's own state. Copying it is cheap: the basemap and the names are shared, immutable.
class BasemapScene
{
public:
    std::shared_ptr<const Basemap> basemap;
    std::shared_ptr<const CountryNames> names;
    QString language = QStringLiteral("ar");
    MapStyle style;
    // The choropleth fill of the countries that have one; the others are plain land.
    QHash<QString, QColor> fills;
    bool showLabels = true;
    QFont font;

    // Draws the view; false when `cancel` turned true before the end (the picture is unfinished).
    bool draw(QPainter& painter, const MapViewport& view, const std::atomic<bool>* cancel = nullptr) const;
    QList<CountryLabels::Label> labels(const MapViewport& view, const QFont& baseFont) const;

    // A picture of the view with `margin` pixels more on every side, for panning (see
    // MapRenderer::renderFrame()): null when cancelled.
    struct Picture
    {
        QImage image;
        QPointF origin; // normalised Mercator point at the image's top-left pixel
        double zoom = -1;
        QSize viewSize; // the view it was made for (the image is larger by the margins)
        int generation = -1;
        int job = 0;
    };
    Picture render(const MapViewport& view, int margin, qreal devicePixelRatio,
                   const std::atomic<bool>* cancel = nullptr) const;
};

} // namespace dalil
