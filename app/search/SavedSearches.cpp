#include "search/SavedSearches.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <sqlite3.h>

namespace dalil {

SavedSearches::SavedSearches(Database& db)
    : m_db(db)
{
}

QList<SavedSearches::Entry> SavedSearches::list() const
{
    QList<Entry> entries;
    SqlStatement query(m_db.handle(), "SELECT name, query, updated_at FROM saved_search ORDER BY name");
    while (query.step()) {
        Entry entry;
        entry.name = query.text(0);
        SearchQuery::fromJson(QJsonDocument::fromJson(query.utf8(1)).object(), &entry.query);
        entry.updatedAt = query.text(2);
        entries.append(entry);
    }
    return entries;
}

std::optional<SearchQuery> SavedSearches::find(const QString& name) const
{
    SqlStatement query(m_db.handle(), "SELECT query FROM saved_search WHERE name = ?");
    query.bind(1, name.trimmed());
    if (!query.step()) {
        return std::nullopt;
    }
    SearchQuery result;
    if (!SearchQuery::fromJson(QJsonDocument::fromJson(query.utf8(0)).object(), &result).isEmpty()) {
        return std::nullopt;
    }
    return result;
}

QString SavedSearches::save(const QString& name, const SearchQuery& query)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return QCoreApplication::translate("dalil::SavedSearches", "a saved search needs a name");
    }
    SearchQuery stored = query;
    stored.offset = 0;
    const QByteArray json = QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact);
    m_db.transaction([&] {
        m_db.statement(
                "INSERT INTO saved_search (name, query, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO "
                "UPDATE SET query = excluded.query, updated_at = excluded.updated_at")
            .bindAll(trimmed, json, Database::nowText())
            .exec();
    });
    return {};
}

bool SavedSearches::remove(const QString& name)
{
    bool removed = false;
    m_db.transaction([&] {
        m_db.statement("DELETE FROM saved_search WHERE name = ?").bind(1, name.trimmed()).exec();
        removed = sqlite3_changes(m_db.handle()) > 0;
    });
    return removed;
}

} // namespace dalil
