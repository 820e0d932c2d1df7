#pragma once

#include "catalogue/IdPairs.h"

#include "catalogue/LocationRepository.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace dalil {

class Catalogue;
class MapPoints;

// What the map needs from a catalogue, read through the repositories (no SQL here): the offices
// as MapPoints, organisations per country for the choropleth, and partnership pairs.
struct MapData
{
    std::shared_ptr<MapPoints> points;
    QHash<QString, int> organisationsPerCountry; // distinct organisations with an office there
    IdPairs partnerships;

    // `only`, when given, keeps just these organisations (the ids a search returned).
    static MapData load(Catalogue& catalogue, const QString& language, const OfficeFilter& filter = {},
                        const std::optional<QSet<QString>>& only = std::nullopt);
};

} // namespace dalil
