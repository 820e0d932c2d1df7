#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class ResourceRepository : public RecordTable
{
public:
    explicit ResourceRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
};

} // namespace dalil
