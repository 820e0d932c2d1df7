#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class LocationRepository : public RecordTable
{
public:
    explicit LocationRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
};

} // namespace dalil
