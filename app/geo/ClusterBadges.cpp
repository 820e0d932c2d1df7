#include "geo/ClusterBadges.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace dalil {

void ClusterBadges::setLocale(const QLocale& locale)
{
    m_locale = locale;
    m_badges.clear();
}

void ClusterBadges::setStyle(const MapStyle& style)
{
    m_style = style;
    m_badges.clear();
}

double ClusterBadges::radius(uint32_t count)
{
    return 13.0 + 3.5 * std::log10(std::max<uint32_t>(count, 1));
}

QString ClusterBadges::countText(uint32_t count) const
{
    // In MapRenderer's context, where these strings were first written and translated.
    if (count >= 100000) {
        return QCoreApplication::translate("dalil::MapRenderer", "%1K", "thousands, on a cluster badge")
            .arg(m_locale.toString(count / 1000));
    }
    if (count >= 10000) {
        return QCoreApplication::translate("dalil::MapRenderer", "%1K", "thousands, on a cluster badge")
            .arg(m_locale.toString(count / 1000.0, 'f', 1));
    }
    return m_locale.toString(count);
}

const QImage& ClusterBadges::badge(uint32_t count, qreal dpr)
{
    const QString text = countText(count);
    const QString key = text + QLatin1Char('@') + QString::number(dpr);
    auto it = m_badges.constFind(key);
    if (it != m_badges.constEnd()) {
        return it.value();
    }
    const double r = radius(count);
    const int side = static_cast<int>(std::ceil(2 * r + 4));
    QImage image(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor colour =
        count < 10 ? m_style.clusterSmall : (count < 100 ? m_style.clusterMedium : m_style.clusterLarge);
    const QPointF centre(side / 2.0, side / 2.0);
    QColor outer = colour;
    outer.setAlpha(110);
    p.setPen(Qt::NoPen);
    p.setBrush(outer);
    p.drawEllipse(centre, r, r);
    p.setBrush(colour);
    p.setPen(QPen(Qt::white, 1.5));
    p.drawEllipse(centre, r - 4, r - 4);
    QFont font = p.font();
    font.setPixelSize(text.size() > 4 ? 10 : 12);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, text);
    p.end();
    return m_badges.insert(key, image).value();
}

} // namespace dalil
