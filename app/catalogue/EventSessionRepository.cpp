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
    requireOneOf(record, {"title_ar", "title_en"}, errors);
    checkDateTime(record, "start_utc", errors);
    checkDateTime(record, "end_utc", errors);
    return errors;
}

} // namespace dalil
