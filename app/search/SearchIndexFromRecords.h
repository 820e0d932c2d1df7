#pragma once

#include "search/SearchDocPreparer.h"
#include "search/SearchDocumentBuilder.h"
#include "search/SearchKeySorter.h"

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace dalil {

class Database;
class SearchIndexWriter;

// The search index of a bulk import into an empty catalogue, made from the organisations the import
// writes instead of read back from the catalogue afterwards: the documents are made on the thread
// that feeds add() (a second core, while the import's writer is busy with the rows and their
// indexes), so that write() only stores them, fills the FTS5 tables and writes the keys and terms.
// The result is the index SearchIndex::rebuild() gives (tst_import_searchindex compares the two).
//
// add() must be given every live organisation of the catalogue, exactly as the catalogue hands it
// back (offices in the order they were written), and the catalogue must hold no memberships or
// partnerships: an empty catalogue that the import fills alone. Funding, resources and events are
// read back from the catalogue by write().
class SearchIndexFromRecords
{
public:
    using Organisation = SearchDocumentBuilder::OrganisationData;
    // Every document is held in memory until write() (a few hundred bytes each): past this many,
    // the memory costs more than the time saved, and the index is rebuilt from the catalogue.
    static constexpr qint64 kMaxOrganisations = 200000;

    // On the writer's thread, before the first add(): reads the vocabulary. `expected`: about how
    // many organisations will be added.
    SearchIndexFromRecords(Database& db, qint64 expected);
    ~SearchIndexFromRecords();
    SearchIndexFromRecords(const SearchIndexFromRecords&) = delete;
    SearchIndexFromRecords& operator=(const SearchIndexFromRecords&) = delete;

    // One organisation: its document is made here. add() and finishAdding() may run on any thread,
    // one at a time, and before write().
    void add(const Organisation& org);
    // After the last add(), on the same thread: puts the documents in the catalogue's order (by id,
    // as SearchIndexRebuild reads them), sorts their exact keys and counts the terms, so that
    // write() only inserts.
    void finishAdding();
    // A failure on the thread of add() (out of memory): write() returns false.
    void abandon() { m_usable = false; }
    bool usable() const { return m_usable; }

    // Inside a transaction, once the organisations added are in the catalogue and nothing else
    // changed them: fills the whole index as SearchIndex::rebuild() does, through the catalogue's
    // own writer (SearchIndex::fill: its facet codes stay those it knows), clears the stale mark and
    // returns true; returns false, having written nothing, when finishAdding() was not reached.
    // `progress` (may be empty) gets the number of records indexed so far.
    bool write(SearchIndexWriter& writer, const std::function<void(qint64)>& progress);

private:
    // The documents, one after another in blocks that never move (a few hundred bytes each: a
    // PreparedDoc with its strings takes ten times that, and faulting in the pages of a quarter of
    // a gigabyte cost the import more than making the documents).
    class Arena
    {
    public:
        char* room(std::size_t size);

    private:
        std::vector<std::unique_ptr<char[]>> m_blocks;
        char* m_at = nullptr;
        std::size_t m_left = 0;
    };
    void keep(const PreparedDoc& prepared);

    Database& m_db;
    bool m_usable = true;
    bool m_finished = false;
    SearchDocumentBuilder m_builder;
    SearchDocPreparer m_preparer;
    Arena m_arena;
    std::vector<const char*> m_docs;    // where each document starts in m_arena, as added
    std::vector<QByteArray> m_ids;      // UTF-8, for the catalogue's order (BINARY collation)
    std::vector<std::uint32_t> m_order; // m_docs by id
    std::unique_ptr<SearchKeySorter> m_keys;
    SearchDocPreparer::TermFrequencies m_terms;
};

} // namespace dalil
