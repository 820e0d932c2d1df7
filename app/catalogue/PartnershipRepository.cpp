#include "catalogue/PartnershipRepository.h"

#include "catalogue/Validation.h"

namespace dalil {

using namespace validation;

PartnershipRepository::PartnershipRepository(Database& db)
    : RecordTable(db, tables::partnership())
{
}

QList<FieldError> PartnershipRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireField(record, "org_a", errors);
    requireField(record, "org_b", errors);
    checkDifferent(record, "org_a", "org_b", errors);
    return errors;
}

} // namespace dalil
