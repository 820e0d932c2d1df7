// The supercluster method: every zoom accounts for every point, clusters are exactly what a plain
// O(n²) greedy clustering gives, and cluster navigation (children, leaves, expansion zoom) agrees.
#include "geo/ClusterIndex.h"
#include "geo/Mercator.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace dalil;

namespace {

struct Pt
{
    double x;
    double y;
    uint32_t count;
};

// Offices around a few MENA cities, some exactly on top of each other (same building), some near
// the antimeridian, in a fixed pseudo-random order.
void makePoints(int n, quint32 seed, std::vector<double>& xs, std::vector<double>& ys)
{
    QRandomGenerator rng(seed);
    const double cities[][2] = {{35.5018, 33.8938}, {35.9106, 31.9539}, {31.2357, 30.0444},
                                {36.2765, 33.5138}, {-6.8498, 34.0209}, {44.3661, 33.3152},
                                {179.9, -16.8},     {-179.95, -16.9}};
    for (int i = 0; i < n; ++i) {
        const auto& c = cities[rng.bounded(8)];
        double lon = c[0];
        double lat = c[1];
        const int spread = rng.bounded(4);
        if (spread > 0) {
            const double scale = std::pow(10.0, -spread); // 0.1°, 0.01°, 0.001°
            lon += (rng.generateDouble() - 0.5) * 20 * scale;
            lat += (rng.generateDouble() - 0.5) * 20 * scale;
        }
        lon = Mercator::wrapLongitude(lon);
        // On the index's 32-bit grid, so that a point comes back exactly where it was put.
        xs.push_back(KdIndex::dequantise(KdIndex::quantise(Mercator::lonToX(lon))));
        ys.push_back(KdIndex::dequantise(KdIndex::quantise(Mercator::latToY(lat))));
    }
}

// The reference: the same greedy rule, neighbours found by looking at every other item.
std::vector<std::vector<Pt>> bruteForce(const std::vector<double>& xs, const std::vector<double>& ys,
                                        const ClusterIndex::Options& o)
{
    std::vector<std::vector<Pt>> levels(static_cast<size_t>(o.maxZoom + 2));
    std::vector<Pt> current;
    // The greedy pass takes points in the index's documented order (a Z-order curve).
    for (uint32_t i : ClusterIndex::processingOrder(xs, ys)) {
        current.push_back({xs[i], ys[i], 1});
    }
    levels[static_cast<size_t>(o.maxZoom + 1)] = current;
    for (int z = o.maxZoom; z >= o.minZoom; --z) {
        const double r = o.radius / (o.tileSize * std::pow(2.0, z));
        std::vector<bool> taken(current.size(), false);
        std::vector<Pt> next;
        for (size_t i = 0; i < current.size(); ++i) {
            if (taken[i]) {
                continue;
            }
            taken[i] = true;
            std::vector<size_t> near;
            uint64_t total = current[i].count;
            for (size_t j = 0; j < current.size(); ++j) {
                const double dx = current[j].x - current[i].x;
                const double dy = current[j].y - current[i].y;
                if (!taken[j] && dx * dx + dy * dy <= r * r) {
                    near.push_back(j);
                    total += current[j].count;
                }
            }
            if (near.empty()) {
                next.push_back(current[i]);
                continue;
            }
            double wx = current[i].x * current[i].count;
            double wy = current[i].y * current[i].count;
            for (size_t j : near) {
                taken[j] = true;
                wx += current[j].x * current[j].count;
                wy += current[j].y * current[j].count;
            }
            next.push_back({wx / total, wy / total, static_cast<uint32_t>(total)});
        }
        levels[static_cast<size_t>(z)] = next;
        current = next;
    }
    return levels;
}

} // namespace

class TestClusterIndex : public QObject
{
    Q_OBJECT
private slots:
    void countsSumToPointsAtEveryZoom_data();
    void countsSumToPointsAtEveryZoom();
    void equalsBruteForceGreedy_data();
    void equalsBruteForceGreedy();
    void navigation();
    void queryAcrossAntimeridianAndWorldCopies();
    void emptyAndTiny();
    void badIdsAreHarmless();
    void inputOrderDoesNotMatter();
    void largeTreeFindsWhatBruteForceFinds();
};

