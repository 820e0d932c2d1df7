#include "catalogue/OrganisationNameMaker.h"

#include <QString>

#include <cstring>
#include <string_view>

namespace dalil {

namespace {

using Kind = GeneratedName::Kind;

struct Theme
{
    const char* ar; // as it follows a noun: حماية الطفل
    const char* arLi; // with the preposition لـ contracted as Arabic writes it: لحماية الطفل, للتنمية
    const char* en;     // after "for": Child Protection
    const char* enAttr; // before a noun: Child Protection Association
    const char* enLower;
    const char* fr; // after "pour": la protection de l'enfance
    const char* sectorHints;
};

// clang-format off
const Theme kThemes[] = {
    {"التنمية", "للتنمية", "Development", "Development", "development", "le développement", "livelihoods"},
    {"التنمية المستدامة", "للتنمية المستدامة", "Sustainable Development", "Sustainable Development", "sustainable development", "le développement durable", "livelihoods|climate"},
    {"حماية الطفل", "لحماية الطفل", "Child Protection", "Child Protection", "child protection", "la protection de l'enfance", "child-protection"},
    {"حقوق الطفل", "لحقوق الطفل", "Children's Rights", "Children's Rights", "children's rights", "les droits de l'enfant", "child-protection|protection"},
    {"تمكين المرأة", "لتمكين المرأة", "Women's Empowerment", "Women's Empowerment", "women's empowerment", "l'autonomisation des femmes", "gender-equality|gender"},
    {"مناهضة العنف ضد المرأة", "لمناهضة العنف ضد المرأة", "Ending Violence against Women", "Women's Protection", "ending violence against women", "la lutte contre les violences faites aux femmes", "gbv"},
    {"حقوق الإنسان", "لحقوق الإنسان", "Human Rights", "Human Rights", "human rights", "les droits humains", "human-rights|protection"},
    {"الإغاثة والتنمية", "للإغاثة والتنمية", "Relief and Development", "Relief and Development", "relief and development", "le secours et le développement", "emergency-response|food-security"},
    {"الإغاثة الإنسانية", "للإغاثة الإنسانية", "Humanitarian Relief", "Humanitarian Relief", "humanitarian relief", "l'aide humanitaire", "emergency-response|shelter"},
    {"التعليم", "للتعليم", "Education", "Education", "education", "l'éducation", "education"},
    {"التعليم غير النظامي", "للتعليم غير النظامي", "Non-Formal Education", "Non-Formal Education", "non-formal education", "l'éducation non formelle", "education"},
    {"الصحة", "للصحة", "Health", "Health", "health", "la santé", "health"},
    {"الصحة النفسية والدعم النفسي الاجتماعي", "للصحة النفسية والدعم النفسي الاجتماعي", "Mental Health and Psychosocial Support", "Mental Health", "mental health and psychosocial support", "la santé mentale et le soutien psychosocial", "mhpss"},
    {"المياه والصرف الصحي", "للمياه والصرف الصحي", "Water and Sanitation", "Water and Sanitation", "water and sanitation", "l'eau et l'assainissement", "wash"},
    {"الأمن الغذائي", "للأمن الغذائي", "Food Security", "Food Security", "food security", "la sécurité alimentaire", "food-security"},
    {"سبل العيش", "لسبل العيش", "Livelihoods", "Livelihoods", "livelihoods", "les moyens de subsistance", "livelihoods"},
    {"الشباب", "للشباب", "Youth", "Youth", "youth", "la jeunesse", "youth"},
    {"بناء السلام", "لبناء السلام", "Peacebuilding", "Peacebuilding", "peacebuilding", "la consolidation de la paix", "peacebuilding"},
    {"البيئة", "للبيئة", "the Environment", "Environment", "the environment", "l'environnement", "climate"},
    {"العمل المناخي", "للعمل المناخي", "Climate Action", "Climate Action", "climate action", "l'action climatique", "climate"},
    {"الأشخاص ذوي الإعاقة", "للأشخاص ذوي الإعاقة", "Persons with Disabilities", "Disability", "the rights of persons with disabilities", "les personnes handicapées", "disability"},
    {"اللاجئين", "للاجئين", "Refugees", "Refugee", "refugees", "les réfugiés", "migration|protection"},
    {"الطفولة المبكرة", "للطفولة المبكرة", "Early Childhood", "Early Childhood", "early childhood", "la petite enfance", "ecdie|early childhood"},
    {"الحماية الاجتماعية", "للحماية الاجتماعية", "Social Protection", "Social Protection", "social protection", "la protection sociale", "social-protection"},
    {"الإيواء", "للإيواء", "Shelter", "Shelter", "shelter", "l'hébergement d'urgence", "shelter"},
    {"المواطنة والديمقراطية", "للمواطنة والديمقراطية", "Citizenship and Democracy", "Citizenship", "citizenship and democracy", "la citoyenneté et la démocratie", "governance"},
    {"الثقافة والفنون", "للثقافة والفنون", "Culture and the Arts", "Culture and Arts", "culture and the arts", "la culture et les arts", "culture"},
    {"الرعاية الاجتماعية", "للرعاية الاجتماعية", "Social Welfare", "Social Welfare", "social welfare", "l'action sociale", "community-services|social-protection"},
    {"العمل الاستباقي", "للعمل الاستباقي", "Anticipatory Action", "Anticipatory Action", "anticipatory action", "l'action anticipatoire", "anticipatory-action"},
    {"المرأة والسلام والأمن", "للمرأة والسلام والأمن", "Women, Peace and Security", "Women, Peace and Security", "women, peace and security", "les femmes, la paix et la sécurité", "wps"},
    {"رعاية الأيتام", "لرعاية الأيتام", "Orphan Care", "Orphan Care", "orphan care", "la prise en charge des orphelins", "child-protection"},
    {"محو الأمية", "لمحو الأمية", "Literacy", "Literacy", "literacy", "l'alphabétisation", "education"},
    {"التنمية الريفية", "للتنمية الريفية", "Rural Development", "Rural Development", "rural development", "le développement rural", "livelihoods|food-security"},
    {"الحوكمة الرشيدة", "للحوكمة الرشيدة", "Good Governance", "Governance", "good governance", "la bonne gouvernance", "governance"},
};

struct Form
{
    const char* ar;
    const char* vocalised; // the same word with its harakat, as a few organisations write it
    bool feminine;
    const char* en;
    const char* fr;
    bool frFeminine;
    Kind kind;
    int weight;
};

const Form kForms[] = {
    {"جمعية", "جَمْعِيَّة", true, "Association", "Association", true, Kind::Association, 35},
    {"مؤسسة", "مُؤَسَّسَة", true, "Foundation", "Fondation", true, Kind::Foundation, 18},
    {"مركز", "مَرْكَز", false, "Centre", "Centre", false, Kind::Centre, 15},
    {"منتدى", "مُنْتَدَى", false, "Forum", "Forum", false, Kind::Association, 6},
    {"منظمة", "مُنَظَّمَة", true, "Organisation", "Organisation", true, Kind::Association, 12},
    {"رابطة", "رَابِطَة", true, "League", "Ligue", true, Kind::Association, 5},
    {"مبادرة", "مُبَادَرَة", true, "Initiative", "Initiative", true, Kind::Association, 6},
    {"اتحاد", "اِتِّحَاد", false, "Union", "Union", true, Kind::Association, 3},
};

const Form kNetworkForms[] = {
    {"شبكة", "شَبَكَة", true, "Network", "Réseau", false, Kind::Network, 50},
    {"ائتلاف", "اِئْتِلَاف", false, "Coalition", "Coalition", true, Kind::Network, 30},
    {"تحالف", "تَحَالُف", false, "Alliance", "Alliance", true, Kind::Network, 20},
};

struct Epithet
{
    const char* ar;
    const char* latin; // without the article
    bool article;      // written Al-/El- in Latin script
};

const Epithet kEpithets[] = {
    {"الأمل", "Amal", true},       {"النور", "Nour", true},        {"الخير", "Khair", true},
    {"الفجر", "Fajr", true},       {"الرحمة", "Rahma", true},      {"البركة", "Baraka", true},
    {"السلام", "Salam", true},     {"الإحسان", "Ihsan", true},     {"الوفاء", "Wafaa", true},
    {"النهضة", "Nahda", true},     {"الغد", "Ghad", true},         {"بسمة", "Basma", false},
    {"سنابل", "Sanabel", false},   {"الزيتونة", "Zaytouna", true}, {"الياسمين", "Yasmine", true},
    {"الأرز", "Arz", true},        {"النخيل", "Nakheel", true},    {"الهلال", "Hilal", true},
    {"شمس", "Shams", false},       {"نبض", "Nabd", false},         {"إشراقة", "Ishraqa", false},
    {"أجيال", "Ajyal", false},     {"رؤى", "Ruaa", false},         {"تواصل", "Tawasul", false},
    {"عطاء", "Ataa", false},       {"إنماء", "Inmaa", false},      {"الرواد", "Rowad", true},
    {"الوئام", "Wiam", true},      {"غراس", "Ghiras", false},      {"مدى", "Mada", false},
    {"نماء", "Namaa", false},      {"أمان", "Aman", false},        {"كرامة", "Karama", false},
    {"بيادر", "Bayader", false},   {"الأيادي البيضاء", "Ayadi al-Bayda", true},
};

struct Region
{
    const char* arMasculine;
    const char* arFeminine;
    const char* en;
    const char* frMasculine;
    const char* frFeminine;
};

const Region kRegions[] = {
    {"العربي", "العربية", "Arab", "arabe", "arabe"},
    {"الإقليمي", "الإقليمية", "Regional", "régional", "régionale"},
    {"المغاربي", "المغاربية", "Maghreb", "maghrébin", "maghrébine"},
    {"الخليجي", "الخليجية", "Gulf", "du Golfe", "du Golfe"},
    {"المتوسطي", "المتوسطية", "Mediterranean", "méditerranéen", "méditerranéenne"},
};

const char* const kInternationalFirst[] = {"Hope", "Open", "Global", "Common", "Bright", "Shared", "Living", "Future", "Kind", "Green"};
const char* const kInternationalSecond[] = {"Bridges", "Horizons", "Hands", "Seeds", "Roots", "Futures", "Paths", "Wells", "Harvest", "Lights"};
// clang-format on

const char* const kStopWords[] = {"for", "of", "the", "and", "in", "against", "with", "al", "el", "pour",
                                  "de",  "la", "le",  "les", "l",  "du",      "des",  "et", "en"};

std::string join(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (std::string_view part : parts) {
        if (part.empty()) {
            continue;
        }
        if (!out.empty()) {
            out += ' ';
        }
        out += part;
    }
    return out;
}

template <typename T, std::size_t N> const T& weightedPick(const T (&items)[N], GeneratorRandom& random)
{
    int total = 0;
    for (const T& item : items) {
        total += item.weight;
    }
    int draw = int(random.below(quint32(total)));
    for (const T& item : items) {
        if (draw < item.weight) {
            return item;
        }
        draw -= item.weight;
    }
    return items[0];
}

bool isStopWord(std::string_view word)
{
    for (const char* stop : kStopWords) {
        const std::string_view candidate(stop);
        if (word.size() != candidate.size()) {
            continue;
        }
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i) {
            same = std::tolower(static_cast<unsigned char>(word[i])) == candidate[i];
        }
        if (same) {
            return true;
        }
    }
    return false;
}

// Significant words of a Latin name, folded to ASCII (Zahlé → Zahle), without "for", "Al-" ...
std::vector<std::string> significantWords(const std::string& latin)
{
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty() && !isStopWord(current)) {
            words.push_back(current);
        }
        current.clear();
    };
    const QString folded =
        QString::fromUtf8(latin.data(), int(latin.size())).normalized(QString::NormalizationForm_KD);
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            current += char(u);
        } else if (u == 0x0131) {
            current += 'i';
        } else if (u == ' ' || u == '-' || u == '\'' || u == ',') {
            if (u == '\'' && current.size() > 1) {
                continue; // Women's → Womens, but l'enfance → enfance
            }
            flush();
        }
    }
    flush();
    return words;
}

