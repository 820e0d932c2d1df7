#pragma once

#include "geo/GeoBounds.h"

#include <QHashFunctions>
#include <QList>

namespace dalil {

// One slippy-map tile in XYZ numbering (row 0 at the north), as online tile servers count them.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;
    bool operator==(const TileId& o) const { return z == o.z && x == o.x && y == o.y; }
    bool operator!=(const TileId& o) const { return !(*this == o); }
    bool isValid() const;
};

inline size_t qHash(const TileId& tile, size_t seed = 0)
{
    return qHashMulti(seed, tile.z, tile.x, tile.y);
}

// Tile arithmetic shared by the tile source, the MBTiles cache and the renderer.
class TileMath
{
public:
    static int tileCount(int z) { return 1 << z; } // per axis
    // MBTiles stores rows in TMS order (row 0 at the south): row = 2^z − 1 − y. Its own inverse.
    static int tmsRow(int z, int y) { return tileCount(z) - 1 - y; }
    // Column brought into 0..2^z−1: the world repeats east and west of the antimeridian.
    static int wrapX(int z, int x);
    static TileId wrap(const TileId& tile) { return {tile.z, wrapX(tile.z, tile.x), tile.y}; }

    // The tile holding a point (longitude wrapped, latitude clamped to the Mercator range).
    static TileId tileAt(double lon, double lat, int z);
    static GeoBounds bounds(const TileId& tile);
    // The tile one zoom out that covers this one.
    static TileId parent(const TileId& tile) { return {tile.z - 1, tile.x >> 1, tile.y >> 1}; }

    // Every tile at zoom z touching the box, west to east then north to south; a box across the
    // antimeridian yields the eastern tiles of the world and then the western ones.
    static QList<TileId> tilesCovering(const GeoBounds& box, int z);
};

} // namespace dalil
