#pragma once

#include "search/SearchResults.h"

#include <QHash>
#include <QString>

#include <vector>

namespace dalil {

class Database;
class SearchDocStore;

// Turns counts per facet code of the DocStore into the Facets a user sees: the labels of countries,
// sectors and organisation types (vocabulary) and the names of networks, most frequent first.
// Labels are read once and kept until reset() (a new index version).
class FacetAssembler
{
public:
    explicit FacetAssembler(Database& db);

    // Reads every label at once (otherwise the first assemble() does it).
    void loadLabels(const SearchDocStore& store);
    // counts[code]: how many records of the result hold the store's facet value `code`.
    Facets assemble(const SearchDocStore& store, const std::vector<qint64>& counts, qint64 total);

    void reset();

private:
    Database& m_db;
    QHash<QString, FacetCount> m_labels;        // "c:EG" → labels
    QHash<QString, FacetCount> m_networkLabels; // network id → its names
    bool m_labelsLoaded = false;
};

} // namespace dalil
