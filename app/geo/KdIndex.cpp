#include "geo/KdIndex.h"

#include <algorithm>
#include <thread>

namespace dalil {

KdIndex::KdIndex(const std::vector<double>& x, const std::vector<double>& y, int nodeSize)
    : m_nodeSize(std::max(1, nodeSize))
{
    const size_t n = std::min(x.size(), y.size());
    m_build.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_build[i] = {x[i], y[i], static_cast<uint32_t>(i)};
    }
    if (n > kParallelAbove) {
        // The two halves of the first split are independent: sort them on two cores.
        const size_t m = split(0, n - 1, 0);
        std::thread left([this, m] { sort(0, m - 1, 1); });
        sort(m + 1, n - 1, 1);
        left.join();
    } else if (n > 0) {
        sort(0, n - 1, 0);
    }
    m_coords.resize(2 * n);
    m_ids.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_coords[2 * i] = m_build[i].x;
        m_coords[2 * i + 1] = m_build[i].y;
        m_ids[i] = m_build[i].id;
    }
    std::vector<Entry>().swap(m_build);
}

size_t KdIndex::split(size_t left, size_t right, int axis)
{
    const size_t m = (left + right) >> 1;
    auto first = m_build.begin() + static_cast<std::ptrdiff_t>(left);
    auto middle = m_build.begin() + static_cast<std::ptrdiff_t>(m);
    auto last = m_build.begin() + static_cast<std::ptrdiff_t>(right) + 1;
    if (axis == 0) {
        std::nth_element(first, middle, last, [](const Entry& a, const Entry& b) { return a.x < b.x; });
    } else {
        std::nth_element(first, middle, last, [](const Entry& a, const Entry& b) { return a.y < b.y; });
    }
    return m;
}

void KdIndex::sort(size_t left, size_t right, int axis)
{
    // Depth is log2(n / nodeSize), so recursion stays shallow (about 15 levels for 1M points).
    if (right - left <= static_cast<size_t>(m_nodeSize)) {
        return;
    }
    const size_t m = split(left, right, axis);
    if (m > left) {
        sort(left, m - 1, 1 - axis);
    }
    sort(m + 1, right, 1 - axis);
}

} // namespace dalil
