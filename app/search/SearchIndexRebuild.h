#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <utility>
#include <vector>

namespace dalil {

class Database;
class SearchDocPreparer;
class SearchDocumentBuilder;
class SearchIndexWriter;

// The full rebuild of the search index: empties it, streams every record of the catalogue through
// the document builder (organisations in id order, merged with their offices, memberships and
// partnerships, so memory stays bounded; the documents are built on a worker thread while this
// thread reads and writes), fills the three FTS5 tables in one pass each (meanwhile the worker
// sorts the exact-name keys and the vocabulary), writes the keys in key order, the vocabulary with
// its document frequencies and the index statistics (meta search_*). DALIL_SEARCH_PROFILE=1 prints
// the CPU time of each phase on stderr.
class SearchIndexRebuild
{
public:
    SearchIndexRebuild(Database& db, SearchDocumentBuilder& builder, SearchIndexWriter& writer);

    // Must run inside a transaction. `progress` (may be empty) gets the number of records indexed.
    void run(const std::function<void(qint64)>& progress);

    // The end of a whole build, once search_doc and search_key hold every document: fills the FTS5
    // tables from them, writes the terms' document frequencies and the index's totals. Shared with
    // SearchIndexFeed, so both builds end with the same index.
    static void finish(Database& db, SearchIndexWriter& writer, const SearchDocPreparer& preparer,
                       qint64 indexed, double namesLength, double bodyLength);
    // The same, with the terms' document frequencies counted beforehand (off the writer's thread).
    static void finish(Database& db, SearchIndexWriter& writer,
                       const std::vector<std::pair<QByteArray, qint64>>& terms, qint64 indexed,
                       double namesLength, double bodyLength);

    // Empties the whole index (every search table, the queue included), inside the caller's
    // transaction: the start of every whole build (this one, SearchIndexFeed, SearchIndexFromRecords).
    static void clear(Database& db);

    // A whole index is about 1.3 KiB of pages a record (search_doc, the FTS5 tables, search_key),
    // all written in the build's transaction and search_doc read three times by the FTS5
    // 'rebuild's. With the connection's usual cache (64 MiB, or what a bulk writer sized for its own
    // rows) the pages spill to the WAL and are read back from it: a rebuild of 100,000 generated
    // organisations with the default cache took 15.1 s, 11.0 s with this (CPU 9.2 s and 8.5 s).
    // For a whole build, the cache grows by what the index needs (up to 256 MiB), then is put back.
    class CacheScope
    {
    public:
        explicit CacheScope(Database& db);
        ~CacheScope();
        CacheScope(const CacheScope&) = delete;
        CacheScope& operator=(const CacheScope&) = delete;

        // An upper bound of the records to index (none of them may be deleted).
        qint64 records() const { return m_records; }

    private:
        Database& m_db;
        qint64 m_records = 0;
        qint64 m_cacheSize = 0;
        bool m_changed = false;
    };

    // The three FTS5 tables filled from search_doc.
    static void fillFts(Database& db);
    // One of them.
    static void fillFts(Database& db, const char* table);
    // FTS5's in-memory term buffer ('hashsize') while a whole build fills a table (fewer, larger
    // segments to merge), and for the small incremental writes afterwards.
    static constexpr qint64 kBuildHashSize = 64 * 1024 * 1024;
    static constexpr qint64 kHashSize = 1024 * 1024;
    // The vocabulary (in term order) and the index's totals.
    static void finishTerms(Database& db, SearchIndexWriter& writer,
                            const std::vector<std::pair<QByteArray, qint64>>& terms, qint64 indexed,
                            double namesLength, double bodyLength);

private:
    Database& m_db;
    SearchDocumentBuilder& m_builder;
    SearchIndexWriter& m_writer;
};

} // namespace dalil
