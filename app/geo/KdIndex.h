#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace dalil {

// A static 2-D KD-tree over points given once (the kdbush layout): coordinates are sorted in place
// into a flat array by alternating median splits down to leaves of `nodeSize` points, so a query
// walks index ranges with no pointers and no allocation per node.
class KdIndex
{
public:
    KdIndex() = default;
    // Builds over x[i], y[i]; a query reports the indices i.
    KdIndex(const std::vector<double>& x, const std::vector<double>& y, int nodeSize = 64);

    size_t size() const { return m_ids.size(); }

    // Calls visit(i) for every point with (x−qx)² + (y−qy)² ≤ r².
    template <typename Visit> void within(double qx, double qy, double r, Visit&& visit) const;
    // Calls visit(i) for every point with minX ≤ x ≤ maxX and minY ≤ y ≤ maxY.
    template <typename Visit>
    void range(double minX, double minY, double maxX, double maxY, Visit&& visit) const;

private:
    struct Entry
    {
        double x;
        double y;
        uint32_t id;
    };
    // Places the median of [left, right] along `axis` in the middle; returns its slot.
    size_t split(size_t left, size_t right, int axis);
    void sort(size_t left, size_t right, int axis);
    // Larger trees are built on two threads (a thread costs less than a tenth of the sort there).
    static constexpr size_t kParallelAbove = 200000;

    int m_nodeSize = 64;
    std::vector<double> m_coords; // x0, y0, x1, y1, ... in tree order
    std::vector<uint32_t> m_ids;  // original index of each tree slot
    std::vector<Entry> m_build;   // scratch, emptied once built
};

template <typename Visit> void KdIndex::within(double qx, double qy, double r, Visit&& visit) const
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
    const double* c = m_coords.data();
    while (top > 0) {
        const Span s = stack[--top];
        if (s.right - s.left <= static_cast<size_t>(m_nodeSize)) {
            for (size_t i = s.left; i <= s.right; ++i) {
                const double dx = c[2 * i] - qx;
                const double dy = c[2 * i + 1] - qy;
                if (dx * dx + dy * dy <= r2) {
                    visit(m_ids[i]);
                }
            }
            continue;
        }
        const size_t m = (s.left + s.right) >> 1;
        const double x = c[2 * m];
        const double y = c[2 * m + 1];
        const double dx = x - qx;
        const double dy = y - qy;
        if (dx * dx + dy * dy <= r2) {
            visit(m_ids[m]);
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
void KdIndex::range(double minX, double minY, double maxX, double maxY, Visit&& visit) const
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
    const double* c = m_coords.data();
    while (top > 0) {
        const Span s = stack[--top];
        if (s.right - s.left <= static_cast<size_t>(m_nodeSize)) {
            for (size_t i = s.left; i <= s.right; ++i) {
                const double x = c[2 * i];
                const double y = c[2 * i + 1];
                if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                    visit(m_ids[i]);
                }
            }
            continue;
        }
        const size_t m = (s.left + s.right) >> 1;
        const double x = c[2 * m];
        const double y = c[2 * m + 1];
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
            visit(m_ids[m]);
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
