#pragma once

#include "catalogue/RecordTable.h"

#include <QPair>

namespace dalil {

class PartnershipRepository : public RecordTable
{
public:
    explicit PartnershipRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;

    // Every live partnership between two live organisations: (org_a, org_b), for the map's arcs.
    QList<QPair<QString, QString>> livePairs() const;
};

} // namespace dalil
