#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class ContactRepository : public RecordTable
{
public:
    explicit ContactRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
};

} // namespace dalil
