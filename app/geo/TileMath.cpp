#include "geo/TileMath.h"

#include "geo/Mercator.h"

#include <algorithm>
#include <cmath>

namespace dalil {

bool TileId::isValid() const
{
    return z >= 0 && z <= 30 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z);
}

int TileMath::wrapX(int z, int x)
{
    const int n = tileCount(z);
    const int wrapped = x % n;
    return wrapped < 0 ? wrapped + n : wrapped;
}

TileId TileMath::tileAt(double lon, double lat, int z)
{
    const int n = tileCount(z);
    const double x = Mercator::lonToX(Mercator::wrapLongitude(lon));
    const double y = Mercator::latToY(lat);
    return {z, std::clamp(static_cast<int>(std::floor(x * n)), 0, n - 1),
            std::clamp(static_cast<int>(std::floor(y * n)), 0, n - 1)};
}

GeoBounds TileMath::bounds(const TileId& tile)
{
    const double n = tileCount(tile.z);
    return GeoBounds{Mercator::xToLon(tile.x / n), Mercator::yToLat((tile.y + 1) / n),
                     Mercator::xToLon((tile.x + 1) / n), Mercator::yToLat(tile.y / n)};
}

QList<TileId> TileMath::tilesCovering(const GeoBounds& box, int z)
{
    QList<TileId> tiles;
    if (z < 0 || z > 30) {
        return tiles;
    }
    const TileId northWest = tileAt(box.west, box.north, z);
    // The east and south edges belong to the next tile only when strictly past its boundary.
    const int n = tileCount(z);
    const double eastX = Mercator::lonToX(box.east == 180.0 ? 180.0 : Mercator::wrapLongitude(box.east)) * n;
    const int lastX = std::clamp(static_cast<int>(std::ceil(eastX)) - 1, 0, n - 1);
    const double southY = Mercator::latToY(box.south) * n;
    const int lastY = std::clamp(static_cast<int>(std::ceil(southY)) - 1, 0, n - 1);
    QList<int> columns;
    if (box.crossesAntimeridian()) {
        for (int x = northWest.x; x < n; ++x) {
            columns.append(x);
        }
        for (int x = 0; x <= lastX; ++x) {
            columns.append(x);
        }
    } else {
        for (int x = northWest.x; x <= lastX; ++x) {
            columns.append(x);
        }
    }
    for (int y = northWest.y; y <= lastY; ++y) {
        for (int x : std::as_const(columns)) {
            tiles.append({z, x, y});
        }
    }
    return tiles;
}

} // namespace dalil
