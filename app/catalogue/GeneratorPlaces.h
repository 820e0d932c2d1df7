#pragma once

#include "catalogue/GeneratorRandom.h"

#include <QString>

#include <string>
#include <vector>

namespace dalil {

// What the generator needs to know about a MENA country to write plausible records: names and
// adjectives for organisation names, the calling code and number length for E.164 phones, the
// top-level domain for web sites and e-mails, the working languages.
struct GeneratorCountry
{
    const char* code; // ISO 3166-1 alpha-2
    const char* nameAr;
    const char* nameEn;
    const char* adjectiveArMasculine; // nisba with the article: اللبناني
    const char* adjectiveArFeminine;  // اللبنانية
    const char* adjectiveEn;
    const char* adjectiveFrMasculine; // null where organisations rarely carry French names
    const char* adjectiveFrFeminine;
    const char* callingCode;    // without the plus
    int nationalDigits;         // length of the national significant number
    const char* topLevelDomain; // null: use .org
    const char* registry;       // org-id.guide-style registry prefix after the country code
    const char* languages;      // JSON array of the usual working languages
    int arabicNamesPercent;     // share of organisations that carry an Arabic name
};

struct GeneratorCity
{
    int country = 0;       // index into GeneratorPlaces::countries()
    std::string name;      // GeneratorPlaces' Latin name (GeoNames, with its diacritics)
    std::string nameAr;    // may be empty
    std::string asciiName; // `name` folded to ASCII letters, for acronyms and domains
    std::string admin1;    // English name of the first-level division, may be empty
    double lat = 0;
    double lon = 0;
    quint64 population = 0;
};

// The MENA gazetteer of resources/geo (mena-cities.tsv, mena-admin1.tsv) with population-weighted
// choice of a city, in the whole region or in one country.
class GeneratorPlaces
{
public:
    // Reads the built-in files; returns an error message or an empty string.
    QString load();

    static const std::vector<GeneratorCountry>& countries();
    const std::vector<GeneratorCity>& cities() const { return m_cities; }

    int weightedCity(GeneratorRandom& random) const;
    // Falls back to the whole region when the country has no city in the gazetteer.
    int weightedCityIn(int country, GeneratorRandom& random) const;

private:
    struct Weighted
    {
        std::vector<int> cities;
        std::vector<quint64> cumulative;
        int pick(GeneratorRandom& random) const;
    };
    std::vector<GeneratorCity> m_cities;
    Weighted m_all;
    std::vector<Weighted> m_byCountry;
};

} // namespace dalil
