#include "exchange/RecordKeys.h"

#include "exchange/ImportRecord.h"
#include "search/ArabicText.h"

#include <QJsonArray>
#include <QStringList>

namespace dalil {

QString RecordKeys::placeKey(const QJsonObject& office)
{
    QStringList parts;
    for (const char* field :
         {"name_ar", "name_en", "country", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "city"}) {
        parts.append(ArabicText::normalise(office.value(QLatin1String(field)).toString()));
    }
    for (const char* field : {"lat", "lon"}) {
        const QJsonValue v = office.value(QLatin1String(field));
        parts.append(v.isDouble() ? QString::number(v.toDouble(), 'f', 5) : QString());
    }
    return parts.join(u'\x1f');
}

QString RecordKeys::contactKey(const QJsonObject& contact)
{
    QStringList parts{ArabicText::normalise(contact.value(QLatin1String("name")).toString())};
    for (const char* field : {"emails", "phones"}) {
        QStringList items;
        for (const QJsonValue& v : contact.value(QLatin1String(field)).toArray()) {
            items.append(v.toString().toLower());
        }
        items.sort();
        parts.append(items.join(u','));
    }
    return parts.join(u'\x1f');
}

QString RecordKeys::placeKey(const ImportRecord& office)
{
    QStringList parts;
    for (const char* field :
         {"name_ar", "name_en", "country", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "city"}) {
        parts.append(ArabicText::normalise(office.text(field)));
    }
    for (const char* field : {"lat", "lon"}) {
        double value = 0;
        parts.append(office.number(field, &value) ? QString::number(value, 'f', 5) : QString());
    }
    return parts.join(u'\x1f');
}

QString RecordKeys::contactKey(const ImportRecord& contact)
{
    QStringList parts{ArabicText::normalise(contact.text("name"))};
    for (const char* field : {"emails", "phones"}) {
        QStringList items;
        for (const QString& item : contact.list(field)) {
            items.append(item.toLower());
        }
        items.sort();
        parts.append(items.join(u','));
    }
    return parts.join(u'\x1f');
}

bool RecordKeys::appendUnique(QJsonObject& record, const char* field, const QString& value)
{
    QJsonArray list = record.value(QLatin1String(field)).toArray();
    for (const QJsonValue& existing : list) {
        if (existing.toString() == value) {
            return false;
        }
    }
    list.append(value);
    record.insert(QLatin1String(field), list);
    return true;
}

void RecordKeys::setIfEmpty(QJsonObject& record, const char* field, const QJsonValue& value)
{
    const QJsonValue current = record.value(QLatin1String(field));
    if (current.isUndefined() || current.isNull() || (current.isString() && current.toString().isEmpty())) {
        record.insert(QLatin1String(field), value);
    }
}

} // namespace dalil