void TestClusterIndex::countsSumToPointsAtEveryZoom_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("radius");
    QTest::newRow("2000 points, radius 60") << 2000 << 60.0;
    QTest::newRow("20000 points, radius 40") << 20000 << 40.0;
    QTest::newRow("500 points, radius 200") << 500 << 200.0;
}

void TestClusterIndex::countsSumToPointsAtEveryZoom()
{
    QFETCH(int, n);
    QFETCH(double, radius);
    std::vector<double> xs, ys;
    makePoints(n, 7, xs, ys);
    ClusterIndex::Options o;
    o.radius = radius;
    const ClusterIndex index(xs, ys, o);
    QCOMPARE(index.pointCount(), static_cast<size_t>(n));
    size_t previous = 0;
    for (int z = 0; z <= o.maxZoom + 2; ++z) {
        const QList<ClusterIndex::Item> items = index.items(z, 0.0, 0.0, 1.0, 1.0);
        uint64_t sum = 0;
        for (const auto& item : items) {
            sum += item.count;
        }
        QVERIFY2(sum == static_cast<uint64_t>(n),
                 qPrintable(QStringLiteral("zoom %1: %2 points").arg(z).arg(sum)));
        QCOMPARE(static_cast<size_t>(items.size()), index.itemCount(z));
        QVERIFY2(static_cast<size_t>(items.size()) >= previous, "zooming in never merges markers");
        previous = static_cast<size_t>(items.size());
    }
    // Far out, eight cities cannot be more than eight markers; at the leaves every point is one.
    QVERIFY(index.itemCount(0) <= 8);
    QCOMPARE(index.itemCount(o.maxZoom + 1), static_cast<size_t>(n));
}

void TestClusterIndex::equalsBruteForceGreedy_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("radius");
    QTest::newRow("300 points") << 300 << 1u << 60.0;
    QTest::newRow("600 points, other seed") << 600 << 99u << 60.0;
    QTest::newRow("400 points, radius 25") << 400 << 5u << 25.0;
}

void TestClusterIndex::equalsBruteForceGreedy()
{
    QFETCH(int, n);
    QFETCH(quint32, seed);
    QFETCH(double, radius);
    std::vector<double> xs, ys;
    makePoints(n, seed, xs, ys);
    ClusterIndex::Options o;
    o.radius = radius;
    o.nodeSize = 4; // small leaves so the tree has depth even on a few hundred points
    const ClusterIndex index(xs, ys, o);
    const auto expected = bruteForce(xs, ys, o);
    int clustersSeen = 0;
    for (int z = o.minZoom; z <= o.maxZoom + 1; ++z) {
        const std::vector<Pt>& want = expected[static_cast<size_t>(z)];
        QList<ClusterIndex::Item> got = index.items(z, 0.0, 0.0, 1.0, 1.0);
        QCOMPARE(static_cast<size_t>(got.size()), want.size());
        // Same multiset of (position, count); a centroid may differ by its rounding to the index's
        // 32-bit grid (2⁻³² of the world, a centimetre), carried down the zooms.
        std::vector<bool> used(static_cast<size_t>(got.size()), false);
        for (const Pt& p : want) {
            bool found = false;
            for (qsizetype k = 0; k < got.size(); ++k) {
                if (!used[static_cast<size_t>(k)] && got[k].count == p.count &&
                    std::abs(got[k].x - p.x) < 1e-8 && std::abs(got[k].y - p.y) < 1e-8) {
                    used[static_cast<size_t>(k)] = true;
                    found = true;
                    break;
                }
            }
            QVERIFY2(found, qPrintable(QStringLiteral("zoom %1: no cluster of %2 at %3,%4")
                                           .arg(z)
                                           .arg(p.count)
                                           .arg(p.x, 0, 'g', 17)
                                           .arg(p.y, 0, 'g', 17)));
            clustersSeen += p.count > 1 ? 1 : 0;
        }
    }
    QVERIFY(clustersSeen > 10);
}

