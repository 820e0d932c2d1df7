#include "geo/ClusterIndex.h"

#include "geo/Mercator.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace dalil {

double ClusterIndex::Item::lon() const
{
    return Mercator::xToLon(x);
}

double ClusterIndex::Item::lat() const
{
    return Mercator::yToLat(y);
}

ClusterIndex::ClusterIndex(const std::vector<double>& x, const std::vector<double>& y, const Options& options,
                           const std::atomic<bool>* cancel)
    : m_options(options)
{
    m_options.minZoom = std::clamp(m_options.minZoom, 0, 24);
    m_options.maxZoom = std::clamp(m_options.maxZoom, m_options.minZoom, 24);
    m_options.minPoints = std::max(2, m_options.minPoints);
    build(x, y, cancel);
}

ClusterIndex::ClusterIndex(const std::vector<double>& x, const std::vector<double>& y)
    : ClusterIndex(x, y, Options())
{
}

namespace {

uint64_t spreadBits(uint32_t v)
{
    uint64_t x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFull;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFull;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x << 2)) & 0x3333333333333333ull;
    x = (x | (x << 1)) & 0x5555555555555555ull;
    return x;
}

uint32_t quantise(double v)
{
    const double scaled = std::clamp(v, 0.0, 1.0) * 2147483647.0;
    return static_cast<uint32_t>(std::isfinite(scaled) ? scaled : 0.0);
}

} // namespace

std::vector<uint32_t> ClusterIndex::processingOrder(const std::vector<double>& x,
                                                    const std::vector<double>& y)
{
    const size_t n = std::min(x.size(), y.size());
    std::vector<std::pair<uint64_t, uint32_t>> keys(n);
    for (size_t i = 0; i < n; ++i) {
        keys[i] = {(spreadBits(quantise(y[i])) << 1) | spreadBits(quantise(x[i])), static_cast<uint32_t>(i)};
    }
    if (n > 200000) {
        // Two halves sorted on two cores, then merged.
        const auto middle = keys.begin() + static_cast<std::ptrdiff_t>(n / 2);
        std::thread first([&keys, middle] { std::sort(keys.begin(), middle); });
        std::sort(middle, keys.end());
        first.join();
        std::inplace_merge(keys.begin(), middle, keys.end());
    } else {
        std::sort(keys.begin(), keys.end());
    }
    std::vector<uint32_t> order(n);
    for (size_t i = 0; i < n; ++i) {
        order[i] = keys[i].second;
    }
    return order;
}

void ClusterIndex::build(const std::vector<double>& x, const std::vector<double>& y,
                         const std::atomic<bool>* cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    m_pointCount = std::min({x.size(), y.size(), kMaxPoints});
    m_levels.resize(static_cast<size_t>(m_options.maxZoom - m_options.minZoom + 2));
    Level& points = m_levels.back();
    {
        std::vector<uint32_t> order = processingOrder(x, y);
        order.resize(m_pointCount);
        points.xy.resize(2 * m_pointCount);
        for (size_t i = 0; i < m_pointCount; ++i) {
            points.xy[2 * i] = KdIndex::quantise(x[order[i]]);
            points.xy[2 * i + 1] = KdIndex::quantise(y[order[i]]);
        }
        points.id = std::move(order);
    }
    if (!cancelled()) {
        points.tree = KdIndex(points.xy.data(), points.size(), m_options.nodeSize);
    }
    for (int z = m_options.maxZoom; z >= m_options.minZoom && !cancelled(); --z) {
        const size_t above = static_cast<size_t>(z + 1 - m_options.minZoom);
        Level& to = m_levels[above - 1];
        if (cluster(m_levels[above], to, z, cancel)) {
            to.tree = KdIndex(to.xy.data(), to.size(), m_options.nodeSize);
        }
    }
    if (cancelled()) {
        m_levels.clear();
        m_pointCount = 0;
    }
}

