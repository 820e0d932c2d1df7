#pragma once

#include <QString>

#include <optional>

namespace dalil {

class Database;
class SearchDocumentBuilder;
class SearchIndexWriter;
struct IndexDoc;

// Incremental upkeep of the search index on writes: reindexes the records that search_queue names,
// row by row (document, FTS rows, term counts), within the writing transaction. SearchIndex::flush()
// decides whether the queue is small enough for this or the index goes stale instead.
class SearchIndexUpkeep
{
public:
    SearchIndexUpkeep(Database& db, SearchDocumentBuilder& builder, SearchIndexWriter& writer);

    // Reindexes every queued record (and the funding, resources and events that carry the names of
    // a renamed or removed organisation), empties the queue and bumps meta search_version.
    void reindexQueue();

private:
    // Replaces (or removes) one record's document, FTS rows and term counts.
    void replace(const QString& entityId, const std::optional<IndexDoc>& doc);

    Database& m_db;
    SearchDocumentBuilder& m_builder;
    SearchIndexWriter& m_writer;
};

} // namespace dalil
