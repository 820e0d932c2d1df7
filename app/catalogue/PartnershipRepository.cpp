#include "catalogue/PartnershipRepository.h"

#include "catalogue/Database.h"
#include "catalogue/Validation.h"

namespace dalil {

using namespace validation;

PartnershipRepository::PartnershipRepository(Database& db)
    : RecordTable(db, tables::partnership())
{
}

QList<FieldError> PartnershipRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireField(record, "org_a", errors);
    requireField(record, "org_b", errors);
    checkDifferent(record, "org_a", "org_b", errors);
    return errors;
}

QList<QPair<QString, QString>> PartnershipRepository::livePairs() const
{
    SqlStatement& query = m_db.statement(
        "SELECT p.org_a, p.org_b FROM partnership p JOIN organisation a ON a.id = p.org_a "
        "JOIN organisation b ON b.id = p.org_b WHERE p.deleted = 0 AND a.deleted = 0 AND b.deleted = 0 "
        "ORDER BY p.rowid");
    query.reset();
    QList<QPair<QString, QString>> pairs;
    while (query.step()) {
        pairs.append({query.text(0), query.text(1)});
    }
    query.reset();
    return pairs;
}

} // namespace dalil