bool ClusterIndex::cluster(Level& from, Level& to, int zoom, const std::atomic<bool>* cancel)
{
    const double r = m_options.radius / (m_options.tileSize * std::exp2(zoom));
    const size_t n = from.size();
    from.parent.assign(n, kNone);
    // taken[i]: already a cluster's member or a cluster's seed at this zoom.
    std::vector<uint8_t> taken(n, 0);
    to.xy.reserve(n);
    to.count.reserve(n / 2);
    to.id.reserve(n / 2);
    std::vector<uint32_t> neighbours;
    auto carry = [&](size_t k) {
        from.parent[k] = static_cast<uint32_t>(to.size());
        to.xy.push_back(from.xy[2 * k]);
        to.xy.push_back(from.xy[2 * k + 1]);
        to.count.push_back(from.countAt(k));
        to.id.push_back(from.id[k]);
    };
    for (size_t i = 0; i < n; ++i) {
        if ((i & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            return false;
        }
        if (taken[i]) {
            continue;
        }
        taken[i] = 1;
        const double px = from.x(i);
        const double py = from.y(i);
        neighbours.clear();
        uint64_t total = from.countAt(i);
        from.tree.within(from.xy.data(), px, py, r, [&](uint32_t k) {
            if (!taken[k]) {
                neighbours.push_back(k);
                total += from.countAt(k);
            }
        });
        const uint32_t target = static_cast<uint32_t>(to.size());
        if (!neighbours.empty() && total >= static_cast<uint64_t>(m_options.minPoints)) {
            double wx = px * from.countAt(i);
            double wy = py * from.countAt(i);
            for (uint32_t k : neighbours) {
                taken[k] = 1;
                wx += from.x(k) * from.countAt(k);
                wy += from.y(k) * from.countAt(k);
                from.parent[k] = target;
            }
            from.parent[i] = target;
            to.xy.push_back(KdIndex::quantise(wx / static_cast<double>(total)));
            to.xy.push_back(KdIndex::quantise(wy / static_cast<double>(total)));
            to.count.push_back(static_cast<uint32_t>(total));
            to.id.push_back(static_cast<uint32_t>(clusterId(zoom, target)));
        } else {
            // Too few to cluster: the point (and any neighbours) go down unchanged.
            carry(i);
            for (uint32_t k : neighbours) {
                taken[k] = 1;
                carry(k);
            }
        }
    }
    to.xy.shrink_to_fit();
    to.count.shrink_to_fit();
    to.id.shrink_to_fit();
    return true;
}

int ClusterIndex::clampZoom(int zoom) const
{
    return std::clamp(zoom, m_options.minZoom, m_options.maxZoom + 1);
}

int64_t ClusterIndex::clusterId(int zoom, uint32_t index) const
{
    // Past the point indices, so an id alone says whether it is a point or a cluster.
    return static_cast<int64_t>(m_pointCount) + (static_cast<int64_t>(index) << 5) + zoom;
}

bool ClusterIndex::decode(int64_t id, int& zoom, uint32_t& index) const
{
    if (m_levels.empty() || id < static_cast<int64_t>(m_pointCount)) {
        return false;
    }
    const int64_t rest = id - static_cast<int64_t>(m_pointCount);
    zoom = static_cast<int>(rest & 31);
    if ((rest >> 5) > static_cast<int64_t>(kNone)) {
        return false;
    }
    index = static_cast<uint32_t>(rest >> 5);
    // Only a cluster made at this zoom carries the id of its own slot.
    return zoom >= m_options.minZoom && zoom <= m_options.maxZoom && index < level(zoom).size() &&
           level(zoom).id[index] == static_cast<uint32_t>(id);
}

ClusterIndex::Item ClusterIndex::itemOf(const Level& lvl, uint32_t index) const
{
    Item item;
    item.x = lvl.x(index);
    item.y = lvl.y(index);
    item.count = lvl.countAt(index);
    item.id = lvl.id[index];
    return item;
}

QList<ClusterIndex::Item> ClusterIndex::items(int zoom, double minX, double minY, double maxX,
                                              double maxY) const
{
    QList<Item> result;
    if (m_levels.empty() || !(minX <= maxX) || !(minY <= maxY)) {
        return result;
    }
    const int z = clampZoom(zoom);
    const Level& lvl = level(z);
    // The view may show a world copy: query each copy it overlaps and shift the items into it.
    const double firstCopy = std::floor(minX);
    for (double copy = firstCopy; copy <= maxX; copy += 1.0) {
        const double lo = std::max(minX - copy, 0.0);
        const double hi = std::min(maxX - copy, 1.0);
        if (lo > hi) {
            continue;
        }
        lvl.tree.range(lvl.xy.data(), lo, minY, hi, maxY, [&](uint32_t i) {
            Item item = itemOf(lvl, i);
            item.x += copy;
            result.append(item);
        });
    }
    return result;
}

QList<ClusterIndex::Item> ClusterIndex::items(int zoom, const GeoBounds& bounds) const
{
    const double minX = Mercator::lonToX(bounds.west);
    double maxX = Mercator::lonToX(bounds.east);
    if (bounds.crossesAntimeridian()) {
        maxX += 1.0;
    }
    return items(zoom, minX, Mercator::latToY(bounds.north), maxX, Mercator::latToY(bounds.south));
}

size_t ClusterIndex::itemCount(int zoom) const
{
    return m_levels.empty() ? 0 : level(clampZoom(zoom)).size();
}

QList<ClusterIndex::Item> ClusterIndex::children(int64_t id) const
{
    QList<Item> result;
    int zoom = 0;
    uint32_t index = 0;
    if (!decode(id, zoom, index)) {
        return result;
    }
    // The members sit one zoom up, within the clustering radius of the cluster's seed, so within
    // twice the radius of the centroid (which lies between them); the rounding of the centroid to
    // 32 bits is far inside the margin.
    const Level& above = level(zoom + 1);
    const Level& here = level(zoom);
    const double r = m_options.radius / (m_options.tileSize * std::exp2(zoom));
    above.tree.within(above.xy.data(), here.x(index), here.y(index), 2 * r + 1e-9, [&](uint32_t k) {
        if (above.parent[k] == index) {
            result.append(itemOf(above, k));
        }
    });
    return result;
}

int ClusterIndex::expansionZoom(int64_t id) const
{
    int zoom = 0;
    uint32_t index = 0;
    if (!decode(id, zoom, index)) {
        return m_options.maxZoom + 1;
    }
    int expansion = zoom;
    while (expansion <= m_options.maxZoom) {
        const QList<Item> kids = children(id);
        ++expansion;
        if (kids.size() != 1) {
            break;
        }
        id = kids.first().id;
        if (!kids.first().isCluster()) {
            break;
        }
    }
    return expansion;
}

void ClusterIndex::collectLeaves(int zoom, uint32_t index, std::vector<uint32_t>& out) const
{
    for (const Item& child : children(clusterId(zoom, index))) {
        int childZoom = 0;
        uint32_t childIndex = 0;
        if (decode(child.id, childZoom, childIndex)) {
            collectLeaves(childZoom, childIndex, out);
        } else {
            out.push_back(static_cast<uint32_t>(child.id));
        }
    }
}

std::vector<uint32_t> ClusterIndex::leaves(int64_t id) const
{
    std::vector<uint32_t> out;
    int zoom = 0;
    uint32_t index = 0;
    if (decode(id, zoom, index)) {
        collectLeaves(zoom, index, out);
    } else if (id >= 0 && id < static_cast<int64_t>(m_pointCount)) {
        out.push_back(static_cast<uint32_t>(id));
    }
    return out;
}

size_t ClusterIndex::memoryBytes() const
{
    size_t bytes = 0;
    for (const Level& lvl : m_levels) {
        bytes += (lvl.xy.capacity() + lvl.count.capacity() + lvl.id.capacity() + lvl.parent.capacity()) *
                 sizeof(uint32_t);
        bytes += lvl.tree.memoryBytes();
    }
    return bytes;
}

} // namespace dalil
