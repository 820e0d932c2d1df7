#include "geo/MbtilesCache.h"

#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>

#include <sqlite3.h>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::MbtilesCache", text); // lupdate's context
}

const char* const kCreate = R"SQL(
CREATE TABLE IF NOT EXISTS metadata (name TEXT, value TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name);
CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row);
CREATE TABLE IF NOT EXISTS dalil_tile_expiry (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,
    expires INTEGER, etag TEXT, PRIMARY KEY (zoom_level, tile_column, tile_row)) WITHOUT ROWID;
)SQL";

} // namespace

bool MbtilesCache::Tile::isFresh(const QDateTime& now) const
{
    return !expires.isValid() || expires > now;
}

MbtilesCache::MbtilesCache(QString path, sqlite3* db, Mode mode)
    : m_path(std::move(path))
    , m_db(db)
    , m_mode(mode)
{
}

MbtilesCache::~MbtilesCache()
{
    sqlite3_close_v2(m_db);
}

MbtilesCache::OpenResult MbtilesCache::open(const QString& path, Mode mode)
{
    auto refuse = [&](const QString& why) {
        return OpenResult{nullptr, tr("%1 cannot be used as map tiles: %2. It was not opened; the map keeps "
                                      "its built-in basemap.")
                                       .arg(path, why)};
    };
    if (mode == Mode::ReadOnly && !QFile::exists(path)) {
        return refuse(tr("the file does not exist"));
    }
    sqlite3* db = nullptr;
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return refuse(why);
    }
    sqlite3_busy_timeout(db, 2000);
    std::unique_ptr<MbtilesCache> cache(new MbtilesCache(path, db, mode));
    const QString problem = cache->check();
    if (!problem.isEmpty()) {
        return refuse(problem);
    }
    return {std::move(cache), QString()};
}

QString MbtilesCache::check()
{
    try {
        // A file of random bytes opens lazily and fails here with "file is not a database".
        SqlStatement integrity(m_db, "PRAGMA schema_version");
        integrity.step();
        if (m_mode == Mode::Cache) {
            char* message = nullptr;
            if (sqlite3_exec(m_db, kCreate, nullptr, nullptr, &message) != SQLITE_OK) {
                const QString why = QString::fromUtf8(message ? message : "unknown error");
                sqlite3_free(message);
                return why;
            }
            if (metadata(QStringLiteral("format")).isEmpty()) {
                setMetadata(QStringLiteral("name"), QStringLiteral("Dalil tile cache"));
                setMetadata(QStringLiteral("format"), QStringLiteral("png"));
                setMetadata(QStringLiteral("type"), QStringLiteral("baselayer"));
                setMetadata(QStringLiteral("version"), QStringLiteral("1.3"));
            }
        }
        // The two tables MBTiles requires, with their columns (tiles may be a view).
        SqlStatement tiles(m_db, "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1");
        if (tiles.step() && m_mode == Mode::ReadOnly) {
            const QByteArray sample = tiles.blob(3);
            if (QImage::fromData(sample).isNull()) {
                return tr("its tiles are not pictures Dalil can show (vector tiles are not supported)");
            }
        }
        SqlStatement meta(m_db, "SELECT name, value FROM metadata LIMIT 1");
        meta.step();
        SqlStatement expiry(m_db, "SELECT name FROM sqlite_master WHERE name = 'dalil_tile_expiry'");
        m_hasExpiry = expiry.step();
    } catch (const DbError& e) {
        if (e.message().contains(QLatin1String("no such table"))) {
            return tr("it is not an MBTiles file (it has no tiles or metadata table)");
        }
        if (e.message().contains(QLatin1String("not a database")) ||
            e.message().contains(QLatin1String("malformed"))) {
            return tr("the file is damaged or is not an MBTiles (SQLite) file");
        }
        return e.message();
    }
    bool ok = false;
    const int minZoom = metadata(QStringLiteral("minzoom")).toInt(&ok);
    if (ok) {
        m_minZoom = std::clamp(minZoom, 0, 24);
    }
    const int maxZoom = metadata(QStringLiteral("maxzoom")).toInt(&ok);
    if (ok) {
        m_maxZoom = std::clamp(maxZoom, m_minZoom, 24);
    }
    return QString();
}

