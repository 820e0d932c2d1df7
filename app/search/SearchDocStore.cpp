#include "search/SearchDocStore.h"

#include "catalogue/SqlStatement.h"
#include "search/SearchQuery.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace dalil {

namespace {

constexpr quint32 kNoFacet = std::numeric_limits<quint32>::max();

template <typename Vector> qint64 bytesOf(const Vector& vector)
{
    return qint64(vector.capacity() * sizeof(typename Vector::value_type));
}

} // namespace

void SearchDocStore::load(sqlite3* db)
{
    *this = SearchDocStore();
    // The facet values, in a dense numbering of their own; every other code stays as search_code
    // numbers it (the ranges use search_code's unique index on value).
    std::vector<quint32> facetOf;
    {
        SqlStatement last(db, "SELECT max(code) FROM search_code");
        const qint64 maxCode = last.step() ? last.int64(0) : 0;
        facetOf.assign(size_t(std::max<qint64>(0, maxCode)) + 1, kNoFacet);
        SqlStatement values(db, "SELECT code, value FROM search_code WHERE value >= ?1 AND value < ?2");
        for (const char* field : {"c", "s", "t", "n"}) {
            values.bindAll(QString::fromLatin1(field) + QLatin1Char(':'),
                           QString::fromLatin1(field) + QLatin1Char(';'));
            while (values.step()) {
                const qint64 code = values.int64(0);
                if (code < 0 || code >= qint64(facetOf.size())) {
                    continue;
                }
                const quint32 facet = quint32(m_facetValues.size());
                facetOf[size_t(code)] = facet;
                m_facetValues.append(values.text(1));
                m_facetCodes.insert(m_facetValues.back(), facet);
            }
            values.reset();
        }
    }
    const bool wide = m_facetValues.size() > std::numeric_limits<quint16>::max();
    SqlStatement count(db, "SELECT count(*) FROM search_doc");
    const size_t records = count.step() ? size_t(count.int64(0)) : 0;
    m_docids.reserve(records);
    m_kinds.reserve(records);
    m_facetOffsets.reserve(records + 1);
    m_otherOffsets.reserve(records + 1);
    m_geoOffsets.reserve(records + 1);
    SqlStatement query(
        db, "SELECT docid, kind, codes, geo, d0, d1, amin, amax, year FROM search_doc ORDER BY docid");
    std::vector<quint32> facets;
    while (query.step()) {
        const int index = int(m_docids.size());
        m_docids.push_back(query.int64(0));
        const int kind = int(query.int64(1));
        m_kinds.push_back(quint8(kind));
        const QByteArray codeBlob = query.blob(2);
        const int codeCount = int(codeBlob.size() / sizeof(quint32));
        facets.clear();
        for (int i = 0; i < codeCount; ++i) {
            quint32 code = 0;
            std::memcpy(&code, codeBlob.constData() + i * sizeof(quint32), sizeof(quint32));
            const quint32 facet = code < facetOf.size() ? facetOf[code] : kNoFacet;
            if (facet != kNoFacet) {
                facets.push_back(facet);
            } else {
                m_others.push_back(code);
            }
        }
        for (const quint32 facet : facets) {
            if (wide) {
                m_wideFacets.push_back(facet);
            } else {
                m_facets.push_back(quint16(facet));
            }
        }
        m_facetOffsets.push_back(quint32(wide ? m_wideFacets.size() : m_facets.size()));
        m_otherOffsets.push_back(quint32(m_others.size()));
        const QByteArray geoBlob = query.blob(3);
        const size_t floats = size_t(geoBlob.size()) / sizeof(float);
        const size_t geoBase = m_geo.size();
        m_geo.resize(geoBase + floats);
        if (floats > 0) {
            std::memcpy(m_geo.data() + geoBase, geoBlob.constData(), floats * sizeof(float));
        }
        m_geoOffsets.push_back(quint32(m_geo.size()));
        if (kind != int(EntityKind::Organisation)) {
            Numbers n;
            if (!query.isNull(4)) {
                n.d0 = query.int64(4);
            }
            if (!query.isNull(5)) {
                n.d1 = query.int64(5);
            }
            if (!query.isNull(6)) {
                n.amin = query.real(6);
            }
            if (!query.isNull(7)) {
                n.amax = query.real(7);
            }
            if (!query.isNull(8)) {
                n.year = int(query.int64(8));
            }
            m_numbers.emplace(index, n);
        }
    }
    m_facets.shrink_to_fit();
    m_wideFacets.shrink_to_fit();
    m_others.shrink_to_fit();
    m_geo.shrink_to_fit();
}

int SearchDocStore::indexOf(qint64 docid) const
{
    const auto it = std::lower_bound(m_docids.begin(), m_docids.end(), docid);
    if (it == m_docids.end() || *it != docid) {
        return -1;
    }
    return int(it - m_docids.begin());
}

int SearchDocStore::indexFrom(qint64 docid, int& cursor) const
{
    // Galloping forward from the previous position: matches are usually close to each other.
    const int n = size();
    int lo = std::min(cursor, n);
    int step = 1;
    while (lo + step < n && m_docids[size_t(lo + step)] < docid) {
        lo += step;
        step *= 2;
    }
    const auto it =
        std::lower_bound(m_docids.begin() + lo, m_docids.begin() + std::min(n, lo + step + 1), docid);
    cursor = int(it - m_docids.begin());
    return it != m_docids.end() && *it == docid ? cursor : -1;
}

std::optional<quint32> SearchDocStore::facetCode(const QString& value) const
{
    const auto it = m_facetCodes.constFind(value);
    if (it == m_facetCodes.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

bool SearchDocStore::hasFacetCode(int index, const std::vector<quint32>& sortedCodes) const
{
    bool found = false;
    forEachFacetCode(index, [&](quint32 code) {
        found = found || std::binary_search(sortedCodes.begin(), sortedCodes.end(), code);
    });
    return found;
}

bool SearchDocStore::hasOtherCode(int index, const std::vector<quint32>& sortedCodes) const
{
    const quint32 end = m_otherOffsets[size_t(index) + 1];
    for (quint32 i = m_otherOffsets[size_t(index)]; i < end; ++i) {
        if (std::binary_search(sortedCodes.begin(), sortedCodes.end(), m_others[i])) {
            return true;
        }
    }
    return false;
}

const SearchDocStore::Numbers* SearchDocStore::numbers(int index) const
{
    const auto it = m_numbers.find(index);
    return it == m_numbers.end() ? nullptr : &it->second;
}

qint64 SearchDocStore::memoryBytes() const
{
    qint64 bytes = bytesOf(m_docids) + bytesOf(m_kinds) + bytesOf(m_facetOffsets) + bytesOf(m_facets) +
                   bytesOf(m_wideFacets) + bytesOf(m_otherOffsets) + bytesOf(m_others) +
                   bytesOf(m_geoOffsets) + bytesOf(m_geo);
    // Hash nodes: key, value and two pointers, roughly.
    bytes += qint64(m_numbers.size() * (sizeof(int) + sizeof(Numbers) + 2 * sizeof(void*)));
    for (const QString& value : m_facetValues) {
        bytes += qint64(sizeof(QString) * 2 + sizeof(quint32) + 16 + value.size() * 2);
    }
    return bytes;
}

} // namespace dalil
