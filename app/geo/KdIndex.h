#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <vector>

namespace dalil {

// A static 2-D KD-tree over points given once (the kdbush layout): point indices are sorted into
// tree order by alternating median splits down to leaves of `nodeSize` points, so a query walks
// index ranges with no pointers and no allocation per node. The coordinates stay with the caller,
// interleaved (x0, y0, x1, y1, …) and quantised to 32 bits (quantise()): the tree itself holds four
// bytes a point, and every query is handed the same coordinate array the tree was built over.
class KdIndex
{
public:
    KdIndex() = default;
    // Builds over the n points of `xy`; a query reports their indices.
    KdIndex(const uint32_t* xy, size_t n, int nodeSize = 64);

    size_t size() const { return m_ids.size(); }
    size_t memoryBytes() const { return m_ids.capacity() * sizeof(uint32_t); }

    // A coordinate in 0..1 (normalised Mercator) as 32 bits: steps of 2⁻³², about a centimetre on
    // the ground, a hundredth of a pixel at the deepest zoom.
    static uint32_t quantise(double v)
    {
        if (!(v > 0.0)) {
            return 0; // also NaN
        }
        const double scaled = std::nearbyint(std::min(v, 1.0) * 4294967296.0);
        return scaled >= 4294967295.0 ? 0xffffffffu : static_cast<uint32_t>(scaled);
    }
    static double dequantise(uint32_t q) { return q * (1.0 / 4294967296.0); }

    // Calls visit(i) for every point with (x−qx)² + (y−qy)² ≤ r².
    template <typename Visit>
    void within(const uint32_t* xy, double qx, double qy, double r, Visit&& visit) const;
    // Calls visit(i) for every point with minX ≤ x ≤ maxX and minY ≤ y ≤ maxY.
    template <typename Visit>
    void range(const uint32_t* xy, double minX, double minY, double maxX, double maxY, Visit&& visit) const;

private:
    struct Entry
    {
        uint32_t x;
        uint32_t y;
        uint32_t id;
    };
    // Places the median of [left, right] along `axis` in the middle; returns its slot.
    size_t split(std::vector<Entry>& build, size_t left, size_t right, int axis);
    void sort(std::vector<Entry>& build, size_t left, size_t right, int axis);
    // Larger trees are built on two threads (a thread costs less than a tenth of the sort there).
    static constexpr size_t kParallelAbove = 200000;

    int m_nodeSize = 64;
    std::vector<uint32_t> m_ids; // the point in each tree slot
};

template <typename Visit>
void KdIndex::within(const uint32_t* xy, double qx, double qy, double r, Visit&& visit) const
{
    if (m_ids.empty()) {
        return;
    }
    const double r2 = r * r;
    struct Span
    {
        size_t left;
        size_t right;
        int axis;
    };
    Span stack[64];
    int top = 0;
    stack[top++] = {0, m_ids.size() - 1, 0};
    const uint32_t* ids = m_ids.data();
    while (top > 0) {
        const Span s = stack[--top];
        if (s.right - s.left <= static_cast<size_t>(m_nodeSize)) {
            for (size_t i = s.left; i <= s.right; ++i) {
                const uint32_t id = ids[i];
                const double dx = dequantise(xy[2 * size_t(id)]) - qx;
                const double dy = dequantise(xy[2 * size_t(id) + 1]) - qy;
                if (dx * dx + dy * dy <= r2) {
                    visit(id);
                }
            }
            continue;
        }
        const size_t m = (s.left + s.right) >> 1;
        const uint32_t id = ids[m];
        const double x = dequantise(xy[2 * size_t(id)]);
        const double y = dequantise(xy[2 * size_t(id) + 1]);
        const double dx = x - qx;
        const double dy = y - qy;
        if (dx * dx + dy * dy <= r2) {
            visit(id);
        }
        const double v = s.axis == 0 ? x : y;
        const double q = s.axis == 0 ? qx : qy;
        if (q - r <= v && m > s.left) {
            stack[top++] = {s.left, m - 1, 1 - s.axis};
        }
        if (q + r >= v) {
            stack[top++] = {m + 1, s.right, 1 - s.axis};
        }
    }
}

template <typename Visit>
void KdIndex::range(const uint32_t* xy, double minX, double minY, double maxX, double maxY,
                    Visit&& visit) const
{
    if (m_ids.empty()) {
        return;
    }
    struct Span
    {
        size_t left;
        size_t right;
        int axis;
    };
    Span stack[64];
    int top = 0;
    stack[top++] = {0, m_ids.size() - 1, 0};
    const uint32_t* ids = m_ids.data();
    while (top > 0) {
        const Span s = stack[--top];
        if (s.right - s.left <= static_cast<size_t>(m_nodeSize)) {
            for (size_t i = s.left; i <= s.right; ++i) {
                const uint32_t id = ids[i];
                const double x = dequantise(xy[2 * size_t(id)]);
                const double y = dequantise(xy[2 * size_t(id) + 1]);
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    visit(id);
                }
            }
            continue;
        }
        const size_t m = (s.left + s.right) >> 1;
        const uint32_t id = ids[m];
        const double x = dequantise(xy[2 * size_t(id)]);
        const double y = dequantise(xy[2 * size_t(id) + 1]);
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
            visit(id);
        }
        const double v = s.axis == 0 ? x : y;
        if ((s.axis == 0 ? minX : minY) <= v && m > s.left) {
            stack[top++] = {s.left, m - 1, 1 - s.axis};
        }
        if ((s.axis == 0 ? maxX : maxY) >= v) {
            stack[top++] = {m + 1, s.right, 1 - s.axis};
        }
    }
}

} // namespace dalil
