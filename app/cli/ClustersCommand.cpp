#include "cli/ClustersCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "cli/MapOptions.h"
#include "geo/ClusterIndex.h"
#include "geo/MapData.h"
#include "geo/MapPoints.h"
#include "geo/Mercator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::ClustersCommand", text, disambiguation, n);
}

} // namespace

QString ClustersCommand::summary() const
{
    return tr("list the clusters the map draws at a zoom");
}

QString ClustersCommand::usage() const
{
    return QStringLiteral("--zoom Z [--bbox W,S,E,N] [--radius PX] %1 [--json]").arg(MapOptions::usage());
}

int ClustersCommand::execute(CliContext& context, const QStringList& arguments)
{
    MapOptions options;
    int zoom = -1;
    double radius = 60;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        QString error;
        if (options.take(arguments, i, error)) {
            if (!error.isEmpty()) {
                return context.usage(name(), error);
            }
            continue;
        }
        if (argument == QLatin1String("--zoom") || argument == QLatin1String("--radius")) {
            if (i + 1 >= arguments.size()) {
                return context.usage(name(), tr("%1 needs a number").arg(argument));
            }
            bool ok = false;
            const QString text = arguments[++i];
            if (argument == QLatin1String("--zoom")) {
                zoom = text.toInt(&ok);
                if (!ok || zoom < 0 || zoom > 24) {
                    return context.usage(name(),
                                         tr("--zoom \"%1\" is not a whole number from 0 to 24").arg(text));
                }
            } else {
                radius = text.toDouble(&ok);
                if (!ok || !(radius > 0) || radius > 1000) {
                    return context.usage(
                        name(), tr("--radius \"%1\" is not a number of pixels from 1 to 1000").arg(text));
                }
            }
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else {
            return context.usage(name(), tr("unknown option %1").arg(argument));
        }
    }
    if (zoom < 0) {
        return context.usage(name(), tr("--zoom is required"));
    }
    auto catalogue = openCatalogue(context);
    if (!catalogue) {
        return ExitUserError;
    }
    MapData data;
    try {
        data = options.load(*catalogue);
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(catalogue->path(), e.message()));
    }
    ClusterIndex::Options clusterOptions;
    clusterOptions.radius = radius;
    clusterOptions.tileSize = 256;
    const ClusterIndex index(data.points->x(), data.points->y(), clusterOptions);
    const GeoBounds box = options.bbox.value_or(GeoBounds{-180, -90, 180, 90});
    QList<ClusterIndex::Item> items = index.items(zoom, box);
    // Biggest first, then north to south and west to east: a stable order for scripts and tests.
    std::sort(items.begin(), items.end(), [](const ClusterIndex::Item& a, const ClusterIndex::Item& b) {
        if (a.count != b.count) {
            return a.count > b.count;
        }
        if (a.y != b.y) {
            return a.y < b.y;
        }
        return a.x < b.x;
    });
    const MapPoints& points = *data.points;
    auto round6 = [](double v) { return std::round(v * 1e6) / 1e6; };
    if (json) {
        QJsonArray array;
        for (const ClusterIndex::Item& item : std::as_const(items)) {
            QJsonObject object;
            object.insert(QStringLiteral("lon"), round6(Mercator::wrapLongitude(item.lon())));
            object.insert(QStringLiteral("lat"), round6(item.lat()));
            object.insert(QStringLiteral("count"), static_cast<qint64>(item.count));
            if (item.isCluster()) {
                object.insert(QStringLiteral("cluster_id"), static_cast<qint64>(item.id));
                object.insert(QStringLiteral("expansion_zoom"), index.expansionZoom(item.id));
            } else {
                object.insert(QStringLiteral("organisation_id"),
                              points.organisationId(static_cast<size_t>(item.id)));
                object.insert(QStringLiteral("name"), points.name(static_cast<size_t>(item.id)));
            }
            array.append(object);
        }
        QJsonObject root;
        root.insert(QStringLiteral("zoom"), zoom);
        root.insert(QStringLiteral("radius"), radius);
        root.insert(QStringLiteral("tile_size"), 256);
        root.insert(QStringLiteral("bbox"), QJsonArray{box.west, box.south, box.east, box.north});
        root.insert(QStringLiteral("points"), static_cast<qint64>(points.size()));
        qint64 inBox = 0;
        for (const auto& item : std::as_const(items)) {
            inBox += item.count;
        }
        root.insert(QStringLiteral("points_in_bbox"), inBox);
        root.insert(QStringLiteral("clusters"), array);
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // Two counts, two phrases, each agreeing with its own count; the second carries its preposition.
    const QLocale locale;
    context.out << tr("zoom %1, radius %2 px: %3 %4", "items for offices")
                       .arg(locale.toString(zoom), locale.toString(radius),
                            tr("%Ln item(s)", nullptr, pluralCount(qint64(items.size()))),
                            tr("for %Ln office(s)", nullptr, pluralCount(qint64(points.size()))))
                << "\n";
    for (const ClusterIndex::Item& item : std::as_const(items)) {
        context.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                           .arg(item.count)
                           .arg(Mercator::wrapLongitude(item.lon()), 0, 'f', 5)
                           .arg(item.lat(), 0, 'f', 5)
                           .arg(item.isCluster() ? QString() : points.name(static_cast<size_t>(item.id)));
    }
    return ExitOk;
}

} // namespace dalil
