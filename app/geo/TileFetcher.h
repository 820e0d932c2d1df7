#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace dalil {

// The HTTP that OnlineTileSource needs: GETs of tiles. Qt Network implements it in the plugin
// dalil_network (geo/network), loaded when online tiles are first used: linked, Qt Network (and the
// Kerberos, proxy and compression libraries it links) would be loaded at every start of the window.
class TileFetcher
{
public:
    struct Request
    {
        QUrl url;
        QByteArray userAgent;
        QByteArray ifNoneMatch; // the stored tile's ETag, to revalidate it
        int timeoutMs = 20000;
    };
    struct Reply
    {
        bool ok = false; // false: no answer (network error, timeout); `error` says why
        int status = 0;  // HTTP status
        QString error;
        QByteArray body;
        QByteArray cacheControl;
        QByteArray expires;
        QByteArray etag;
    };
    using Handler = std::function<void(quint64 request, const Reply& reply)>;

    virtual ~TileFetcher() = default; // drops what is in flight; the handler is not called again
    // Called once per request, on the fetcher's thread, after get() has returned.
    virtual void setHandler(Handler handler) = 0;
    // Starts a GET; returns the number the handler names it by.
    virtual quint64 get(const Request& request) = 0;
};

// The plugin's instance: makes fetchers.
class TileFetcherFactory
{
public:
    virtual ~TileFetcherFactory() = default;
    virtual std::unique_ptr<TileFetcher> createFetcher() = 0;
};

} // namespace dalil

#define DALIL_TILE_FETCHER_IID "org.dalil.Dalil.TileFetcherFactory/1.0"
Q_DECLARE_INTERFACE(dalil::TileFetcherFactory, DALIL_TILE_FETCHER_IID)
