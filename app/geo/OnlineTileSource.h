#pragma once

#include "geo/MbtilesCache.h"
#include "geo/TileFetcher.h"
#include "geo/TileProvider.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <memory>

namespace dalil {

// Raster tiles from an XYZ server (OpenStreetMap by default, off until the user turns it on), kept
// in an MBTiles file on disk for as long as the server's HTTP expiry says (Cache-Control max-age or
// Expires; revalidated with If-None-Match / If-Modified-Since once stale, and a stale tile is still
// shown meanwhile). Only tiles the map asks for to draw the view are fetched, two at a time, with a
// User-Agent naming Dalil and its version: no bulk downloading (the OpenStreetMap tile policy). A
// tile that fails is not asked for again for a while, and nothing ever waits for the network.
// The HTTP itself is the plugin dalil_network's (geo/TileFetcher.h), loaded by the first source.
class OnlineTileSource : public QObject, public TileProvider
{
    Q_OBJECT
public:
    struct Config
    {
        QString urlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        QString attribution = QStringLiteral("© OpenStreetMap contributors");
        int minZoom = 0;
        int maxZoom = 19;
        int maxConcurrent = 2;
    };

    // `cachePath`: the MBTiles cache (created if missing). If it cannot be used, the source works
    // without a disk cache and cacheError() says why.
    OnlineTileSource(const Config& config, const QString& cachePath, QObject* parent = nullptr);
    ~OnlineTileSource() override;

    static QByteArray userAgent();
    // The URL of a tile: {z} {x} {y} replaced ({s} by a, b or c when the template has it).
    QUrl urlFor(const TileId& tile) const;
    // Parses a template; returns an error message when it lacks {z}, {x} or {y} or is not http(s).
    static QString checkTemplate(const QString& urlTemplate);

    QImage tile(const TileId& tile) override;
    int minZoom() const override { return m_config.minZoom; }
    int maxZoom() const override { return m_config.maxZoom; }
    // OpenStreetMap's own attribution in the UI language; any other as the user wrote it.
    QString attribution() const override;

    const QString& cacheError() const { return m_cacheError; }
    MbtilesCache* cache() const { return m_cache.get(); }
    int pendingRequests() const { return static_cast<int>(m_inFlight.size() + m_queue.size()); }

signals:
    void tileArrived(const dalil::TileId& tile);
    void tileFailed(const dalil::TileId& tile, const QString& error);

private:
    void request(const TileId& tile, const std::optional<MbtilesCache::Tile>& stale);
    void pump();
    void finished(quint64 request, const TileFetcher::Reply& reply);
    static QDateTime expiryOf(const TileFetcher::Reply& reply);

    Config m_config;
    std::unique_ptr<MbtilesCache> m_cache;
    QString m_cacheError;
    std::unique_ptr<TileFetcher> m_fetcher;
    QString m_fetcherError; // why there is no fetcher (the plugin is missing)
    QCache<TileId, QImage> m_memory;
    struct Pending
    {
        TileId tile;
        QString etag;
        QDateTime lastModified;
    };
    std::deque<Pending> m_queue;
    QHash<quint64, TileId> m_inFlight;
    QSet<TileId> m_wanted;                  // queued or in flight
    QHash<TileId, QDateTime> m_failedUntil; // do not ask again before
    QSet<TileId> m_revalidated;             // stale tiles already re-asked this session
};

} // namespace dalil

Q_DECLARE_METATYPE(dalil::TileId)
