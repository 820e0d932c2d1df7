// Online tiles and MBTiles: what Dalil writes is an MBTiles file the cache (and other tools) read
// back, rows in TMS order; HTTP expiry is kept and honoured; a User-Agent names Dalil; failures
// never block; a coarser tile stands in while one loads; a damaged or foreign file is refused with
// a message. The "server" is a small HTTP responder on 127.0.0.1 inside the test.
#include "TilePng.h"

#include "geo/MapRenderer.h"
#include "geo/MbtilesCache.h"
#include "geo/MbtilesTileProvider.h"
#include "geo/Mercator.h"
#include "geo/OnlineTileSource.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <sqlite3.h>

using namespace dalil;

namespace {

// Serves /z/x/y.png from a map of tiles; remembers what it was asked and with which User-Agent.
class TileServer : public QObject
{
public:
    TileServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server.serverPort());
    }
    QHash<QString, QByteArray> tiles;
    QString cacheControl = QStringLiteral("max-age=3600");
    QStringList paths;
    QByteArray lastUserAgent;
    QByteArray lastIfNoneMatch;

private:
    void answer(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n")) {
            return;
        }
        const QList<QByteArray> lines = buffer.split('\n');
        const QString path = QString::fromLatin1(lines.first().split(' ').value(1));
        paths << path;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("user-agent:")) {
                lastUserAgent = line.mid(11).trimmed();
            }
            if (line.toLower().startsWith("if-none-match:")) {
                lastIfNoneMatch = line.mid(14).trimmed();
            }
        }
        QByteArray response;
        const auto it = tiles.constFind(path);
        if (it == tiles.constEnd()) {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else if (!lastIfNoneMatch.isEmpty() && lastIfNoneMatch == "\"v1\"") {
            response = "HTTP/1.1 304 Not Modified\r\nCache-Control: " + cacheControl.toLatin1() +
                       "\r\nETag: \"v1\"\r\nConnection: close\r\n\r\n";
        } else {
            response =
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: " + cacheControl.toLatin1() +
                "\r\nETag: \"v1\"\r\nContent-Length: " + QByteArray::number(it->size()) +
                "\r\nConnection: close\r\n\r\n" + *it;
        }
        lastIfNoneMatch.clear();
        socket->write(response);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestTiles : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void writtenMbtilesIsReadBack();
    void expiryIsKept();
    void userFileAsOfflineBasemap();
    void corruptOrForeignFilesAreRefused_data();
    void corruptOrForeignFilesAreRefused();
    void onlineTilesAreFetchedCachedAndNamed();
    void staleTileIsShownAndRevalidated();
    void missingTileNeverBlocks();
    void templates();
    void coarserTileStandsInWhileLoading();

private:
    QTemporaryDir m_dir;
};

void TestTiles::writtenMbtilesIsReadBack()
{
    const QString path = m_dir.filePath(QStringLiteral("cache.mbtiles"));
    const QByteArray red = dalil::test::pngTile(Qt::red);
    const TileId beirut{10, 612, 409};
    {
        auto opened = MbtilesCache::open(path, MbtilesCache::Mode::Cache);
        QVERIFY2(opened.cache, qPrintable(opened.error));
        QVERIFY(opened.cache->write(beirut, red, QDateTime::currentDateTimeUtc().addDays(3)));
        QVERIFY(opened.cache->write({0, 0, 0}, dalil::test::pngTile(Qt::blue), QDateTime()));
        QCOMPARE(opened.cache->tileCount(), 2);
    }
    // Read back by a fresh cache, as Dalil does on the next start.
    auto reopened = MbtilesCache::open(path, MbtilesCache::Mode::ReadOnly);
    QVERIFY2(reopened.cache, qPrintable(reopened.error));
    const auto tile = reopened.cache->read(beirut);
    QVERIFY(tile);
    QCOMPARE(tile->data, red);
    QVERIFY(!reopened.cache->read({10, 612, 410}));
    QCOMPARE(reopened.cache->metadata(QStringLiteral("format")), QStringLiteral("png"));
    // A plain MBTiles reader sees the TMS row (2^z − 1 − y) and a BLOB.
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    QCOMPARE(sqlite3_prepare_v2(
                 db,
                 "SELECT tile_row, typeof(tile_data) FROM tiles WHERE zoom_level = 10 AND tile_column = 612",
                 -1, &stmt, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(stmt, 0), 614);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1))), QByteArray("blob"));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    // A read-only file is never written.
    QVERIFY(!reopened.cache->write({1, 0, 0}, red, QDateTime()));
}

void TestTiles::expiryIsKept()
{
    const QString path = m_dir.filePath(QStringLiteral("expiry.mbtiles"));
    auto opened = MbtilesCache::open(path, MbtilesCache::Mode::Cache);
    QVERIFY(opened.cache);
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(opened.cache->write({3, 4, 3}, dalil::test::pngTile(Qt::green), past, QStringLiteral("\"abc\"")));
    auto tile = opened.cache->read({3, 4, 3});
    QVERIFY(tile);
    QVERIFY(!tile->isFresh());
    QCOMPARE(tile->etag, QStringLiteral("\"abc\""));
    QCOMPARE(tile->expires.toSecsSinceEpoch(), past.toSecsSinceEpoch());
    QVERIFY(opened.cache->touch({3, 4, 3}, QDateTime::currentDateTimeUtc().addSecs(600)));
    QVERIFY(opened.cache->read({3, 4, 3})->isFresh());
}

