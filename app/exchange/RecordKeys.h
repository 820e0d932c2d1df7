#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace dalil {

class ImportRecord;

// How an import tells records apart and gathers values into them: the keys under which two offices
// (same place) or two contacts (same person) are the same, and the rules for adding a value to a
// record that may already have one.
class RecordKeys
{
public:
    static QString placeKey(const QJsonObject& office);
    static QString contactKey(const QJsonObject& contact);
    // The same keys for records of an import, equal to those of the same records as JSON.
    static QString placeKey(const ImportRecord& office);
    static QString contactKey(const ImportRecord& contact);
    // Adds `value` to the list field unless it is there.
    static bool appendUnique(QJsonObject& record, const char* field, const QString& value);
    // Sets a field that is missing, null or empty; a value already there is kept.
    static void setIfEmpty(QJsonObject& record, const char* field, const QJsonValue& value);
};

} // namespace dalil
