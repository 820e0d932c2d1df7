#include "catalogue/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace dalil::validation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::validation", text);
}

QString textOf(const QJsonObject& record, const char* field)
{
    return record.value(QLatin1String(field)).toString().trimmed();
}

} // namespace

// The rules below are regular expressions; an import checks an e-mail and a phone a row, so text of
// printable ASCII (nearly all of it) is checked by a loop that accepts exactly what they accept, and
// any other text by the expressions themselves (Unicode spaces, characters outside the BMP, the
// newline that `$` lets through at the end).
static bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E) {
            return false;
        }
    }
    return true;
}

bool isEmail(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$"));
    if (!isPrintableAscii(text)) {
        return pattern.match(text).hasMatch();
    }
    // One @ with something before it; after it a dot with something before it and two after it.
    const qsizetype at = text.indexOf(u'@');
    if (at < 1 || text.indexOf(u'@', at + 1) >= 0) {
        return false;
    }
    const qsizetype domain = at + 1;
    const qsizetype dot = text.indexOf(u'.', domain + 1);
    return dot >= 0 && dot <= text.size() - 3;
}

bool isE164Phone(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!isPrintableAscii(text)) {
        return pattern.match(text).hasMatch();
    }
    if (text.size() < 8 || text.size() > 16 || text[0] != u'+' || text[1] < u'1' || text[1] > u'9') {
        return false;
    }
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (text[i] < u'0' || text[i] > u'9') {
            return false;
        }
    }
    return true;
}

bool isWebUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

bool isCountryCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    return pattern.match(text).hasMatch();
}

bool isTimeZone(const QString& text)
{
    return QTimeZone::isTimeZoneIdAvailable(text.toUtf8());
}

void requireOneOf(const QJsonObject& record, std::initializer_list<const char*> fields,
                  QList<FieldError>& errors)
{
    for (const char* field : fields) {
        if (!textOf(record, field).isEmpty()) {
            return;
        }
    }
    errors.append({QLatin1String(*fields.begin()), tr("a name in Arabic, English or French is required")});
}

void requireField(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    if (textOf(record, field).isEmpty()) {
        errors.append({QLatin1String(field), tr("is required")});
    }
}

void checkCoordinates(const QJsonObject& record, QList<FieldError>& errors)
{
    const QJsonValue lat = record.value(QLatin1String("lat"));
    const QJsonValue lon = record.value(QLatin1String("lon"));
    const bool hasLat = lat.isDouble();
    const bool hasLon = lon.isDouble();
    if (hasLat != hasLon) {
        errors.append({QLatin1String(hasLat ? "lon" : "lat"), tr("latitude and longitude go together")});
        return;
    }
    if (hasLat && (lat.toDouble() < -90 || lat.toDouble() > 90)) {
        errors.append({QStringLiteral("lat"), tr("latitude must be between -90 and 90")});
    }
    if (hasLon && (lon.toDouble() < -180 || lon.toDouble() > 180)) {
        errors.append({QStringLiteral("lon"), tr("longitude must be between -180 and 180")});
    }
}

void checkCountry(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    const QString code = textOf(record, field);
    if (!code.isEmpty() && !isCountryCode(code)) {
        errors.append({QLatin1String(field), tr("must be a two-letter country code such as EG or JO")});
    }
}

void checkCountryList(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    for (const QJsonValue& value : record.value(QLatin1String(field)).toArray()) {
        if (!isCountryCode(value.toString())) {
            errors.append(
                {QLatin1String(field),
                 tr("\"%1\" is not a two-letter country code such as EG or JO").arg(value.toString())});
            return;
        }
    }
}

void checkUrl(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    const QString url = textOf(record, field);
    if (!url.isEmpty() && !isWebUrl(url)) {
        errors.append({QLatin1String(field), tr("must be a web address starting with http:// or https://")});
    }
}

void checkYear(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    const QJsonValue value = record.value(QLatin1String(field));
    if (value.isDouble() && (value.toInt() < 1800 || value.toInt() > 2100)) {
        errors.append({QLatin1String(field), tr("must be a year between 1800 and 2100")});
    }
}

void checkTimeZone(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    const QString zone = textOf(record, field);
    if (!zone.isEmpty() && !isTimeZone(zone)) {
        errors.append(
            {QLatin1String(field), tr("\"%1\" is not a known time zone such as Asia/Amman").arg(zone)});
    }
}

void checkDateTime(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    const QString text = textOf(record, field);
    if (!text.isEmpty() && !QDateTime::fromString(text, Qt::ISODate).isValid() &&
        !QDate::fromString(text, Qt::ISODate).isValid()) {
        errors.append({QLatin1String(field), tr("\"%1\" is not a date such as 2026-06-09T09:00").arg(text)});
    }
}

void checkLanguages(const QJsonObject& record, const char* field, QList<FieldError>& errors)
{
    const QJsonValue value = record.value(QLatin1String(field));
    QStringList codes;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            codes.append(item.toString());
        }
    } else if (value.isString() && !value.toString().trimmed().isEmpty()) {
        codes.append(value.toString().trimmed());
    }
    QStringList unknown;
    for (const QString& code : codes) {
        const bool shaped =
            (code.size() == 2 || code.size() == 3) &&
            std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
        if (!shaped || QLocale::codeToLanguage(code, QLocale::ISO639Part1 | QLocale::ISO639Part2 |
                                                         QLocale::ISO639Part3) == QLocale::AnyLanguage) {
            unknown.append(code);
        }
    }
    if (!unknown.isEmpty()) {
        errors.append({QLatin1String(field), tr("\"%1\" is not a language code such as ar, en or fr")
                                                 .arg(unknown.join(QStringLiteral(", ")))});
    }
}

void requireTitle(const QJsonObject& record, QList<FieldError>& errors)
{
    if (textOf(record, "title_ar").isEmpty() && textOf(record, "title_en").isEmpty()) {
        errors.append({QStringLiteral("title_ar"), tr("a title in Arabic or English is required")});
    }
}

void checkEndAfterStart(const QJsonObject& record, const char* start, const char* end,
                        QList<FieldError>& errors)
{
    const QDateTime from = QDateTime::fromString(textOf(record, start), Qt::ISODate);
    const QDateTime to = QDateTime::fromString(textOf(record, end), Qt::ISODate);
    if (from.isValid() && to.isValid() && to <= from) {
        errors.append({QLatin1String(end), tr("must be after the start")});
    }
}

void checkDifferent(const QJsonObject& record, const char* a, const char* b, QList<FieldError>& errors)
{
    if (!textOf(record, a).isEmpty() && textOf(record, a) == textOf(record, b)) {
        errors.append({QLatin1String(b), tr("an organisation cannot be linked to itself")});
    }
}

} // namespace dalil::validation