void TestTiles::userFileAsOfflineBasemap()
{
    const QString path = m_dir.filePath(QStringLiteral("user.mbtiles"));
    {
        auto opened = MbtilesCache::open(path, MbtilesCache::Mode::Cache);
        QVERIFY(opened.cache);
        opened.cache->write({2, 2, 1}, dalil::test::pngTile(Qt::darkGreen), QDateTime());
        opened.cache->setMetadata(QStringLiteral("attribution"),
                                  QStringLiteral("<a href=\"https://x\">© Test Maps</a>"));
        opened.cache->setMetadata(QStringLiteral("maxzoom"), QStringLiteral("6"));
    }
    auto provider = MbtilesTileProvider::open(path);
    QVERIFY2(provider.provider, qPrintable(provider.error));
    QCOMPARE(provider.provider->attribution(), QStringLiteral("© Test Maps"));
    QCOMPARE(provider.provider->maxZoom(), 6);
    QCOMPARE(provider.provider->tile({2, 2, 1}).pixelColor(5, 5), QColor(Qt::darkGreen));
    QVERIFY(provider.provider->tile({2, 3, 1}).isNull());
}

void TestTiles::corruptOrForeignFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("random bytes") << QByteArray(4096, 'x') << "damaged";
    QTest::newRow("a PNG renamed") << dalil::test::pngTile(Qt::red) << "damaged";
    QTest::newRow("empty file") << QByteArray() << "no tiles or metadata table";
    QTest::newRow("missing file") << QByteArray("MISSING") << "does not exist";
    QTest::newRow("vector tiles") << QByteArray("PBF") << "not pictures";
    QTest::newRow("another SQLite database") << QByteArray("OTHERDB") << "no tiles or metadata table";
}

void TestTiles::corruptOrForeignFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.mbtiles")
                                            .arg(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    if (content == "PBF" || content == "OTHERDB") {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const char* sql =
            content == "PBF"
                ? "CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, "
                  "tile_column INTEGER, tile_row INTEGER, tile_data BLOB); INSERT INTO tiles VALUES (0, 0, "
                  "0, x'1a2b3c4d5e6f');"
                : "CREATE TABLE organisation (id TEXT);";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    } else if (content != "MISSING") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto provider = MbtilesTileProvider::open(path);
    QVERIFY(!provider.provider);
    QVERIFY2(provider.error.contains(path), qPrintable(provider.error));
    QVERIFY2(provider.error.contains(mentions), qPrintable(provider.error));
    QVERIFY2(provider.error.contains(QLatin1String("built-in basemap")), qPrintable(provider.error));
    if (content != "MISSING") {
        // The file is left as it was: refused, not "repaired".
        QCOMPARE(QFileInfo(path).size() > 0 || content.isEmpty(), true);
    }
    // As the online cache, a damaged file is refused too (and the source works without a disk cache).
    if (content == QByteArray(4096, 'x')) {
        OnlineTileSource source({}, path);
        QVERIFY(!source.cache());
        QVERIFY(source.cacheError().contains(QLatin1String("damaged")));
    }
}

void TestTiles::onlineTilesAreFetchedCachedAndNamed()
{
    TileServer server;
    server.tiles.insert(QStringLiteral("/4/9/6.png"), dalil::test::pngTile(Qt::magenta));
    const QString cachePath = m_dir.filePath(QStringLiteral("online.mbtiles"));
    OnlineTileSource::Config config;
    config.urlTemplate = server.urlTemplate();
    config.attribution = QStringLiteral("© Test tiles");
    {
        OnlineTileSource source(config, cachePath);
        QVERIFY2(source.cache(), qPrintable(source.cacheError()));
        QSignalSpy arrived(&source, &OnlineTileSource::tileArrived);
        int notified = 0;
        source.setListener([&] { ++notified; });
        QVERIFY(source.tile({4, 9, 6}).isNull()); // not here yet: asked for, not waited for
        QVERIFY(arrived.wait(30000));
        QCOMPARE(arrived.first().first().value<TileId>(), (TileId{4, 9, 6}));
        QCOMPARE(notified, 1);
        QCOMPARE(source.tile({4, 9, 6}).pixelColor(1, 1), QColor(Qt::magenta));
        QVERIFY2(server.lastUserAgent.startsWith("Dalil/" DALIL_VERSION), server.lastUserAgent.constData());
        const auto stored = source.cache()->read({4, 9, 6});
        QVERIFY(stored);
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(stored->expires);
        QVERIFY2(lifetime > 3500 && lifetime <= 3600, qPrintable(QString::number(lifetime)));
        QCOMPARE(stored->etag, QStringLiteral("\"v1\""));
    }
    // Another run, same cache: no network needed while the tile is fresh.
    const int asked = server.paths.size();
    OnlineTileSource again(config, cachePath);
    QCOMPARE(again.tile({4, 9, 6}).pixelColor(1, 1), QColor(Qt::magenta));
    QTest::qWait(100);
    QCOMPARE(server.paths.size(), asked);
    QCOMPARE(again.pendingRequests(), 0);
}

