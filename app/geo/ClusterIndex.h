#pragma once

#include "geo/GeoBounds.h"
#include "geo/KdIndex.h"

#include <QList>
#include <QPointF>

#include <atomic>
#include <cstdint>
#include <vector>

namespace dalil {

// Hierarchical greedy point clustering, the supercluster method: the points get a static KD-tree;
// for each zoom from maxZoom down to minZoom, every point or cluster of the zoom above, taken in
// order (see processingOrder()), absorbs the not-yet-taken neighbours within `radius` pixels into one cluster
// at their weighted centroid; the clusters of each zoom get their own KD-tree. A query at any zoom is then a
// range search in one tree. Build once per point set (a million points in well under a second), off
// the GUI thread; queries are cheap and thread-safe on a built index.
class ClusterIndex
{
public:
    struct Options
    {
        int minZoom = 0;
        int maxZoom = 16;   // above it every point is its own marker
        double radius = 60; // pixels
        int tileSize = 256; // pixels per tile: the radius is measured in these
        int minPoints = 2;  // a group smaller than this is not clustered
        int nodeSize = 64;  // KD-tree leaf size
    };

    struct Item
    {
        double x = 0; // normalised Mercator (see Mercator)
        double y = 0;
        uint32_t count = 1; // points inside; 1 for a single point
        int64_t id = 0;     // the point's index for a single point, a cluster id otherwise
        bool isCluster() const { return count > 1; }
        double lon() const;
        double lat() const;
    };

    ClusterIndex() = default;
    // Points in normalised Mercator coordinates; a query reports a single point by its index here.
    // `cancel`, when given, is watched while building: once it turns true the build stops and the
    // index is left empty (a newer point set or the application quitting needs no finished index).
    ClusterIndex(const std::vector<double>& x, const std::vector<double>& y, const Options& options,
                 const std::atomic<bool>* cancel = nullptr);
    ClusterIndex(const std::vector<double>& x, const std::vector<double>& y);

    const Options& options() const { return m_options; }
    size_t pointCount() const { return m_pointCount; }
    bool isEmpty() const { return m_pointCount == 0; }

    // Clusters and points at an integer zoom inside a box of normalised coordinates (x may run
    // outside 0..1 when the view shows a copy of the world: items come back shifted into it).
    QList<Item> items(int zoom, double minX, double minY, double maxX, double maxY) const;
    QList<Item> items(int zoom, const GeoBounds& bounds) const;
    // How many items a zoom has in all (the number of markers the whole world would show).
    size_t itemCount(int zoom) const;

    // The zoom at which a cluster splits into more than one item: where a click on it should go.
    int expansionZoom(int64_t clusterId) const;
    // The items a cluster is made of, one zoom further in.
    QList<Item> children(int64_t clusterId) const;
    // Every point index inside a cluster (or the point itself).
    std::vector<uint32_t> leaves(int64_t id) const;
    // The order in which points are taken by the greedy pass: along a Z-order (Morton) curve, ties
    // by index. Spatial order keeps each neighbour query in memory that is already cached (several
    // times faster on a million points than input order) and makes the clusters independent of the
    // order the catalogue returned its rows in.
    static std::vector<uint32_t> processingOrder(const std::vector<double>& x, const std::vector<double>& y);
    // Bytes held by the index (for the memory benchmark).
    size_t memoryBytes() const;

private:
    // One zoom's items, four bytes per field, coordinates quantised (KdIndex::quantise): 24 bytes an
    // item, 20 on the points level, where every count is 1 and is not stored.
    struct Level
    {
        std::vector<uint32_t> xy;     // x0, y0, x1, y1, … in creation order (the order of the greedy pass)
        std::vector<uint32_t> count;  // points inside; empty on the points level
        std::vector<uint32_t> id;     // what a query reports: point index or cluster id (kept as a
                                      // cluster is carried down unchanged to lower zooms)
        std::vector<uint32_t> parent; // index in the level below, or kNone
        KdIndex tree;
        size_t size() const { return id.size(); }
        uint32_t countAt(size_t i) const { return count.empty() ? 1u : count[i]; }
        double x(size_t i) const { return KdIndex::dequantise(xy[2 * i]); }
        double y(size_t i) const { return KdIndex::dequantise(xy[2 * i + 1]); }
    };
    static constexpr uint32_t kNone = 0xffffffffu;
    // Cluster ids are stored in 32 bits: pointCount + (index << 5) + zoom must stay below 2³².
    static constexpr size_t kMaxPoints = 120000000;

    void build(const std::vector<double>& x, const std::vector<double>& y, const std::atomic<bool>* cancel);
    // False when cancelled part way.
    bool cluster(Level& from, Level& to, int zoom, const std::atomic<bool>* cancel);
    int clampZoom(int zoom) const;
    const Level& level(int zoom) const { return m_levels[static_cast<size_t>(zoom - m_options.minZoom)]; }
    Item itemOf(const Level& level, uint32_t index) const;
    int64_t clusterId(int zoom, uint32_t index) const;
    bool decode(int64_t id, int& zoom, uint32_t& index) const;
    void collectLeaves(int zoom, uint32_t index, std::vector<uint32_t>& out) const;

    Options m_options;
    size_t m_pointCount = 0;
    std::vector<Level> m_levels; // minZoom .. maxZoom + 1 (the last holds the points)
};

} // namespace dalil
