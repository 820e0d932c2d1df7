#pragma once

#include "search/SearchQuery.h"
#include "search/SearchResults.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace dalil {

class SearchEngine;
class SearchWorker;

// Runs a SearchEngine on a thread of its own, for the GUI. Every request gets a ticket; a newer
// search() cancels the one still running, so typing fast never queues stale work. Signals arrive
// on the thread that created the service.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(const QString& cataloguePath, QObject* parent = nullptr);
    ~SearchService() override;

    // Ranked hits (resultsReady), then, when withFacets, the counts (facetsReady).
    quint64 search(const SearchQuery& query, bool withFacets = true);
    // A further page of the same query (query.offset set by the caller); does not cancel.
    quint64 fetchPage(const SearchQuery& query);
    quint64 lastTicket() const { return m_ticket.load(); }

signals:
    void resultsReady(quint64 ticket, const dalil::SearchQuery& query, const dalil::SearchResults& results);
    void facetsReady(quint64 ticket, const dalil::Facets& facets);
    // The catalogue could not be opened or searched (one line for the status bar).
    void failed(const QString& message);

private:
    QThread* m_thread = nullptr;
    SearchWorker* m_worker = nullptr;
    std::atomic<quint64> m_ticket{0};
    // The engine once open (set on the service's thread, read here to cancel), and whether the
    // service is being destroyed.
    std::atomic<SearchEngine*> m_engine{nullptr};
    std::atomic<bool> m_quitting{false};
};

} // namespace dalil

Q_DECLARE_METATYPE(dalil::SearchQuery)
Q_DECLARE_METATYPE(dalil::SearchResults)
Q_DECLARE_METATYPE(dalil::Facets)
