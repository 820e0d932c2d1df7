#include "catalogue/BackgroundCheckpointer.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>

namespace dalil {

namespace {

// While frames are left that a reader's snapshot still needed (or another connection was copying),
// the copy is tried again after these waits, doubling.
constexpr std::chrono::milliseconds kFirstRetry{100};
constexpr std::chrono::milliseconds kLongestRetry{5000};

} // namespace

BackgroundCheckpointer::BackgroundCheckpointer(QString cataloguePath, int thresholdPages)
    : m_path(std::move(cataloguePath))
    , m_threshold(std::max(1, thresholdPages))
{
}

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    close(nullptr);
}

void BackgroundCheckpointer::watch(sqlite3* connection)
{
    // Replaces SQLite's own hook, the automatic checkpoint (sqlite3_wal_autocheckpoint is a
    // wrapper around sqlite3_wal_hook); PRAGMA wal_autocheckpoint now reads 0 on this connection.
    sqlite3_wal_hook(connection, &BackgroundCheckpointer::onCommit, this);
}

int BackgroundCheckpointer::onCommit(void* self, sqlite3*, const char*, int pages)
{
    // After the commit, its write lock released: `pages` is every frame in the WAL, this commit's
    // and those other connections or processes left.
    auto* checkpointer = static_cast<BackgroundCheckpointer*>(self);
    if (pages >= checkpointer->m_threshold) {
        checkpointer->request();
    }
    return SQLITE_OK;
}

void BackgroundCheckpointer::request()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_stopping) {
        return;
    }
    m_requested = true;
    startLocked();
    m_changed.notify_all();
}

void BackgroundCheckpointer::startLocked()
{
    // The thread starts with the first request: most sessions never need it.
    if (!m_thread.joinable()) {
        m_thread = std::thread([this] { run(); });
    }
}

void BackgroundCheckpointer::close(sqlite3* connection)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping) {
            return;
        }
        m_stopping = true;
        m_closing = connection;
        if (connection) {
            startLocked();
        }
        m_changed.notify_all();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void BackgroundCheckpointer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    std::chrono::milliseconds retry{0}; // 0: nothing left to try again
    for (;;) {
        const auto asked = [this] { return m_requested || m_stopping; };
        bool due = false;
        if (retry.count() == 0) {
            m_changed.wait(lock, asked);
        } else {
            due = !m_changed.wait_for(lock, retry, asked);
        }
        due = due || m_requested;
        m_requested = false;
        if (due) {
            lock.unlock();
            const bool whole = checkpoint();
            lock.lock();
            retry = whole ? std::chrono::milliseconds(0) : std::clamp(retry * 2, kFirstRetry, kLongestRetry);
        }
        if (m_stopping && !m_requested) {
            break;
        }
    }
    sqlite3* closing = m_closing;
    m_closing = nullptr;
    lock.unlock();
    // The checkpointer's connection first: the watched one may then be the file's last connection,
    // whose close copies the rest of the WAL and deletes it, here rather than on its own thread.
    sqlite3_close_v2(m_own);
    m_own = nullptr;
    if (closing) {
        sqlite3_close_v2(closing);
    }
}

bool BackgroundCheckpointer::checkpoint()
{
    if (!m_own) {
        // Used by this thread alone.
        if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_own,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(m_own);
            m_own = nullptr;
            return true; // no file to copy into: nothing to try again
        }
        // Only waits to read while another connection recovers the WAL (a checkpoint never calls
        // it).
        sqlite3_busy_timeout(m_own, 3000);
        sqlite3_exec(m_own, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
        // A connection that has read nothing does not know the file is in WAL mode, and its
        // checkpoint copies nothing: a read of the header opens the WAL.
        sqlite3_exec(m_own, "PRAGMA user_version", nullptr, nullptr, nullptr);
    }
    int frames = 0;
    int copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_own, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
    ++m_checkpoints;
    // Busy: another connection (an import's worker, another process) is copying now; what it
    // leaves is tried again. Another failure (disk full, I/O): tried again too, more and more
    // rarely; the WAL keeps every commit meanwhile.
    return rc == SQLITE_OK && copied >= frames;
}

} // namespace dalil
