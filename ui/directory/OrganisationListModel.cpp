#include "directory/OrganisationListModel.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueBrowser.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"

#include <QCollator>
#include <QJsonArray>

#include <algorithm>

namespace dalil {

namespace {

constexpr int kPageSize = 256;
constexpr int kMaxPages = 64;

QStringList toStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        out.append(item.toString());
    }
    return out;
}

// A rough fold (case, harakat, alef and yaa forms) so the list answers typing before the real
// search engine of app/search is plugged in; it is not a search engine and does no ranking.
QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
        const char16_t u = c.unicode();
        if ((u >= 0x064B && u <= 0x065F) || u == 0x0670 || u == 0x0640) {
            continue;
        }
        if (u == 0x0623 || u == 0x0625 || u == 0x0622 || u == 0x0671) {
            out.append(QChar(0x0627));
        } else if (u == 0x0649) {
            out.append(QChar(0x064A));
        } else if (u == 0x0629) {
            out.append(QChar(0x0647));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

OrganisationListModel::OrganisationListModel(CatalogueDocument& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
}

OrganisationListModel::Row OrganisationListModel::toRow(const QJsonObject& organisation)
{
    Row row;
    row.id = organisation.value(QLatin1String("id")).toString();
    row.nameAr = organisation.value(QLatin1String("name_ar")).toString();
    row.nameEn = organisation.value(QLatin1String("name_en")).toString();
    row.nameFr = organisation.value(QLatin1String("name_fr")).toString();
    row.acronym = organisation.value(QLatin1String("acronym")).toString();
    row.type = organisation.value(QLatin1String("type")).toString();
    row.countries = toStrings(organisation.value(QLatin1String("countries")));
    row.sectors = toStrings(organisation.value(QLatin1String("sectors")));
    row.haystack = fold(QStringList{row.nameAr, row.nameEn, row.nameFr, row.acronym}.join(QLatin1Char('\n')));
    return row;
}

void OrganisationListModel::reload()
{
    beginResetModel();
    Catalogue& catalogue = m_document.catalogue();
    m_all.clear();
    m_pages.clear();
    m_visible.clear();
    m_networkNames.clear();
    const qint64 count = catalogue.organisations().count();
    m_paged = count > kInMemoryLimit;
    if (m_paged) {
        m_total = count;
        m_facets.clear();
    } else {
        QHash<QString, QStringList> networksOf;
        catalogue.memberships().forEach([&](const QJsonObject& membership) {
            networksOf[membership.value(QLatin1String("member_id")).toString()].append(
                membership.value(QLatin1String("network_id")).toString());
        });
        m_all.reserve(int(count));
        catalogue.organisations().forEach([&](const QJsonObject& organisation) {
            Row row = toRow(organisation);
            row.networks = networksOf.value(row.id);
            m_all.append(row);
        });
        for (const Row& row : std::as_const(m_all)) {
            for (const QString& network : row.networks) {
                if (!m_networkNames.contains(network)) {
                    m_networkNames.insert(network, m_document.organisationName(network));
                }
            }
        }
    }
    applyQuery();
    endResetModel();
    emit resultsChanged();
}

void OrganisationListModel::setQuery(const DirectoryQuery& query)
{
    beginResetModel();
    m_query = query;
    applyQuery();
    endResetModel();
    emit resultsChanged();
}

bool OrganisationListModel::matches(const Row& row, const QString& skipFacet) const
{
    const QString text = fold(m_query.text.trimmed());
    if (!text.isEmpty()) {
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!row.haystack.contains(word)) {
                return false;
            }
        }
    }
    for (auto it = m_query.filters.begin(); it != m_query.filters.end(); ++it) {
        if (it.value().isEmpty() || it.key() == skipFacet) {
            continue;
        }
        const QString& facet = it.key();
        bool any = false;
        for (const QString& code : it.value()) {
            if ((facet == QLatin1String("country") && row.countries.contains(code)) ||
                (facet == QLatin1String("sector") && row.sectors.contains(code)) ||
                (facet == QLatin1String("type") && row.type == code) ||
                (facet == QLatin1String("network") && row.networks.contains(code))) {
                any = true;
                break;
            }
        }
        if (!any) {
            return false;
        }
    }
    return true;
}

