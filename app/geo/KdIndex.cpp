#include "geo/KdIndex.h"

#include <algorithm>
#include <thread>

namespace dalil {

KdIndex::KdIndex(const uint32_t* xy, size_t n, int nodeSize)
    : m_nodeSize(std::max(1, nodeSize))
{
    // Twelve bytes a point while sorting, given back once built.
    std::vector<Entry> build(n);
    for (size_t i = 0; i < n; ++i) {
        build[i] = {xy[2 * i], xy[2 * i + 1], static_cast<uint32_t>(i)};
    }
    if (n > kParallelAbove) {
        // The two halves of the first split are independent: sort them on two cores.
        const size_t m = split(build, 0, n - 1, 0);
        std::thread left([this, &build, m] { sort(build, 0, m - 1, 1); });
        sort(build, m + 1, n - 1, 1);
        left.join();
    } else if (n > 0) {
        sort(build, 0, n - 1, 0);
    }
    m_ids.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_ids[i] = build[i].id;
    }
}

size_t KdIndex::split(std::vector<Entry>& build, size_t left, size_t right, int axis)
{
    const size_t m = (left + right) >> 1;
    auto first = build.begin() + static_cast<std::ptrdiff_t>(left);
    auto middle = build.begin() + static_cast<std::ptrdiff_t>(m);
    auto last = build.begin() + static_cast<std::ptrdiff_t>(right) + 1;
    if (axis == 0) {
        std::nth_element(first, middle, last, [](const Entry& a, const Entry& b) { return a.x < b.x; });
    } else {
        std::nth_element(first, middle, last, [](const Entry& a, const Entry& b) { return a.y < b.y; });
    }
    return m;
}

void KdIndex::sort(std::vector<Entry>& build, size_t left, size_t right, int axis)
{
    // Depth is log2(n / nodeSize), so recursion stays shallow (about 15 levels for 1M points).
    if (right - left <= static_cast<size_t>(m_nodeSize)) {
        return;
    }
    const size_t m = split(build, left, right, axis);
    if (m > left) {
        sort(build, left, m - 1, 1 - axis);
    }
    sort(build, m + 1, right, 1 - axis);
}

} // namespace dalil
