#pragma once

#include <QJsonValue>
#include <QStringList>

namespace dalil {

// The list fields of a record (countries, sectors, languages…) as text.
class JsonLists
{
public:
    // The strings of a JSON array; anything else gives an empty list.
    static QStringList strings(const QJsonValue& value);
};

} // namespace dalil
