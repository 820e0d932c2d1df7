#pragma once

#include "catalogue/GeneratorPlaces.h"
#include "catalogue/GeneratorRandom.h"

#include <string>

namespace dalil {

// One generated organisation's names. Empty strings are absent names (an Arabic-only record has no
// name_en and name_fr).
struct GeneratedName
{
    enum class Kind
    {
        Association, // the usual national NGO
        Foundation,
        Centre,
        Network,       // a network, coalition or alliance of organisations
        International, // an international NGO with a Latin name only
        Regional       // named after a region rather than a country or city
    };

    std::string nameAr;
    std::string nameEn;
    std::string nameFr;
    std::string acronym; // may be empty
    std::string domain;  // e.g. "lacp.org.lb", always set (Arabic-only records get one too)
    Kind kind = Kind::Association;
    bool feminine = true; // grammatical gender of the Arabic name, for sentences about it
    int theme = 0;        // index into the themes (OrganisationNameMaker::themeCount())
};

// Builds realistic organisation names from parts, the way MENA civil-society organisations are
// named: a form (جمعية, مؤسسة, مركز, شبكة …), a theme (حماية الطفل, تمكين المرأة …), and a place, a
// country adjective or an epithet (الأمل, النور …), in Arabic with the right gender agreement and the
// contracted preposition (للتنمية), with English and, in francophone countries, French equivalents.
class OrganisationNameMaker
{
public:
    explicit OrganisationNameMaker(const GeneratorPlaces& places);

    // `city` is the head office (an index into places.cities()); it decides the country.
    GeneratedName make(GeneratorRandom& random, int city, bool network) const;

    static int themeCount();
    static const char* themeAr(int theme);          // with its article: حماية الطفل, التنمية
    static const char* themeEnLower(int theme);     // for sentences: child protection
    static const char* themeSectorHints(int theme); // '|'-separated English words of matching sectors

private:
    const GeneratorPlaces& m_places;
};

} // namespace dalil
