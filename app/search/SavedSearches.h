#pragma once

#include "search/SearchQuery.h"

#include <QList>
#include <QString>

#include <optional>

namespace dalil {

class Database;

// Named queries with their filters, kept in the catalogue (table saved_search, local to this
// machine, never synced), so the GUI lists the same ones `dalil-cli search --saved NAME` runs.
class SavedSearches
{
public:
    struct Entry
    {
        QString name;
        SearchQuery query;
        QString updatedAt;
    };

    explicit SavedSearches(Database& db);

    QList<Entry> list() const; // by name
    std::optional<SearchQuery> find(const QString& name) const;
    // Saves or replaces; returns an error message (empty name, ...) or an empty string.
    QString save(const QString& name, const SearchQuery& query);
    bool remove(const QString& name);

private:
    Database& m_db;
};

} // namespace dalil
