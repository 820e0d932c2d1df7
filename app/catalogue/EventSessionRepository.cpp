#include "catalogue/EventSessionRepository.h"

#include "catalogue/Validation.h"

namespace dalil {

using namespace validation;

EventSessionRepository::EventSessionRepository(Database& db)
    : RecordTable(db, tables::eventSession())
{
}

QList<FieldError> EventSessionRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireField(record, "event_id", errors);
    requireTitle(record, errors);
    // A session is a time in the programme: it needs one.
    requireField(record, "start_utc", errors);
    checkDateTime(record, "start_utc", errors);
    checkDateTime(record, "end_utc", errors);
    checkEndAfterStart(record, "start_utc", "end_utc", errors);
    checkLanguages(record, "language", errors);
    return errors;
}

} // namespace dalil
