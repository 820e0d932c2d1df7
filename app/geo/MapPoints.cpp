#include "geo/MapPoints.h"

#include "geo/Mercator.h"

#include <cmath>

namespace dalil {

void MapPoints::reserve(size_t points)
{
    m_x.reserve(points);
    m_y.reserve(points);
    m_org.reserve(points);
}

uint32_t MapPoints::organisationSlot(const QString& organisationId, const QString& name)
{
    const QByteArray key = organisationId.toUtf8();
    auto it = m_orgIndex.constFind(key);
    if (it != m_orgIndex.constEnd()) {
        return it.value();
    }
    const uint32_t slot = static_cast<uint32_t>(m_orgIds.size());
    m_orgIds.push_back(key);
    m_orgNames.push_back(name.toUtf8());
    m_orgFirst.push_back(static_cast<uint32_t>(m_x.size()));
    m_orgIndex.insert(key, slot);
    return slot;
}

bool MapPoints::add(const QString& organisationId, const QString& name, double lon, double lat)
{
    if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 || std::abs(lat) > 90.0) {
        return false;
    }
    const uint32_t slot = organisationSlot(organisationId, name);
    m_x.push_back(Mercator::lonToX(lon));
    m_y.push_back(Mercator::latToY(lat));
    m_org.push_back(slot);
    return true;
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
    return point < m_org.size() ? QString::fromUtf8(m_orgIds[m_org[point]]) : QString();
}

QString MapPoints::name(size_t point) const
{
    return point < m_org.size() ? QString::fromUtf8(m_orgNames[m_org[point]]) : QString();
}

QString MapPoints::organisationName(const QString& organisationId) const
{
    auto it = m_orgIndex.constFind(organisationId.toUtf8());
    return it == m_orgIndex.constEnd() ? QString() : QString::fromUtf8(m_orgNames[it.value()]);
}

bool MapPoints::hasOrganisation(const QString& organisationId) const
{
    return m_orgIndex.contains(organisationId.toUtf8());
}

std::vector<uint32_t> MapPoints::pointsOf(const QString& organisationId) const
{
    std::vector<uint32_t> result;
    auto it = m_orgIndex.constFind(organisationId.toUtf8());
    if (it == m_orgIndex.constEnd()) {
        return result;
    }
    const uint32_t slot = it.value();
    for (size_t i = m_orgFirst[slot]; i < m_org.size(); ++i) {
        if (m_org[i] == slot) {
            result.push_back(static_cast<uint32_t>(i));
        }
    }
    return result;
}

int64_t MapPoints::firstPointOf(const QString& organisationId) const
{
    auto it = m_orgIndex.constFind(organisationId.toUtf8());
    return it == m_orgIndex.constEnd() ? -1 : static_cast<int64_t>(m_orgFirst[it.value()]);
}

MapPoints MapPoints::filtered(const QSet<QString>& organisationIds) const
{
    std::vector<uint8_t> wanted(m_orgIds.size(), 0);
    for (const QString& id : organisationIds) {
        auto it = m_orgIndex.constFind(id.toUtf8());
        if (it != m_orgIndex.constEnd()) {
            wanted[it.value()] = 1;
        }
    }
    MapPoints out;
    for (size_t i = 0; i < m_x.size(); ++i) {
        const uint32_t slot = m_org[i];
        if (!wanted[slot]) {
            continue;
        }
        const uint32_t newSlot =
            out.organisationSlot(QString::fromUtf8(m_orgIds[slot]), QString::fromUtf8(m_orgNames[slot]));
        out.m_x.push_back(m_x[i]);
        out.m_y.push_back(m_y[i]);
        out.m_org.push_back(newSlot);
    }
    return out;
}

} // namespace dalil
