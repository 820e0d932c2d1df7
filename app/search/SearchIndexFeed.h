#pragma once

#include "catalogue/RecordTable.h"
#include "search/SearchIndexFromRecords.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace dalil {

class Database;
struct TableSpec;

// The search index of a large write into a new catalogue (a first pull from a hub), made from the
// rows as the writer hands them over instead of read back from the catalogue afterwards: the
// writer keeps a copy of the text of the rows that make organisation documents (organisations,
// offices, memberships, partnerships; raw UTF-8, a few hundred bytes an organisation) and calls
// startBuilding() once no more of them can come; a worker thread then makes every document
// (SearchIndexFromRecords: compact, put in id order, exact keys sorted, terms counted) while the
// writer goes on with the rest of the rows and the secondary indexes, so that write() only stores
// them. The result is the index SearchIndex::rebuild() gives (tst_sync_firstpull compares the two).
//
// Whenever the rows cannot be trusted to be all of it (a row written another way, a row after
// startBuilding(), more than kMaxOrganisations, catalogue rows of its own that point at incoming
// organisations) the feed gives up and write() returns false: the caller then rebuilds the index
// as usual.
class SearchIndexFeed
{
public:
    // Past this, holding every organisation's text and document costs more memory than the time saved.
    static constexpr qint64 kMaxOrganisations = SearchIndexFromRecords::kMaxOrganisations;

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

    // No more rows that feed() will come: the documents are made from here on, on a worker thread
    // (the vocabulary and the catalogue's own organisations are read here, on the writer's).
    void startBuilding();
    bool building() const { return m_worker.joinable(); }
    // True when startBuilding() reads documents of the catalogue's own organisations (the shipped
    // sample): best called once the writer's indexes are back, or write() calls it.
    bool readsCatalogue() const { return !m_existing.isEmpty(); }

    // Inside the writer's transaction, after its rows (and its indexes): waits for the documents,
    // fills the whole index as SearchIndex::rebuild does and returns true; or returns false, having
    // written nothing, when the feed gave up. `progress` (may be empty) gets the number of records
    // indexed so far.
    bool write(const std::function<void(qint64)>& progress);

private:
    struct Arena
    {
        QByteArray bytes; // per row and kept column: a 32-bit size (-1: NULL), then the bytes
        qint64 rows = 0;
    };
    static void keep(Arena& arena, const RecordTable::TextField* fields, const std::vector<int>& columns);
    // On the worker: every organisation of the arenas (and the catalogue's own) into m_documents.
    void build();
    void stopWorker();

    Database& m_db;
    bool m_usable = true;
    bool m_started = false;
    std::vector<int> m_organisationColumns, m_officeColumns, m_membershipColumns, m_partnershipColumns;
    Arena m_organisations, m_offices, m_memberships, m_partnerships;
    QSet<QString> m_existing; // live organisations the catalogue held before the write

    std::unique_ptr<SearchIndexFromRecords> m_documents; // the worker's while it runs
    std::vector<IndexDoc> m_existingDocs;                // the catalogue's own organisations
    std::thread m_worker;
    std::atomic<bool> m_stop{false};
    double m_workerCpuMs = 0; // for DALIL_SEARCH_PROFILE
};

} // namespace dalil
