#include "catalogue/MembershipRepository.h"

#include "catalogue/Validation.h"

namespace dalil {

using namespace validation;

MembershipRepository::MembershipRepository(Database& db)
    : RecordTable(db, tables::membership())
{
}

QList<FieldError> MembershipRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireField(record, "network_id", errors);
    requireField(record, "member_id", errors);
    checkDifferent(record, "network_id", "member_id", errors);
    return errors;
}

} // namespace dalil