void TestTiles::staleTileIsShownAndRevalidated()
{
    TileServer server;
    server.tiles.insert(QStringLiteral("/5/19/12.png"), dalil::test::pngTile(Qt::yellow));
    const QString cachePath = m_dir.filePath(QStringLiteral("stale.mbtiles"));
    {
        auto opened = MbtilesCache::open(cachePath, MbtilesCache::Mode::Cache);
        opened.cache->write({5, 19, 12}, dalil::test::pngTile(Qt::yellow),
                            QDateTime::currentDateTimeUtc().addSecs(-10), QStringLiteral("\"v1\""));
    }
    OnlineTileSource::Config config;
    config.urlTemplate = server.urlTemplate();
    OnlineTileSource source(config, cachePath);
    QCOMPARE(source.tile({5, 19, 12}).pixelColor(0, 0), QColor(Qt::yellow)); // shown at once
    QTRY_VERIFY_WITH_TIMEOUT(server.paths.contains(QStringLiteral("/5/19/12.png")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(source.pendingRequests() == 0, 30000);
    QVERIFY(source.cache()->read({5, 19, 12})->isFresh()); // 304 moved the expiry
}

void TestTiles::missingTileNeverBlocks()
{
    TileServer server;
    OnlineTileSource::Config config;
    config.urlTemplate = server.urlTemplate();
    OnlineTileSource source(config, QString());
    QSignalSpy failed(&source, &OnlineTileSource::tileFailed);
    QVERIFY(source.tile({6, 1, 1}).isNull());
    QVERIFY(failed.wait(30000));
    const int asked = server.paths.size();
    // Asked again at once (every frame does): not re-requested for a while.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(source.tile({6, 1, 1}).isNull());
    }
    QTest::qWait(100);
    QCOMPARE(server.paths.size(), asked);
    // Unreachable server: same, and nothing waits.
    config.urlTemplate = QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png");
    OnlineTileSource nowhere(config, QString());
    QSignalSpy failedToo(&nowhere, &OnlineTileSource::tileFailed);
    QVERIFY(nowhere.tile({3, 1, 1}).isNull());
    QVERIFY(failedToo.wait(30000));
}

void TestTiles::templates()
{
    QVERIFY(OnlineTileSource::checkTemplate(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEmpty());
    QVERIFY(OnlineTileSource::checkTemplate(QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .isEmpty());
    QVERIFY(OnlineTileSource::checkTemplate(QStringLiteral("https://tile.example.org/{z}/{x}.png"))
                .contains(QLatin1String("{y}")));
    QVERIFY(OnlineTileSource::checkTemplate(QStringLiteral("ftp://tile.example.org/{z}/{x}/{y}.png"))
                .contains(QLatin1String("https://")));
    OnlineTileSource::Config config;
    config.urlTemplate = QStringLiteral("https://{s}.example.org/{z}/{x}/{y}.png");
    OnlineTileSource source(config, QString());
    QCOMPARE(source.urlFor({10, 612, 409}).toString(),
             QStringLiteral("https://b.example.org/10/612/409.png"));
    QVERIFY(OnlineTileSource::userAgent().contains("Dalil/"));
    // The default is OpenStreetMap, with its attribution.
    QCOMPARE(OnlineTileSource::Config().attribution, QStringLiteral("© OpenStreetMap contributors"));
}

void TestTiles::coarserTileStandsInWhileLoading()
{
    // Only the zoom-3 tile over the Levant exists: at zoom 6 the renderer scales it up.
    class OneTile : public TileProvider
    {
    public:
        QImage tile(const TileId& t) override
        {
            if (t == TileId{3, 4, 3}) {
                QImage image(256, 256, QImage::Format_RGB32);
                image.fill(QColor(0x20, 0x90, 0x40));
                return image;
            }
            return QImage();
        }
        QString attribution() const override { return QStringLiteral("© one tile"); }
    } provider;
    MapRenderer renderer;
    renderer.setShowLabels(false);
    renderer.setTileProvider(&provider);
    QVERIFY(renderer.attribution().contains(QStringLiteral("© one tile")));
    const MapViewport view(Mercator::project(38, 34), 6, QSize(400, 300));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(painter, view);
    painter.end();
    QCOMPARE(image.pixelColor(200, 150), QColor(0x20, 0x90, 0x40));
    // Where no tile covers the view, the offline basemap shows (sea and land, never blank).
    const MapViewport pacific(Mercator::project(-150, 0), 6, QSize(400, 300));
    QImage elsewhere(pacific.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p2(&elsewhere);
    renderer.render(p2, pacific);
    p2.end();
    QCOMPARE(elsewhere.pixelColor(200, 150).rgb(), renderer.style().sea.rgb());
}

QTEST_MAIN(TestTiles)
#include "tst_tiles.moc"