std::string acronymOf(const std::vector<std::string>& words)
{
    std::string acronym;
    for (const std::string& word : words) {
        acronym += char(std::toupper(static_cast<unsigned char>(word[0])));
    }
    return acronym;
}

} // namespace

OrganisationNameMaker::OrganisationNameMaker(const GeneratorPlaces& places)
    : m_places(places)
{
}

int OrganisationNameMaker::themeCount()
{
    return int(std::size(kThemes));
}

const char* OrganisationNameMaker::themeAr(int theme)
{
    return kThemes[theme].ar;
}

const char* OrganisationNameMaker::themeEnLower(int theme)
{
    return kThemes[theme].enLower;
}

const char* OrganisationNameMaker::themeSectorHints(int theme)
{
    return kThemes[theme].sectorHints;
}

GeneratedName OrganisationNameMaker::make(GeneratorRandom& random, int cityIndex, bool network) const
{
    const GeneratorCity& city = m_places.cities()[std::size_t(cityIndex)];
    const GeneratorCountry& country = GeneratorPlaces::countries()[std::size_t(city.country)];
    const bool francophone = country.adjectiveFrMasculine != nullptr;
    const bool maghrebOrEgypt =
        std::string_view("DZ EG LY MA TN").find(country.code) != std::string_view::npos;

    GeneratedName name;
    const bool hasArabic = random.chance(country.arabicNamesPercent / 100.0);
    const bool hasLatin = !hasArabic || random.chance(0.86);
    name.theme = int(random.below(quint32(themeCount())));
    const Theme& theme = kThemes[name.theme];

    std::string ar;
    std::string en;
    std::string fr;
    if (!network && !hasArabic && random.chance(0.3)) {
        name.kind = Kind::International;
        en = join({random.pick(kInternationalFirst), random.pick(kInternationalSecond), "International"});
    } else {
        const Form& form = network ? weightedPick(kNetworkForms, random) : weightedPick(kForms, random);
        name.kind = form.kind;
        name.feminine = form.feminine;
        const bool vocalised = random.chance(0.04);
        const std::string formAr = vocalised ? form.vocalised : form.ar;
        const std::string formArDefinite = "ال" + formAr;
        const char* adjectiveAr = form.feminine ? country.adjectiveArFeminine : country.adjectiveArMasculine;
        const char* adjectiveFr =
            form.frFeminine ? country.adjectiveFrFeminine : country.adjectiveFrMasculine;
        const bool cityHasArabic = !city.nameAr.empty();
        const int pattern = int(random.below(100));
        if (network) {
            if (pattern < 40) {
                const bool regional = random.chance(0.5);
                const Region& region = random.pick(kRegions);
                ar = join({formArDefinite,
                           regional ? (form.feminine ? region.arFeminine : region.arMasculine) : adjectiveAr,
                           theme.arLi});
                en = join({regional ? region.en : country.adjectiveEn, form.en, "for", theme.en});
                const char* frAdjective =
                    regional ? (form.frFeminine ? region.frFeminine : region.frMasculine) : adjectiveFr;
                if (frAdjective) {
                    fr = join({form.fr, frAdjective, "pour", theme.fr});
                }
                if (regional) {
                    name.kind = Kind::Regional;
                }
            } else if (pattern < 65) {
                ar = join({formAr, "المنظمات الأهلية في", country.nameAr});
                en = join({country.nameEn, "NGO", form.en});
            } else {
                ar = join({formAr, theme.ar, "في", country.nameAr});
                en = join({country.nameEn, form.en, "for", theme.en});
            }
        } else if (pattern < 25) { // جمعية حماية الطفل — Child Protection Association
            ar = join({formAr, theme.ar});
            en = join({theme.enAttr, form.en});
            fr = join({form.fr, "pour", theme.fr});
        } else if (pattern < 50 || (!cityHasArabic && hasArabic && pattern >= 70)) {
            // مؤسسة الأمل للتنمية — Al-Amal Foundation for Development
            const Epithet& epithet = random.pick(kEpithets);
            const std::string latin =
                epithet.article
                    ? std::string(maghrebOrEgypt && random.chance(0.5) ? "El-" : "Al-") + epithet.latin
                    : std::string(epithet.latin);
            ar = join({formAr, epithet.ar, theme.arLi});
            en = join({latin, form.en, "for", theme.en});
            fr = join({form.fr, latin, "pour", theme.fr});
        } else if (pattern < 70) { // الجمعية اللبنانية لتمكين المرأة — Lebanese Association for …
            if (random.chance(0.15)) {
                const Region& region = random.pick(kRegions);
                name.kind = Kind::Regional;
                ar = join(
                    {formArDefinite, form.feminine ? region.arFeminine : region.arMasculine, theme.arLi});
                en = join({region.en, form.en, "for", theme.en});
                fr = join(
                    {form.fr, form.frFeminine ? region.frFeminine : region.frMasculine, "pour", theme.fr});
            } else {
                ar = join({formArDefinite, adjectiveAr, theme.arLi});
                en = join({country.adjectiveEn, form.en, "for", theme.en});
                if (adjectiveFr) {
                    fr = join({form.fr, adjectiveFr, "pour", theme.fr});
                }
            }
        } else if (pattern < 90) { // جمعية طرابلس لحماية الطفل — Tripoli Association for Child Protection
            ar = join({formAr, city.nameAr, theme.arLi});
            en = join({city.name, form.en, "for", theme.en});
            fr = join({form.fr, "de", city.name, "pour", theme.fr});
        } else { // جمعية صيدا الخيرية — Sidon Charitable Society
            ar = join({formAr, city.nameAr, form.feminine ? "الخيرية" : "الخيري"});
            en = join(
                {city.name, "Charitable", std::strcmp(form.en, "Association") == 0 ? "Society" : form.en});
            fr = join({form.fr, form.frFeminine ? "caritative de" : "caritatif de", city.name});
        }
    }

    // The acronym and the web domain come from the Latin name, even when only the Arabic one is kept.
    const std::vector<std::string> words = significantWords(en.empty() ? fr : en);
    if (words.size() >= 2 && words.size() <= 6) {
        name.acronym = acronymOf(words);
    }
    std::string stem;
    if (name.acronym.size() >= 3) {
        stem = name.acronym;
    } else {
        for (std::size_t i = 0; i < words.size() && i < 2; ++i) {
            stem += (i ? "-" : "") + words[i];
        }
    }
    for (char& c : stem) {
        c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    const int domainStyle = int(random.below(100));
    if (!country.topLevelDomain || domainStyle < 30) {
        name.domain = stem + ".org";
    } else if (domainStyle < 80) {
        name.domain = stem + ".org." + country.topLevelDomain;
    } else {
        name.domain = stem + "." + country.topLevelDomain;
    }

    if (hasArabic) {
        name.nameAr = std::move(ar);
    }
    if (hasLatin) {
        const int latinStyle = francophone && !fr.empty() ? int(random.below(100)) : 0;
        if (latinStyle < 45) {
            name.nameEn = std::move(en);
        } else if (latinStyle < 70) {
            name.nameFr = std::move(fr);
        } else {
            name.nameEn = std::move(en);
            name.nameFr = std::move(fr);
        }
    }
    const bool keepAcronym = random.chance(hasLatin ? 0.75 : 0.3);
    if (!keepAcronym) {
        name.acronym.clear();
    }
    return name;
}

} // namespace dalil
