#include "geo/network/NetworkPlugin.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dalil {

namespace {

class HttpTileFetcher : public TileFetcher
{
public:
    HttpTileFetcher()
    {
        m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QObject::connect(&m_network, &QNetworkAccessManager::finished, &m_network,
                         [this](QNetworkReply* reply) { finished(reply); });
    }

    ~HttpTileFetcher() override
    {
        m_handler = nullptr;
        for (QNetworkReply* reply : m_inFlight.keys()) {
            reply->abort();
        }
    }

    void setHandler(Handler handler) override { m_handler = std::move(handler); }

    quint64 get(const Request& request) override
    {
        QNetworkRequest http(request.url);
        http.setHeader(QNetworkRequest::UserAgentHeader, request.userAgent);
        http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        http.setTransferTimeout(request.timeoutMs);
        if (!request.ifNoneMatch.isEmpty()) {
            http.setRawHeader("If-None-Match", request.ifNoneMatch);
        }
        const quint64 id = ++m_lastId;
        m_inFlight.insert(m_network.get(http), id);
        return id;
    }

private:
    void finished(QNetworkReply* reply)
    {
        reply->deleteLater();
        const quint64 id = m_inFlight.take(reply);
        if (!id || !m_handler) {
            return;
        }
        Reply answer;
        answer.ok = reply->error() == QNetworkReply::NoError;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->errorString();
        answer.body = reply->readAll();
        answer.cacheControl = reply->rawHeader("Cache-Control");
        answer.expires = reply->rawHeader("Expires");
        answer.etag = reply->rawHeader("ETag");
        m_handler(id, answer);
    }

    QNetworkAccessManager m_network;
    QHash<QNetworkReply*, quint64> m_inFlight;
    quint64 m_lastId = 0;
    Handler m_handler;
};

} // namespace

std::unique_ptr<TileFetcher> NetworkPlugin::createFetcher()
{
    return std::make_unique<HttpTileFetcher>();
}

} // namespace dalil
