#pragma once

#include "geo/TileMath.h"

#include <QImage>
#include <QString>

#include <functional>

namespace dalil {

// Where the renderer gets raster tiles from (an online XYZ source with its cache, or a user's
// MBTiles file). tile() must answer at once: an empty image means "not here now" (a download may
// start), and the renderer falls back to a lower zoom's tile scaled up, or to the basemap.
class TileProvider
{
public:
    virtual ~TileProvider() = default;
    virtual QImage tile(const TileId& tile) = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 19; }
    virtual QString attribution() const = 0; // shown in the map corner, e.g. "© OpenStreetMap contributors"
    // Called (on the thread that owns the provider) when a tile that was missing has arrived, so
    // the view can repaint. One listener; the map view sets it.
    void setListener(std::function<void()> listener) { m_listener = std::move(listener); }

protected:
    void notifyArrived()
    {
        if (m_listener) {
            m_listener();
        }
    }

private:
    std::function<void()> m_listener;
};

} // namespace dalil
