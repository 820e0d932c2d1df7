#pragma once

#include "sync/SyncEngine.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

namespace dalil {

class Catalogue;

// Periodic sync for the GUI: runs SyncEngine on a worker thread with its own connection to the
// catalogue file (SQLite WAL lets the window keep reading and writing meanwhile), so the window
// stays responsive. A failed sync is retried with back-off (1, 2, 4 … up to 60 minutes); a
// failure never leaves the catalogue half-applied (SyncEngine's transactions see to that).
class BackgroundSync : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString error; // empty on success
        SyncEngine::Report report;
    };

    explicit BackgroundSync(QString cataloguePath, QObject* parent = nullptr);
    ~BackgroundSync() override;

    // The hub address without password, the password (from the keyring or asked this session),
    // and the interval between automatic syncs (0: only "Sync now").
    void configure(const QString& url, const QString& password, int intervalMinutes);
    // Rows per pull page (0: SyncEngine's own); smaller pages report progress more often.
    void setPageSize(int rows) { m_pageSize = rows; }
    bool isConfigured() const { return !m_url.isEmpty(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    int failures() const { return m_failures; }
    // Milliseconds until the next automatic attempt (for the status line); -1 when none is due.
    int nextAttemptIn() const;
    // The report of the last sync that finished (valid from its finished() on).
    const SyncEngine::Report& lastReport() const { return m_lastReport; }

    // For the window, which asks SQLite whether another connection has committed (PRAGMA
    // data_version) and cannot tell the sync's commits from anyone else's. The sync's connection is
    // opened on the thread that calls syncNow(), before started(), and reads its own data_version
    // there; it is closed after the slots of finished() have returned.
    // True once the running sync's connection has begun a commit (set before the commit is
    // visible to any other connection); any thread.
    bool hasCommitted() const { return m_committed && m_committed->load(); }
    // Only inside a slot of finished(): true when no connection but the sync's own committed between
    // the moment its connection was opened (before started()) and this call, as that connection sees
    // it (its data_version did not move: its own commits never move it).
    bool aloneSinceStarted();

public slots:
    void syncNow();
    // Stops the running sync: a first pull is rolled back whole (the catalogue as it was), a later
    // pull keeps the pages it committed. finished() follows with a message.
    void cancel();

signals:
    void started();
    // Rows received of about `total` (a first pull), or how far through the hub's history.
    void progress(qint64 done, qint64 total);
    // A first pull has every row and builds its indexes and the search index: `done` organisations
    // indexed for search of `total` (reported every 10,000).
    void indexing(qint64 done, qint64 total);
    // A first pull has committed: its rows are searchable now, before finished() (which waits for
    // its WAL to be copied into the catalogue file).
    void firstPullCommitted();
    void finished(const QString& error, qint64 pushed, qint64 pulled, qint64 conflicts);

private:
    void onFinished();
    void schedule();

    QString m_path;
    QString m_url;
    QString m_password;
    int m_intervalMinutes = 0;
    int m_pageSize = 0;
    int m_failures = 0;
    QTimer m_timer;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the running sync
    // The running sync's connection to the catalogue: opened by syncNow(), used by the worker alone
    // while it runs, read again by aloneSinceStarted() once it has finished.
    std::shared_ptr<Catalogue> m_catalogue;
    qint64 m_versionAtStart = -1; // its data_version when opened
    std::shared_ptr<std::atomic<bool>> m_committed;
    SyncEngine::Report m_lastReport;
};

} // namespace dalil
