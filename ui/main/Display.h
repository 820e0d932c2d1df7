#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace dalil {

// How catalogue values read on screen in the current UI language: names in the reader's language
// first, text of unknown direction isolated, numbers and dates in the locale's digits.
class Display
{
public:
    // "ar", "en" or "fr", from the default locale the language manager sets.
    static QString language();
    // The value of `<base>_<lang>` for the UI language, else the first non-empty of ar, en, fr.
    static QString localised(const QJsonObject& record, const QString& base);
    // An organisation's name as a list shows it (acronym when it has no name).
    static QString organisationName(const QJsonObject& organisation);
    // Wraps text whose direction is unknown (a phone, an e-mail, a Latin name in Arabic) in
    // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so "+20 2 1234" never shows as "20 2 1234+".
    static QString isolate(const QString& text);
    // Left-to-right isolate, for text that is always LTR (phone numbers, e-mail addresses, URLs).
    static QString isolateLtr(const QString& text);
    // An E.164 number ("+20223456789") grouped as people write it ("+20 2 2345 6789").
    static QString phone(const QString& e164);
    // What a person typed as a phone ("+20 (2) 2345-6789", Arabic-Indic digits) in E.164 form.
    static QString phoneToE164(const QString& typed);
    static QString number(qint64 value);
    // A year in the locale's digits, without a thousands separator.
    static QString year(int year);
    // A language (ISO 639-1 code such as "ar") named in the UI language: "الإنجليزية", "anglais",
    // "English"; a language Dalil does not name itself gets Qt's English name, else its code.
    static QString languageName(const QString& code);
    // Several, joined as the UI language joins a list ("العربية والإنجليزية").
    static QString languageNames(const QStringList& codes);
    static QString amount(double value, const QString& currency);
    // Date and time in the given zone, in the locale's long or short format.
    static QString dateTime(const QDateTime& instant, const QTimeZone& zone);
    static QString date(const QDate& date);
    // The same date in the Islamic civil (Hijri) calendar.
    static QString hijriDate(const QDate& date);
    // A UTC ISO text ("2026-06-09T11:00:00Z") as an instant; invalid when empty or malformed.
    static QDateTime parseUtc(const QString& text);
};

} // namespace dalil
