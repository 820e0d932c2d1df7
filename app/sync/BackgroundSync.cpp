#include "sync/BackgroundSync.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/WorkerPools.h"
#include "sync/HubClient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent>

#include <sqlite3.h>

#include <algorithm>

namespace dalil {

BackgroundSync::BackgroundSync(QString cataloguePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(cataloguePath))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundSync::syncNow);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &BackgroundSync::onFinished);
}

BackgroundSync::~BackgroundSync()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

void BackgroundSync::configure(const QString& url, const QString& password, int intervalMinutes)
{
    m_url = url;
    m_password = password;
    m_intervalMinutes = std::max(0, intervalMinutes);
    m_failures = 0;
    schedule();
}

int BackgroundSync::nextAttemptIn() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void BackgroundSync::schedule()
{
    m_timer.stop();
    if (m_url.isEmpty()) {
        return;
    }
    int minutes = m_intervalMinutes;
    if (m_failures > 0) {
        minutes = std::min(60, 1 << std::min(m_failures - 1, 6));
    }
    if (minutes > 0) {
        m_timer.start(minutes * 60 * 1000);
    }
}

void BackgroundSync::syncNow()
{
    if (m_url.isEmpty() || isRunning()) {
        return;
    }
    m_timer.stop();
    // The sync's connection is opened here, before started(), and its data_version read: whatever
    // another connection commits from now until aloneSinceStarted() moves it, and the window's
    // look at started() comes after this one (see aloneSinceStarted()).
    QString openError;
    m_committed = std::make_shared<std::atomic<bool>>(false);
    m_versionAtStart = -1;
    {
        // Used by one thread at a time: the worker while it runs, this one before and after.
        Catalogue::OpenResult opened =
            Catalogue::open(m_path, Database::Mode::OpenExisting, Database::Threading::OneThread);
        m_catalogue = std::move(opened.catalogue);
        openError = opened.error;
    }
    if (m_catalogue) {
        m_versionAtStart = m_catalogue->database().dataVersion();
        // Called inside every commit of this connection before it is visible to another one
        // (SQLite's commit hook; only transactions that wrote).
        sqlite3_commit_hook(
            m_catalogue->database().handle(),
            [](void* flag) {
                static_cast<std::atomic<bool>*>(flag)->store(true);
                return 0;
            },
            m_committed.get());
    }
    emit started();
    const std::shared_ptr<Catalogue> catalogue = m_catalogue;
    const std::shared_ptr<std::atomic<bool>> committed = m_committed; // outlives the hook's connection
    const QString url = m_url;
    const QString password = m_password;
    const int pageSize = m_pageSize;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    QPointer<BackgroundSync> self(this);
    m_watcher.setFuture(QtConcurrent::run(
        WorkerPools::longJobs(), [catalogue, committed, openError, url, password, pageSize, cancel, self]() {
            Result result;
            if (!catalogue) {
                result.error = openError;
                return result;
            }
            HubAddress address;
            if (QString error = HubAddress::parse(url, &address); !error.isEmpty()) {
                result.error = error;
                return result;
            }
            if (!password.isEmpty()) {
                address.password = password;
            }
            // The page reader has a connection to the hub of its own and none to the catalogue.
            HubClient hub(address);
            SyncEngine engine(*catalogue, hub);
            if (pageSize > 0) {
                engine.setPageSize(pageSize);
            }
            // A first pull into a new catalogue goes in one transaction, several times faster than page
            // by page; it holds the catalogue's write lock until it is done, but there is nothing of
            // the user's to edit yet. Any later pull commits page by page, the window writing between.
            engine.setCancelFlag(cancel.get());
            engine.setProgress([self](SyncEngine::Phase phase, qint64 done, qint64 total) {
                if (!self) {
                    return;
                }
                if (phase == SyncEngine::Phase::Receiving) {
                    QMetaObject::invokeMethod(self, "progress", Qt::QueuedConnection, Q_ARG(qint64, done),
                                              Q_ARG(qint64, total));
                } else if (phase == SyncEngine::Phase::Indexing) {
                    QMetaObject::invokeMethod(self, "indexing", Qt::QueuedConnection, Q_ARG(qint64, done),
                                              Q_ARG(qint64, total));
                } else if (phase == SyncEngine::Phase::Done) {
                    QMetaObject::invokeMethod(self, "firstPullCommitted", Qt::QueuedConnection);
                }
            });
            result.error = engine.sync(&result.report);
            return result;
        }));
}

bool BackgroundSync::aloneSinceStarted()
{
    if (!m_catalogue || isRunning() || m_versionAtStart < 0) {
        return false;
    }
    try {
        return m_catalogue->database().dataVersion() == m_versionAtStart;
    } catch (const DbError&) {
        return false;
    }
}

void BackgroundSync::cancel()
{
    if (m_cancel && isRunning()) {
        m_cancel->store(true);
    }
}

void BackgroundSync::onFinished()
{
    const Result result = m_watcher.result();
    const bool cancelled = m_cancel && m_cancel->load();
    m_cancel.reset();
    // Stopped by the user: not a failure to retry sooner, the usual interval applies.
    m_failures = result.error.isEmpty() || cancelled ? 0 : m_failures + 1;
    schedule();
    m_lastReport = result.report;
    emit finished(result.error, result.report.pushed, result.report.pulled, result.report.conflicts);
    // Closed here, not on the worker: aloneSinceStarted() reads it in the slots above. The window's
    // connection is open, so this one is not the last and closing it copies nothing.
    if (m_catalogue) {
        sqlite3_commit_hook(m_catalogue->database().handle(), nullptr, nullptr);
    }
    m_catalogue.reset();
}

} // namespace dalil
