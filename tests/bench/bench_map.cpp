// Map benchmarks (DESIGN.md "Performance"): cluster index build on 1,000,000 offices side by side
// with the npm package supercluster (node) on the same points and radius, cluster counts per zoom
// compared; frame render time at 1920×1080 while panning; memory. Prints markdown table rows.
//
// supercluster is installed with npm into a temporary folder outside the repository at run time
// (DALIL_BENCH_NODE_DIR, default /tmp/dalil-bench-supercluster); without node or npm that column
// says so and the rest still runs. Usage: bench_map [points] (default 1000000).
#include "geo/ClusterIndex.h"
#include "geo/MapPoints.h"
#include "geo/MapRenderer.h"
#include "geo/Mercator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace dalil;

namespace {

// The same kind of points the generator makes: offices at real MENA cities, drawn in proportion to
// population, scattered a few kilometres around the centre.
void makePoints(int n, std::vector<double>& lon, std::vector<double>& lat)
{
    QFile file(QStringLiteral(":/dalil/geo/mena-cities.tsv"));
    file.open(QIODevice::ReadOnly);
    std::vector<double> cityLon, cityLat, weight;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split('\t');
        if (cells.size() < 7) {
            continue;
        }
        cityLat.push_back(cells[4].toDouble());
        cityLon.push_back(cells[5].toDouble());
        weight.push_back(cells[6].toDouble() + (weight.empty() ? 0 : weight.back()));
    }
    QRandomGenerator rng(20251125);
    lon.resize(static_cast<size_t>(n));
    lat.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double pick = rng.generateDouble() * weight.back();
        const size_t c =
            static_cast<size_t>(std::lower_bound(weight.begin(), weight.end(), pick) - weight.begin());
        // Box–Muller: a normal spread of about 3 km (0.03°) around the city centre.
        const double u1 = std::max(1e-12, rng.generateDouble());
        const double u2 = rng.generateDouble();
        const double r = std::sqrt(-2.0 * std::log(u1)) * 0.03;
        lon[static_cast<size_t>(i)] = cityLon[c] + r * std::cos(2 * M_PI * u2);
        lat[static_cast<size_t>(i)] = cityLat[c] + r * std::sin(2 * M_PI * u2);
    }
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5))];
}

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

const char* const kNodeScript = R"JS(
import fs from 'fs';
import Supercluster from 'supercluster';
const pkg = JSON.parse(fs.readFileSync(new URL('./node_modules/supercluster/package.json', import.meta.url)));
const buf = fs.readFileSync(process.argv[2]);
const coords = new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8);
const n = coords.length / 2;
const features = new Array(n);
for (let i = 0; i < n; i++) {
  features[i] = {type: 'Feature', properties: null, geometry: {type: 'Point', coordinates: [coords[2 * i], coords[2 * i + 1]]}};
}
const runs = [];
let index;
for (let r = 0; r < 3; r++) {
  index = new Supercluster({radius: 60, extent: 256, minZoom: 0, maxZoom: 16, nodeSize: 64});
  const t = process.hrtime.bigint();
  index.load(features);
  runs.push(Number(process.hrtime.bigint() - t) / 1e6);
}
runs.sort((a, b) => a - b);
const counts = [];
for (let z = 0; z <= 17; z++) {
  const tree = index.trees[z];
  counts.push(tree && tree.numItems !== undefined ? tree.numItems : index.getClusters([-180, -85, 180, 85], z).length);
}
console.log(JSON.stringify({build_ms: runs[1], counts, version: pkg.version,
                            rss_mb: process.memoryUsage().rss / 1048576}));
)JS";

