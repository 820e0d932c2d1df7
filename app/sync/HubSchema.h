#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dalil {

struct TableSpec;

// The hub's PostgreSQL schema (DESIGN.md "Sync"), generated from the same TableSpecs as the local
// catalogue so that the two cannot drift apart. Everything lives in the schema `dalil`:
// - one table per entity with typed columns (lists as jsonb) plus the hub's own columns: seq (one
//   global sequence, a new value on every accepted write), ws (the workspace that owns the row),
//   written_by / written_at (who made the write); dalil.history keeps one line per write;
// - roles dalil_editor and dalil_reader, dalil.account (login → workspace, role), and row-level
//   security: everyone reads, editors insert and update rows of their workspace, nobody deletes;
// - dalil.push_<table>(jsonb): last-writer-wins push of a batch, one verdict per row;
// - every write takes one transaction-scoped advisory lock before it draws a seq, so writers
//   commit in seq order and a puller never skips a row (see docs/ARCHITECTURE-sync.md).
class HubSchema
{
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kWriteLock = 0x44414C494CLL; // "DALIL"

    // The whole schema as one script (run in one transaction by `hub init`; the catalogue id is
    // added to dalil.hub_meta separately, bound).
    static QByteArray createScript();
    // Where the server has PostGIS: a geometry column on offices (dalil.location.geom, SRID 4326,
    // generated from lat/lon, GiST-indexed) for spatial SQL and QGIS. Optional: hub init runs it
    // only when the extension can be created, and Dalil itself never reads it.
    static QByteArray postgisScript();
    // Splits a script into statements (outside quotes and $tag$ bodies).
    static QList<QByteArray> statements(const QByteArray& script);
    // SQL type of a column on the hub.
    static const char* sqlType(int columnType);
    // The table a reference column points at ("organisation" or "event").
    static const char* referencedTable(const char* column);
    // SELECT list of a hub table in the order RecordTable columns use: id, rev, updated_at, deleted,
    // base_rev, data columns.
    static QByteArray selectList(const TableSpec& spec, const char* alias = nullptr);
};

} // namespace dalil
