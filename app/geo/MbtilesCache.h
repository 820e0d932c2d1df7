#pragma once

#include "geo/TileMath.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace dalil {

// An MBTiles file (SQLite: `metadata` and `tiles`, rows in TMS order): the disk cache of online
// tiles, or a user's own file used as an offline basemap. Tiles are addressed here in XYZ order;
// the row flip happens inside. Written files are plain MBTiles 1.3 that other tools read; the
// HTTP expiry of cached tiles lives in an extra table other readers ignore.
class MbtilesCache
{
public:
    enum class Mode
    {
        Cache,   // read-write, created if missing (the online tiles' cache)
        ReadOnly // a file the user chose: never written
    };

    struct OpenResult
    {
        std::unique_ptr<MbtilesCache> cache;
        QString error; // in words for the user, naming the file; empty on success
    };
    static OpenResult open(const QString& path, Mode mode);
    ~MbtilesCache();

    struct Tile
    {
        QByteArray data;
        QDateTime expires; // invalid: no expiry known (a user's file: never stale)
        QString etag;
        bool isFresh(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    };
    std::optional<Tile> read(const TileId& tile) const;
    // Returns false when the tile could not be written (read-only file, disk full).
    bool write(const TileId& tile, const QByteArray& data, const QDateTime& expires,
               const QString& etag = {});
    // A 304 Not Modified: the tile stays, its expiry moves.
    bool touch(const TileId& tile, const QDateTime& expires);

    QString metadata(const QString& name) const;
    bool setMetadata(const QString& name, const QString& value);
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }
    const QString& path() const { return m_path; }
    qint64 tileCount() const;

private:
    MbtilesCache(QString path, sqlite3* db, Mode mode);
    QString check();

    QString m_path;
    sqlite3* m_db = nullptr;
    Mode m_mode;
    bool m_hasExpiry = false;
    int m_minZoom = 0;
    int m_maxZoom = 19;
};

} // namespace dalil
