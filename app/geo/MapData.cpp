#include "geo/MapData.h"

#include "catalogue/Catalogue.h"
#include "geo/MapPoints.h"

namespace dalil {

MapData MapData::load(Catalogue& catalogue, const QString& language, const OfficeFilter& filter,
                      const std::optional<QSet<QString>>& only)
{
    MapData data;
    data.points = std::make_shared<MapPoints>();
    QHash<QString, QSet<QString>> perCountry;
    catalogue.locations().forEachPoint(language, filter, [&](const OfficePoint& office) {
        if (only && !only->contains(office.organisationId)) {
            return;
        }
        if (data.points->add(office.organisationId, office.name, office.lon, office.lat) &&
            !office.country.isEmpty()) {
            perCountry[office.country].insert(office.organisationId);
        }
    });
    data.points->squeeze();
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it) {
        data.organisationsPerCountry.insert(it.key(), static_cast<int>(it.value().size()));
    }
    for (const auto& pair : catalogue.partnerships().livePairs()) {
        if (data.points->hasOrganisation(pair.first) && data.points->hasOrganisation(pair.second)) {
            data.partnerships.append(pair.first, pair.second);
        }
    }
    return data;
}

} // namespace dalil
