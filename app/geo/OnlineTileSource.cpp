#include "geo/OnlineTileSource.h"

#include "catalogue/Plugins.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace dalil {

namespace {

constexpr int kMemoryTiles = 512;
constexpr int kQueueLimit = 96;                    // older wishes are dropped: the view has moved on
constexpr qint64 kDefaultLifetime = 7 * 24 * 3600; // when the server gives no expiry
constexpr qint64 kRetryAfterFailure = 120;

} // namespace

OnlineTileSource::OnlineTileSource(const Config& config, const QString& cachePath, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_memory(kMemoryTiles)
{
    qRegisterMetaType<dalil::TileId>();
    if (!cachePath.isEmpty()) {
        MbtilesCache::OpenResult opened = MbtilesCache::open(cachePath, MbtilesCache::Mode::Cache);
        m_cache = std::move(opened.cache);
        m_cacheError = opened.error;
        if (m_cache) {
            m_cache->setMetadata(QStringLiteral("attribution"), m_config.attribution);
        }
    }
    if (auto* factory = qobject_cast<TileFetcherFactory*>(
            Plugins::load(QStringLiteral("dalil_network"), &m_fetcherError))) {
        m_fetcher = factory->createFetcher();
        m_fetcher->setHandler(
            [this](quint64 request, const TileFetcher::Reply& reply) { finished(request, reply); });
    }
}

OnlineTileSource::~OnlineTileSource() = default; // the fetcher drops what is in flight

QString OnlineTileSource::attribution() const
{
    if (m_config.attribution == Config().attribution) {
        return QCoreApplication::translate("dalil::OnlineTileSource", "© OpenStreetMap contributors");
    }
    return m_config.attribution;
}

QByteArray OnlineTileSource::userAgent()
{
    return QByteArrayLiteral("Dalil/" DALIL_VERSION " (offline-first directory of civil society; Qt)");
}

QString OnlineTileSource::checkTemplate(const QString& urlTemplate)
{
    for (const char* part : {"{z}", "{x}", "{y}"}) {
        if (!urlTemplate.contains(QLatin1String(part))) {
            return tr("the tile address must contain %1 (e.g. https://tile.example.org/{z}/{x}/{y}.png)")
                .arg(QLatin1String(part));
        }
    }
    const QUrl url(
        QString(urlTemplate).replace(QRegularExpression(QStringLiteral("\\{[a-z]\\}")), QStringLiteral("0")));
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return tr("the tile address must start with https:// or http://");
    }
    return QString();
}

QUrl OnlineTileSource::urlFor(const TileId& tile) const
{
    QString text = m_config.urlTemplate;
    text.replace(QLatin1String("{z}"), QString::number(tile.z));
    text.replace(QLatin1String("{x}"), QString::number(tile.x));
    text.replace(QLatin1String("{y}"), QString::number(tile.y));
    static const char servers[] = {'a', 'b', 'c'};
    text.replace(QLatin1String("{s}"), QString(QLatin1Char(servers[(tile.x + tile.y) % 3])));
    return QUrl(text);
}

QImage OnlineTileSource::tile(const TileId& id)
{
    if (!id.isValid() || id.z < m_config.minZoom || id.z > m_config.maxZoom) {
        return QImage();
    }
    if (QImage* image = m_memory.object(id)) {
        return *image;
    }
    std::optional<MbtilesCache::Tile> stored;
    if (m_cache) {
        stored = m_cache->read(id);
    }
    if (stored) {
        QImage image = QImage::fromData(stored->data);
        if (!image.isNull()) {
            m_memory.insert(id, new QImage(image));
            if (!stored->isFresh() && !m_revalidated.contains(id)) {
                m_revalidated.insert(id);
                request(id, stored); // shown now, refreshed in the background
            }
            return image;
        }
    }
    request(id, std::nullopt);
    return QImage();
}

void OnlineTileSource::request(const TileId& id, const std::optional<MbtilesCache::Tile>& stale)
{
    if (m_wanted.contains(id)) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto failed = m_failedUntil.constFind(id);
    if (failed != m_failedUntil.constEnd() && failed.value() > now) {
        return;
    }
    Pending pending{id, stale ? stale->etag : QString(), QDateTime()};
    m_queue.push_back(pending);
    m_wanted.insert(id);
    while (m_queue.size() > static_cast<size_t>(kQueueLimit)) {
        m_wanted.remove(m_queue.front().tile);
        m_queue.pop_front();
    }
    pump();
}

void OnlineTileSource::pump()
{
    if (!m_fetcher) {
        // Without Qt Network (the plugin is missing) each tile fails once, saying so.
        const QDateTime retry = QDateTime::currentDateTimeUtc().addSecs(kRetryAfterFailure);
        while (!m_queue.empty()) {
            const TileId id = m_queue.back().tile;
            m_queue.pop_back();
            m_wanted.remove(id);
            m_failedUntil.insert(id, retry);
            emit tileFailed(id, m_fetcherError);
        }
        return;
    }
    while (!m_queue.empty() && m_inFlight.size() < m_config.maxConcurrent) {
        // Newest wish first: it is what the user looks at now.
        const Pending next = m_queue.back();
        m_queue.pop_back();
        TileFetcher::Request request;
        request.url = urlFor(next.tile);
        request.userAgent = userAgent();
        request.ifNoneMatch = next.etag.toUtf8();
        m_inFlight.insert(m_fetcher->get(request), next.tile);
    }
}

QDateTime OnlineTileSource::expiryOf(const TileFetcher::Reply& reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString cacheControl = QString::fromLatin1(reply.cacheControl);
    static const QRegularExpression maxAge(QStringLiteral("max-age\\s*=\\s*(\\d+)"));
    const auto match = maxAge.match(cacheControl);
    if (match.hasMatch()) {
        return now.addSecs(match.captured(1).toLongLong());
    }
    if (cacheControl.contains(QLatin1String("no-cache")) ||
        cacheControl.contains(QLatin1String("no-store"))) {
        return now;
    }
    const QByteArray& expires = reply.expires;
    if (!expires.isEmpty()) {
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(expires).trimmed(), Qt::RFC2822Date);
        if (at.isValid()) {
            return at.toUTC();
        }
    }
    return now.addSecs(kDefaultLifetime);
}

void OnlineTileSource::finished(quint64 request, const TileFetcher::Reply& reply)
{
    const auto it = m_inFlight.find(request);
    if (it == m_inFlight.end()) {
        return;
    }
    const TileId id = it.value();
    m_inFlight.erase(it);
    m_wanted.remove(id);
    const int status = reply.status;
    if (status == 304 && m_cache) {
        m_cache->touch(id, expiryOf(reply));
    } else if (reply.ok && status == 200) {
        const QByteArray& data = reply.body;
        QImage image = QImage::fromData(data);
        if (image.isNull()) {
            m_failedUntil.insert(id, QDateTime::currentDateTimeUtc().addSecs(kRetryAfterFailure));
            emit tileFailed(id, tr("the server sent something that is not a picture"));
        } else {
            if (m_cache) {
                m_cache->write(id, data, expiryOf(reply), QString::fromLatin1(reply.etag));
            }
            m_memory.insert(id, new QImage(image));
            m_failedUntil.remove(id);
            emit tileArrived(id);
            notifyArrived();
        }
    } else {
        m_failedUntil.insert(id, QDateTime::currentDateTimeUtc().addSecs(kRetryAfterFailure));
        emit tileFailed(id, reply.error);
    }
    pump();
}

} // namespace dalil
