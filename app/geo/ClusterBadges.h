#pragma once

#include "geo/MapStyle.h"

#include <QHash>
#include <QImage>
#include <QLocale>
#include <QString>

#include <cstdint>

namespace dalil {

// The round badges of clusters, with the count in the locale's digits ("12K" above ten thousand).
// Each badge is drawn once per text and pixel ratio and kept: a frame blits them.
class ClusterBadges
{
public:
    // Drops the kept badges (their digits or colours changed).
    void setLocale(const QLocale& locale);
    void setStyle(const MapStyle& style);

    const QImage& badge(uint32_t count, qreal devicePixelRatio);
    QString countText(uint32_t count) const;
    // Pixel radius of a cluster badge for a count.
    static double radius(uint32_t count);

private:
    QLocale m_locale;
    MapStyle m_style;
    QHash<QString, QImage> m_badges;
};

} // namespace dalil
