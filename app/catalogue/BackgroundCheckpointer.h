#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace dalil {

// Copies a catalogue's write-ahead log into its file (an SQLite checkpoint, passive) on a thread
// and connection of its own, for a connection whose commits must never make that copy themselves:
// the window's, which commits on the GUI thread (Database::checkpointInBackground).
//
// SQLite's automatic checkpoint is a WAL hook (sqlite3_wal_hook) that makes the copy on the thread
// of the commit that finds the WAL past 1000 pages, whoever wrote them: another process (a
// `dalil-cli import` stopped before its own checkpoint), a long write of this process that has not
// made its copy yet, a program with other settings. Copying a big WAL takes as long as writing it
// again: seconds of a frozen window. This class's hook takes its place on the watched connection
// and only asks the checkpointer's thread to copy; requests made while a copy runs are served by
// one more copy. A passive checkpoint never waits: not for readers (it copies the frames no
// reader's snapshot still needs; what is left is tried again a little later, until copied), not
// for writers, not for another connection's checkpoint (busy: tried again later), and never calls a
// busy handler.
//
// The watched connection is closed by the checkpointer's thread too (close()): the last connection
// to a catalogue file copies what is left of the WAL as it closes and deletes it, and that copy
// must not run on the GUI thread either. The caller waits for it (at quit, after the window has
// gone).
class BackgroundCheckpointer
{
public:
    // `thresholdPages`: the WAL size, in pages, from which a commit asks for a copy (SQLite's
    // automatic checkpoint's, 1000 by default).
    BackgroundCheckpointer(QString cataloguePath, int thresholdPages);
    ~BackgroundCheckpointer(); // stops the thread, as close() without a connection
    BackgroundCheckpointer(const BackgroundCheckpointer&) = delete;
    BackgroundCheckpointer& operator=(const BackgroundCheckpointer&) = delete;

    // Takes the place of SQLite's automatic checkpoint on `connection`: the commits that leave the
    // WAL at or past the threshold ask for a copy here instead of making it.
    void watch(sqlite3* connection);
    // Asks for a copy; any thread, never waits for one.
    void request();
    // Closes `connection` (which no other thread may use any more; may be null) on the
    // checkpointer's thread after a copy asked for and not yet made, and waits for the thread to end.
    void close(sqlite3* connection);

    // How many checkpoints have ended (tests).
    int checkpoints() const { return m_checkpoints.load(); }

private:
    static int onCommit(void* self, sqlite3* connection, const char* database, int pages);
    void startLocked();
    void run();
    // One passive checkpoint; true when the WAL is copied whole (or nothing can ever be copied).
    bool checkpoint();

    const QString m_path;
    const int m_threshold;
    sqlite3* m_own = nullptr; // the checkpointer's connection, opened on its thread at its first copy

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
    bool m_requested = false;
    bool m_stopping = false;
    sqlite3* m_closing = nullptr;
    std::atomic<int> m_checkpoints{0};
};

} // namespace dalil
