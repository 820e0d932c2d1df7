#include "search/SearchResultModel.h"

#include "search/SearchService.h"

namespace dalil {

SearchResultModel::SearchResultModel(SearchService* service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    if (m_service) {
        connect(m_service, &SearchService::resultsReady, this, &SearchResultModel::onResults);
    }
}

void SearchResultModel::setQuery(const SearchQuery& query)
{
    m_query = query;
    m_query.offset = 0;
    m_fetching = true;
    if (m_service) {
        m_searchTicket = m_service->search(m_query, true);
    }
}

void SearchResultModel::setResults(const SearchQuery& query, const SearchResults& results)
{
    beginResetModel();
    m_query = query;
    m_hits = results.hits;
    m_more = results.more;
    m_correctionNotice = results.correctionNotice();
    m_fetching = false;
    endResetModel();
}

void SearchResultModel::onResults(quint64 ticket, const SearchQuery& query, const SearchResults& results)
{
    if (ticket != m_searchTicket) {
        return;
    }
    if (query.offset == 0) {
        setResults(query, results);
        m_query.offset = 0;
        emit searchFinished(m_correctionNotice, results.error);
        return;
    }
    if (query.offset != m_hits.size()) {
        return; // a page that no longer follows the rows shown
    }
    m_fetching = false;
    m_more = results.more;
    if (results.hits.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + results.hits.size() - 1));
    m_hits.append(results.hits);
    endInsertRows();
}

const SearchHit* SearchResultModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

void SearchResultModel::setLanguage(const QString& language)
{
    m_language = language;
    if (!m_hits.isEmpty()) {
        emit dataChanged(index(0, NameColumn), index(int(m_hits.size()) - 1, NameColumn));
    }
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    const SearchHit* h = hit(index.row());
    if (!h) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            const QString& preferred = m_language == QLatin1String("en")   ? h->nameEn
                                       : m_language == QLatin1String("fr") ? h->nameFr
                                                                           : h->nameAr;
            if (!preferred.isEmpty()) {
                return preferred;
            }
            return !h->nameAr.isEmpty() ? h->nameAr : !h->nameEn.isEmpty() ? h->nameEn : h->nameFr;
        }
        case AcronymColumn:
            return h->acronym;
        case KindColumn:
            return entityKindName(h->kind);
        case CountryColumn:
            return h->country;
        default:
            return {};
        }
    case IdRole:
        return h->id;
    case KindRole:
        return entityKindName(h->kind);
    case NameArRole:
        return h->nameAr;
    case NameEnRole:
        return h->nameEn;
    case ScoreRole:
        return h->score;
    case MatchRole:
        return int(h->match);
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AcronymColumn:
        return tr("Acronym");
    case KindColumn:
        return tr("Kind");
    case CountryColumn:
        return tr("Country");
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching && m_service;
}

void SearchResultModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_fetching = true;
    SearchQuery next = m_query;
    next.offset = int(m_hits.size());
    m_service->fetchPage(next);
}

} // namespace dalil
