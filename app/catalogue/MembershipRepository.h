#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class MembershipRepository : public RecordTable
{
public:
    explicit MembershipRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
};

} // namespace dalil
