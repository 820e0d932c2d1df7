#include "search/SearchFilterCompiler.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/ArabicText.h"
#include "search/SearchDocStore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dalil {

namespace {

// A bounding box or circle holding at most this many offices is answered from the R*Tree.
constexpr int kRtreeLimit = 2000;

} // namespace

SearchFilterCompiler::SearchFilterCompiler(Database& db)
    : m_db(db)
{
}

SearchFilter SearchFilterCompiler::compile(const SearchQuery& q, const SearchDocStore& s)
{
    SearchFilter f;
    if (!q.hasFilters()) {
        return f;
    }
    f.active = true;
    if (!q.kinds.isEmpty()) {
        f.kindMask = 0;
        for (EntityKind kind : q.kinds) {
            f.kindMask |= 1u << int(kind);
        }
    }
    auto group = [&](const QString& prefix, const QStringList& values, bool normalise, bool upper) {
        if (values.isEmpty()) {
            return;
        }
        SearchFilter::CodeGroup g;
        // Country, sector, type and network are facet fields, numbered by the store; the
        // others keep search_code's numbers.
        g.facet = prefix == QLatin1String("c:") || prefix == QLatin1String("s:") ||
                  prefix == QLatin1String("t:") || prefix == QLatin1String("n:");
        for (const QString& value : values) {
            QString v = normalise ? ArabicText::normalise(value) : value.trimmed();
            if (upper) {
                v = v.toUpper();
            }
            if (g.facet) {
                if (std::optional<quint32> c = s.facetCode(prefix + v)) {
                    g.codes.push_back(*c);
                }
                continue;
            }
            SqlStatement& lookup = m_db.statement("SELECT code FROM search_code WHERE value = ?");
            lookup.bind(1, prefix + v);
            if (lookup.step()) {
                g.codes.push_back(quint32(lookup.int64(0)));
            }
            lookup.reset();
        }
        std::sort(g.codes.begin(), g.codes.end());
        f.groups.push_back(g); // an empty group keeps nothing: no record has that value
    };
    group(QStringLiteral("c:"), q.countries, false, true);
    group(QStringLiteral("a:"), q.admin1, true, false);
    group(QStringLiteral("y:"), q.cities, true, false);
    group(QStringLiteral("s:"), q.sectors, false, false);
    group(QStringLiteral("t:"), q.types, false, false);
    group(QStringLiteral("n:"), q.networks, false, false);
    QStringList languages;
    for (const QString& language : q.languages) {
        languages.append(language.trimmed().toLower());
    }
    group(QStringLiteral("l:"), languages, false, false);
    if (!q.partnerOf.isEmpty()) {
        group(QStringLiteral("p:"), {q.partnerOf}, false, false);
    }
    group(QStringLiteral("r:"), q.resourceKinds, false, false);
    // Filters that only one kind of record has keep only that kind.
    if (q.deadlineFrom || q.deadlineTo) {
        f.deadline = std::make_pair(
            q.deadlineFrom ? q.deadlineFrom->toJulianDay() : std::numeric_limits<qint64>::min() + 1,
            q.deadlineTo ? q.deadlineTo->toJulianDay() : std::numeric_limits<qint64>::max());
    }
    f.amountAtLeast = q.amountAtLeast;
    f.amountAtMost = q.amountAtMost;
    if (f.deadline || f.amountAtLeast || f.amountAtMost) {
        f.kindMask &= 1u << int(EntityKind::Funding);
    }
    if (q.yearFrom || q.yearTo || !q.resourceKinds.isEmpty()) {
        if (q.yearFrom || q.yearTo) {
            f.years = std::make_pair(q.yearFrom.value_or(std::numeric_limits<int>::min() + 1),
                                     q.yearTo.value_or(std::numeric_limits<int>::max()));
        }
        f.kindMask &= 1u << int(EntityKind::Resource);
    }
    if (q.eventsFrom || q.eventsTo) {
        f.eventDays = std::make_pair(
            q.eventsFrom ? q.eventsFrom->toJulianDay() : std::numeric_limits<qint64>::min() + 1,
            q.eventsTo ? q.eventsTo->toJulianDay() : std::numeric_limits<qint64>::max());
        f.kindMask &= 1u << int(EntityKind::Event);
    }
    if (!q.partnerOf.isEmpty() || !q.networks.isEmpty() || !q.admin1.isEmpty() || !q.types.isEmpty()) {
        // Only organisations have partners, networks and offices; funding has applicant types.
        unsigned mask = 1u << int(EntityKind::Organisation);
        if (q.partnerOf.isEmpty() && q.networks.isEmpty() && q.admin1.isEmpty()) {
            mask |= 1u << int(EntityKind::Funding);
        }
        f.kindMask &= mask;
    }
    f.bbox = q.bbox;
    f.near = q.near;
    if (f.bbox || f.near) {
        f.kindMask &= (1u << int(EntityKind::Organisation)) | (1u << int(EntityKind::Event));
        f.spatialDocids = spatialFromRtree(q);
    }
    return f;
}

// Offices inside the area, from the R*Tree of migration 1, when there are few; otherwise the
// DocStore's copy of the coordinates is scanned instead.
std::optional<QSet<qint64>> SearchFilterCompiler::spatialFromRtree(const SearchQuery& q)
{
    double west, south, east, north;
    if (q.bbox) {
        west = q.bbox->west;
        south = q.bbox->south;
        east = q.bbox->east;
        north = q.bbox->north;
    } else {
        const double dLat = q.near->km / 111.0;
        const double cosLat = std::max(0.01, std::cos(q.near->lat * M_PI / 180.0));
        const double dLon = std::min(180.0, q.near->km / (111.0 * cosLat));
        west = q.near->lon - dLon;
        east = q.near->lon + dLon;
        south = q.near->lat - dLat;
        north = q.near->lat + dLat;
    }
    if (west > east || west < -180 || east > 180) {
        return std::nullopt; // across the antimeridian: the coordinate scan handles it
    }
    SqlStatement& rtree = m_db.statement(
        "SELECT l.organisation_id, l.lat, l.lon FROM location_rtree r JOIN location l ON l.rowid = r.id "
        "WHERE r.min_lon >= ? AND r.max_lon <= ? AND r.min_lat >= ? AND r.max_lat <= ? LIMIT ?");
    rtree.bind(1, west).bind(2, east).bind(3, south).bind(4, north).bind(5, qint64(kRtreeLimit + 1));
    QSet<QString> organisations;
    int rows = 0;
    while (rtree.step()) {
        if (++rows > kRtreeLimit) {
            rtree.reset();
            return std::nullopt;
        }
        if (q.near &&
            SearchFilter::distanceKm(q.near->lat, q.near->lon, rtree.real(1), rtree.real(2)) > q.near->km) {
            continue;
        }
        organisations.insert(rtree.text(0));
    }
    rtree.reset();
    QSet<qint64> docids;
    for (const QString& id : organisations) {
        SqlStatement& lookup = m_db.statement("SELECT docid FROM search_doc WHERE entity_id = ?");
        lookup.bind(1, id);
        if (lookup.step()) {
            docids.insert(lookup.int64(0));
        }
        lookup.reset();
    }
    return docids;
}

} // namespace dalil
