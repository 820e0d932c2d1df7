#pragma once

#include <QtGlobal>

#include <functional>

namespace dalil {

class Database;
class SearchDocPreparer;
class SearchDocumentBuilder;
class SearchIndexWriter;

// The full rebuild of the search index: empties it, streams every record of the catalogue through
// the document builder (organisations in id order, merged with their offices, memberships and
// partnerships, so memory stays bounded; the documents are built on a worker thread while this
// thread reads and writes), writes the exact-name keys in key order, fills the three FTS5 tables in
// one pass each, writes the vocabulary with its document frequencies and the index statistics
// (meta search_*). DALIL_SEARCH_PROFILE=1 prints the CPU time of each phase on stderr.
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

private:
    Database& m_db;
    SearchDocumentBuilder& m_builder;
    SearchIndexWriter& m_writer;
};

} // namespace dalil
