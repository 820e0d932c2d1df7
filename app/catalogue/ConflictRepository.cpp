#include "catalogue/ConflictRepository.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace dalil {

namespace {

constexpr const char* kColumns =
    "conflict_id, entity_table, row_id, losing_rev, losing_row, winning_rev, origin, detected_at, resolved";

ConflictRepository::Conflict readConflict(const SqlStatement& row)
{
    ConflictRepository::Conflict c;
    c.id = row.int64(0);
    c.table = row.text(1);
    c.rowId = row.text(2);
    c.losingRev = row.text(3);
    c.losingRow = QJsonDocument::fromJson(row.utf8(4)).object();
    c.winningRev = row.text(5);
    c.origin = row.text(6);
    c.detectedAt = row.text(7);
    c.resolved = row.int64(8) != 0;
    return c;
}

} // namespace

ConflictRepository::ConflictRepository(Database& db)
    : m_db(db)
{
}

bool ConflictRepository::add(const QString& table, const QJsonObject& losingRow, const QString& winningRev,
                             const QString& origin)
{
    QJsonObject row = losingRow;
    row.remove(QStringLiteral("dirty"));
    SqlStatement& insert = m_db.statement(
        "INSERT OR IGNORE INTO conflict (entity_table, row_id, losing_rev, losing_row, winning_rev, origin, "
        "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert
        .bindAll(table, row.value(QLatin1String("id")).toString(), row.value(QLatin1String("rev")).toString(),
                 QJsonDocument(row).toJson(QJsonDocument::Compact), winningRev, origin, Database::nowText())
        .exec();
    return sqlite3_changes(m_db.handle()) > 0;
}

QList<ConflictRepository::Conflict> ConflictRepository::list(bool unresolvedOnly) const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM conflict" +
                           (unresolvedOnly ? " WHERE resolved = 0" : "") + " ORDER BY conflict_id DESC";
    SqlStatement query(m_db.handle(), sql.constData());
    QList<Conflict> out;
    while (query.step()) {
        out.append(readConflict(query));
    }
    return out;
}

std::optional<ConflictRepository::Conflict> ConflictRepository::find(qint64 id) const
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM conflict WHERE conflict_id = ?";
    SqlStatement query(m_db.handle(), sql.constData());
    query.bind(1, id);
    if (!query.step()) {
        return std::nullopt;
    }
    return readConflict(query);
}

void ConflictRepository::markResolved(qint64 id)
{
    m_db.statement("UPDATE conflict SET resolved = 1 WHERE conflict_id = ?").bind(1, id).exec();
}

qint64 ConflictRepository::countUnresolved() const
{
    SqlStatement query(m_db.handle(), "SELECT count(*) FROM conflict WHERE resolved = 0");
    query.step();
    return query.int64(0);
}

QList<QString> ConflictRepository::losingRevisions() const
{
    SqlStatement query(m_db.handle(), "SELECT losing_rev FROM conflict");
    QList<QString> out;
    while (query.step()) {
        out.append(query.text(0));
    }
    return out;
}

} // namespace dalil
