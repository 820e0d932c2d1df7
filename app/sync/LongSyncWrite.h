#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <mutex>

namespace dalil {

// Which catalogue files a sync of this process is writing in one long transaction. A first pull
// holds the catalogue's write lock from its first row to its commit, far longer than a save from the
// window can wait for it (SQLite's busy timeout): the window asks here before saving and, while the
// pull runs, keeps the edit and saves it on released() instead of failing.
class LongSyncWrite : public QObject
{
    Q_OBJECT

public:
    static LongSyncWrite& instance();

    bool isHeld(const QString& cataloguePath) const;

    // Marks the catalogue as held for its lifetime (SyncEngine, around its long transaction; any
    // thread).
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

signals:
    // Emitted on the sync's thread once its transaction has ended, committed or rolled back.
    void released(const QString& cataloguePath);

private:
    LongSyncWrite() = default;
    static QString key(const QString& cataloguePath);

    mutable std::mutex m_mutex;
    QHash<QString, int> m_held; // by canonical path: how many scopes hold it
};

} // namespace dalil
