#include "geo/MbtilesTileProvider.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace dalil {

MbtilesTileProvider::OpenResult MbtilesTileProvider::open(const QString& path)
{
    MbtilesCache::OpenResult opened = MbtilesCache::open(path, MbtilesCache::Mode::ReadOnly);
    if (!opened.cache) {
        return {nullptr, opened.error};
    }
    return {std::unique_ptr<MbtilesTileProvider>(new MbtilesTileProvider(std::move(opened.cache))),
            QString()};
}

MbtilesTileProvider::MbtilesTileProvider(std::unique_ptr<MbtilesCache> file)
    : m_file(std::move(file))
{
    // MBTiles attribution is often HTML (<a href=...>©...</a>): the map corner shows plain text.
    QString attribution = m_file->metadata(QStringLiteral("attribution"));
    attribution.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    m_attribution =
        attribution.trimmed().isEmpty() ? QFileInfo(m_file->path()).fileName() : attribution.trimmed();
}

QImage MbtilesTileProvider::tile(const TileId& id)
{
    if (QImage* image = m_memory.object(id)) {
        return *image;
    }
    const std::optional<MbtilesCache::Tile> stored = m_file->read(id);
    if (!stored) {
        return QImage();
    }
    QImage image = QImage::fromData(stored->data);
    if (!image.isNull()) {
        m_memory.insert(id, new QImage(image));
    }
    return image;
}

} // namespace dalil
