#include "main/Display.h"

#include <QCalendar>
#include <QCoreApplication>

namespace dalil {

QString Display::language()
{
    switch (QLocale().language()) {
    case QLocale::Arabic:
        return QStringLiteral("ar");
    case QLocale::French:
        return QStringLiteral("fr");
    default:
        return QStringLiteral("en");
    }
}

QString Display::localised(const QJsonObject& record, const QString& base)
{
    const QString own = record.value(base + QLatin1Char('_') + language()).toString().trimmed();
    if (!own.isEmpty()) {
        return own;
    }
    for (const char* fallback : {"ar", "en", "fr"}) {
        const QString value =
            record.value(base + QLatin1Char('_') + QLatin1String(fallback)).toString().trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return {};
}

QString Display::organisationName(const QJsonObject& organisation)
{
    const QString name = localised(organisation, QStringLiteral("name"));
    return name.isEmpty() ? organisation.value(QLatin1String("acronym")).toString() : name;
}

QString Display::isolate(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString Display::languageName(const QString& code)
{
    static const struct
    {
        const char* code;
        const char* name;
    } names[] = {
        {"ar", QT_TRANSLATE_NOOP("dalil::Display", "Arabic")},
        {"en", QT_TRANSLATE_NOOP("dalil::Display", "English")},
        {"fr", QT_TRANSLATE_NOOP("dalil::Display", "French")},
        {"es", QT_TRANSLATE_NOOP("dalil::Display", "Spanish")},
        {"ru", QT_TRANSLATE_NOOP("dalil::Display", "Russian")},
        {"zh", QT_TRANSLATE_NOOP("dalil::Display", "Chinese")},
        {"pt", QT_TRANSLATE_NOOP("dalil::Display", "Portuguese")},
        {"de", QT_TRANSLATE_NOOP("dalil::Display", "German")},
        {"it", QT_TRANSLATE_NOOP("dalil::Display", "Italian")},
        {"tr", QT_TRANSLATE_NOOP("dalil::Display", "Turkish")},
        {"fa", QT_TRANSLATE_NOOP("dalil::Display", "Persian")},
        {"ku", QT_TRANSLATE_NOOP("dalil::Display", "Kurdish")},
        {"he", QT_TRANSLATE_NOOP("dalil::Display", "Hebrew")},
        {"ur", QT_TRANSLATE_NOOP("dalil::Display", "Urdu")},
        {"am", QT_TRANSLATE_NOOP("dalil::Display", "Amharic")},
        {"so", QT_TRANSLATE_NOOP("dalil::Display", "Somali")},
        {"zgh", QT_TRANSLATE_NOOP("dalil::Display", "Tamazight")},
    };
    const QString lower = code.trimmed().toLower();
    for (const auto& entry : names) {
        if (lower == QLatin1String(entry.code)) {
            return QCoreApplication::translate("dalil::Display", entry.name);
        }
    }
    const QLocale::Language language = QLocale(lower).language();
    return language == QLocale::C || language == QLocale::AnyLanguage ? code
                                                                      : QLocale::languageToString(language);
}

QString Display::languageNames(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes) {
        names.append(languageName(code));
    }
    return QLocale().createSeparatedList(names);
}

QString Display::isolateLtr(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString Display::phone(const QString& e164)
{
    if (!e164.startsWith(QLatin1Char('+'))) {
        return e164;
    }
    for (QChar c : e164.mid(1)) {
        if (!c.isDigit() || c.unicode() > 0x7F) {
            return e164;
        }
    }
    // Calling codes of the region and of the donors' countries; others keep two digits.
    static const QStringList codes = {
        QStringLiteral("20"),  QStringLiteral("212"), QStringLiteral("213"), QStringLiteral("216"),
        QStringLiteral("218"), QStringLiteral("249"), QStringLiteral("961"), QStringLiteral("962"),
        QStringLiteral("963"), QStringLiteral("964"), QStringLiteral("965"), QStringLiteral("966"),
        QStringLiteral("967"), QStringLiteral("968"), QStringLiteral("970"), QStringLiteral("971"),
        QStringLiteral("972"), QStringLiteral("973"), QStringLiteral("974"), QStringLiteral("90"),
        QStringLiteral("98"),  QStringLiteral("1"),   QStringLiteral("7"),   QStringLiteral("33"),
        QStringLiteral("41"),  QStringLiteral("44"),  QStringLiteral("49"),  QStringLiteral("31"),
        QStringLiteral("32"),  QStringLiteral("39"),  QStringLiteral("46"),  QStringLiteral("47")};
    const QString digits = e164.mid(1);
    QString code = digits.left(2);
    for (const QString& candidate : codes) {
        if (digits.startsWith(candidate)) {
            code = candidate;
            break;
        }
    }
    const QString rest = digits.mid(code.size());
    QStringList groups;
    if (rest.size() >= 9) {
        groups = {rest.left(rest.size() - 8), rest.mid(rest.size() - 8, 4), rest.right(4)};
    } else if (rest.size() == 8) {
        groups = {rest.left(1), rest.mid(1, 3), rest.right(4)};
    } else if (rest.size() == 7) {
        groups = {rest.left(3), rest.right(4)};
    } else {
        groups = {rest};
    }
    return QLatin1Char('+') + code + QLatin1Char(' ') + groups.join(QLatin1Char(' '));
}

QString Display::phoneToE164(const QString& typed)
{
    QString out;
    for (QChar c : typed.trimmed()) {
        if (c.isDigit()) {
            out.append(QChar(u'0' + c.digitValue()));
        } else if (c == QLatin1Char('+') && out.isEmpty()) {
            out.append(c);
        } else if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                   c != QLatin1Char('.') && c.category() != QChar::Other_Format) {
            return typed.trimmed(); // not a phone; the validator says so
        }
    }
    if (out.startsWith(QLatin1String("00"))) {
        out = QLatin1Char('+') + out.mid(2);
    }
    return out;
}

QString Display::number(qint64 value)
{
    return QLocale().toString(value);
}

QString Display::year(int year)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(year);
}

QString Display::amount(double value, const QString& currency)
{
    const QString digits = QLocale().toString(value, 'f', 0);
    return currency.isEmpty() ? digits : QStringLiteral("%1 %2").arg(digits, isolateLtr(currency));
}

QString Display::dateTime(const QDateTime& instant, const QTimeZone& zone)
{
    if (!instant.isValid()) {
        return {};
    }
    return QLocale().toString(instant.toTimeZone(zone), QLocale::ShortFormat);
}

QString Display::date(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString Display::hijriDate(const QDate& date)
{
    static const QCalendar hijri(QCalendar::System::IslamicCivil);
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"), hijri);
}

QDateTime Display::parseUtc(const QString& text)
{
    QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
    if (instant.isValid() && instant.timeSpec() == Qt::LocalTime) {
        instant.setTimeZone(QTimeZone::utc());
    }
    return instant;
}

} // namespace dalil
