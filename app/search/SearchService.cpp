#include "search/SearchService.h"

#include "search/SearchEngine.h"

#include <QMetaObject>
#include <QThread>

namespace dalil {

// Lives on the service's thread and owns the engine there (SQLite connections stay on one thread).
class SearchWorker : public QObject
{
public:
    std::unique_ptr<SearchEngine> engine;
    QString error;
};

SearchService::SearchService(const QString& cataloguePath, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SearchWorker)
{
    qRegisterMetaType<dalil::SearchQuery>("dalil::SearchQuery");
    qRegisterMetaType<dalil::SearchResults>("dalil::SearchResults");
    qRegisterMetaType<dalil::Facets>("dalil::Facets");
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    SearchWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, cataloguePath] {
        SearchEngine::OpenResult opened = SearchEngine::open(cataloguePath);
        if (!opened.engine) {
            worker->error = opened.error;
            emit failed(opened.error);
            return;
        }
        worker->engine = std::move(opened.engine);
        // Published before the check, so that a destructor running now either sees the engine
        // (and cancels it) or is seen here.
        m_engine = worker->engine.get();
        if (!m_quitting) {
            worker->engine->warmUp();
        }
    });
}

SearchService::~SearchService()
{
    m_ticket = std::numeric_limits<quint64>::max() / 2;
    m_quitting = true;
    // Loading a million records into the engine takes seconds: stop it rather than wait.
    if (SearchEngine* engine = m_engine.load()) {
        engine->cancel();
    }
    m_thread->quit();
    m_thread->wait();
}

quint64 SearchService::search(const SearchQuery& query, bool withFacets)
{
    const quint64 ticket = ++m_ticket;
    if (SearchEngine* engine = m_engine.load()) {
        engine->cancel(); // the older search still running returns at once
    }
    SearchWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, ticket, query, withFacets] {
        if (ticket != m_ticket.load()) {
            return; // superseded while queued
        }
        if (!worker->engine) {
            emit failed(worker->error);
            return;
        }
        const SearchResults results = worker->engine->search(query, false);
        if (ticket != m_ticket.load()) {
            return;
        }
        emit resultsReady(ticket, query, results);
        if (withFacets && results.error.isEmpty()) {
            const Facets facets = worker->engine->facets(query);
            if (ticket == m_ticket.load() && facets.valid) {
                emit facetsReady(ticket, facets);
            }
        }
    });
    return ticket;
}

quint64 SearchService::fetchPage(const SearchQuery& query)
{
    const quint64 searchTicket = m_ticket.load();
    SearchWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, searchTicket, query] {
        if (searchTicket != m_ticket.load() || !worker->engine) {
            return;
        }
        const SearchResults results = worker->engine->search(query, false);
        if (searchTicket == m_ticket.load()) {
            emit resultsReady(searchTicket, query, results);
        }
    });
    return searchTicket;
}

} // namespace dalil
