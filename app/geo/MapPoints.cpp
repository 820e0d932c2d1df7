#include "geo/MapPoints.h"

#include "geo/Mercator.h"

#include <QHashFunctions>

#include <algorithm>
#include <cmath>

namespace dalil {

void MapPoints::reserve(size_t points)
{
    m_x.reserve(points);
    m_y.reserve(points);
    m_org.reserve(points);
}

QByteArrayView MapPoints::orgId(uint32_t slot) const
{
    const uint32_t begin = slot == 0 ? 0 : m_idEnd[slot - 1];
    return QByteArrayView(m_idText.constData() + begin, m_idEnd[slot] - begin);
}

QByteArrayView MapPoints::orgName(uint32_t slot) const
{
    const uint32_t begin = slot == 0 ? 0 : m_nameEnd[slot - 1];
    return QByteArrayView(m_nameText.constData() + begin, m_nameEnd[slot] - begin);
}

void MapPoints::squeeze()
{
    m_x.shrink_to_fit();
    m_y.shrink_to_fit();
    m_org.shrink_to_fit();
    m_idText.squeeze();
    m_idEnd.shrink_to_fit();
    m_nameText.squeeze();
    m_nameEnd.shrink_to_fit();
    m_orgFirst.shrink_to_fit();
}

uint32_t MapPoints::find(QByteArrayView organisationId) const
{
    if (m_index.empty()) {
        return kNoSlot;
    }
    const size_t mask = m_index.size() - 1;
    for (size_t i = qHash(organisationId) & mask;; i = (i + 1) & mask) {
        const uint32_t slot = m_index[i];
        if (slot == kNoSlot || orgId(slot) == organisationId) {
            return slot;
        }
    }
}

void MapPoints::growIndex()
{
    // Kept at most half full, so a probe ends after a couple of steps.
    m_index.assign(std::max<size_t>(64, m_index.size() * 2), kNoSlot);
    for (uint32_t slot = 0; slot < m_orgFirst.size(); ++slot) {
        placeInIndex(slot);
    }
}

void MapPoints::placeInIndex(uint32_t slot)
{
    const size_t mask = m_index.size() - 1;
    size_t i = qHash(orgId(slot)) & mask;
    while (m_index[i] != kNoSlot) {
        i = (i + 1) & mask;
    }
    m_index[i] = slot;
}

uint32_t MapPoints::organisationSlot(QByteArrayView organisationId, QByteArrayView name)
{
    if (const uint32_t found = find(organisationId); found != kNoSlot) {
        return found;
    }
    const uint32_t slot = static_cast<uint32_t>(m_orgFirst.size());
    m_idText.append(organisationId);
    m_idEnd.push_back(static_cast<uint32_t>(m_idText.size()));
    m_nameText.append(name);
    m_nameEnd.push_back(static_cast<uint32_t>(m_nameText.size()));
    m_orgFirst.push_back(static_cast<uint32_t>(m_x.size()));
    if (m_orgFirst.size() * 2 > m_index.size()) {
        growIndex(); // places the new slot too
    } else {
        placeInIndex(slot);
    }
    return slot;
}

bool MapPoints::add(const QString& organisationId, const QString& name, double lon, double lat)
{
    if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 || std::abs(lat) > 90.0) {
        return false;
    }
    const uint32_t slot = organisationSlot(organisationId.toUtf8(), name.toUtf8());
    m_x.push_back(Mercator::lonToX(lon));
    m_y.push_back(Mercator::latToY(lat));
    m_org.push_back(slot);
    return true;
}

size_t MapPoints::memoryBytes() const
{
    return (m_x.capacity() + m_y.capacity()) * sizeof(double) +
           (m_org.capacity() + m_idEnd.capacity() + m_nameEnd.capacity() + m_orgFirst.capacity() +
            m_index.capacity()) *
               sizeof(uint32_t) +
           size_t(m_idText.capacity() + m_nameText.capacity());
}

double MapPoints::lon(size_t point) const
{
    return Mercator::xToLon(m_x[point]);
}

double MapPoints::lat(size_t point) const
{
    return Mercator::yToLat(m_y[point]);
}

QString MapPoints::organisationId(size_t point) const
{
    return point < m_org.size() ? QString::fromUtf8(orgId(m_org[point])) : QString();
}

QString MapPoints::name(size_t point) const
{
    return point < m_org.size() ? QString::fromUtf8(orgName(m_org[point])) : QString();
}

QString MapPoints::organisationName(const QString& organisationId) const
{
    const uint32_t slot = find(organisationId.toUtf8());
    return slot == kNoSlot ? QString() : QString::fromUtf8(orgName(slot));
}

bool MapPoints::hasOrganisation(const QString& organisationId) const
{
    return find(organisationId.toUtf8()) != kNoSlot;
}

std::vector<uint32_t> MapPoints::pointsOf(const QString& organisationId) const
{
    std::vector<uint32_t> result;
    const uint32_t slot = find(organisationId.toUtf8());
    if (slot == kNoSlot) {
        return result;
    }
    for (size_t i = m_orgFirst[slot]; i < m_org.size(); ++i) {
        if (m_org[i] == slot) {
            result.push_back(static_cast<uint32_t>(i));
        }
    }
    return result;
}

int64_t MapPoints::firstPointOf(const QString& organisationId) const
{
    return firstPointOf(QByteArrayView(organisationId.toUtf8()));
}

int64_t MapPoints::firstPointOf(QByteArrayView organisationIdUtf8) const
{
    const uint32_t slot = find(organisationIdUtf8);
    return slot == kNoSlot ? -1 : static_cast<int64_t>(m_orgFirst[slot]);
}

MapPoints MapPoints::filtered(const QSet<QString>& organisationIds) const
{
    std::vector<uint8_t> wanted(m_orgFirst.size(), 0);
    for (const QString& id : organisationIds) {
        if (const uint32_t slot = find(id.toUtf8()); slot != kNoSlot) {
            wanted[slot] = 1;
        }
    }
    MapPoints out;
    for (size_t i = 0; i < m_x.size(); ++i) {
        const uint32_t slot = m_org[i];
        if (!wanted[slot]) {
            continue;
        }
        const uint32_t newSlot = out.organisationSlot(orgId(slot), orgName(slot));
        out.m_x.push_back(m_x[i]);
        out.m_y.push_back(m_y[i]);
        out.m_org.push_back(newSlot);
    }
    return out;
}

} // namespace dalil
