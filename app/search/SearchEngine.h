#pragma once

// Usage (GUI, off the GUI thread):
//
//     auto* service = new SearchService(catalogue.path(), this);   // its own thread + connection
//     auto* model = new SearchResultModel(service, this);          // QAbstractTableModel, lazy
//     view->setModel(model);
//     model->setQuery(query);            // as the user types: ranked hits arrive first, then
//                                        // facet counts (SearchService::facetsReady); a newer
//                                        // query cancels the one still running
//     connect(service, &SearchService::facetsReady, panel, ...);
//
// Usage (CLI, tests, one thread):
//
//     auto opened = SearchEngine::open(path);  // or SearchEngine engine(catalogue.database());
//     SearchQuery query;
//     query.text = QStringLiteral("الهلال الاحمر");
//     query.countries = {QStringLiteral("EG")};
//     SearchResults results = opened.engine->search(query, /*withFacets=*/true);
//     if (results.corrected()) show(results.correctionNotice());
//
// One SearchEngine serves one thread at a time; cancel() alone may be called from another thread.
// It reads through its own SQLite connection (WAL lets it read while the GUI writes) and notices
// other connections' commits (PRAGMA data_version), so it never shows a stale index for long.
//
// How it stays fast on a million records (DESIGN.md "Search", measured in tests/bench/bench_search):
// the index's row ids are ordered by a static importance (most important first), so an unranked
// FTS5 MATCH that stops after a bounded number of candidates returns the most important matches;
// exact names and acronyms come from their own B-tree (search_key); only the candidates are scored
// (BM25F over names and text, in C++); filters and facet counts run over a compact in-memory copy
// of the filter fields, loaded once per catalogue change.

#include "search/SearchQuery.h"
#include "search/SearchResults.h"

#include <QString>

#include <atomic>
#include <memory>

namespace dalil {

class Database;

class SearchEngine
{
public:
    struct OpenResult
    {
        std::unique_ptr<SearchEngine> engine;
        QString error; // one line naming the file and the problem
    };

    // Opens a connection of its own on the catalogue file (rebuilding the index if it is stale).
    static OpenResult open(const QString& cataloguePath);
    // Searches through an existing connection (same thread as its other users).
    explicit SearchEngine(Database& db);
    ~SearchEngine();

    SearchEngine(const SearchEngine&) = delete;
    SearchEngine& operator=(const SearchEngine&) = delete;

    // Ranked hits for query.limit rows from query.offset: an exact name or acronym first, then the
    // start of a name, then BM25F, ties by importance then id. With typo tolerance, a query that
    // finds little is retried with corrected words (results.correctedText).
    SearchResults search(const SearchQuery& query, bool withFacets = false);
    // Counts of the whole result per country, sector, type and network, and the total.
    Facets facets(const SearchQuery& query);
    // Ids of every record the query finds, in rank order of the index (importance), for exports
    // and the map; no scoring, no paging.
    QStringList allIds(const SearchQuery& query);

    // Loads the filter and facet data now (otherwise the first filtered search does it).
    void warmUp();
    // Bytes held in memory for filters and facet counts (the app's memory budget, bench_search).
    qint64 memoryBytes() const;
    // Thread-safe: the running search() or facets() returns early with results.error set.
    void cancel();

    Database& database() { return *m_db; }

private:
    class Impl;
    std::unique_ptr<Database> m_ownedDb;
    Database* m_db = nullptr;
    std::unique_ptr<Impl> m_impl;
};

} // namespace dalil
