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
    const int n = tileCount(z);
    // A box edge on a tile edge (give or take rounding) does not pull in the neighbouring tile.
    constexpr double eps = 1e-9;
    auto column = [n](double lon) { return Mercator::lonToX(lon) * n; };
    const int firstX = std::clamp(static_cast<int>(std::floor(column(box.west) + eps)), 0, n - 1);
    const int lastX = std::clamp(static_cast<int>(std::ceil(column(box.east) - eps)) - 1, 0, n - 1);
    const int firstY =
        std::clamp(static_cast<int>(std::floor(Mercator::latToY(box.north) * n + eps)), 0, n - 1);
    const int lastY =
        std::clamp(static_cast<int>(std::ceil(Mercator::latToY(box.south) * n - eps)) - 1, 0, n - 1);
    QList<int> columns;
    if (box.crossesAntimeridian()) {
        for (int x = firstX; x < n; ++x) {
            columns.append(x);
        }
        for (int x = 0; x <= lastX; ++x) {
            columns.append(x);
        }
    } else {
        for (int x = firstX; x <= lastX; ++x) {
            columns.append(x);
        }
    }
    for (int y = firstY; y <= lastY; ++y) {
        for (int x : std::as_const(columns)) {
            tiles.append({z, x, y});
        }
    }
    return tiles;
}

} // namespace dalil
