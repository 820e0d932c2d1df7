#pragma once

#include "catalogue/IdPairs.h"
#include "geo/MapStyle.h"

#include <QPolygonF>

#include <cstdint>
#include <vector>

class QPainter;

namespace dalil {

class MapPoints;
class MapViewport;

// The collaboration layer: a great circle between the first offices of two partner organisations.
// Only the boxes of the lines are kept; a line itself is computed when it is drawn.
class PartnershipArcs
{
public:
    // Above this many lines in view the map is a tangle: only the selected organisation's are drawn.
    static constexpr int kMaxInView = 2000;

    // The partnerships both of whose organisations have an office among `points`.
    void rebuild(const MapPoints* points, const IdPairs& pairs);
    int count() const { return static_cast<int>(m_arcs.size()); }
    // The lines in view; the selected organisation's (an id, or empty for none) stand out.
    void draw(QPainter& painter, const MapViewport& view, const MapPoints& points,
              const QString& selectedOrganisation, const MapStyle& style) const;

    // The great circle between two points, in normalised Mercator, unwrapped across the antimeridian.
    static QPolygonF line(const MapPoints& points, uint32_t a, uint32_t b);

private:
    struct Arc
    {
        uint32_t a = 0; // point indices
        uint32_t b = 0;
        float minX = 0, minY = 0, maxX = 0, maxY = 0; // normalised Mercator, x unwrapped
    };
    std::vector<Arc> m_arcs;
};

} // namespace dalil
