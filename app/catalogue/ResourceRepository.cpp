#include "catalogue/ResourceRepository.h"

#include "catalogue/Validation.h"

namespace dalil {

using namespace validation;

ResourceRepository::ResourceRepository(Database& db)
    : RecordTable(db, tables::resource())
{
}

QList<FieldError> ResourceRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireOneOf(record, {"title_ar", "title_en"}, errors);
    checkYear(record, "year", errors);
    checkUrl(record, "link", errors);
    checkCountryList(record, "countries", errors);
    return errors;
}

} // namespace dalil
