#pragma once

#include "catalogue/RecordTable.h"

#include <QJsonObject>
#include <QString>

namespace dalil::validation {

// Field checks shared by the repositories; each appends a FieldError in the UI language.
bool isEmail(const QString& text);
bool isE164Phone(const QString& text);
bool isWebUrl(const QString& text);
bool isCountryCode(const QString& text);
bool isTimeZone(const QString& text);

void requireOneOf(const QJsonObject& record, std::initializer_list<const char*> fields,
                  QList<FieldError>& errors);
void requireField(const QJsonObject& record, const char* field, QList<FieldError>& errors);
void checkCoordinates(const QJsonObject& record, QList<FieldError>& errors);
void checkCountry(const QJsonObject& record, const char* field, QList<FieldError>& errors);
void checkCountryList(const QJsonObject& record, const char* field, QList<FieldError>& errors);
void checkUrl(const QJsonObject& record, const char* field, QList<FieldError>& errors);
void checkYear(const QJsonObject& record, const char* field, QList<FieldError>& errors);
void checkTimeZone(const QJsonObject& record, const char* field, QList<FieldError>& errors);
void checkDateTime(const QJsonObject& record, const char* field, QList<FieldError>& errors);
// Language codes (ISO 639, such as ar, en, fr), in a list field or a text field.
void checkLanguages(const QJsonObject& record, const char* field, QList<FieldError>& errors);
// A title in Arabic or English (events, sessions, funding, resources).
void requireTitle(const QJsonObject& record, QList<FieldError>& errors);
// Both times set and the second not before the first.
void checkEndAfterStart(const QJsonObject& record, const char* start, const char* end,
                        QList<FieldError>& errors);
void checkDifferent(const QJsonObject& record, const char* a, const char* b, QList<FieldError>& errors);

} // namespace dalil::validation
