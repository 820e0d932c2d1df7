#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class FundingRepository : public RecordTable
{
public:
    explicit FundingRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
    // deadline_utc follows deadline (local wall time) and deadline_tz, so lists sort by the instant.
    void normalise(QJsonObject& record) const override;
};

} // namespace dalil
