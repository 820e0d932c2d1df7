#include "catalogue/VocabularyRepository.h"

#include "catalogue/Validation.h"

namespace dalil {

using namespace validation;

VocabularyRepository::VocabularyRepository(Database& db)
    : RecordTable(db, tables::vocabulary())
{
}

QList<FieldError> VocabularyRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireField(record, "kind", errors);
    requireField(record, "code", errors);
    requireOneOf(record, {"label_en", "label_ar", "label_fr"}, errors);
    return errors;
}

} // namespace dalil
