#pragma once

#include "directory/DirectoryQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace dalil {

class CatalogueDocument;

// The directory's results: one row per organisation, virtualised so that a million rows cost only
// the pages on screen. A catalogue small enough to hold in memory is filtered, counted per facet and
// sorted here; a larger one is shown page by page in storage order.
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
    // Catalogues up to this size are held in memory (filters, facets and sorting work on them).
    static constexpr qint64 kInMemoryLimit = 50000;

    explicit OrganisationListModel(CatalogueDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reads the catalogue again (after an edit elsewhere, or at start).
    void reload();
    void setQuery(const DirectoryQuery& query);
    const DirectoryQuery& query() const { return m_query; }
    const FacetCounts& facets() const { return m_facets; }
    qint64 totalCount() const { return m_total; }
    bool isPaged() const { return m_paged; }
    QString idAt(int row) const;
    int rowOf(const QString& id) const;
    // Labels of the network facet (network names), for the filter panel.
    QString networkName(const QString& id) const { return m_networkNames.value(id); }
    // Ids of all current results (in memory mode), e.g. for the dashboard and the map.
    QStringList resultIds() const;

signals:
    void resultsChanged();

private:
    struct Row
    {
        QString id;
        QString nameAr, nameEn, nameFr, acronym, type;
        QStringList countries, sectors, networks;
        QString haystack; // folded names and acronym (stand-in text match until app/search lands)
    };
    void applyQuery();
    bool matches(const Row& row, const QString& skipFacet) const;
    QString cell(const Row& row, int column) const;
    const Row* rowAt(int row) const;
    static Row toRow(const QJsonObject& organisation);

    CatalogueDocument& m_document;
    DirectoryQuery m_query;
    FacetCounts m_facets;
    bool m_paged = false;
    qint64 m_total = 0;
    QVector<Row> m_all;
    QVector<int> m_visible; // indexes into m_all, in display order
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<QString, QString> m_networkNames;
    // Paged mode: page number → rows.
    mutable QHash<qint64, QVector<Row>> m_pages;
};

} // namespace dalil
