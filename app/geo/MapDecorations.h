#pragma once

#include "geo/MapStyle.h"

#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace dalil {

class MapViewport;

// What the renderer draws over the map in fixed screen places: the choropleth legend and the
// scale bar (bottom left), the attribution (bottom right). The boxes are public so that controls
// laid over the map (the widget's buttons) can keep clear of them.
class MapDecorations
{
public:
    // `breaks` are the upper bounds of the choropleth classes; none draws no legend (an empty box).
    // The legend keeps clear of the `keepClear` boxes (the buttons over the map): a column where
    // there is room, else a single line, else (a map too small for it) none, an empty box.
    static QRectF legendBox(const MapViewport& view, const QFont& baseFont, const QLocale& locale,
                            const QList<int>& breaks, const QList<QRectF>& keepClear = {});
    static QRectF scaleBarBox(const MapViewport& view, const QFont& baseFont, const QLocale& locale);
    static QRectF attributionBox(const MapViewport& view, const QFont& baseFont, const QString& text);

    static void drawLegend(QPainter& painter, const MapViewport& view, const QList<int>& breaks,
                           const MapStyle& style, const QLocale& locale, const QList<QRectF>& keepClear = {});
    static void drawScaleBar(QPainter& painter, const MapViewport& view, const MapStyle& style,
                             const QLocale& locale);
    static void drawAttribution(QPainter& painter, const MapViewport& view, const QString& text);
};

} // namespace dalil
