#pragma once

#include "search/SearchDocPreparer.h"
#include "search/SearchDocumentBuilder.h"
#include "search/SearchKeySorter.h"

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace dalil {

class Database;
class SearchFtsPrebuild;
class SearchIndexWriter;

// The search index of a bulk import into an empty catalogue, made from the organisations the import
// writes instead of read back from the catalogue afterwards: the documents are made on the thread
// that feeds add() (a second core, while the import's writer is busy with the rows and their
// indexes), so that write() only stores them, fills the FTS5 tables and writes the keys and terms.
// The result is the index SearchIndex::rebuild() gives (tst_import_searchindex compares the two).
//
// add() must be given every live organisation of the catalogue, exactly as the catalogue hands it
// back: its offices, networks and partners in the order they were written, a network's member count
// (an import into an empty catalogue writes neither memberships nor partnerships; a first pull's
// SearchIndexFeed gathers them from the pulled rows). Funding, resources and events are read back
// from the catalogue by write().
class SearchIndexFromRecords
{
public:
    using Organisation = SearchDocumentBuilder::OrganisationData;
    // Every document is held in memory until write() (a few hundred bytes each): past this many,
    // the memory costs more than the time saved, and the index is rebuilt from the catalogue.
    static constexpr qint64 kMaxOrganisations = 200000;

    enum class Order
    {
        Any,  // add() in any order; write() after finishAdding()
        ById, // add() in id order (BINARY, as the catalogue sorts them), at most `expected` of them,
              // on another thread than write(), which stores each document as soon as it is made
              // (the writer stores while the adding thread makes the rest); a document out of
              // order or too many abandons them all
    };

    // On the writer's thread, before the first add(): reads the vocabulary. `expected`: about how
    // many organisations will be added (with Order::ById, at most).
    SearchIndexFromRecords(Database& db, qint64 expected, Order order = Order::Any);
    ~SearchIndexFromRecords();
    SearchIndexFromRecords(const SearchIndexFromRecords&) = delete;
    SearchIndexFromRecords& operator=(const SearchIndexFromRecords&) = delete;

    // One organisation: its document is made here. add() and finishAdding() may run on any thread,
    // one at a time, and before write().
    void add(const Organisation& org);
    // An organisation whose document was read from the catalogue (SearchDocumentBuilder::loadDoc):
    // one it held before a bulk write that adds the others.
    void add(IndexDoc&& doc);
    // After the last add(), on the same thread: puts the documents in the catalogue's order (by id,
    // as SearchIndexRebuild reads them), sorts their exact keys and counts the terms, so that
    // write() only inserts.
    void finishAdding();
    // A failure on the thread of add() (out of memory): write() returns false.
    void abandon();
    bool usable() const { return m_usable; }
    // After write(): how many of the three FTS5 tables were built on a thread of their own
    // (SearchFtsPrebuild; Order::Any, no funding, resources or events to index), not by 'rebuild'
    // on the writer's. DALIL_IMPORT_FTS_REBUILD=1 rebuilds them all (to measure one way against
    // the other with the same build).
    int ftsPrebuilt() const { return m_ftsPrebuilt; }

    // Inside a transaction, once the organisations added are in the catalogue and nothing else
    // changed them: fills the whole index as SearchIndex::rebuild() does, through the catalogue's
    // own writer (SearchIndex::fill: its facet codes stay those it knows), clears the stale mark and
    // returns true; returns false, having written nothing, when finishAdding() was not reached
    // (Order::ById: waits for it, and returns false, having written nothing, when the adding thread
    // abandons). `progress` (may be empty) gets the number of records indexed so far.
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
    // Takes the next organisation's id; false when its document is not wanted.
    bool admit(QByteArray&& id);
    void keep(const PreparedDoc& prepared);
    // Order::ById: hands the documents kept so far to write() (every 64, and the last ones).
    void publish(bool last);
    // Order::ById, on write()'s thread: waits until document `index` is kept; false when the
    // adding thread abandoned, or finished with fewer.
    bool waitFor(std::size_t index);
    bool waitForFinish();

    Database& m_db;
    const Order m_addOrder;
    std::atomic<bool> m_usable{true};
    bool m_finished = false;
    std::mutex m_mutex;              // Order::ById: m_published, m_finished, m_usable's changes
    std::condition_variable m_added; // likewise
    std::size_t m_published = 0;
    std::size_t m_available = 0; // what write()'s thread last saw of m_published
    SearchDocumentBuilder m_builder;
    SearchDocPreparer m_preparer;
    Arena m_arena;
    std::vector<const char*> m_docs;    // where each document starts in m_arena, as added
    std::vector<QByteArray> m_ids;      // UTF-8, for the catalogue's order (BINARY collation)
    std::vector<std::uint32_t> m_order; // m_docs by id
    std::unique_ptr<SearchKeySorter> m_keys;
    SearchDocPreparer::TermFrequencies m_terms;
    // Order::Any: the FTS5 tables, built from the documents in m_arena from finishAdding() on.
    std::unique_ptr<SearchFtsPrebuild> m_fts;
    int m_ftsPrebuilt = 0;
};

} // namespace dalil
