#include "sync/BackgroundSync.h"

#include "catalogue/Catalogue.h"
#include "catalogue/WorkerPools.h"
#include "sync/HubClient.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent>

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
    emit started();
    const QString path = m_path;
    const QString url = m_url;
    const QString password = m_password;
    const int pageSize = m_pageSize;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    QPointer<BackgroundSync> self(this);
    m_watcher.setFuture(
        QtConcurrent::run(WorkerPools::longJobs(), [path, url, password, pageSize, cancel, self]() {
            Result result;
            HubAddress address;
            if (QString error = HubAddress::parse(url, &address); !error.isEmpty()) {
                result.error = error;
                return result;
            }
            if (!password.isEmpty()) {
                address.password = password;
            }
            // Opened, used and closed on this worker thread alone (the page reader has a connection
            // to the hub of its own and none to the catalogue).
            Catalogue::OpenResult opened =
                Catalogue::open(path, Database::Mode::OpenExisting, Database::Threading::OneThread);
            if (!opened.catalogue) {
                result.error = opened.error;
                return result;
            }
            HubClient hub(address);
            SyncEngine engine(*opened.catalogue, hub);
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
    emit finished(result.error, result.report.pushed, result.report.pulled, result.report.conflicts);
}

} // namespace dalil
