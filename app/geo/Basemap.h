#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace dalil {

// The offline basemap: Natural Earth admin-0 country shapes read from a .dbm file (format in
// resources/geo/README.md), projected once to normalised Web Mercator (see Mercator) so that
// drawing at any zoom is a scale and a translation. Immutable once loaded: share it between threads.
class Basemap
{
public:
    // One closed ring in normalised Mercator (the first point is not repeated).
    struct Ring
    {
        std::vector<QPointF> points;
        QRectF bounds;
    };

    struct Country
    {
        QString iso2;    // "--" for the few shapes with no ISO code
        int numeric = 0; // ISO 3166-1 numeric, 0 if none
        QPointF labelLonLat;
        QPointF label;   // normalised Mercator
        QRectF bounds;   // normalised Mercator (a country across the antimeridian spans 0..1)
        double area = 0; // in normalised units², for label priority
        // Outer rings and holes alike: fill with the even-odd rule. Coarser copies for low zooms.
        std::vector<Ring> rings;
        std::vector<std::vector<Ring>> simplified; // index = zoom, see ringsFor()
        int pointCount = 0;
    };

    struct LoadResult
    {
        std::shared_ptr<const Basemap> basemap;
        QString error; // names the file and what is wrong with it; empty on success
    };

    // Reads a .dbm file (a path or a Qt resource such as ":/dalil/geo/basemap.dbm").
    static LoadResult load(const QString& path);
    static LoadResult fromData(const QByteArray& data, const QString& name);
    // The shipped basemap, loaded once per process (thread-safe); null only if the resource is broken.
    static std::shared_ptr<const Basemap> shipped();

    const std::vector<Country>& countries() const { return m_countries; }
    const Country* country(const QString& iso2) const;
    int totalPoints() const { return m_totalPoints; }

    // The rings to draw at a zoom: detail finer than about half a pixel is dropped.
    const std::vector<Ring>& ringsFor(const Country& country, double zoom) const;
    // The ISO code of the country under a point (normalised Mercator), or an empty string.
    QString countryAt(const QPointF& world) const;

private:
    std::vector<Country> m_countries;
    int m_totalPoints = 0;
};

} // namespace dalil
