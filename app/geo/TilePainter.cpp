#include "geo/TilePainter.h"

#include "geo/MapViewport.h"
#include "geo/TileMath.h"
#include "geo/TileProvider.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace dalil {

void TilePainter::draw(QPainter& painter, const MapViewport& view, TileProvider& tiles)
{
    const int z = std::clamp(static_cast<int>(std::lround(view.zoom())), tiles.minZoom(), tiles.maxZoom());
    const int n = TileMath::tileCount(z);
    const double tilePixels = view.worldSize() / n;
    const QRectF r = view.worldRect();
    const int x0 = static_cast<int>(std::floor(r.left() * n));
    const int x1 = static_cast<int>(std::floor(r.right() * n));
    const int y0 = std::max(0, static_cast<int>(std::floor(r.top() * n)));
    const int y1 = std::min(n - 1, static_cast<int>(std::floor(r.bottom() * n)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const QPointF topLeft =
                view.toScreen(QPointF(static_cast<double>(x) / n, static_cast<double>(y) / n));
            const QRectF target(topLeft, QSizeF(tilePixels, tilePixels));
            const TileId id{z, TileMath::wrapX(z, x), y};
            QImage image = tiles.tile(id);
            if (!image.isNull()) {
                painter.drawImage(target, image, QRectF(image.rect()));
                continue;
            }
            // While it loads, a coarser tile scaled up keeps the area from going blank.
            for (int d = 1; d <= 6 && z - d >= tiles.minZoom(); ++d) {
                const TileId parent{z - d, id.x >> d, id.y >> d};
                image = tiles.tile(parent);
                if (image.isNull()) {
                    continue;
                }
                const double part = static_cast<double>(image.width()) / (1 << d);
                const QRectF source((id.x & ((1 << d) - 1)) * part, (id.y & ((1 << d) - 1)) * part, part,
                                    part);
                painter.drawImage(target, image, source);
                break;
            }
        }
    }
}

} // namespace dalil
