#pragma once

#include "geo/GeoBounds.h"

#include <QMetaType>

namespace dalil {

// An area the user chose on the map to narrow the results: the visible area, a drawn rectangle,
// or a radius around a point. The search filters take it as it is.
struct AreaFilter
{
    enum Kind
    {
        None,
        VisibleArea,
        Rectangle,
        Radius
    };
    Kind kind = None;
    GeoBounds box;  // VisibleArea, Rectangle
    double lon = 0; // Radius: centre
    double lat = 0;
    double radiusKm = 0;

    bool isActive() const { return kind != None; }
    bool contains(double pointLon, double pointLat) const;
    // The smallest box holding the area (for an R*Tree query before the exact test).
    GeoBounds bounds() const;
    bool operator==(const AreaFilter& other) const;
    bool operator!=(const AreaFilter& other) const { return !(*this == other); }
};

} // namespace dalil

Q_DECLARE_METATYPE(dalil::AreaFilter)
Q_DECLARE_METATYPE(dalil::GeoBounds)
