#pragma once

#include <QHash>
#include <QString>

#include <atomic>
#include <mutex>

namespace dalil {

// Which catalogue files have a write-ahead log that a long write of this process (a big import, a
// first pull) has filled without copying it into the file, and copies on its own worker connection
// right after it has said "done" (ImportJob::checkpoint, SyncEngine's first pull). Meanwhile the
// other connections' commits (the window's saves) leave that copy to it: SQLite's automatic
// checkpoint would otherwise make it on the committing thread, the window's, as long as writing the
// whole import again (Database::transaction).
class PendingCheckpoint
{
public:
    // The key of a catalogue file, the same by whichever path it was opened.
    static QString key(const QString& cataloguePath);
    static bool isPending(const QString& key);

    // Marks the catalogue for its lifetime (any thread): from before the long write commits until
    // its checkpoint has ended.
    class Scope
    {
    public:
        explicit Scope(const QString& cataloguePath);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        QString m_key;
    };

private:
    static std::mutex s_mutex;
    static QHash<QString, int> s_pending; // by key: how many scopes hold it
    static std::atomic<int> s_scopes;     // all of them: the commits' check costs nothing without
};

} // namespace dalil
