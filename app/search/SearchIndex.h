#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace dalil {

class Database;
class SearchDocumentBuilder;
class SearchIndexFromRecords;
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
// - BulkScope, for the duration of a bulk write, either switches the triggers off (so a million
//   inserts do not also write a million queue rows) and marks the index stale at the end, or, when
//   the catalogue already holds many more records than the write touches, keeps the queue and
//   leaves it whole for one batched reindex of exactly those records (meta search_pending), which
//   ensureFresh() does, unless the queue grew past a quarter of the index: then the index is
//   rebuilt instead (cheaper per record).
class SearchIndex
{
public:
    static constexpr int kIncrementalLimit = 2000;
    // A bulk write that touches at most this share of the indexed records is reindexed record by
    // record (in batches) rather than by a whole rebuild.
    static constexpr int kRebuildShareDivisor = 4;
    // Without an expected size, a bulk write into a catalogue of at least this many indexed records
    // keeps the queue (a rebuild of it takes seconds).
    static constexpr qint64 kQueueingIndexSize = 50000;

    explicit SearchIndex(Database& db);
    ~SearchIndex();

    // Reindexes what the queue names (called before every commit). Cheap when the queue is empty.
    void flush();
    // Rebuilds the whole index from the catalogue in one transaction; clears the stale mark.
    // `progress` (may be empty) gets the number of records indexed so far.
    void rebuild(const std::function<void(qint64)>& progress = {});
    // Inside a transaction: the whole index from the documents a bulk import made as it wrote its
    // rows (SearchIndexFromRecords::write), instead of rebuild(). False when they cannot be used.
    bool fill(SearchIndexFromRecords& documents, const std::function<void(qint64)>& progress = {});
    // True when the index must be rebuilt (or a bulk write reindexed) before it can be trusted.
    bool isStale() const;
    void markStale();
    // Rebuilds when stale or never built, reindexes what a bulk write left queued; returns true when
    // it did either.
    bool ensureFresh();

    // For the duration of a bulk write. `expectedRecords` (when known: rows of an import, changes
    // of a pull) lets it choose at once between queueing the touched records for one batched
    // reindex and a whole rebuild; see the class comment.
    class BulkScope
    {
    public:
        explicit BulkScope(Database& db, qint64 expectedRecords = -1);
        ~BulkScope();
        BulkScope(const BulkScope&) = delete;
        BulkScope& operator=(const BulkScope&) = delete;

        // True when the touched records are queued for a batched reindex (not a whole rebuild).
        bool queueing() const { return m_queueing; }

    private:
        Database& m_db;
        bool m_queueing = false;
    };

private:
    bool isPending() const;

    Database& m_db;
    std::unique_ptr<SearchDocumentBuilder> m_builder;
    std::unique_ptr<SearchIndexWriter> m_writer;
};

} // namespace dalil
