#include "exchange/JsonCell.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace dalil {

QString jsonCellText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items.append(item.toString());
        }
        return items.join(QStringLiteral("; "));
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 12);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }
    return value.toString();
}

} // namespace dalil
