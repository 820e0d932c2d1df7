#include "search/FacetAssembler.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchDocStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace dalil {

FacetAssembler::FacetAssembler(Database& db)
    : m_db(db)
{
}

void FacetAssembler::reset()
{
    m_labels.clear();
    m_networkLabels.clear();
    m_labelsLoaded = false;
}

void FacetAssembler::loadLabels(const SearchDocStore& store)
{
    if (m_labelsLoaded) {
        return;
    }
    m_labelsLoaded = true;
    SqlStatement query(
        m_db.handle(),
        "SELECT kind, code, label_ar, label_en, label_fr FROM vocabulary WHERE deleted = 0 AND kind IN "
        "('country', 'sector', 'organisation_type')");
    while (query.step()) {
        const QString kind = query.text(0);
        const QString prefix = kind == QLatin1String("country")  ? QStringLiteral("c:")
                               : kind == QLatin1String("sector") ? QStringLiteral("s:")
                                                                 : QStringLiteral("t:");
        FacetCount label;
        label.value = query.text(1);
        label.labelAr = query.text(2);
        label.labelEn = query.text(3);
        label.labelFr = query.text(4);
        m_labels.insert(prefix + label.value, label);
    }
    // Every network's names at once: looked up one by one when a result first names them, a
    // large result's first facet count spent tens of ms on thousands of lookups.
    QStringList ids;
    auto flush = [&] {
        if (ids.isEmpty()) {
            return;
        }
        SqlStatement query(m_db.handle(),
                           "SELECT id, name_ar, name_en, coalesce(name_fr, name_en) FROM organisation "
                           "WHERE id IN (SELECT value FROM json_each(?))");
        query.bind(1, QString::fromUtf8(
                          QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
        for (const QString& id : ids) {
            m_networkLabels.insert(id, FacetCount());
        }
        while (query.step()) {
            FacetCount& label = m_networkLabels[query.text(0)];
            label.labelAr = query.text(1);
            label.labelEn = query.text(2);
            label.labelFr = query.text(3);
        }
        ids.clear();
    };
    for (int code = 0; code < store.facetValueCount(); ++code) {
        const QString& value = store.facetValue(code);
        if (value.startsWith(QLatin1String("n:"))) {
            ids.append(value.mid(2));
            if (ids.size() >= 1000) {
                flush();
            }
        }
    }
    flush();
}

Facets FacetAssembler::assemble(const SearchDocStore& store, const std::vector<qint64>& counts, qint64 total)
{
    Facets facets;
    facets.total = total;
    loadLabels(store);
    for (int code = 0; code < store.facetValueCount(); ++code) {
        if (counts[size_t(code)] == 0) {
            continue;
        }
        const QString& value = store.facetValue(code);
        if (value.size() < 3 || value[1] != QLatin1Char(':')) {
            continue;
        }
        const QChar field = value[0];
        QList<FacetCount>* list = field == QLatin1Char('c')   ? &facets.countries
                                  : field == QLatin1Char('s') ? &facets.sectors
                                  : field == QLatin1Char('t') ? &facets.types
                                  : field == QLatin1Char('n') ? &facets.networks
                                                              : nullptr;
        if (!list) {
            continue;
        }
        FacetCount entry = m_labels.value(value);
        entry.value = value.mid(2);
        entry.count = counts[code];
        list->append(entry);
    }
    for (QList<FacetCount>* list : {&facets.countries, &facets.sectors, &facets.types, &facets.networks}) {
        std::sort(list->begin(), list->end(), [](const FacetCount& a, const FacetCount& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
    }
    for (FacetCount& network : facets.networks) {
        auto known = m_networkLabels.constFind(network.value);
        if (known == m_networkLabels.constEnd()) {
            FacetCount label;
            SqlStatement& query = m_db.statement(
                "SELECT name_ar, name_en, coalesce(name_fr, name_en) FROM organisation WHERE id = ?");
            query.bind(1, network.value);
            if (query.step()) {
                label.labelAr = query.text(0);
                label.labelEn = query.text(1);
                label.labelFr = query.text(2);
            }
            query.reset();
            known = m_networkLabels.insert(network.value, label);
        }
        network.labelAr = known->labelAr;
        network.labelEn = known->labelEn;
        network.labelFr = known->labelFr;
    }
    facets.valid = true;
    return facets;
}

} // namespace dalil
