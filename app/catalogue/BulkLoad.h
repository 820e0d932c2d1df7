#pragma once

#include "catalogue/RtreeBulkLoader.h"

#include <QByteArray>

#include <vector>

namespace dalil {

class Database;

// Writing many rows into empty tables (the generator, the first pull from a hub) is faster without
// maintaining the secondary indexes row by row: they are dropped and created again from their own
// SQL at the end (one sort each instead of a B-tree descent per row and index), and the offices'
// R*Tree is packed once by RtreeBulkLoader instead of its insert trigger (~7-14 µs an office).
// Insert triggers known to do nothing for such rows are set aside too (a trigger program that only
// tests its WHEN clause still costs ~1 µs a row); a trigger this code does not know keeps running.
// Everything happens inside the caller's transaction, so a failure or a rollback puts the schema
// back as it was: no reader ever sees the tables without their indexes.
class BulkLoad
{
public:
    enum class Numbering
    {
        SetAside, // the writer gives every row its change_seq: the numbering triggers have nothing to do
        Keep      // some rows may come without one (SyncEngine's general path): keep numbering them
    };

    // True when the tables a bulk load fills (organisation, location, contact, partnership,
    // membership and the R*Tree) hold no row at all.
    static bool tablesEmpty(Database& db);

    // True when those tables hold nothing but shipped rows (SampleCatalogue::shippedRevision): a new
    // catalogue, with or without the sample, that a first pull may fill like an empty one.
    static bool onlyShippedRows(Database& db);

    enum class Existing
    {
        None,   // inactive unless tablesEmpty()
        Shipped // also active over shipped rows: their indexes are built again with the new rows'
    };
    enum class Written
    {
        Any,  // rows local edits too (dirty = 1)
        Clean // only clean rows (a first pull): the partial indexes of dirty rows stay, as no written
              // row enters them, instead of scanning each table again to build them at the end
    };
    // What a bulk load sets aside in `db`'s schema: every index of the tables it fills (but those of
    // dirty rows with Written::Clean), the R*Tree's three triggers (the tree is packed at the end)
    // and the insert triggers known to do nothing for its rows (the search queue's, silent while
    // SearchIndex::BulkScope holds; the numbering's with Numbering::SetAside).
    struct SetAside
    {
        std::vector<QByteArray> indexes;  // CREATE INDEX statements as the schema has them, by name
        std::vector<QByteArray> triggers; // CREATE TRIGGER statements, by name: put back after the R*Tree
        std::vector<QByteArray> drops;    // DROP INDEX and DROP TRIGGER statements of both, by name
        bool packsRtree = false;          // the R*Tree's insert trigger is among them
    };
    // Reads the schema only. begin() drops these; a benchmark's floor on SQLite alone may do the same.
    static SetAside setAside(Database& db, Numbering numbering, Written written = Written::Any);

    // Inside the caller's transaction. Inactive (does nothing, finish() too) unless the tables are
    // as `existing` allows. Drops what setAside() lists.
    static BulkLoad begin(Database& db, Numbering numbering, Existing existing = Existing::None,
                          Written written = Written::Any);

    bool active() const { return m_active; }
    // True when the R*Tree is left to finish(): the caller may collect the offices' points.
    bool packsRtree() const { return m_packRtree; }

    // Creates the indexes again, packs the R*Tree and puts the triggers back. The points are the
    // offices written (rowid, lon, lat); without them they are read from the location table.
    void finish(Database& db, std::vector<RtreeBulkLoader::Point>* points = nullptr);

private:
    bool m_active = false;
    bool m_packRtree = false;
    bool m_readPoints = false;          // the R*Tree held offices: packed again from the whole table
    std::vector<QByteArray> m_indexes;  // CREATE INDEX statements as the schema has them
    std::vector<QByteArray> m_triggers; // CREATE TRIGGER statements, put back after the R*Tree
};

} // namespace dalil
