#pragma once

#include "geo/MbtilesCache.h"
#include "geo/TileProvider.h"

#include <QCache>

#include <memory>

namespace dalil {

// A user's MBTiles file as the map's basemap: fully offline, read-only. Open it with open(): a
// damaged file or one that is not raster MBTiles is refused with a message and not used.
class MbtilesTileProvider : public TileProvider
{
public:
    struct OpenResult
    {
        std::unique_ptr<MbtilesTileProvider> provider;
        QString error;
    };
    static OpenResult open(const QString& path);

    QImage tile(const TileId& tile) override;
    int minZoom() const override { return m_file->minZoom(); }
    int maxZoom() const override { return m_file->maxZoom(); }
    QString attribution() const override { return m_attribution; }

private:
    explicit MbtilesTileProvider(std::unique_ptr<MbtilesCache> file);
    std::unique_ptr<MbtilesCache> m_file;
    QString m_attribution;
    QCache<TileId, QImage> m_memory{256};
};

} // namespace dalil
