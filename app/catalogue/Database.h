#pragma once

#include "catalogue/Hlc.h"
#include "catalogue/SqlStatement.h"

#include <QString>

#include <atomic>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

struct sqlite3;

namespace dalil {

class BackgroundCheckpointer;

// One open catalogue file: WAL, foreign keys, schema migrations, the hybrid logical clock and the
// statement cache. Everything that writes goes through transaction().
class Database
{
public:
    enum class Mode
    {
        OpenExisting,   // the file must exist and be a catalogue
        CreateIfMissing // a missing file (in an existing folder) becomes a new, empty catalogue
    };

    // Who may use the connection. SQLite's serialized mode takes the connection's mutex on every
    // call, down to each column read: a tenth of a bulk read such as an export. A job that opens its
    // own catalogue and uses it from one thread only (an export, a sync: made, used and closed by the
    // same worker; their helper threads have connections of their own or none) does without it.
    enum class Threading
    {
        Shared,   // SQLITE_OPEN_FULLMUTEX: safe from several threads at once (the window's catalogue)
        OneThread // SQLITE_OPEN_NOMUTEX: never used by two threads at once, nor handed to another
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        QString error; // one line naming the file and the problem; empty on success
    };

    static OpenResult open(const QString& path, Mode mode = Mode::OpenExisting,
                           Threading threading = Threading::Shared);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    // The page cache of every connection opened from now on, in KiB. The desktop application keeps
    // it small (it holds several connections at once, and the file is in the system's cache anyway);
    // the command line keeps the larger default for its bulk writes.
    static void setDefaultCacheKib(int kib);
    // This connection's page cache, in KiB.
    void setCacheKib(int kib);
    // Once *flag turns true, the statement running on this connection (and any later one) stops with
    // SQLITE_INTERRUPT within a few thousand SQLite steps, so a background reader can be abandoned
    // at once when the application quits. nullptr stops watching. The flag must outlive the watching.
    void setCancelFlag(const std::atomic<bool>* flag);
    // How long a write waits for another connection's write lock before it fails with "another
    // program is writing" (DbError::isBusy()). The window shortens it around a save and tries again
    // from its event loop instead, so that it never freezes for the whole wait.
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }
    static constexpr int kDefaultBusyTimeoutMs = 3000;
    // The message of a write refused because another connection holds the write lock.
    static QString busyMessage();
    int schemaVersion();
    // A number that moves whenever another connection (another thread's or another program's) has
    // committed since this one last looked; this connection's own commits leave it (SQLite's
    // PRAGMA data_version). Cheap: a read transaction's start, the WAL's shared index and at most
    // the first page, from the cache unless another connection wrote.
    qint64 dataVersion();
    // Path of the copy written before the last migration ran, if any ran at open.
    const QString& lastBackupPath() const { return m_backupPath; }

    // A prepared statement kept for the life of the connection, keyed by its text.
    SqlStatement& statement(const char* sql);
    // Runs SQL that takes no parameters (may hold several statements).
    void execute(const char* sql);

    // Runs `work` in one IMMEDIATE transaction; rolls back and rethrows if it throws. Nested calls
    // join the outer transaction.
    void transaction(const std::function<void()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    QString meta(const QString& key) const;
    void setMeta(const QString& key, const QString& value);

    // A fresh revision for a local write, and the matching timestamp text.
    QString nextRevision();
    // Moves the clock past a revision received from another replica (sync), so that a later local
    // edit is newer than everything this catalogue has seen; persisted with the transaction.
    void observeRevision(const QString& revision);
    static QString nowText();
    Hlc& clock() { return *m_clock; }

    // Called before every commit so that observers (the search index) can follow writes.
    void addCommitHook(std::function<void()> hook) { m_commitHooks.push_back(std::move(hook)); }

    // For the window's connection, whose commits run on the GUI thread: no commit of it ever copies
    // the write-ahead log into the file (SQLite's automatic checkpoint, as long as writing the WAL
    // again, whoever filled it); a commit that finds the WAL past the automatic checkpoint's
    // threshold asks a thread of its own to copy it (BackgroundCheckpointer), and that thread also
    // closes this connection, so that a last connection's copy at close is not made by the caller
    // either (the caller waits for it). Workers and the command line keep checkpointing themselves.
    // Does nothing when the automatic checkpoint is off on this connection, or already done.
    void checkpointInBackground();
    // The background checkpointer, or null (tests).
    const BackgroundCheckpointer* backgroundCheckpointer() const { return m_checkpointer.get(); }

private:
    explicit Database(QString path, sqlite3* db);
    QString migrate();
    QString writeBackup(int fromVersion);
    void initialiseNode();

    QString m_path;
    sqlite3* m_db = nullptr;
    std::unique_ptr<Hlc> m_clock;
    std::unique_ptr<BackgroundCheckpointer> m_checkpointer;
    std::map<std::string, std::unique_ptr<SqlStatement>> m_statements;
    std::vector<std::function<void()>> m_commitHooks;
    QString m_backupPath;
    int m_transactionDepth = 0;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    bool m_clockAdvanced = false;
};

} // namespace dalil
