#pragma once

#include <QMap>
#include <QString>

namespace dalil {

class Database;

// Where this catalogue stands with each hub (pull cursor, account, last result) and each bundle
// peer (per-table change numbers already written for it). Local only.
class SyncStateRepository
{
public:
    struct HubState
    {
        QString hub; // the hub's address without password
        qint64 cursor = 0;
        QString lastSync;
        QString lastError;
        QString userName;
        QString workspace;
        QString role;
    };

    explicit SyncStateRepository(Database& db);

    HubState hub(const QString& hub) const;
    QList<HubState> hubs() const;
    void setCursor(const QString& hub, qint64 cursor);
    void setAccount(const QString& hub, const QString& user, const QString& workspace, const QString& role);
    void recordResult(const QString& hub, const QString& error); // empty error: a successful sync

    QMap<QString, qint64> peerCursors(const QString& peer) const;
    void setPeerCursors(const QString& peer, const QMap<QString, qint64>& cursors);

    // The shared catalogue this one belongs to: adopted from the first hub or bundle it syncs with.
    QString catalogueId() const;
    bool joined() const;
    void join(const QString& catalogueId);

    // Marks every version that exists now as seen by another replica (see RecordTable::baseRevisionSql).
    void markShared();

private:
    void ensureHub(const QString& hub);
    Database& m_db;
};

} // namespace dalil
