#pragma once

#include "sync/HubClient.h"
#include "sync/PagePrefetcher.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace dalil {

class Catalogue;
class Changes;
class SearchIndexFeed;
struct TableSpec;

// Two-way sync of a local catalogue with a hub (DESIGN.md "Sync"):
// push — every dirty row, in one hub transaction (HubPush);
// pull — rows with seq above this hub's cursor, in pages; each page is applied (Changes) together
//   with the cursor in one local transaction, so an interrupted pull resumes where it stopped.
//   The first pull into an empty catalogue is one transaction instead, with the indexes and the
//   search index built once at the end (setBulkFirstPull).
// Runs on the thread that made the HubClient; the GUI runs it on a worker thread with its own
// Catalogue connection.
class SyncEngine
{
public:
    enum class Stage
    {
        Push,
        Pull
    };
    // Called between batches and pages: the tests stop the hub here to prove nothing half-applies.
    using FaultHook = std::function<void(Stage stage, int step)>;
    enum class Phase
    {
        Receiving, // rows coming in: done of about total
        Indexing,  // a first pull building its indexes and the search index: organisations indexed
                   // of how many (the search index reports every 10,000)
        Done       // a first pull committed: searchable and writable (its WAL is copied into the
                   // file after this, on the sync's thread)
    };
    // Progress of a long pull. A first pull counts the rows received out of the rows the hub said
    // it would send; a later pull, how far through the hub's history of writes it is.
    using Progress = std::function<void(Phase phase, qint64 done, qint64 total)>;

    // Where the time of a first pull went, in milliseconds (bench_sync prints it).
    struct PullTimings
    {
        qint64 readMs = 0;     // the reader thread on the hub (finding pages, COPY): overlaps writing
        qint64 readCpuMs = 0;  // CPU of that thread
        qint64 waitMs = 0;     // the writer waiting for rows the reader had not received yet
        qint64 applyMs = 0;    // receiving and writing the rows, waits included
        qint64 applyCpuMs = 0; // CPU of the writer meanwhile
        qint64 indexMs = 0;    // secondary indexes, R*Tree, triggers put back
        qint64 indexCpuMs = 0;
        qint64 searchMs = 0; // the search index built over the new rows
        // The organisations' search documents made from the rows in memory on a second thread
        // while the rows and indexes were written (SearchIndexFeed), not read back afterwards.
        bool searchFromRows = false;
        qint64 searchCpuMs = 0;
        qint64 commitMs = 0;
        qint64 commitCpuMs = 0;
        // After Phase::Done, the catalogue already usable: the WAL copied into the file.
        qint64 checkpointMs = 0;
        qint64 checkpointCpuMs = 0;
    };

    struct Report
    {
        qint64 pushed = 0;
        qint64 alreadyThere = 0;
        qint64 refused = 0;
        qint64 stale = 0;
        qint64 pulled = 0;
        qint64 conflicts = 0;
        qint64 notSent = 0; // local changes a read-only account cannot send
        QString role;
        QString workspace;
        PullTimings timings; // of a first pull in one transaction

        // True when the sync wrote records as the hub has them (pulled rows, an edit the hub refused
        // put back, a losing version kept as a conflict); false when it only marked pushed rows as
        // sent and kept its own bookkeeping (cursor, account, last result), which no screen shows.
        bool changedRecords() const { return pulled > 0 || conflicts > 0 || refused > 0; }
    };

    SyncEngine(Catalogue& catalogue, HubClient& hub);

    void setPageSize(int rows) { m_pageSize = rows; }
    void setPushBatch(int rows) { m_pushBatch = rows; }
    void setFaultHook(FaultHook hook) { m_faultHook = std::move(hook); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // On (the default): a large first pull into an empty catalogue writes every page in one local
    // transaction and builds the indexes once at the end — several times faster, but the catalogue
    // is locked for writing until it is done and an interruption starts it again from the start.
    // Off: page by page, each atomic and resumable, other writers served between pages.
    void setBulkFirstPull(bool on) { m_bulkFirstPull = on; }
    // Another thread sets the flag to stop a sync: a first pull is rolled back whole; a later pull
    // keeps the pages it committed.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Connects if needed, checks the hub, pushes then pulls. Returns an error message (empty on
    // success); the reason is also kept as this hub's last error.
    QString sync(Report* report);
    QString push(Report* report);
    QString pull(Report* report);

    // Local changes not yet pushed (private contacts included: they wait at home).
    static qint64 pendingChanges(Catalogue& catalogue);

    // The hub's key in the local sync state (its address without password).
    QString hubKey() const;

private:
    QString check(Report* report);
    // The last change number of every table before a page was written.
    using ChangeMarks = QHash<const TableSpec*, qint64>;
    ChangeMarks changeMarks() const;
    QString fetchMissingParents(const ChangeMarks& before, Changes& changes);
    // Streams the rows of every table with after < seq <= upTo into `changes`; throws HubFailure.
    void copyPage(qint64 after, qint64 upTo, Changes& changes);
    QString firstPull(Report* report);
    // Writes the rows of one chunk from the reader thread into `changes` (and hands them to `feed`,
    // if any).
    void writeRows(const PagePrefetcher::Chunk& chunk, Changes& changes, SearchIndexFeed* feed = nullptr);
    // Throws (inside a local transaction, to roll it back) when the cancel flag is set.
    void throwIfCancelled() const;

    Catalogue& m_catalogue;
    HubClient& m_hub;
    int m_pageSize = 20000;
    int m_pushBatch = 2000;
    FaultHook m_faultHook;
    Progress m_progress;
    QString m_hubCatalogueId;
    bool m_checked = false;
    bool m_bulkFirstPull = true;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace dalil
