#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class OrganisationRepository : public RecordTable
{
public:
    explicit OrganisationRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
    // Tombstones the organisation with its offices, contacts, memberships and partnerships, in one
    // transaction, so that no live row points at a deleted organisation.
    bool remove(const QString& id) override;
};

} // namespace dalil
