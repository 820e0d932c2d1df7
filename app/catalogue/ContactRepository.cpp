#include "catalogue/ContactRepository.h"

#include "catalogue/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dalil {

using namespace validation;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::ContactRepository", text);
}
} // namespace

ContactRepository::ContactRepository(Database& db)
    : RecordTable(db, tables::contact())
{
}

QList<FieldError> ContactRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireField(record, "organisation_id", errors);
    for (const QJsonValue& email : record.value(QLatin1String("emails")).toArray()) {
        if (!isEmail(email.toString())) {
            errors.append(
                {QStringLiteral("emails"), tr("\"%1\" is not an e-mail address").arg(email.toString())});
        }
    }
    for (const QJsonValue& phone : record.value(QLatin1String("phones")).toArray()) {
        if (!isE164Phone(phone.toString())) {
            errors.append({QStringLiteral("phones"),
                           tr("\"%1\" is not an international phone number such as +20223456789")
                               .arg(phone.toString())});
        }
    }
    return errors;
}

} // namespace dalil
