#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class EventSessionRepository : public RecordTable
{
public:
    explicit EventSessionRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
};

} // namespace dalil
