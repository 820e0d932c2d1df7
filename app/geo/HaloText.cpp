#include "geo/HaloText.h"

#include <QCache>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>

#include <atomic>
#include <cmath>

namespace dalil {

namespace {

constexpr double kHaloWidth = 3.0;
// A few hundred country names in three languages and two weights fit with room to spare.
constexpr int kCacheBytes = 24 * 1024 * 1024;

struct Cache
{
    QMutex mutex;
    QCache<QString, HaloText::Picture> pictures{kCacheBytes};
    std::atomic<int> drawn{0};
};

Cache& cache()
{
    static Cache instance;
    return instance;
}

void paintHalo(QPainter& painter, const QPainterPath& path, const QColor& fill, const QColor& halo)
{
    painter.setPen(QPen(halo, kHaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawPath(path);
}

} // namespace

HaloText::Picture HaloText::picture(const QString& text, const QFont& font, const QColor& fill,
                                    const QColor& halo, qreal devicePixelRatio)
{
    const QString key = QStringLiteral("%1\x1f%2\x1f%3\x1f%4\x1f%5")
                            .arg(text, font.key())
                            .arg(fill.rgba())
                            .arg(halo.rgba())
                            .arg(devicePixelRatio);
    Cache& c = cache();
    {
        const QMutexLocker lock(&c.mutex);
        if (const Picture* found = c.pictures.object(key)) {
            return *found;
        }
    }
    // Drawn outside the lock: two threads may draw the same label once each, never wait on each other.
    QPainterPath path;
    path.addText(QPointF(0, 0), font, text);
    const QRectF bounds = path.boundingRect().adjusted(-kHaloWidth, -kHaloWidth, kHaloWidth, kHaloWidth);
    const QPointF corner(std::floor(bounds.left()), std::floor(bounds.top()));
    const QSize logical(static_cast<int>(std::ceil(bounds.right() - corner.x())),
                        static_cast<int>(std::ceil(bounds.bottom() - corner.y())));
    auto picture = std::make_unique<Picture>();
    picture->image =
        QImage(logical.expandedTo(QSize(1, 1)) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    picture->image.setDevicePixelRatio(devicePixelRatio);
    picture->image.fill(Qt::transparent);
    picture->origin = -corner;
    {
        QPainter painter(&picture->image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.translate(picture->origin);
        paintHalo(painter, path, fill, halo);
    }
    c.drawn.fetch_add(1, std::memory_order_relaxed);
    Picture result = *picture;
    const int cost = static_cast<int>(std::min<qsizetype>(result.image.sizeInBytes(), kCacheBytes));
    const QMutexLocker lock(&c.mutex);
    c.pictures.insert(key, picture.release(), cost);
    return result;
}

void HaloText::draw(QPainter& painter, const QPointF& baseline, const QString& text, const QFont& font,
                    const QColor& fill, const QColor& halo)
{
    if (text.isEmpty()) {
        return;
    }
    if (painter.worldTransform().type() > QTransform::TxTranslate) {
        // Scaled or rotated (a printer, a zoomed export): the outline is drawn at that scale.
        QPainterPath path;
        path.addText(baseline, font, text);
        paintHalo(painter, path, fill, halo);
        return;
    }
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const Picture p = picture(text, font, fill, halo, dpr);
    // On whole device pixels, so the copy is exact (no resampling of the glyphs).
    const QPointF at = baseline - p.origin;
    const QPointF snapped(std::round(at.x() * dpr) / dpr, std::round(at.y() * dpr) / dpr);
    painter.drawImage(snapped, p.image);
}

int HaloText::drawnCount()
{
    return cache().drawn.load(std::memory_order_relaxed);
}

void HaloText::clearCache()
{
    Cache& c = cache();
    const QMutexLocker lock(&c.mutex);
    c.pictures.clear();
}

} // namespace dalil
