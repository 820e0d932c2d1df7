#pragma once

#include "geo/MapStyle.h"

#include <QColor>
#include <QString>

#include <atomic>
#include <functional>

class QPainter;

namespace dalil {

class Basemap;
class MapViewport;

// Sea, land and borders of a view: the countries of the basemap, each filled with the colour the
// caller gives it (plain land, or its choropleth class). Rings far bigger than the screen are
// clipped to it first (the raster engine works in fixed point and would overflow at zoom 18).
class BasemapPainter
{
public:
    using FillFor = std::function<QColor(const QString& iso2)>;
    // Without a basemap only the sea is drawn. Stops early (returning false) once `cancel` is true.
    static bool draw(QPainter& painter, const MapViewport& view, const Basemap* basemap,
                     const MapStyle& style, const FillFor& fillFor,
                     const std::atomic<bool>* cancel = nullptr);
};

} // namespace dalil