// Runs supercluster on the same points, in the given order; returns an object with "error" when it
// cannot.
QJsonObject runSupercluster(const std::vector<double>& lon, const std::vector<double>& lat,
                            const std::vector<uint32_t>& order)
{
    const QString dir =
        qEnvironmentVariable("DALIL_BENCH_NODE_DIR", QStringLiteral("/tmp/dalil-bench-supercluster"));
    QDir().mkpath(dir);
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        return {{QStringLiteral("error"), QStringLiteral("node is not installed")}};
    }
    if (!QFile::exists(dir + QStringLiteral("/node_modules/supercluster/package.json"))) {
        QProcess npm;
        npm.setWorkingDirectory(dir);
        npm.start(QStringLiteral("npm"),
                  {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                   QStringLiteral("--prefix"), dir, QStringLiteral("supercluster@8")});
        if (!npm.waitForFinished(300000) || npm.exitCode() != 0) {
            return {{QStringLiteral("error"), QStringLiteral("npm install supercluster failed: ") +
                                                  QString::fromUtf8(npm.readAllStandardError()).left(200)}};
        }
    }
    QFile points(dir + QStringLiteral("/points.f64"));
    points.open(QIODevice::WriteOnly);
    std::vector<double> interleaved(lon.size() * 2);
    for (size_t i = 0; i < lon.size(); ++i) {
        interleaved[2 * i] = lon[order.empty() ? i : order[i]];
        interleaved[2 * i + 1] = lat[order.empty() ? i : order[i]];
    }
    points.write(reinterpret_cast<const char*>(interleaved.data()),
                 static_cast<qint64>(interleaved.size() * 8));
    points.close();
    QFile script(dir + QStringLiteral("/bench.mjs"));
    script.open(QIODevice::WriteOnly);
    script.write(kNodeScript);
    script.close();
    QProcess node;
    node.setWorkingDirectory(dir);
    node.start(QStringLiteral("node"),
               {QStringLiteral("--max-old-space-size=8192"), script.fileName(), points.fileName()});
    if (!node.waitForFinished(600000) || node.exitCode() != 0) {
        return {{QStringLiteral("error"),
                 QStringLiteral("node failed: ") + QString::fromUtf8(node.readAllStandardError()).left(300)}};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1000, atoi(argv[1])) : 1000000;
    QTextStream out(stdout);

    std::vector<double> lon, lat;
    makePoints(n, lon, lat);
    auto points = std::make_shared<MapPoints>();
    points->reserve(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        points->add(QStringLiteral("org-%1").arg(i), QString(), lon[static_cast<size_t>(i)],
                    lat[static_cast<size_t>(i)]);
    }
    const long rssBefore = rssKb();

    // Cluster index build: median of three.
    ClusterIndex::Options options; // radius 60, 256-pixel tiles, zooms 0..16, as the map uses
    std::vector<double> times;
    std::shared_ptr<ClusterIndex> index;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        index = std::make_shared<ClusterIndex>(points->x(), points->y(), options);
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    const double buildMs = median(times);
    const long rssAfter = rssKb();

    // supercluster takes points in input order; Dalil along a Z-order curve (ClusterIndex::
    // processingOrder). Timed on the same input; counts compared both with supercluster given the
    // same order (the same algorithm: must agree) and given the input order (the effect of the order).
    const QJsonObject reference = runSupercluster(lon, lat, {});
    const double theirMs = reference.value(QLatin1String("build_ms")).toDouble();
    const QJsonArray inputOrderCounts = reference.value(QLatin1String("counts")).toArray();
    const QJsonObject sameOrder =
        reference.contains(QLatin1String("error")) ? reference
                                                   : runSupercluster(lon, lat, ClusterIndex::processingOrder(points->x(), points->y()));
    const QJsonArray theirCounts = sameOrder.value(QLatin1String("counts")).toArray();

    out << "| map benchmark (" << n << " offices at MENA cities) | Dalil | reference | ratio | target |\n";
    out << "|---|---|---|---|---|\n";
    if (reference.contains(QLatin1String("error"))) {
        out << "| cluster index build (radius 60 px, zooms 0–16) | " << QString::number(buildMs, 'f', 0)
            << " ms | supercluster: " << reference.value(QLatin1String("error")).toString()
            << " | – | ≤ 1000 ms |\n";
    } else {
        out << "| cluster index build (radius 60 px, zooms 0–16) | " << QString::number(buildMs, 'f', 0)
            << " ms | " << QString::number(theirMs, 'f', 0) << " ms (supercluster "
            << reference.value(QLatin1String("version")).toString() << ", node) | "
            << QString::number(theirMs / buildMs, 'f', 1) << "× faster | ≤ 1000 ms, ≥ 3× |\n";
        auto compare = [&](const QJsonArray& counts, const QString& label) {
            double worst = 0;
            int worstZoom = 0;
            QStringList perZoom;
            for (int z = 0; z <= 17 && z < counts.size(); ++z) {
                const double ours = static_cast<double>(index->itemCount(z));
                const double theirs = counts[z].toDouble();
                const double diff = theirs > 0 ? std::abs(ours - theirs) / theirs : 0;
                // Zooms 0-2 have a handful of markers: one more is not a percentage that means anything.
                if (diff > worst && theirs >= 50) {
                    worst = diff;
                    worstZoom = z;
                }
                if (z % 4 == 0 || z == 17) {
                    perZoom << QStringLiteral("z%1 %2/%3").arg(z).arg(ours).arg(theirs);
                }
            }
            out << "| markers per zoom, Dalil/supercluster " << label << " | " << perZoom.join(QLatin1String(", "))
                << " | largest difference " << QString::number(worst * 100, 'f', 2) << " % (zoom " << worstZoom
                << ", zooms with ≥ 50 markers) | – | ≤ 1 % |\n";
        };
        compare(theirCounts, QStringLiteral("(same point order)"));
        compare(inputOrderCounts, QStringLiteral("(supercluster in input order)"));
    }

    // Frames at 1920×1080 while panning over the region, at several zooms; the first frame after a
    // zoom change (full basemap render) is counted too.
    MapRenderer renderer;
    renderer.setLanguage(QStringLiteral("ar"));
    renderer.setLocale(QLocale(QStringLiteral("ar")));
    auto clustered = std::make_shared<ClusteredPoints>();
    clustered->points = points;
    clustered->index = index;
    renderer.setPoints(clustered);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frameMs;
    double fullMs = 0;
    for (double zoom : {4.0, 6.0, 8.0, 11.0}) {
        MapViewport view(Mercator::project(36.0, 32.0), zoom, QSize(1920, 1080));
        for (int i = 0; i < 60; ++i) {
            const double angle = i * 0.21;
            view.panBy(QPointF(9 * std::cos(angle), 6 * std::sin(angle)));
            QElapsedTimer timer;
            timer.start();
            QPainter painter(&frame);
            renderer.renderFrame(painter, view);
            painter.end();
            const double ms = timer.nsecsElapsed() / 1e6;
            if (i == 0) {
                fullMs = std::max(fullMs, ms);
            } else {
                frameMs.push_back(ms);
            }
        }
    }
    out << "| frame 1920×1080 while panning (zooms 4, 6, 8, 11) | p50 "
        << QString::number(median(frameMs), 'f', 1) << " ms, p95 "
        << QString::number(percentile(frameMs, 0.95), 'f', 1) << " ms | first frame at a new zoom "
        << QString::number(fullMs, 'f', 0) << " ms (basemap drawn) | – | p95 ≤ 8 ms |\n";
    out << "| memory: cluster index | " << QString::number(index->memoryBytes() / 1048576.0, 'f', 0)
        << " MB (index), RSS " << (rssAfter - rssBefore) / 1024 << " MB added by the builds | "
        << (reference.contains(QLatin1String("rss_mb"))
                ? QString::number(reference.value(QLatin1String("rss_mb")).toDouble(), 'f', 0) +
                      QStringLiteral(" MB RSS (node, whole process)")
                : QStringLiteral("–"))
        << " | – | ≤ 400 MB with 1M organisations |\n";
    out.flush();
    return 0;
}
