#include "catalogue/OrganisationRepository.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/Validation.h"

#include <QCoreApplication>

namespace dalil {

using namespace validation;

OrganisationRepository::OrganisationRepository(Database& db)
    : RecordTable(db, tables::organisation())
{
}

QList<FieldError> OrganisationRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireOneOf(record, {"name_ar", "name_en", "name_fr"}, errors);
    checkUrl(record, "website", errors);
    checkYear(record, "founded", errors);
    checkCountryList(record, "countries", errors);
    return errors;
}

bool OrganisationRepository::remove(const QString& id)
{
    bool removed = false;
    m_db.transaction([&] {
        removed = RecordTable::remove(id);
        if (!removed) {
            return;
        }
        const QString revision = m_db.nextRevision();
        const QString now = Database::nowText();
        static const QByteArray cascades[] = {
            "UPDATE location SET deleted = 1, dirty = 1, base_rev = " + baseRevisionSql("location") +
                ", rev = ?1, updated_at = ?2 WHERE organisation_id = ?3 AND deleted = 0",
            "UPDATE contact SET deleted = 1, dirty = 1, base_rev = " + baseRevisionSql("contact") +
                ", rev = ?1, updated_at = ?2 WHERE organisation_id = ?3 AND deleted = 0",
            "UPDATE membership SET deleted = 1, dirty = 1, base_rev = " + baseRevisionSql("membership") +
                ", rev = ?1, updated_at = ?2 WHERE (network_id = ?3 OR member_id = ?3) AND deleted = 0",
            "UPDATE partnership SET deleted = 1, dirty = 1, base_rev = " + baseRevisionSql("partnership") +
                ", rev = ?1, updated_at = ?2 WHERE (org_a = ?3 OR org_b = ?3) AND deleted = 0",
        };
        for (const QByteArray& sql : cascades) {
            m_db.statement(sql.constData()).bindAll(revision, now, id).exec();
        }
    });
    return removed;
}

} // namespace dalil
