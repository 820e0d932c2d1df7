#pragma once

#include <QByteArray>
#include <QByteArrayView>
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
    // Gives back what growing left unused, once every point is in.
    void squeeze();
    // Points with an out-of-range coordinate are skipped; returns whether the point was added.
    bool add(const QString& organisationId, const QString& name, double lon, double lat);

    size_t size() const { return m_x.size(); }
    bool isEmpty() const { return m_x.empty(); }
    const std::vector<double>& x() const { return m_x; }
    const std::vector<double>& y() const { return m_y; }
    double lon(size_t point) const;
    double lat(size_t point) const;

    size_t organisationCount() const { return m_orgFirst.size(); }
    // Bytes held (for the memory benchmark).
    size_t memoryBytes() const;
    uint32_t organisationIndexOf(size_t point) const { return m_org[point]; }
    QString organisationId(size_t point) const;
    QString name(size_t point) const;
    QString organisationName(const QString& organisationId) const;
    bool hasOrganisation(const QString& organisationId) const;
    // The organisation's offices (indices into this set), in the order they were added.
    std::vector<uint32_t> pointsOf(const QString& organisationId) const;
    // The first office added for the organisation, or -1.
    int64_t firstPointOf(const QString& organisationId) const;
    int64_t firstPointOf(QByteArrayView organisationIdUtf8) const;

    // The offices of just these organisations (the current search result), same order.
    MapPoints filtered(const QSet<QString>& organisationIds) const;

private:
    uint32_t organisationSlot(QByteArrayView organisationId, QByteArrayView name);
    QByteArrayView orgId(uint32_t slot) const;
    QByteArrayView orgName(uint32_t slot) const;
    // The organisation's slot, or kNoSlot.
    uint32_t find(QByteArrayView organisationId) const;
    void growIndex();
    void placeInIndex(uint32_t slot);
    static constexpr uint32_t kNoSlot = 0xffffffffu;

    std::vector<double> m_x;
    std::vector<double> m_y;
    std::vector<uint32_t> m_org;
    // Every organisation's id and name (UTF-8, names in the language the set was loaded for) end to
    // end in one buffer each, with where each one ends: a million organisations cost their text plus
    // eight bytes, instead of two heap blocks and a hash node each.
    QByteArray m_idText;
    std::vector<uint32_t> m_idEnd;
    QByteArray m_nameText;
    std::vector<uint32_t> m_nameEnd;
    std::vector<uint32_t> m_orgFirst; // first point of each organisation
    // Open addressing over the ids: slots, kNoSlot where empty; the size a power of two.
    std::vector<uint32_t> m_index;
};

} // namespace dalil