void OrganisationListModel::applyQuery()
{
    m_pages.clear();
    if (m_paged) {
        return;
    }
    m_visible.clear();
    m_facets.clear();
    QMap<QString, qint64>& countries = m_facets[QStringLiteral("country")];
    QMap<QString, qint64>& sectors = m_facets[QStringLiteral("sector")];
    QMap<QString, qint64>& types = m_facets[QStringLiteral("type")];
    QMap<QString, qint64>& networks = m_facets[QStringLiteral("network")];
    for (int i = 0; i < m_all.size(); ++i) {
        const Row& row = m_all[i];
        if (matches(row, QString())) {
            m_visible.append(i);
        }
        // Each facet counts as if its own choice were not made, so its other values stay visible
        // with the number of results they would give.
        if (matches(row, QStringLiteral("country"))) {
            for (const QString& code : row.countries) {
                ++countries[code];
            }
        }
        if (matches(row, QStringLiteral("sector"))) {
            for (const QString& code : row.sectors) {
                ++sectors[code];
            }
        }
        if (!row.type.isEmpty() && matches(row, QStringLiteral("type"))) {
            ++types[row.type];
        }
        if (matches(row, QStringLiteral("network"))) {
            for (const QString& code : row.networks) {
                ++networks[code];
            }
        }
    }
    m_total = m_visible.size();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QVector<QString> keys(m_all.size());
    for (int i : std::as_const(m_visible)) {
        keys[i] = cell(m_all[i], m_sortColumn);
    }
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
        // Empty cells go last in both directions.
        if (keys[a].isEmpty() != keys[b].isEmpty()) {
            return keys[b].isEmpty();
        }
        const int order = collator.compare(keys[a], keys[b]);
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
}

void OrganisationListModel::sort(int column, Qt::SortOrder order)
{
    if (m_paged) {
        return; // storage order; ranked and sorted results come with app/search
    }
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    applyQuery();
    endResetModel();
    emit resultsChanged();
}

int OrganisationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_paged ? m_total : m_visible.size());
}

int OrganisationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OrganisationListModel::Row* OrganisationListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    if (!m_paged) {
        return &m_all[m_visible[row]];
    }
    const qint64 page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kMaxPages) {
            m_pages.clear();
        }
        QVector<Row> rows;
        CatalogueBrowser browser(m_document.catalogue());
        for (const QJsonObject& organisation :
             browser.page(tables::organisation(), page * kPageSize, kPageSize)) {
            rows.append(toRow(organisation));
        }
        it = m_pages.insert(page, rows);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

QString OrganisationListModel::cell(const Row& row, int column) const
{
    switch (column) {
    case NameColumn: {
        QJsonObject names{{QStringLiteral("name_ar"), row.nameAr},
                          {QStringLiteral("name_en"), row.nameEn},
                          {QStringLiteral("name_fr"), row.nameFr},
                          {QStringLiteral("acronym"), row.acronym}};
        return Display::organisationName(names);
    }
    case AcronymColumn:
        return row.acronym;
    case TypeColumn:
        return row.type.isEmpty() ? QString()
                                  : m_document.label(QStringLiteral("organisation_type"), row.type);
    case CountriesColumn:
        return m_document.labels(QStringLiteral("country"), row.countries);
    case SectorsColumn:
        return m_document.labels(QStringLiteral("sector"), row.sectors);
    }
    return {};
}

QVariant OrganisationListModel::data(const QModelIndex& index, int role) const
{
    const Row* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return cell(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QStringList names;
            for (const QString& name : {row->nameAr, row->nameEn, row->nameFr}) {
                if (!name.trimmed().isEmpty()) {
                    names.append(Display::isolate(name));
                }
            }
            return names.join(QLatin1Char('\n'));
        }
        return cell(*row, index.column());
    case IdRole:
        return row->id;
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
    const Row* r = rowAt(row);
    return r ? r->id : QString();
}

int OrganisationListModel::rowOf(const QString& id) const
{
    if (m_paged) {
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            for (int i = 0; i < it->size(); ++i) {
                if ((*it)[i].id == id) {
                    return int(it.key() * kPageSize + i);
                }
            }
        }
        return -1;
    }
    for (int i = 0; i < m_visible.size(); ++i) {
        if (m_all[m_visible[i]].id == id) {
            return i;
        }
    }
    return -1;
}

QStringList OrganisationListModel::resultIds() const
{
    QStringList ids;
    ids.reserve(m_visible.size());
    for (int i : m_visible) {
        ids.append(m_all[i].id);
    }
    return ids;
}

} // namespace dalil
