#include "catalogue/LocationRepository.h"

#include "catalogue/Database.h"
#include "catalogue/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dalil {

using namespace validation;

LocationRepository::LocationRepository(Database& db)
    : RecordTable(db, tables::location())
{
}

QList<FieldError> LocationRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireField(record, "organisation_id", errors);
    checkCoordinates(record, errors);
    checkCountry(record, "country", errors);
    return errors;
}

namespace {

QByteArray jsonList(const QStringList& values)
{
    return values.isEmpty()
               ? QByteArray()
               : QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact);
}

} // namespace

void LocationRepository::forEachPoint(const QString& language, const OfficeFilter& filter,
                                      const std::function<void(const OfficePoint&)>& visit) const
{
    // Lists arrive as JSON arrays (bound, never spliced into the SQL) and are read with json_each.
    static const char* const sql = R"SQL(
SELECT l.organisation_id,
       CASE ?1 WHEN 'ar' THEN COALESCE(NULLIF(o.name_ar, ''), NULLIF(o.name_en, ''), NULLIF(o.name_fr, ''), o.acronym)
               WHEN 'fr' THEN COALESCE(NULLIF(o.name_fr, ''), NULLIF(o.name_en, ''), NULLIF(o.name_ar, ''), o.acronym)
               ELSE COALESCE(NULLIF(o.name_en, ''), NULLIF(o.name_fr, ''), NULLIF(o.name_ar, ''), o.acronym) END,
       l.lat, l.lon, l.country
FROM location l JOIN organisation o ON o.id = l.organisation_id
WHERE l.deleted = 0 AND o.deleted = 0 AND l.lat IS NOT NULL AND l.lon IS NOT NULL
  AND (?2 IS NULL OR l.country IN (SELECT value FROM json_each(?2))
       OR EXISTS (SELECT 1 FROM json_each(o.countries) c WHERE c.value IN (SELECT value FROM json_each(?2))))
  AND (?3 IS NULL OR EXISTS (SELECT 1 FROM json_each(o.sectors) s WHERE s.value IN (SELECT value FROM json_each(?3))))
  AND (?4 IS NULL OR o.type IN (SELECT value FROM json_each(?4)))
  AND (?5 = 0 OR (l.lat BETWEEN ?6 AND ?7
                  AND CASE WHEN ?8 <= ?9 THEN l.lon BETWEEN ?8 AND ?9 ELSE (l.lon >= ?8 OR l.lon <= ?9) END))
ORDER BY l.rowid
)SQL";
    SqlStatement& query = m_db.statement(sql);
    query.reset();
    query.bind(1, language);
    const QByteArray countries = jsonList(filter.countries);
    const QByteArray sectors = jsonList(filter.sectors);
    const QByteArray types = jsonList(filter.types);
    countries.isEmpty() ? query.bindNull(2) : query.bind(2, countries);
    sectors.isEmpty() ? query.bindNull(3) : query.bind(3, sectors);
    types.isEmpty() ? query.bindNull(4) : query.bind(4, types);
    query.bind(5, filter.hasBox ? 1 : 0);
    query.bind(6, filter.south);
    query.bind(7, filter.north);
    query.bind(8, filter.west);
    query.bind(9, filter.east);
    OfficePoint point;
    while (query.step()) {
        point.organisationId = query.text(0);
        point.name = query.text(1);
        point.lat = query.real(2);
        point.lon = query.real(3);
        point.country = query.text(4);
        visit(point);
    }
    query.reset();
}

} // namespace dalil