void TestClusterIndex::navigation()
{
    std::vector<double> xs, ys;
    makePoints(3000, 3, xs, ys);
    const ClusterIndex index(xs, ys);
    int checked = 0;
    for (int z = 0; z <= 16; z += 3) {
        for (const ClusterIndex::Item& item : index.items(z, 0.0, 0.0, 1.0, 1.0)) {
            if (!item.isCluster()) {
                QVERIFY(item.id >= 0 && item.id < 3000);
                QCOMPARE(item.x, xs[static_cast<size_t>(item.id)]);
                continue;
            }
            const QList<ClusterIndex::Item> kids = index.children(item.id);
            uint64_t sum = 0;
            for (const auto& k : kids) {
                sum += k.count;
            }
            QCOMPARE(sum, static_cast<uint64_t>(item.count));
            const std::vector<uint32_t> leaves = index.leaves(item.id);
            QCOMPARE(leaves.size(), static_cast<size_t>(item.count));
            // The centroid is the mean of its leaves.
            double mx = 0;
            for (uint32_t l : leaves) {
                mx += xs[l];
            }
            QVERIFY(std::abs(mx / leaves.size() - item.x) < 1e-8);
            // At the expansion zoom the cluster's points are no longer one item.
            const int e = index.expansionZoom(item.id);
            QVERIFY2(e > z, qPrintable(QStringLiteral("%1 <= %2").arg(e).arg(z)));
            if (e <= 16) {
                QSet<int64_t> holders;
                const QSet<uint32_t> mine(leaves.begin(), leaves.end());
                for (const auto& at : index.items(e, 0.0, 0.0, 1.0, 1.0)) {
                    const std::vector<uint32_t> l = index.leaves(at.id);
                    for (uint32_t p : l) {
                        if (mine.contains(p)) {
                            holders.insert(at.id);
                        }
                    }
                }
                QVERIFY2(holders.size() > 1, qPrintable(QStringLiteral("zoom %1 → %2").arg(z).arg(e)));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 20);
}

void TestClusterIndex::queryAcrossAntimeridianAndWorldCopies()
{
    std::vector<double> xs{Mercator::lonToX(179.9), Mercator::lonToX(-179.9), Mercator::lonToX(35.5)};
    std::vector<double> ys{Mercator::latToY(-16.8), Mercator::latToY(-16.8), Mercator::latToY(33.9)};
    const ClusterIndex index(xs, ys);
    // A box around Fiji across the antimeridian finds both sides.
    QList<ClusterIndex::Item> fiji = index.items(16, GeoBounds{179, -18, -179, -16});
    QCOMPARE(fiji.size(), 2);
    for (const auto& item : fiji) {
        QVERIFY(item.x > 0.99 && item.x < 1.01); // shifted next to each other, not a world apart
    }
    // A view wider than the world sees Beirut twice.
    int beirut = 0;
    for (const auto& item : index.items(16, -0.5, 0.0, 1.5, 1.0)) {
        beirut += item.id == 2 ? 1 : 0;
    }
    QCOMPARE(beirut, 2);
    // As in supercluster, clustering does not reach across the antimeridian: the two Fiji points,
    // 0.2° apart but at the two ends of the world's x range, stay two markers far out.
    QCOMPARE(index.itemCount(2), static_cast<size_t>(3));
}

void TestClusterIndex::emptyAndTiny()
{
    const ClusterIndex empty(std::vector<double>{}, std::vector<double>{});
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.items(5, 0, 0, 1, 1).isEmpty());
    QCOMPARE(empty.itemCount(3), static_cast<size_t>(0));
    const ClusterIndex one(std::vector<double>{0.6}, std::vector<double>{0.4});
    for (int z = 0; z < 20; ++z) {
        QCOMPARE(one.items(z, 0, 0, 1, 1).size(), 1);
        QCOMPARE(one.items(z, 0, 0, 1, 1).first().id, 0);
    }
    // Ten offices in one building never separate: one cluster at every zoom up to the leaves.
    const ClusterIndex same(std::vector<double>(10, 0.6), std::vector<double>(10, 0.4));
    QCOMPARE(same.items(16, 0, 0, 1, 1).size(), 1);
    QCOMPARE(same.items(16, 0, 0, 1, 1).first().count, 10u);
    QCOMPARE(same.expansionZoom(same.items(16, 0, 0, 1, 1).first().id), 17);
}

void TestClusterIndex::badIdsAreHarmless()
{
    std::vector<double> xs, ys;
    makePoints(100, 2, xs, ys);
    const ClusterIndex index(xs, ys);
    // Below zero, a zoom no level has, an index past the level's end.
    for (int64_t id :
         {int64_t(-1), int64_t(100 + 31), int64_t(100 + (99999 << 5) + 3), (int64_t(1) << 50) + 100}) {
        QVERIFY2(index.children(id).isEmpty(), qPrintable(QString::number(id)));
        QVERIFY(index.leaves(id).empty());
        QCOMPARE(index.expansionZoom(id), 17);
    }
    QVERIFY(index.items(3, 0.5, 0.5, 0.4, 0.4).isEmpty());
    QVERIFY(index.items(3, std::nan(""), 0, 1, 1).isEmpty());
}

void TestClusterIndex::inputOrderDoesNotMatter()
{
    std::vector<double> xs, ys;
    makePoints(2000, 11, xs, ys);
    const ClusterIndex forward(xs, ys);
    std::vector<double> rx(xs.rbegin(), xs.rend()), ry(ys.rbegin(), ys.rend());
    const ClusterIndex backward(rx, ry);
    for (int z = 0; z <= 17; ++z) {
        QCOMPARE(forward.itemCount(z), backward.itemCount(z));
    }
    // The order is a spatial one: neighbours in it are close on the map.
    const std::vector<uint32_t> order = ClusterIndex::processingOrder(xs, ys);
    QCOMPARE(order.size(), xs.size());
    QCOMPARE(QSet<uint32_t>(order.begin(), order.end()).size(), qsizetype(xs.size()));
}

// Above KdIndex::kParallelAbove the tree is sorted on two threads: its answers must still be exactly
// the points a scan of all of them finds.
void TestClusterIndex::largeTreeFindsWhatBruteForceFinds()
{
    std::vector<double> xs, ys;
    makePoints(260000, 11, xs, ys);
    std::vector<uint32_t> xy;
    for (size_t i = 0; i < xs.size(); ++i) {
        xy.push_back(KdIndex::quantise(xs[i]));
        xy.push_back(KdIndex::quantise(ys[i]));
    }
    const KdIndex tree(xy.data(), xs.size(), 64);
    QCOMPARE(tree.size(), xs.size());
    QRandomGenerator rng(3);
    for (int q = 0; q < 60; ++q) {
        const size_t centre = rng.bounded(static_cast<quint32>(xs.size()));
        const double qx = xs[centre];
        const double qy = ys[centre];
        const double r = std::pow(10.0, -2.0 - rng.generateDouble() * 4.0);
        std::vector<uint32_t> got;
        tree.within(xy.data(), qx, qy, r, [&](uint32_t i) { got.push_back(i); });
        std::vector<uint32_t> inBox;
        tree.range(xy.data(), qx - r, qy - r, qx + r, qy + r, [&](uint32_t i) { inBox.push_back(i); });
        std::vector<uint32_t> want;
        std::vector<uint32_t> wantBox;
        for (size_t i = 0; i < xs.size(); ++i) {
            const double dx = xs[i] - qx;
            const double dy = ys[i] - qy;
            if (dx * dx + dy * dy <= r * r) {
                want.push_back(static_cast<uint32_t>(i));
            }
            if (std::abs(dx) <= r && std::abs(dy) <= r) {
                wantBox.push_back(static_cast<uint32_t>(i));
            }
        }
        std::sort(got.begin(), got.end());
        std::sort(inBox.begin(), inBox.end());
        QVERIFY(!want.empty());
        QCOMPARE(got, want);
        QCOMPARE(inBox, wantBox);
    }
}

QTEST_GUILESS_MAIN(TestClusterIndex)
#include "tst_clusterindex.moc"
