#pragma once

#include "catalogue/RecordTable.h"

namespace dalil {

class VocabularyRepository : public RecordTable
{
public:
    explicit VocabularyRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;
};

} // namespace dalil
