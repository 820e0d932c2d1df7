#include "catalogue/LocationRepository.h"

#include "catalogue/Validation.h"

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

} // namespace dalil
