#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <cstdint>
#include <vector>

namespace dalil {

// The offices the map can draw: one point per office, each pointing at its organisation. Kept as
// flat arrays (a million offices take tens of megabytes, not hundreds) in normalised Web Mercator,
// the form the ClusterIndex and the renderer use. Organisation ids and display names are stored
// once per organisation.
class MapPoints
{
public:
    void reserve(size_t points);
    // Points with an out-of-range coordinate are skipped; returns whether the point was added.
    bool add(const QString& organisationId, const QString& name, double lon, double lat);

    size_t size() const { return m_x.size(); }
    bool isEmpty() const { return m_x.empty(); }
    const std::vector<double>& x() const { return m_x; }
    const std::vector<double>& y() const { return m_y; }
    double lon(size_t point) const;
    double lat(size_t point) const;

    size_t organisationCount() const { return m_orgIds.size(); }
    uint32_t organisationIndexOf(size_t point) const { return m_org[point]; }
    QString organisationId(size_t point) const;
    QString name(size_t point) const;
    QString organisationName(const QString& organisationId) const;
    bool hasOrganisation(const QString& organisationId) const;
    // The organisation's offices (indices into this set), in the order they were added.
    std::vector<uint32_t> pointsOf(const QString& organisationId) const;
    // The first office added for the organisation, or -1.
    int64_t firstPointOf(const QString& organisationId) const;

    // The offices of just these organisations (the current search result), same order.
    MapPoints filtered(const QSet<QString>& organisationIds) const;

private:
    uint32_t organisationSlot(const QString& organisationId, const QString& name);

    std::vector<double> m_x;
    std::vector<double> m_y;
    std::vector<uint32_t> m_org;
    std::vector<QByteArray> m_orgIds;   // UTF-8
    std::vector<QByteArray> m_orgNames; // UTF-8, in the language the set was loaded for
    std::vector<uint32_t> m_orgFirst;   // first point of each organisation
    QHash<QByteArray, uint32_t> m_orgIndex;
};

} // namespace dalil
