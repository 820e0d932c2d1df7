#include "catalogue/FundingRepository.h"

#include "catalogue/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace dalil {

using namespace validation;

FundingRepository::FundingRepository(Database& db)
    : RecordTable(db, tables::funding())
{
}

QList<FieldError> FundingRepository::validate(const QJsonObject& record) const
{
    QList<FieldError> errors = RecordTable::validate(record);
    requireOneOf(record, {"title_ar", "title_en"}, errors);
    checkUrl(record, "link", errors);
    checkDateTime(record, "deadline", errors);
    checkTimeZone(record, "deadline_tz", errors);
    checkCountryList(record, "countries", errors);
    const QJsonValue min = record.value(QLatin1String("amount_min"));
    const QJsonValue max = record.value(QLatin1String("amount_max"));
    if ((min.isDouble() && min.toDouble() < 0) || (max.isDouble() && max.toDouble() < 0)) {
        errors.append(
            {QStringLiteral("amount_min"),
             QCoreApplication::translate("dalil::FundingRepository", "amounts cannot be negative")});
    } else if (min.isDouble() && max.isDouble() && min.toDouble() > max.toDouble()) {
        errors.append({QStringLiteral("amount_max"),
                       QCoreApplication::translate("dalil::FundingRepository",
                                                   "the maximum amount is smaller than the minimum")});
    }
    const QString currency = record.value(QLatin1String("currency")).toString();
    static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.isEmpty() && !iso4217.match(currency).hasMatch()) {
        errors.append(
            {QStringLiteral("currency"),
             QCoreApplication::translate("dalil::FundingRepository",
                                         "must be a three-letter currency code such as USD or EUR")});
    }
    return errors;
}

void FundingRepository::normalise(QJsonObject& record) const
{
    const QString deadline = record.value(QLatin1String("deadline")).toString();
    if (deadline.isEmpty()) {
        record.insert(QStringLiteral("deadline_utc"), QJsonValue());
        return;
    }
    QDateTime local = QDateTime::fromString(deadline, Qt::ISODate);
    if (!local.isValid()) {
        // A bare date closes at the end of that day.
        const QDate date = QDate::fromString(deadline, Qt::ISODate);
        if (!date.isValid()) {
            return;
        }
        local = QDateTime(date, QTime(23, 59, 59));
    }
    const QTimeZone zone(record.value(QLatin1String("deadline_tz")).toString().toUtf8());
    local.setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    record.insert(QStringLiteral("deadline_utc"), local.toUTC().toString(Qt::ISODate));
}

} // namespace dalil
