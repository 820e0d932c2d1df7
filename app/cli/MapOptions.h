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
// contract) and the language of names. Until the search engine's filters are wired in here, the
// filters are answered by LocationRepository::forEachPoint; this class is the one seam to change.
class MapOptions
{
public:
    std::optional<GeoBounds> bbox;
    OfficeFilter filter;
    QString language = QStringLiteral("ar");

    // Consumes the option at arguments[i] (and its value) if it is one of ours. Returns true when
    // consumed; on a malformed value sets `error` (a usage error) and returns true.
    bool take(const QStringList& arguments, int& i, QString& error);
    static QString usage(); // "[--bbox W,S,E,N] [--country CC]... ..."

    MapData load(Catalogue& catalogue) const;
};

} // namespace dalil
