#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class PartnershipRepository : public RecordTable
{
public:
    explicit PartnershipRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
};

} // namespace dalil
