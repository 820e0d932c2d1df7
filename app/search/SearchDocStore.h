#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace dalil {

// A compact in-memory copy of the filter and facet fields of every indexed record, in docid order
// (the order FTS5 returns matches in), so that filters and facet counts never go back to SQL per
// record. Loaded once per index version by SearchEngine.
//
// Layout, chosen for a million records within the app's memory budget:
// - the facet fields (country, sector, type, network) as dense codes, 2 bytes each (4 only when a
//   catalogue has more than 65,535 distinct facet values), contiguous per record: counting a result
//   reads one short run per match;
// - the other filter codes (admin1, city, language, partner, resource kind) as the codes of the
//   search_code table, whose values are looked up in SQL when a filter names them (they are many:
//   one per partner organisation) rather than held here as strings.
class SearchDocStore
{
public:
    // Dates (Julian days), amounts and years of funding, resources and events.
    struct Numbers
    {
        qint64 d0 = std::numeric_limits<qint64>::min();
        qint64 d1 = std::numeric_limits<qint64>::min();
        double amin = std::nan("");
        double amax = std::nan("");
        int year = std::numeric_limits<int>::min();
    };

    void load(sqlite3* db);

    int size() const { return int(m_docids.size()); }
    qint64 docid(int index) const { return m_docids[size_t(index)]; }
    int kind(int index) const { return m_kinds[size_t(index)]; }
    // The index of a docid, or -1.
    int indexOf(qint64 docid) const;
    // The same for docids visited in ascending order: `cursor` (start at 0) remembers where the
    // previous one was, so a whole result is looked up in one forward pass.
    int indexFrom(qint64 docid, int& cursor) const;

    // Facet values: "c:EG", "s:health", "t:22", "n:<network id>", numbered 0..facetValueCount()-1.
    int facetValueCount() const { return int(m_facetValues.size()); }
    const QString& facetValue(int code) const { return m_facetValues[code]; }
    std::optional<quint32> facetCode(const QString& value) const;
    template <typename Visit> void forEachFacetCode(int index, Visit&& visit) const
    {
        const quint32 end = m_facetOffsets[size_t(index) + 1];
        if (m_wideFacets.empty()) {
            for (quint32 i = m_facetOffsets[size_t(index)]; i < end; ++i) {
                visit(quint32(m_facets[i]));
            }
        } else {
            for (quint32 i = m_facetOffsets[size_t(index)]; i < end; ++i) {
                visit(m_wideFacets[i]);
            }
        }
    }
    // True when the record has one of these facet codes (sorted).
    bool hasFacetCode(int index, const std::vector<quint32>& sortedCodes) const;
    // True when the record has one of these search_code codes (sorted).
    bool hasOtherCode(int index, const std::vector<quint32>& sortedCodes) const;

    // Funding, resources and events only (nullptr for an organisation).
    const Numbers* numbers(int index) const;
    // The record's points, as lat, lon pairs.
    const float* geoBegin(int index) const { return m_geo.data() + m_geoOffsets[size_t(index)]; }
    const float* geoEnd(int index) const { return m_geo.data() + m_geoOffsets[size_t(index) + 1]; }

    // Bytes held (for the app's memory budget; docs/benchmarks.md, bench_search).
    qint64 memoryBytes() const;

private:
    std::vector<qint64> m_docids;
    std::vector<quint8> m_kinds;
    std::vector<quint32> m_facetOffsets{0};
    std::vector<quint16> m_facets;
    std::vector<quint32> m_wideFacets; // instead of m_facets past 65,535 facet values
    std::vector<quint32> m_otherOffsets{0};
    std::vector<quint32> m_others;
    std::vector<quint32> m_geoOffsets{0};
    std::vector<float> m_geo;
    std::unordered_map<int, Numbers> m_numbers;
    QVector<QString> m_facetValues;
    QHash<QString, quint32> m_facetCodes;
};

} // namespace dalil
