#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dalil {

class Database;

// The losing side of every sync decision (DESIGN.md "Sync": nothing lost), kept in the local
// `conflict` table for the user to compare and restore. Never synced.
class ConflictRepository
{
public:
    struct Conflict
    {
        qint64 id = 0;
        QString table;
        QString rowId;
        QString losingRev;
        QJsonObject losingRow;
        QString winningRev;
        QString origin; // "hub", "bundle", "refused"
        QString detectedAt;
        bool resolved = false;
    };

    explicit ConflictRepository(Database& db);

    // Keeps a losing version; returns false when that version of that row is already kept (so
    // importing the same bundle twice adds nothing).
    bool add(const QString& table, const QJsonObject& losingRow, const QString& winningRev,
             const QString& origin);
    QList<Conflict> list(bool unresolvedOnly = true) const;
    std::optional<Conflict> find(qint64 id) const;
    void markResolved(qint64 id);
    qint64 countUnresolved() const;
    // Every losing revision kept, of any row (for tests and statistics).
    QList<QString> losingRevisions() const;

private:
    Database& m_db;
};

} // namespace dalil
