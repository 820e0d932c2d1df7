#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class EventRepository : public RecordTable
{
public:
    explicit EventRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
    // Tombstones the event with its sessions.
    bool remove(const QString& id) override;
};

} // namespace dalil
