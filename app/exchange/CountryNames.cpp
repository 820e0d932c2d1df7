#include "exchange/CountryNames.h"

#include "search/ArabicText.h"

#include <QHash>
#include <QList>

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <mutex>

namespace dalil {

namespace {

QString fromIcu(const icu::UnicodeString& text)
{
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

struct Tables
{
    QHash<QString, QString> byKey;        // NameKey of a name or code -> alpha-2
    QList<QPair<QString, QString>> names; // for approximate matching
};

const Tables& tables()
{
    static Tables t;
    static std::once_flag once;
    std::call_once(once, [] {
        const icu::Locale displays[] = {icu::Locale("en"), icu::Locale("fr"), icu::Locale("ar")};
        for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
            const QString alpha2 = QString::fromLatin1(*code);
            const icu::Locale country("", *code);
            t.byKey.insert(ArabicText::normalise(alpha2), alpha2);
            const QString alpha3 = QString::fromLatin1(country.getISO3Country());
            if (!alpha3.isEmpty()) {
                t.byKey.insert(ArabicText::normalise(alpha3), alpha2);
            }
            for (const icu::Locale& display : displays) {
                icu::UnicodeString name;
                country.getDisplayCountry(display, name);
                const QString text = fromIcu(name);
                if (!text.isEmpty() && text != alpha2) {
                    const QString key = ArabicText::normalise(text);
                    t.byKey.insert(key, alpha2);
                    t.names.append({key, alpha2});
                }
            }
        }
        // Names in common use that ICU spells otherwise.
        const struct
        {
            const char* name;
            const char* code;
        } aliases[] = {
            {"Palestine", "PS"},
            {"State of Palestine", "PS"},
            {"oPt", "PS"},
            {"West Bank", "PS"},
            {"Gaza", "PS"},
            {"Gaza Strip", "PS"},
            {"Syrian Arab Republic", "SY"},
            {"Türkiye", "TR"},
            {"Turkiye", "TR"},
            {"Congo (Brazzaville)", "CG"},
            {"Congo-Brazzaville", "CG"},
            {"Congo (Kinshasa)", "CD"},
            {"DRC", "CD"},
            {"Ivory Coast", "CI"},
            {"KSA", "SA"},
            {"UAE", "AE"},
            {"U.A.E.", "AE"},
            {"Iran (Islamic Republic of)", "IR"},
            {"Libyan Arab Jamahiriya", "LY"},
            {"Republic of Yemen", "YE"},
            {"UK", "GB"},
            {"USA", "US"},
            {"فلسطين", "PS"},
            {"سوريا", "SY"},
            {"سورية", "SY"},
            {"الأردن", "JO"},
            {"العراق", "IQ"},
            {"لبنان", "LB"},
            {"مصر", "EG"},
            {"اليمن", "YE"},
            {"ليبيا", "LY"},
            {"تونس", "TN"},
            {"الجزائر", "DZ"},
            {"المغرب", "MA"},
            {"السودان", "SD"},
            {"تركيا", "TR"},
            {"الإمارات", "AE"},
            {"السعودية", "SA"},
            {"موريتانيا", "MR"},
        };
        for (const auto& alias : aliases) {
            const QString key = ArabicText::normalise(QString::fromUtf8(alias.name));
            t.byKey.insert(key, QString::fromLatin1(alias.code));
            t.names.append({key, QString::fromLatin1(alias.code)});
        }
    });
    return t;
}

} // namespace

CountryNames::Match CountryNames::resolve(const QString& text)
{
    Match match;
    const QString key = ArabicText::normalise(text);
    if (key.isEmpty()) {
        return match;
    }
    const Tables& t = tables();
    auto it = t.byKey.constFind(key);
    if (it != t.byKey.cend()) {
        match.code = it.value();
        return match;
    }
    if (key.size() < 6) {
        return match;
    }
    QString found;
    for (const auto& [name, code] : t.names) {
        if (ArabicText::editDistance(key, name, 1) <= 1) {
            if (!found.isEmpty() && found != code) {
                return match; // two countries are one letter away: do not guess
            }
            found = code;
        }
    }
    if (!found.isEmpty()) {
        match.code = found;
        match.approximate = true;
    }
    return match;
}

QString CountryNames::name(const QString& code, const QString& language)
{
    const icu::Locale country("", code.toLatin1().constData());
    icu::UnicodeString name;
    country.getDisplayCountry(icu::Locale(language.toLatin1().constData()), name);
    return fromIcu(name);
}

QString CountryNames::callingCode(const QString& code)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("DZ"), QStringLiteral("213")}, {QStringLiteral("BH"), QStringLiteral("973")},
        {QStringLiteral("KM"), QStringLiteral("269")}, {QStringLiteral("DJ"), QStringLiteral("253")},
        {QStringLiteral("EG"), QStringLiteral("20")},  {QStringLiteral("IQ"), QStringLiteral("964")},
        {QStringLiteral("JO"), QStringLiteral("962")}, {QStringLiteral("KW"), QStringLiteral("965")},
        {QStringLiteral("LB"), QStringLiteral("961")}, {QStringLiteral("LY"), QStringLiteral("218")},
        {QStringLiteral("MR"), QStringLiteral("222")}, {QStringLiteral("MA"), QStringLiteral("212")},
        {QStringLiteral("OM"), QStringLiteral("968")}, {QStringLiteral("PS"), QStringLiteral("970")},
        {QStringLiteral("QA"), QStringLiteral("974")}, {QStringLiteral("SA"), QStringLiteral("966")},
        {QStringLiteral("SO"), QStringLiteral("252")}, {QStringLiteral("SD"), QStringLiteral("249")},
        {QStringLiteral("SY"), QStringLiteral("963")}, {QStringLiteral("TN"), QStringLiteral("216")},
        {QStringLiteral("AE"), QStringLiteral("971")}, {QStringLiteral("YE"), QStringLiteral("967")},
        {QStringLiteral("IR"), QStringLiteral("98")},  {QStringLiteral("TR"), QStringLiteral("90")},
        {QStringLiteral("EH"), QStringLiteral("212")}, {QStringLiteral("SS"), QStringLiteral("211")},
        {QStringLiteral("TD"), QStringLiteral("235")}, {QStringLiteral("ET"), QStringLiteral("251")},
        {QStringLiteral("KE"), QStringLiteral("254")}, {QStringLiteral("FR"), QStringLiteral("33")},
        {QStringLiteral("GB"), QStringLiteral("44")},  {QStringLiteral("US"), QStringLiteral("1")},
        {QStringLiteral("CH"), QStringLiteral("41")},  {QStringLiteral("DE"), QStringLiteral("49")},
    };
    return codes.value(code);
}

} // namespace dalil
