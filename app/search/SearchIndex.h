#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace dalil {

class Database;
class SearchDocumentBuilder;
class SearchIndexWriter;

// The writer side of the search index (tables of migration 3: search_doc, the FTS5 tables,
// search_key, search_term, search_code, search_queue).
//
// How the index follows writes:
// - SQL triggers on organisation, location, membership, partnership, funding, resource, event and
//   vocabulary put the id of every touched record into search_queue, whoever writes (the
//   repositories, sync, import, even the sqlite3 shell).
// - Catalogue registers flush() as a commit hook: a transaction that touched a few records
//   reindexes them before it commits, so a save/remove/putRemote is searchable at once.
// - A transaction that queued more than kIncrementalLimit records (an import, a sync pull, the
//   generator) does not reindex row by row: it marks the index stale (meta search_stale = 1) and
//   leaves the work to rebuild(), which the bulk writer calls when it is done (or which
//   SearchEngine / `dalil-cli search` run when they find the index stale).
// - BulkScope switches the triggers off for the duration of a bulk write (so a million inserts do
//   not also write a million queue rows) and marks the index stale at the end.
class SearchIndex
{
public:
    static constexpr int kIncrementalLimit = 2000;

    explicit SearchIndex(Database& db);
    ~SearchIndex();

    // Reindexes what the queue names (called before every commit). Cheap when the queue is empty.
    void flush();
    // Rebuilds the whole index from the catalogue in one transaction; clears the stale mark.
    // `progress` (may be empty) gets the number of records indexed so far.
    void rebuild(const std::function<void(qint64)>& progress = {});
    // True when the index must be rebuilt before it can be trusted.
    bool isStale() const;
    void markStale();
    // Rebuilds when stale or never built; returns true when it rebuilt.
    bool ensureFresh();

    // For the duration of a bulk write: no queueing; the index is marked stale at the end.
    class BulkScope
    {
    public:
        explicit BulkScope(Database& db);
        ~BulkScope();
        BulkScope(const BulkScope&) = delete;
        BulkScope& operator=(const BulkScope&) = delete;

    private:
        Database& m_db;
    };

private:
    Database& m_db;
    std::unique_ptr<SearchDocumentBuilder> m_builder;
    std::unique_ptr<SearchIndexWriter> m_writer;
};

} // namespace dalil
