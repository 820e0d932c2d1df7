#include "search/SearchFilter.h"

#include "geo/Mercator.h"
#include "search/SearchDocStore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dalil {

double SearchFilter::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    return Mercator::distanceMetres(lon1, lat1, lon2, lat2) / 1000.0;
}

bool SearchFilter::pass(const SearchDocStore& store, int index) const
{
    if (!active) {
        return true;
    }
    if (index < 0) {
        return false;
    }
    const int kind = store.kind(index);
    if (!(kindMask & (1u << kind))) {
        return false;
    }
    for (const CodeGroup& group : groups) {
        if (!(group.facet ? store.hasFacetCode(index, group.codes)
                          : store.hasOtherCode(index, group.codes))) {
            return false;
        }
    }
    if (deadline || amountAtLeast || amountAtMost || years || eventDays) {
        const SearchDocStore::Numbers* n = store.numbers(index);
        if (!n) {
            return false;
        }
        if (deadline && (n->d0 == std::numeric_limits<qint64>::min() || n->d0 < deadline->first ||
                         n->d0 > deadline->second)) {
            return false;
        }
        if (amountAtLeast &&
            !(n->amax >= *amountAtLeast || (std::isnan(n->amax) && n->amin >= *amountAtLeast))) {
            return false;
        }
        if (amountAtMost &&
            !(n->amin <= *amountAtMost || (std::isnan(n->amin) && n->amax <= *amountAtMost))) {
            return false;
        }
        if (years && (n->year < years->first || n->year > years->second)) {
            return false;
        }
        if (eventDays && (n->d0 == std::numeric_limits<qint64>::min() || n->d0 > eventDays->second ||
                          std::max(n->d0, n->d1) < eventDays->first)) {
            return false;
        }
    }
    if (spatialDocids && kind == int(EntityKind::Organisation)) {
        if (!spatialDocids->contains(store.docid(index))) {
            return false;
        }
    } else if (bbox || near) {
        const float* g = store.geoBegin(index);
        const float* gEnd = store.geoEnd(index);
        bool inside = false;
        for (; g + 1 < gEnd && !inside; g += 2) {
            const double lat = g[0];
            const double lon = g[1];
            bool ok = true;
            if (bbox) {
                const bool lonInside = bbox->west <= bbox->east ? (lon >= bbox->west && lon <= bbox->east)
                                                                : (lon >= bbox->west || lon <= bbox->east);
                ok = lonInside && lat >= bbox->south && lat <= bbox->north;
            }
            if (ok && near) {
                ok = distanceKm(near->lat, near->lon, lat, lon) <= near->km;
            }
            inside = ok;
        }
        if (!inside) {
            return false;
        }
    }
    return true;
}

} // namespace dalil
