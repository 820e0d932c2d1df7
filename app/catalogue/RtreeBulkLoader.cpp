#include "catalogue/RtreeBulkLoader.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dalil {

namespace {

// One cell: at the leaves a row id and its point, above them a child node and its bounding box.
struct Cell
{
    qint64 id;
    float x0, x1, y0, y1;
};

constexpr int kCellBytes = 8 + 4 * 4; // id, then two dimensions of (min, max) 32-bit floats

void putUint16(char* out, int value)
{
    out[0] = char((value >> 8) & 0xff);
    out[1] = char(value & 0xff);
}

void putInt64(char* out, qint64 value)
{
    for (int i = 7; i >= 0; --i) {
        out[i] = char(value & 0xff);
        value >>= 8;
    }
}

void putFloat(char* out, float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    for (int i = 3; i >= 0; --i) {
        out[i] = char(bits & 0xff);
        bits >>= 8;
    }
}

bool byX(const Cell& a, const Cell& b)
{
    const float ca = a.x0 + a.x1;
    const float cb = b.x0 + b.x1;
    return ca != cb ? ca < cb : a.id < b.id;
}

bool byY(const Cell& a, const Cell& b)
{
    const float ca = a.y0 + a.y1;
    const float cb = b.y0 + b.y1;
    return ca != cb ? ca < cb : a.id < b.id;
}

// Sort-tile-recursive: cut the cells into vertical slices by x, each slice into nodes by y. Every
// node gets ⌊n/P⌋ or ⌈n/P⌉ cells, so none is less than half full (SQLite's rtree wants a third).
std::vector<std::vector<Cell>> pack(std::vector<Cell>& cells, int maxCells)
{
    const std::size_t n = cells.size();
    const std::size_t nodes = (n + std::size_t(maxCells) - 1) / std::size_t(maxCells);
    const auto slices = std::size_t(std::ceil(std::sqrt(double(nodes))));
    std::sort(cells.begin(), cells.end(), byX);
    std::vector<std::vector<Cell>> out;
    out.reserve(nodes);
    std::size_t position = 0;
    std::size_t node = 0;
    auto nodeSize = [&](std::size_t index) { return n / nodes + (index < n % nodes ? 1 : 0); };
    for (std::size_t slice = 0; slice < slices && node < nodes; ++slice) {
        const std::size_t sliceNodes = nodes / slices + (slice < nodes % slices ? 1 : 0);
        std::size_t sliceCells = 0;
        for (std::size_t i = 0; i < sliceNodes; ++i) {
            sliceCells += nodeSize(node + i);
        }
        const auto begin = cells.begin() + std::ptrdiff_t(position);
        std::sort(begin, begin + std::ptrdiff_t(sliceCells), byY);
        for (std::size_t i = 0; i < sliceNodes; ++i, ++node) {
            const std::size_t size = nodeSize(node);
            out.emplace_back(cells.begin() + std::ptrdiff_t(position),
                             cells.begin() + std::ptrdiff_t(position + size));
            position += size;
        }
    }
    return out;
}

Cell boundingBox(qint64 id, const std::vector<Cell>& cells)
{
    Cell box{id, cells[0].x0, cells[0].x1, cells[0].y0, cells[0].y1};
    for (const Cell& cell : cells) {
        box.x0 = std::min(box.x0, cell.x0);
        box.x1 = std::max(box.x1, cell.x1);
        box.y0 = std::min(box.y0, cell.y0);
        box.y1 = std::max(box.y1, cell.y1);
    }
    return box;
}

} // namespace

// rtree.c: RNDTOWARDS = 1 - 2^-23, RNDAWAY = 1 + 2^-23.
float RtreeBulkLoader::roundDown(double value)
{
    float f = float(value);
    if (double(f) > value) {
        f = float(value * (value < 0 ? 1.0 + 1.0 / 8388608.0 : 1.0 - 1.0 / 8388608.0));
    }
    return f;
}

float RtreeBulkLoader::roundUp(double value)
{
    float f = float(value);
    if (double(f) < value) {
        f = float(value * (value < 0 ? 1.0 - 1.0 / 8388608.0 : 1.0 + 1.0 / 8388608.0));
    }
    return f;
}

