#include "catalogue/SyncStateRepository.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dalil {

SyncStateRepository::SyncStateRepository(Database& db)
    : m_db(db)
{
}

namespace {

SyncStateRepository::HubState readHub(const SqlStatement& q)
{
    SyncStateRepository::HubState s;
    s.hub = q.text(0);
    s.cursor = q.int64(1);
    s.lastSync = q.text(2);
    s.lastError = q.text(3);
    s.userName = q.text(4);
    s.workspace = q.text(5);
    s.role = q.text(6);
    return s;
}

constexpr const char* kHubColumns = "hub, cursor, last_sync, last_error, user_name, workspace, role";

} // namespace

SyncStateRepository::HubState SyncStateRepository::hub(const QString& hub) const
{
    const QByteArray sql = QByteArray("SELECT ") + kHubColumns + " FROM sync_hub WHERE hub = ?";
    SqlStatement query(m_db.handle(), sql.constData());
    query.bind(1, hub);
    if (query.step()) {
        return readHub(query);
    }
    HubState empty;
    empty.hub = hub;
    return empty;
}

QList<SyncStateRepository::HubState> SyncStateRepository::hubs() const
{
    const QByteArray sql = QByteArray("SELECT ") + kHubColumns + " FROM sync_hub ORDER BY hub";
    SqlStatement query(m_db.handle(), sql.constData());
    QList<HubState> out;
    while (query.step()) {
        out.append(readHub(query));
    }
    return out;
}

void SyncStateRepository::ensureHub(const QString& hub)
{
    m_db.statement("INSERT OR IGNORE INTO sync_hub (hub) VALUES (?)").bind(1, hub).exec();
}

void SyncStateRepository::setCursor(const QString& hub, qint64 cursor)
{
    ensureHub(hub);
    m_db.statement("UPDATE sync_hub SET cursor = ? WHERE hub = ?").bindAll(cursor, hub).exec();
}

void SyncStateRepository::setAccount(const QString& hub, const QString& user, const QString& workspace,
                                     const QString& role)
{
    ensureHub(hub);
    m_db.statement("UPDATE sync_hub SET user_name = ?, workspace = ?, role = ? WHERE hub = ?")
        .bindAll(user, workspace, role, hub)
        .exec();
}

void SyncStateRepository::recordResult(const QString& hub, const QString& error)
{
    ensureHub(hub);
    if (error.isEmpty()) {
        m_db.statement("UPDATE sync_hub SET last_sync = ?, last_error = NULL WHERE hub = ?")
            .bindAll(Database::nowText(), hub)
            .exec();
    } else {
        m_db.statement("UPDATE sync_hub SET last_error = ? WHERE hub = ?").bindAll(error, hub).exec();
    }
}

QMap<QString, qint64> SyncStateRepository::peerCursors(const QString& peer) const
{
    SqlStatement query(m_db.handle(), "SELECT cursors FROM sync_peer WHERE peer = ?");
    query.bind(1, peer);
    QMap<QString, qint64> out;
    if (query.step()) {
        const QJsonObject object = QJsonDocument::fromJson(query.utf8(0)).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.insert(it.key(), qint64(it.value().toDouble()));
        }
    }
    return out;
}

void SyncStateRepository::setPeerCursors(const QString& peer, const QMap<QString, qint64>& cursors)
{
    QJsonObject object;
    for (auto it = cursors.begin(); it != cursors.end(); ++it) {
        object.insert(it.key(), double(it.value()));
    }
    m_db.statement("INSERT INTO sync_peer (peer, cursors, last_bundle) VALUES (?, ?, ?) ON CONFLICT (peer) "
                   "DO UPDATE SET cursors = excluded.cursors, last_bundle = excluded.last_bundle")
        .bindAll(peer, QJsonDocument(object).toJson(QJsonDocument::Compact), Database::nowText())
        .exec();
}

QString SyncStateRepository::catalogueId() const
{
    return m_db.meta(QStringLiteral("catalogue_id"));
}

bool SyncStateRepository::joined() const
{
    return m_db.meta(QStringLiteral("sync_joined")) == QLatin1String("1");
}

void SyncStateRepository::join(const QString& catalogueId)
{
    m_db.setMeta(QStringLiteral("catalogue_id"), catalogueId);
    m_db.setMeta(QStringLiteral("sync_joined"), QStringLiteral("1"));
}

void SyncStateRepository::markShared()
{
    m_db.setMeta(QStringLiteral("sync_shared_hlc"), m_db.clock().last());
}

} // namespace dalil
