#pragma once

#include "directory/DirectoryQuery.h"
#include "search/SearchQuery.h"
#include "search/SearchResults.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace dalil {

class CatalogueDocument;
class SearchService;

// The directory's results, from app/search on its own thread: ranked, fetched a page at a time as
// the view scrolls (a million results cost one page), with the facet counts of the whole result.
// A stale answer (the person typed on) is dropped. A column click sorts the first kSortLimit
// results; past that the ranking stands.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AcronymColumn,
        TypeColumn,
        CountriesColumn,
        SectorsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    static constexpr int kPageSize = 200;
    static constexpr int kSortLimit = 5000;

    OrganisationListModel(CatalogueDocument& document, SearchService* service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    // Runs the current query again (after an edit, or at start).
    void reload();
    void setQuery(const DirectoryQuery& query);
    const DirectoryQuery& query() const { return m_query; }
    // The query as app/search receives it.
    SearchQuery searchQuery(int limit) const;
    const FacetCounts& facets() const { return m_facets; }
    // Results of the whole query (not only the rows fetched); -1 until counted.
    qint64 totalCount() const { return m_total; }
    bool isSearching() const { return m_searching; }
    // Why the last search could not run (the catalogue cannot be opened or read), in the UI
    // language; empty once a search has answered.
    QString searchError() const { return m_error; }
    QString correctionNotice() const { return m_correction; }
    QString idAt(int row) const;
    int rowOf(const QString& id) const;
    // The label of a facet value in the UI language (a network's name, a country…).
    QString facetLabel(const QString& facet, const QString& code) const;
    // Forget cached types and sectors (an organisation changed).
    void forgetDetails() { m_details.clear(); }

signals:
    // The first page of a new query is in.
    void resultsChanged();
    // The counts of the whole result are in.
    void facetsChanged();
    // The search could not run: searchError() says why.
    void searchFailed();

private:
    struct Details
    {
        QString type;
        QStringList sectors;
    };
    void onResults(quint64 ticket, const dalil::SearchQuery& query, const dalil::SearchResults& results);
    void onFacets(quint64 ticket, const dalil::Facets& facets);
    void onFailed(const QString& message);
    void applySort();
    QString cell(const SearchHit& hit, int column) const;
    const Details& details(const QString& id) const;

    CatalogueDocument& m_document;
    SearchService* m_service = nullptr;
    DirectoryQuery m_query;
    QList<SearchHit> m_hits;
    bool m_more = false;
    bool m_fetching = false;
    bool m_searching = false;
    quint64 m_ticket = 0;
    quint64 m_pageTicket = 0;
    qint64 m_total = -1;
    QString m_correction;
    QString m_error;
    FacetCounts m_facets;
    QHash<QString, QString> m_facetLabels; // "facet/code" → FacetCount
    QHash<QString, FacetCount> m_facetRows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<QString, Details> m_details;
};

} // namespace dalil