std::optional<MbtilesCache::Tile> MbtilesCache::read(const TileId& tile) const
{
    if (!tile.isValid()) {
        return std::nullopt;
    }
    try {
        const int row = TileMath::tmsRow(tile.z, tile.y);
        const char* sql =
            m_hasExpiry
                ? "SELECT t.tile_data, e.expires, e.etag FROM tiles t LEFT JOIN dalil_tile_expiry e "
                  "ON e.zoom_level = t.zoom_level AND e.tile_column = t.tile_column AND e.tile_row = "
                  "t.tile_row WHERE t.zoom_level = ? AND t.tile_column = ? AND t.tile_row = ?"
                : "SELECT tile_data, NULL, NULL FROM tiles WHERE zoom_level = ? AND tile_column = ? AND "
                  "tile_row = ?";
        SqlStatement query(m_db, sql);
        query.bindAll(tile.z, tile.x, row);
        if (!query.step()) {
            return std::nullopt;
        }
        Tile result;
        result.data = query.blob(0);
        if (!query.isNull(1)) {
            result.expires = QDateTime::fromSecsSinceEpoch(query.int64(1), Qt::UTC);
        }
        result.etag = query.text(2);
        return result;
    } catch (const DbError&) {
        return std::nullopt; // a damaged page: the tile is simply not there
    }
}

bool MbtilesCache::write(const TileId& tile, const QByteArray& data, const QDateTime& expires,
                         const QString& etag)
{
    if (m_mode != Mode::Cache || !tile.isValid()) {
        return false;
    }
    try {
        const int row = TileMath::tmsRow(tile.z, tile.y);
        SqlStatement put(m_db, "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) "
                               "VALUES (?, ?, ?, ?)");
        put.bindAll(tile.z, tile.x, row);
        put.bindBlob(4, data);
        put.exec();
        SqlStatement expiry(m_db,
                            "INSERT OR REPLACE INTO dalil_tile_expiry (zoom_level, tile_column, tile_row, "
                            "expires, etag) VALUES (?, ?, ?, ?, ?)");
        expiry.bindAll(tile.z, tile.x, row);
        expires.isValid() ? expiry.bind(4, expires.toSecsSinceEpoch()) : expiry.bindNull(4);
        etag.isEmpty() ? expiry.bindNull(5) : expiry.bind(5, etag);
        expiry.exec();
        return true;
    } catch (const DbError&) {
        return false;
    }
}

bool MbtilesCache::touch(const TileId& tile, const QDateTime& expires)
{
    if (m_mode != Mode::Cache || !tile.isValid()) {
        return false;
    }
    try {
        SqlStatement update(
            m_db, "UPDATE dalil_tile_expiry SET expires = ? WHERE zoom_level = ? AND tile_column = ? "
                  "AND tile_row = ?");
        update.bindAll(expires.toSecsSinceEpoch(), tile.z, tile.x, TileMath::tmsRow(tile.z, tile.y));
        update.exec();
        return sqlite3_changes(m_db) > 0;
    } catch (const DbError&) {
        return false;
    }
}

QString MbtilesCache::metadata(const QString& name) const
{
    try {
        SqlStatement query(m_db, "SELECT value FROM metadata WHERE name = ?");
        query.bind(1, name);
        return query.step() ? query.text(0) : QString();
    } catch (const DbError&) {
        return QString();
    }
}

bool MbtilesCache::setMetadata(const QString& name, const QString& value)
{
    if (m_mode != Mode::Cache) {
        return false;
    }
    try {
        SqlStatement put(m_db, "INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)");
        put.bindAll(name, value);
        put.exec();
        return true;
    } catch (const DbError&) {
        return false;
    }
}

qint64 MbtilesCache::tileCount() const
{
    try {
        SqlStatement query(m_db, "SELECT count(*) FROM tiles");
        return query.step() ? query.int64(0) : 0;
    } catch (const DbError&) {
        return 0;
    }
}

} // namespace dalil
