#include "directory/OrganisationListModel.h"

#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "search/SearchService.h"

#include <QCollator>
#include <QJsonArray>

#include <algorithm>

namespace dalil {

OrganisationListModel::OrganisationListModel(CatalogueDocument& document, SearchService* service,
                                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_service(service)
{
    connect(m_service, &SearchService::resultsReady, this, &OrganisationListModel::onResults);
    connect(m_service, &SearchService::facetsReady, this, &OrganisationListModel::onFacets);
    connect(m_service, &SearchService::failed, this, &OrganisationListModel::onFailed);
}

void OrganisationListModel::onFailed(const QString& message)
{
    if (!m_searching) {
        return; // a page or the map's ids: the list already shows its answer
    }
    // Without an answer the list would say "Searching…" for ever.
    m_searching = false;
    m_fetching = false;
    beginResetModel();
    m_hits.clear();
    m_more = false;
    endResetModel();
    m_error = tr("The catalogue could not be searched: %1").arg(message);
    emit searchFailed();
}

SearchQuery OrganisationListModel::searchQuery(int limit) const
{
    SearchQuery query;
    query.text = m_query.text;
    query.kinds = {EntityKind::Organisation};
    query.countries = m_query.filters.value(QStringLiteral("country"));
    query.sectors = m_query.filters.value(QStringLiteral("sector"));
    query.types = m_query.filters.value(QStringLiteral("type"));
    query.networks = m_query.filters.value(QStringLiteral("network"));
    if (m_query.area.isActive()) {
        if (m_query.area.kind == AreaFilter::Radius) {
            query.near = GeoCircle{m_query.area.lat, m_query.area.lon, m_query.area.radiusKm};
        } else {
            const GeoBounds box = m_query.area.box;
            query.bbox = GeoBox{box.west, box.south, box.east, box.north};
        }
    }
    query.limit = limit;
    return query;
}

void OrganisationListModel::reload()
{
    setQuery(m_query);
}

void OrganisationListModel::setQuery(const DirectoryQuery& query)
{
    m_query = query;
    m_searching = true;
    m_fetching = false;
    m_ticket = m_service->search(searchQuery(m_sortColumn >= 0 ? kSortLimit : kPageSize), true);
}

void OrganisationListModel::onResults(quint64 ticket, const SearchQuery& query, const SearchResults& results)
{
    // A further page (and the map's request for all the ids) comes back with the ticket of the
    // search it continues: only the answer the search itself is waiting for is a first page.
    if (ticket == m_ticket && m_searching) {
        if (!results.error.isEmpty()) {
            onFailed(results.error);
            return;
        }
        m_error.clear();
        // A new first page: replaces what is shown.
        beginResetModel();
        m_hits = results.hits;
        m_more = results.more && m_sortColumn < 0;
        m_correction = results.correctionNotice();
        m_searching = false;
        applySort();
        endResetModel();
        emit resultsChanged();
        return;
    }
    if (ticket != m_pageTicket || query.offset != m_hits.size()) {
        return; // a page of an older query, or one that no longer follows the rows shown
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

void OrganisationListModel::onFacets(quint64 ticket, const Facets& facets)
{
    if (ticket != m_ticket) {
        return;
    }
    m_total = facets.total;
    m_facets.clear();
    m_facetRows.clear();
    const QList<QPair<QString, const QList<FacetCount>*>> groups = {
        {QStringLiteral("country"), &facets.countries},
        {QStringLiteral("sector"), &facets.sectors},
        {QStringLiteral("type"), &facets.types},
        {QStringLiteral("network"), &facets.networks}};
    for (const auto& [name, counts] : groups) {
        QMap<QString, qint64>& map = m_facets[name];
        for (const FacetCount& count : *counts) {
            map.insert(count.value, count.count);
            m_facetRows.insert(name + QLatin1Char('/') + count.value, count);
        }
    }
    emit facetsChanged();
}

QString OrganisationListModel::facetLabel(const QString& facet, const QString& code) const
{
    if (facet == QLatin1String("country")) {
        return m_document.label(QStringLiteral("country"), code);
    }
    if (facet == QLatin1String("sector")) {
        return m_document.label(QStringLiteral("sector"), code);
    }
    if (facet == QLatin1String("type")) {
        return m_document.label(QStringLiteral("organisation_type"), code);
    }
    const auto it = m_facetRows.constFind(facet + QLatin1Char('/') + code);
    const QString label = it == m_facetRows.constEnd() ? QString() : it->label(Display::language());
    return label.isEmpty() ? m_document.organisationName(code) : label;
}

bool OrganisationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching && !m_searching;
}

void OrganisationListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    SearchQuery query = searchQuery(kPageSize);
    query.offset = int(m_hits.size());
    m_fetching = true;
    m_pageTicket = m_service->fetchPage(query);
}

void OrganisationListModel::sort(int column, Qt::SortOrder order)
{
    const bool wasSorted = m_sortColumn >= 0;
    m_sortColumn = column;
    m_sortOrder = order;
    if ((column >= 0 && m_more) || (column < 0 && wasSorted)) {
        // More results than fetched (ask for enough rows to sort), or back to the ranking.
        setQuery(m_query);
        return;
    }
    beginResetModel();
    applySort();
    endResetModel();
    emit resultsChanged();
}

void OrganisationListModel::applySort()
{
    if (m_sortColumn < 0) {
        return; // the ranking of app/search
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QVector<QPair<QString, int>> keys;
    keys.reserve(m_hits.size());
    for (int i = 0; i < m_hits.size(); ++i) {
        keys.append({cell(m_hits[i], m_sortColumn), i});
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        // Empty cells go last in both directions.
        if (a.first.isEmpty() != b.first.isEmpty()) {
            return b.first.isEmpty();
        }
        const int order = collator.compare(a.first, b.first);
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
    QList<SearchHit> sorted;
    sorted.reserve(m_hits.size());
    for (const auto& key : std::as_const(keys)) {
        sorted.append(m_hits[key.second]);
    }
    m_hits = sorted;
}

const OrganisationListModel::Details& OrganisationListModel::details(const QString& id) const
{
    auto it = m_details.find(id);
    if (it == m_details.end()) {
        Details details;
        if (const auto record = m_document.organisation(id)) {
            details.type = record->value(QLatin1String("type")).toString();
            for (const QJsonValue& sector : record->value(QLatin1String("sectors")).toArray()) {
                details.sectors.append(sector.toString());
            }
        }
        it = m_details.insert(id, details);
    }
    return *it;
}

QString OrganisationListModel::cell(const SearchHit& hit, int column) const
{
    switch (column) {
    case NameColumn: {
        const QJsonObject names{{QStringLiteral("name_ar"), hit.nameAr},
                                {QStringLiteral("name_en"), hit.nameEn},
                                {QStringLiteral("name_fr"), hit.nameFr},
                                {QStringLiteral("acronym"), hit.acronym}};
        return Display::organisationName(names);
    }
    case AcronymColumn:
        return hit.acronym;
    case TypeColumn: {
        const QString type = details(hit.id).type;
        return type.isEmpty() ? QString() : m_document.label(QStringLiteral("organisation_type"), type);
    }
    case CountriesColumn:
        return m_document.labels(QStringLiteral("country"), hit.countries);
    case SectorsColumn:
        return m_document.labels(QStringLiteral("sector"), details(hit.id).sectors);
    }
    return {};
}

int OrganisationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int OrganisationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size()) {
        return {};
    }
    const SearchHit& hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return cell(hit, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QStringList names;
            for (const QString& name : {hit.nameAr, hit.nameEn, hit.nameFr}) {
                if (!name.trimmed().isEmpty()) {
                    names.append(Display::isolate(name));
                }
            }
            return names.join(QLatin1Char('\n'));
        }
        return cell(hit, index.column());
    case IdRole:
        return hit.id;
    default:
        return {};
    }
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AcronymColumn:
        return tr("Acronym");
    case TypeColumn:
        return tr("Type");
    case CountriesColumn:
        return tr("Countries");
    case SectorsColumn:
        return tr("Sectors");
    }
    return {};
}

QString OrganisationListModel::idAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits[row].id : QString();
}

int OrganisationListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace dalil
