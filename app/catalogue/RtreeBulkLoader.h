#pragma once

#include <QtGlobal>

#include <vector>

namespace dalil {

class Database;

// Fills an empty two-dimensional SQLite R*Tree (a `USING rtree (id, x0, x1, y0, y1)` table) with
// points in one pass: the tree is packed in memory with sort-tile-recursive and its node, rowid
// and parent shadow tables are written directly, in the on-disk format of SQLite's rtree module
// (https://sqlite.org/rtree.html, ext/rtree/rtree.c). Inserting row by row costs ~14 µs a point
// (R*-tree split and reinsert): a million offices took longer than generating everything else;
// packed, they take well under a second, and the packed tree is fuller, so queries read fewer
// nodes. Rows inserted later through the virtual table are placed by SQLite as usual.
class RtreeBulkLoader
{
public:
    struct Point
    {
        qint64 id;
        double x; // stored as [x, x] (longitude)
        double y; // stored as [y, y] (latitude)
    };

    // `table` is a fixed identifier from the schema, never user input. Throws DbError; the caller's
    // transaction then rolls back. The R*Tree must be empty.
    static void load(Database& db, const char* table, std::vector<Point> points);

    // SQLite's rounding of a double to the float bounds it stores, so that the box always contains
    // the value (rtreeValueDown / rtreeValueUp in rtree.c).
    static float roundDown(double value);
    static float roundUp(double value);
};

} // namespace dalil
