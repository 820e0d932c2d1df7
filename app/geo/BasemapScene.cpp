#include "geo/BasemapScene.h"

#include "geo/Basemap.h"
#include "geo/BasemapPainter.h"
#include "geo/CountryNames.h"
#include "geo/MapViewport.h"

#include <QPainter>

namespace dalil {

bool BasemapScene::draw(QPainter& painter, const MapViewport& view, const std::atomic<bool>* cancel) const
{
    const QColor land = style.land;
    const bool drawn = BasemapPainter::draw(
        painter, view, basemap.get(), style,
        [this, land](const QString& iso2) { return fills.value(iso2, land); }, cancel);
    if (!drawn || !showLabels || !basemap || !names) {
        return drawn;
    }
    const QList<CountryLabels::Label> placed = labels(view, painter.font());
    return CountryLabels::draw(painter, placed, style, cancel);
}

QList<CountryLabels::Label> BasemapScene::labels(const MapViewport& view, const QFont& baseFont) const
{
    if (!basemap || !names) {
        return {};
    }
    return CountryLabels::place(view, *basemap, *names, language, baseFont);
}

BasemapScene::Picture BasemapScene::render(const MapViewport& view, int margin, qreal devicePixelRatio,
                                           const std::atomic<bool>* cancel) const
{
    Picture picture;
    if (cancel && cancel->load(std::memory_order_relaxed)) {
        return picture;
    }
    const QSize size = view.size() + QSize(2 * margin, 2 * margin);
    QImage image(size * devicePixelRatio, QImage::Format_RGB32); // opaque: blitting it is a copy
    image.setDevicePixelRatio(devicePixelRatio);
    MapViewport around(view.centre(), view.zoom(), size);
    around.setZoomLimits(0.0, 24.0);
    around.setZoom(view.zoom());
    around.setCentre(view.centre());
    QPainter painter(&image);
    painter.setFont(font);
    const bool finished = draw(painter, around, cancel);
    painter.end();
    if (!finished) {
        return picture;
    }
    picture.image = image;
    picture.origin = around.toWorld(QPointF(0, 0));
    picture.zoom = view.zoom();
    picture.viewSize = view.size();
    return picture;
}

} // namespace dalil
