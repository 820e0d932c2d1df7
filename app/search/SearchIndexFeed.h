#pragma once

#include "catalogue/RecordTable.h"
#include "search/SearchDocPreparer.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace dalil {

class Database;
struct TableSpec;

// The search index of a large write into a new catalogue (a first pull from a hub), built from the
// rows as the writer hands them over instead of read back from the catalogue afterwards, and with
// the organisations' documents made on a second thread while the writer is still busy (the rest of
// the rows, the secondary indexes): SearchIndexRebuild's work, the part that needs no SQLite moved
// off the writer's thread and ahead of time. The result is the index SearchIndex::rebuild() gives.
//
// The writer keeps a copy of the text of the rows that make organisation documents (organisations,
// offices, memberships, partnerships; raw UTF-8, a few hundred bytes an organisation) and calls
// startBuilding() once no more of them can come. Whenever the rows cannot be trusted to be all of
// it (a row written another way, a row after startBuilding(), more than kMaxOrganisations,
// catalogue rows of its own that point at incoming organisations) the feed gives up and write()
// returns false: the caller then rebuilds the index as usual.
class SearchIndexFeed
{
public:
    // Past this, holding every organisation's text and document costs more memory than the time saved.
    static constexpr qint64 kMaxOrganisations = 200000;

    // Before the first row is written, inside the writer's transaction.
    explicit SearchIndexFeed(Database& db);
    // Stops the worker thread if it runs (a write that failed or was stopped).
    ~SearchIndexFeed();
    SearchIndexFeed(const SearchIndexFeed&) = delete;
    SearchIndexFeed& operator=(const SearchIndexFeed&) = delete;

    // True for the tables whose rows make organisation documents or their labels.
    static bool feeds(const TableSpec& spec);
    // A row the writer has just inserted, as it was bound (fields in HubSchema::selectList order:
    // id, rev, updated_at, deleted, base_rev, then the TableSpec's columns).
    void addRow(const TableSpec& spec, const RecordTable::TextField* fields);
    // A row of `spec` was written some other way (updated, merged): the feed cannot vouch for it.
    void rowWrittenElsewhere(const TableSpec& spec);
    void abandon();
    bool usable() const { return m_usable; }

    // No more rows that feed() will come: the documents are built from here on, on a worker thread
    // (the vocabulary and the catalogue's own organisations are read here, on the writer's).
    void startBuilding();
    bool building() const { return m_worker.joinable(); }
    // True when startBuilding() reads documents of the catalogue's own organisations (the shipped
    // sample): best called once the writer's indexes are back, or write() calls it.
    bool readsCatalogue() const { return !m_existing.isEmpty(); }

    // Inside the writer's transaction, after its rows (and its indexes): fills the whole index as
    // SearchIndex::rebuild does and returns true; or returns false, having written nothing, when
    // the feed gave up. `progress` (may be empty) gets the number of records indexed so far.
    bool write(const std::function<void(qint64)>& progress);

private:
    struct Arena
    {
        QByteArray bytes; // per row and kept column: a 32-bit size (-1: NULL), then the bytes
        qint64 rows = 0;
    };
    static void keep(Arena& arena, const RecordTable::TextField* fields, const std::vector<int>& columns);
    void build();
    void push(std::vector<PreparedDoc>&& docs);
    // The next batch in id order; empty when every document has come. Rethrows a worker failure.
    std::vector<PreparedDoc> take();
    void stopWorker();

    Database& m_db;
    bool m_usable = true;
    bool m_started = false;
    std::vector<int> m_organisationColumns, m_officeColumns, m_membershipColumns, m_partnershipColumns;
    Arena m_organisations, m_offices, m_memberships, m_partnerships;
    QSet<QString> m_existing; // live organisations the catalogue held before the write

    std::unique_ptr<SearchDocumentBuilder> m_builder; // the worker's while it runs
    SearchDocPreparer m_preparer;                     // likewise
    std::vector<IndexDoc> m_existingDocs;             // the catalogue's own organisations, by id
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PreparedDoc>> m_ready;
    bool m_workerDone = false;
    std::exception_ptr m_workerError;
    std::atomic<bool> m_stop{false};
};

} // namespace dalil
