#pragma once

#include "catalogue/LocationRepository.h"
#include "geo/GeoBounds.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dalil {

class Catalogue;
struct MapData;

// The options render-map and clusters share: the box, the filters ("[filters]" of the CLI
// contract, the same as `search`) and the language of names. The filters go to the search engine,
// which answers which organisations the map draws, exactly as the search command would list them.
class MapOptions
{
public:
    std::optional<GeoBounds> bbox;
    OfficeFilter filter;  // countries, sectors, types
    QStringList networks; // members of any of these networks
    QString text;         // --query: the words a search would take
    bool hasNear = false; // --near LAT,LON,KM
    double nearLat = 0, nearLon = 0, nearKm = 0;
    QString language = QStringLiteral("ar");

    bool hasFilters() const;

    // Consumes the option at arguments[i] (and its value) if it is one of ours. Returns true when
    // consumed; on a malformed value sets `error` (a usage error) and returns true.
    bool take(const QStringList& arguments, int& i, QString& error);
    static QString usage(); // "[--bbox W,S,E,N] [--country CC]... ..."

    MapData load(Catalogue& catalogue) const;
};

} // namespace dalil
