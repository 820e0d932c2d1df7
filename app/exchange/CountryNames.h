#pragma once

#include <QString>

namespace dalil {

// Reads a country as partners write it: an ISO 3166-1 code (EG, EGY) or a name in Arabic, English or
// French ("مصر", "Egypt", "Égypte"), using ICU's country names so that every country is known
// without a table of our own. Also knows the telephone country codes of the MENA region, to turn a
// local phone number into its international form.
class CountryNames
{
public:
    struct Match
    {
        QString code;             // ISO 3166-1 alpha-2; empty when nothing matched
        bool approximate = false; // matched a name one letter away (a typo)
    };

    static Match resolve(const QString& text);
    // The country's name in a language ("ar", "en", "fr"), from ICU.
    static QString name(const QString& code, const QString& language);
    // "20" for EG; empty when unknown.
    static QString callingCode(const QString& code);
};

} // namespace dalil
