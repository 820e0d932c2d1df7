#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dalil {

class Catalogue;
struct TableSpec;

// A sync bundle: the hub's change format in a file, for a field office without a connection
// (DESIGN.md "Sync"). Layout: "DALILBDL", format (u32), header length (u32), header (JSON: the
// shared catalogue's id, the writer's node, counts), payload length (u64), payload (zlib: one JSON
// change per line), then a SHA-256 of everything before it. A bundle whose checksum, lengths or
// contents do not hold is refused whole; importing one twice changes nothing.
class Bundle
{
public:
    static constexpr quint32 kFormat = 1;

    struct Summary
    {
        qint64 rows = 0;
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 conflicts = 0;
        QString catalogueId;
        QString fromNode;
    };

    // Writes the changes made or received since the last bundle for `peer` (all rows with `all`),
    // then remembers how far this peer has been sent.
    static QString write(Catalogue& catalogue, const QString& path, const QString& peer, bool all,
                         Summary* summary);
    // Checks the whole file, then applies it in one transaction (or not at all).
    static QString import(Catalogue& catalogue, const QString& path, Summary* summary);

    struct Contents
    {
        QJsonObject header;
        QList<QPair<const TableSpec*, QJsonObject>> rows;
    };
    // Reads and checks a bundle without touching any catalogue.
    static QString read(const QString& path, Contents* contents);
};

} // namespace dalil
