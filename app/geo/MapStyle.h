#pragma once

#include <QColor>

#include <array>

namespace dalil {

// The colours of the map: one place, so the widget, the CLI picture and the tests agree.
struct MapStyle
{
    QColor sea{0xa8, 0xd0, 0xe6};
    QColor land{0xf4, 0xf1, 0xea};
    QColor border{0x9a, 0x94, 0x8a};
    QColor label{0x3c, 0x3a, 0x36};
    QColor halo{0xff, 0xff, 0xff, 0xd8};
    QColor marker{0x1f, 0x6f, 0xb2};
    QColor markerOutline{0xff, 0xff, 0xff};
    QColor selection{0xd6, 0x33, 0x2b};
    QColor highlight{0xf2, 0x9d, 0x12};
    QColor arc{0x7a, 0x3e, 0x9d, 0xa0};
    QColor clusterSmall{0x4c, 0xa3, 0x6b};
    QColor clusterMedium{0xe0, 0xa4, 0x1e};
    QColor clusterLarge{0xd3, 0x5d, 0x2a};
    // Choropleth classes, light to dark. A std::array, not a QList: a QList built from a braced
    // list copies each colour out of a constant array whose padding bytes were never written,
    // which GCC reports as -Wmaybe-uninitialized in qarraydataops.h wherever a MapStyle is made.
    std::array<QColor, 5> choropleth{QColor(0xde, 0xeb, 0xf7), QColor(0xb3, 0xd1, 0xea),
                                     QColor(0x7f, 0xb0, 0xda), QColor(0x42, 0x85, 0xc2),
                                     QColor(0x1a, 0x58, 0x9c)};
};

} // namespace dalil
