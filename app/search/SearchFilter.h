#pragma once

#include "search/SearchQuery.h"

#include <QSet>

#include <optional>
#include <utility>
#include <vector>

namespace dalil {

class SearchDocStore;

// A query's filters, resolved once against the SearchDocStore (SearchEngine compiles it) and then
// tested record by record.
struct SearchFilter
{
    // The record needs one of these codes: facet codes of the store, or search_code codes.
    struct CodeGroup
    {
        bool facet = false;
        std::vector<quint32> codes; // sorted; empty keeps nothing (no record has that value)
    };

    bool active = false;
    unsigned kindMask = 0xF;
    std::vector<CodeGroup> groups;
    std::optional<std::pair<qint64, qint64>> deadline;
    std::optional<double> amountAtLeast;
    std::optional<double> amountAtMost;
    std::optional<std::pair<int, int>> years;
    std::optional<std::pair<qint64, qint64>> eventDays;
    std::optional<GeoBox> bbox;
    std::optional<GeoCircle> near;
    std::optional<QSet<qint64>> spatialDocids; // from the R*Tree when the area holds few offices

    // index: the record's position in the store, or -1 (a record the store does not know).
    bool pass(const SearchDocStore& store, int index) const;

    static double distanceKm(double lat1, double lon1, double lat2, double lon2);
};

} // namespace dalil
