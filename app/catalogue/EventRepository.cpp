#include "catalogue/EventRepository.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/Validation.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dalil {

using namespace validation;

EventRepository::EventRepository(Database& db)
    : RecordTable(db, tables::event())
{
}

QList<FieldError> EventRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireTitle(record, errors);
    // Without a start and its zone the event cannot be placed in anyone's calendar.
    requireField(record, "start_utc", errors);
    checkDateTime(record, "start_utc", errors);
    checkDateTime(record, "end_utc", errors);
    requireField(record, "tz", errors);
    checkTimeZone(record, "tz", errors);
    checkCoordinates(record, errors);
    checkCountry(record, "country", errors);
    checkUrl(record, "online_link", errors);
    checkLanguages(record, "languages", errors);
    const QDateTime start =
        QDateTime::fromString(record.value(QLatin1String("start_utc")).toString(), Qt::ISODate);
    const QDateTime end =
        QDateTime::fromString(record.value(QLatin1String("end_utc")).toString(), Qt::ISODate);
    if (start.isValid() && end.isValid() && end < start) {
        errors.append(
            {QStringLiteral("end_utc"),
             QCoreApplication::translate("dalil::EventRepository", "the event ends before it starts")});
    }
    return errors;
}

bool EventRepository::remove(const QString& id)
{
    bool removed = false;
    m_db.transaction([&] {
        removed = RecordTable::remove(id);
        if (removed) {
            m_db.statement("UPDATE event_session SET deleted = 1, dirty = 1, rev = ?1, updated_at = ?2 "
                           "WHERE event_id = ?3 AND deleted = 0")
                .bindAll(m_db.nextRevision(), Database::nowText(), id)
                .exec();
        }
    });
    return removed;
}

} // namespace dalil