void RtreeBulkLoader::load(Database& db, const char* table, std::vector<Point> points)
{
    const QByteArray name(table);
    const QByteArray nodeTable = '"' + name + "_node\"";
    const QByteArray rowidTable = '"' + name + "_rowid\"";
    const QByteArray parentTable = '"' + name + "_parent\"";

    int nodeBytes = 0;
    {
        SqlStatement root(db.handle(), QByteArray("SELECT length(data), (SELECT count(*) FROM " + nodeTable +
                                                  "), (SELECT count(*) FROM " + rowidTable + ") FROM " +
                                                  nodeTable + " WHERE nodeno = 1")
                                           .constData());
        if (!root.step() || root.int64(1) != 1 || root.int64(2) != 0) {
            throw DbError(QStringLiteral("the spatial index %1 is not empty").arg(QLatin1String(table)));
        }
        nodeBytes = int(root.int64(0));
        SqlStatement columns(db.handle(), QByteArray("SELECT * FROM \"" + name + "\" LIMIT 0").constData());
        if (columns.columnCount() != 5) {
            throw DbError(
                QStringLiteral("the spatial index %1 is not two-dimensional").arg(QLatin1String(table)));
        }
    }
    const int maxCells = (nodeBytes - 4) / kCellBytes;
    if (points.empty() || maxCells < 4) {
        return;
    }

    std::vector<Cell> level;
    level.reserve(points.size());
    for (const Point& point : points) {
        level.push_back(
            {point.id, roundDown(point.x), roundUp(point.x), roundDown(point.y), roundUp(point.y)});
    }
    points = {};

    SqlStatement& insertNode = db.statement(
        QByteArray("INSERT OR REPLACE INTO " + nodeTable + " (nodeno, data) VALUES (?, ?)").constData());
    SqlStatement& insertParent = db.statement(
        QByteArray("INSERT INTO " + parentTable + " (nodeno, parentnode) VALUES (?, ?)").constData());
    QByteArray blob(nodeBytes, '\0');
    auto writeNode = [&](qint64 number, const std::vector<Cell>& cells, int depth) {
        blob.fill('\0');
        char* data = blob.data();
        putUint16(data, number == 1 ? depth : 0);
        putUint16(data + 2, int(cells.size()));
        char* cell = data + 4;
        for (const Cell& c : cells) {
            putInt64(cell, c.id);
            putFloat(cell + 8, c.x0);
            putFloat(cell + 12, c.x1);
            putFloat(cell + 16, c.y0);
            putFloat(cell + 20, c.y1);
            cell += kCellBytes;
        }
        insertNode.bind(1, number).bindBlob(2, blob).exec();
    };

    std::vector<std::pair<qint64, qint64>> leafOf; // row id → leaf node
    leafOf.reserve(level.size());
    qint64 nextNode = 2; // 1 is the root
    for (int depth = 0;; ++depth) {
        std::vector<std::vector<Cell>> nodes = pack(level, maxCells);
        std::vector<Cell> parents;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const qint64 number = nodes.size() == 1 ? 1 : nextNode++;
            writeNode(number, nodes[i], depth);
            for (const Cell& cell : nodes[i]) {
                if (depth == 0) {
                    leafOf.emplace_back(cell.id, number);
                } else {
                    insertParent.bind(1, cell.id).bind(2, number).exec();
                }
            }
            parents.push_back(boundingBox(number, nodes[i]));
        }
        if (nodes.size() == 1) {
            break;
        }
        level = std::move(parents);
    }
    // In row id order, so that the B-tree of the rowid table only appends.
    std::sort(leafOf.begin(), leafOf.end());
    SqlStatement& insertRowid =
        db.statement(QByteArray("INSERT INTO " + rowidTable + " (rowid, nodeno) VALUES (?, ?)").constData());
    for (const auto& [id, node] : leafOf) {
        insertRowid.bind(1, id).bind(2, node).exec();
    }
}

} // namespace dalil
