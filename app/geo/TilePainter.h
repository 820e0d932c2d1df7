#pragma once

class QPainter;

namespace dalil {

class MapViewport;
class TileProvider;

// Raster tiles over the basemap at the zoom nearest the view's; while a tile loads, a coarser one
// scaled up keeps its square from going blank.
class TilePainter
{
public:
    static void draw(QPainter& painter, const MapViewport& view, TileProvider& tiles);
};

} // namespace dalil
