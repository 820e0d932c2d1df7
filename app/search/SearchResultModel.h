#pragma once

#include "search/SearchQuery.h"
#include "search/SearchResults.h"

#include <QAbstractTableModel>

namespace dalil {

class SearchService;

// The result list of a search, fetched a page at a time as a view scrolls (canFetchMore /
// fetchMore), so a query that finds a million records costs one page. No widgets.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AcronymColumn,
        KindColumn,
        CountryColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString entity id
        KindRole,                  // QString "organisation" | "funding" | "resource" | "event"
        NameArRole,
        NameEnRole,
        ScoreRole,
        MatchRole // int SearchHit::Match
    };

    explicit SearchResultModel(SearchService* service, QObject* parent = nullptr);

    // Starts a new search (page size = query.limit); rows arrive asynchronously.
    void setQuery(const SearchQuery& query);
    const SearchQuery& query() const { return m_query; }
    // Shows results computed elsewhere (tests, the CLI-like synchronous path).
    void setResults(const SearchQuery& query, const SearchResults& results);
    const SearchHit* hit(int row) const;
    QString correctionNotice() const { return m_correctionNotice; }
    // Names are shown in this language first ("ar", "en", "fr"); default "ar".
    void setLanguage(const QString& language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

signals:
    // The first page of a new query arrived (or the query failed: error non-empty).
    void searchFinished(const QString& correctionNotice, const QString& error);

private:
    void onResults(quint64 ticket, const dalil::SearchQuery& query, const dalil::SearchResults& results);

    SearchService* m_service = nullptr;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
    QString m_correctionNotice;
    QString m_language = QStringLiteral("ar");
    quint64 m_searchTicket = 0;
    quint64 m_pageTicket = 0;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace dalil
