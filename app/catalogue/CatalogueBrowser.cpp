#include "catalogue/CatalogueBrowser.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/RecordTable.h"
#include "catalogue/SqlStatement.h"

namespace dalil {

CatalogueBrowser::CatalogueBrowser(Catalogue& catalogue)
    : m_catalogue(catalogue)
{
}

QList<QJsonObject> CatalogueBrowser::page(const TableSpec& spec, qint64 offset, int limit) const
{
    QByteArray columns = "id, rev, updated_at, deleted, dirty";
    for (const Column& c : spec.columns) {
        columns += ", ";
        columns += c.name;
    }
    const QByteArray sql =
        "SELECT " + columns + " FROM " + spec.table + " WHERE deleted = 0 ORDER BY rowid LIMIT ? OFFSET ?";
    SqlStatement query(m_catalogue.database().handle(), sql.constData());
    query.bindAll(qint64(limit), offset);
    QList<QJsonObject> rows;
    while (query.step()) {
        rows.append(RecordTable::readRow(query, spec));
    }
    return rows;
}

QMap<QString, qint64> CatalogueBrowser::valueCounts(const TableSpec& spec, const char* column) const
{
    const Column* c = spec.column(QLatin1String(column));
    if (!c) {
        throw DbError(
            QStringLiteral("no column %1 in %2").arg(QLatin1String(column), QLatin1String(spec.table)));
    }
    const QByteArray table(spec.table);
    const QByteArray name(c->name);
    const QByteArray sql = c->type == ColumnType::List
                               ? "SELECT j.value, count(*) FROM " + table + " AS t, json_each(t." + name +
                                     ") AS j WHERE t.deleted = 0 GROUP BY j.value"
                               : "SELECT " + name + ", count(*) FROM " + table + " WHERE deleted = 0 AND " +
                                     name + " IS NOT NULL GROUP BY " + name;
    SqlStatement query(m_catalogue.database().handle(), sql.constData());
    QMap<QString, qint64> counts;
    while (query.step()) {
        counts.insert(query.text(0), query.int64(1));
    }
    return counts;
}

QStringList CatalogueBrowser::organisationsNamed(const QString& name, const QString& excludeId) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty()) {
        return {};
    }
    SqlStatement query(m_catalogue.database().handle(),
                       "SELECT id FROM organisation WHERE deleted = 0 AND id IS NOT ?1 AND "
                       "(lower(trim(name_ar)) = lower(?2) OR lower(trim(name_en)) = lower(?2) OR "
                       "lower(trim(name_fr)) = lower(?2)) ORDER BY rowid");
    query.bindAll(excludeId, wanted);
    QStringList ids;
    while (query.step()) {
        ids.append(query.text(0));
    }
    return ids;
}

QList<QPair<QString, qint64>> CatalogueBrowser::networks() const
{
    SqlStatement query(m_catalogue.database().handle(),
                       "SELECT m.network_id, count(*) FROM membership AS m JOIN organisation AS o "
                       "ON o.id = m.network_id AND o.deleted = 0 WHERE m.deleted = 0 "
                       "GROUP BY m.network_id ORDER BY count(*) DESC, m.network_id");
    QList<QPair<QString, qint64>> networks;
    while (query.step()) {
        networks.append({query.text(0), query.int64(1)});
    }
    return networks;
}

QMap<QString, qint64> CatalogueBrowser::fundingDeadlinesByMonth(const QDate& from, int months) const
{
    const QString start = from.toString(Qt::ISODate);
    const QString end = from.addMonths(months).toString(Qt::ISODate);
    SqlStatement query(m_catalogue.database().handle(),
                       "SELECT substr(deadline_utc, 1, 7), count(*) FROM funding WHERE deleted = 0 AND "
                       "deadline_utc >= ?1 AND deadline_utc < ?2 GROUP BY 1");
    query.bindAll(start, end);
    QMap<QString, qint64> counts;
    for (int i = 0; i < months; ++i) {
        counts.insert(from.addMonths(i).toString(QStringLiteral("yyyy-MM")), 0);
    }
    while (query.step()) {
        counts.insert(query.text(0), query.int64(1));
    }
    return counts;
}

void CatalogueBrowser::forEachOffice(const std::function<void(const Office&)>& visit) const
{
    SqlStatement query(
        m_catalogue.database().handle(),
        "SELECT l.organisation_id, o.name_ar, o.name_en, o.name_fr, l.lon, l.lat "
        "FROM location AS l JOIN organisation AS o ON o.id = l.organisation_id AND o.deleted = 0 "
        "WHERE l.deleted = 0 AND l.lat IS NOT NULL AND l.lon IS NOT NULL ORDER BY l.rowid");
    Office office;
    while (query.step()) {
        office.organisationId = query.text(0);
        office.nameAr = query.text(1);
        office.nameEn = query.text(2);
        office.nameFr = query.text(3);
        office.lon = query.real(4);
        office.lat = query.real(5);
        visit(office);
    }
}

IdPairs CatalogueBrowser::partnershipPairs() const
{
    SqlStatement query(m_catalogue.database().handle(),
                       "SELECT p.org_a, p.org_b FROM partnership AS p "
                       "JOIN organisation AS a ON a.id = p.org_a AND a.deleted = 0 "
                       "JOIN organisation AS b ON b.id = p.org_b AND b.deleted = 0 "
                       "WHERE p.deleted = 0 ORDER BY p.rowid");
    IdPairs pairs;
    while (query.step()) {
        pairs.append(QByteArrayView(query.utf8(0)), QByteArrayView(query.utf8(1)));
    }
    pairs.squeeze();
    return pairs;
}

} // namespace dalil
