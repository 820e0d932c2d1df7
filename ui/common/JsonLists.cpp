#include "common/JsonLists.h"

#include <QJsonArray>

namespace dalil {

QStringList JsonLists::strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        out.append(item.toString());
    }
    return out;
}

} // namespace dalil
