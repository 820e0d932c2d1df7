#include "catalogue/GeneratorPlaces.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace dalil {

namespace {

QString readResource(const QString& path, QByteArray* data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("the built-in file %1 is missing (%2)").arg(path, file.errorString());
    }
    *data = file.readAll();
    return {};
}

// "Nabatîyé et Tahta" → "Nabatiye et Tahta": letters, digits and spaces only.
std::string foldToAscii(const QString& name)
{
    std::string out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.unicode();
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == ' ' ||
            u == '-') {
            out += char(u);
        } else if (u == 0x0131) { // Turkish dotless i has no decomposition
            out += 'i';
        }
    }
    return out;
}

} // namespace

const std::vector<GeneratorCountry>& GeneratorPlaces::countries()
{
    // clang-format off
    static const std::vector<GeneratorCountry> all = {
        {"AE", "الإمارات", "United Arab Emirates", "الإماراتي", "الإماراتية", "Emirati", nullptr, nullptr, "971", 9, "ae", "MOSA", R"(["ar","en"])", 93},
        {"BH", "البحرين", "Bahrain", "البحريني", "البحرينية", "Bahraini", nullptr, nullptr, "973", 8, "bh", "MOSA", R"(["ar","en"])", 93},
        {"DJ", "جيبوتي", "Djibouti", "الجيبوتي", "الجيبوتية", "Djiboutian", "djiboutien", "djiboutienne", "253", 8, "dj", "MOSA", R"(["fr","ar"])", 60},
        {"DZ", "الجزائر", "Algeria", "الجزائري", "الجزائرية", "Algerian", "algérien", "algérienne", "213", 9, "dz", "MOSA", R"(["ar","fr"])", 93},
        {"EG", "مصر", "Egypt", "المصري", "المصرية", "Egyptian", nullptr, nullptr, "20", 10, "eg", "MOSS", R"(["ar","en"])", 93},
        {"EH", "الصحراء الغربية", "Western Sahara", "الصحراوي", "الصحراوية", "Sahrawi", "sahraoui", "sahraouie", "212", 9, nullptr, "MOSA", R"(["ar","es"])", 93},
        {"IQ", "العراق", "Iraq", "العراقي", "العراقية", "Iraqi", nullptr, nullptr, "964", 10, "iq", "NGOD", R"(["ar","en"])", 93},
        {"IR", "إيران", "Iran", "الإيراني", "الإيرانية", "Iranian", nullptr, nullptr, "98", 10, "ir", "MOI", R"(["fa","en"])", 8},
        {"JO", "الأردن", "Jordan", "الأردني", "الأردنية", "Jordanian", nullptr, nullptr, "962", 9, "jo", "MSD", R"(["ar","en"])", 93},
        {"KM", "جزر القمر", "Comoros", "القمري", "القمرية", "Comorian", "comorien", "comorienne", "269", 7, "km", "MOSA", R"(["fr","ar"])", 50},
        {"KW", "الكويت", "Kuwait", "الكويتي", "الكويتية", "Kuwaiti", nullptr, nullptr, "965", 8, "kw", "MOSA", R"(["ar","en"])", 93},
        {"LB", "لبنان", "Lebanon", "اللبناني", "اللبنانية", "Lebanese", "libanais", "libanaise", "961", 8, "lb", "MOI", R"(["ar","en","fr"])", 93},
        {"LY", "ليبيا", "Libya", "الليبي", "الليبية", "Libyan", nullptr, nullptr, "218", 9, "ly", "CSC", R"(["ar","en"])", 93},
        {"MA", "المغرب", "Morocco", "المغربي", "المغربية", "Moroccan", "marocain", "marocaine", "212", 9, "ma", "SGG", R"(["ar","fr"])", 93},
        {"MR", "موريتانيا", "Mauritania", "الموريتاني", "الموريتانية", "Mauritanian", "mauritanien", "mauritanienne", "222", 8, "mr", "MOSA", R"(["ar","fr"])", 93},
        {"OM", "عُمان", "Oman", "العماني", "العمانية", "Omani", nullptr, nullptr, "968", 8, "om", "MOSD", R"(["ar","en"])", 93},
        {"PS", "فلسطين", "Palestine", "الفلسطيني", "الفلسطينية", "Palestinian", nullptr, nullptr, "970", 9, "ps", "MOI", R"(["ar","en"])", 93},
        {"QA", "قطر", "Qatar", "القطري", "القطرية", "Qatari", nullptr, nullptr, "974", 8, "qa", "MOSA", R"(["ar","en"])", 93},
        {"SA", "السعودية", "Saudi Arabia", "السعودي", "السعودية", "Saudi", nullptr, nullptr, "966", 9, "sa", "NCNP", R"(["ar","en"])", 93},
        {"SD", "السودان", "Sudan", "السوداني", "السودانية", "Sudanese", nullptr, nullptr, "249", 9, "sd", "HAC", R"(["ar","en"])", 93},
        {"SO", "الصومال", "Somalia", "الصومالي", "الصومالية", "Somali", nullptr, nullptr, "252", 8, "so", "MOI", R"(["so","ar","en"])", 60},
        {"SY", "سوريا", "Syria", "السوري", "السورية", "Syrian", nullptr, nullptr, "963", 9, "sy", "MOSA", R"(["ar","en"])", 93},
        {"TN", "تونس", "Tunisia", "التونسي", "التونسية", "Tunisian", "tunisien", "tunisienne", "216", 8, "tn", "RNA", R"(["ar","fr"])", 93},
        {"TR", "تركيا", "Türkiye", "التركي", "التركية", "Turkish", nullptr, nullptr, "90", 10, "tr", "DERBIS", R"(["tr","en"])", 35},
        {"YE", "اليمن", "Yemen", "اليمني", "اليمنية", "Yemeni", nullptr, nullptr, "967", 9, "ye", "MOSAL", R"(["ar","en"])", 93},
    };
    // clang-format on
    return all;
}

int GeneratorPlaces::Weighted::pick(GeneratorRandom& random) const
{
    const quint64 total = cumulative.back();
    // 128-bit multiply-shift: uniform in [0, total) for any total, with no modulo.
    const auto draw = quint64((unsigned __int128)random.next() * total >> 64);
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), draw);
    return cities[std::size_t(it - cumulative.begin())];
}

int GeneratorPlaces::weightedCity(GeneratorRandom& random) const
{
    return m_all.pick(random);
}

int GeneratorPlaces::weightedCityIn(int country, GeneratorRandom& random) const
{
    const Weighted& weighted = m_byCountry[std::size_t(country)];
    return weighted.cities.empty() ? m_all.pick(random) : weighted.pick(random);
}

QString GeneratorPlaces::load()
{
    m_cities.clear();
    m_all = {};
    m_byCountry.assign(countries().size(), {});

    QHash<QString, int> countryIndex;
    for (std::size_t i = 0; i < countries().size(); ++i) {
        countryIndex.insert(QLatin1String(countries()[i].code), int(i));
    }

    QByteArray admin1Data;
    const QString admin1Path = QStringLiteral(":/dalil/geo/mena-admin1.tsv");
    if (QString error = readResource(admin1Path, &admin1Data); !error.isEmpty()) {
        return error;
    }
    QHash<QString, QString> admin1Names; // "LB/04" → "Beirut"
    const QList<QByteArray> admin1Lines = admin1Data.split('\n');
    for (int i = 1; i < admin1Lines.size(); ++i) {
        const QList<QByteArray> fields = admin1Lines[i].split('\t');
        if (fields.size() >= 3) {
            admin1Names.insert(QString::fromUtf8(fields[0] + '/' + fields[1]), QString::fromUtf8(fields[2]));
        }
    }

    QByteArray data;
    const QString path = QStringLiteral(":/dalil/geo/mena-cities.tsv");
    if (QString error = readResource(path, &data); !error.isEmpty()) {
        return error;
    }
    // country, name, name_ar, admin1, lat, lon, population
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty()) {
            continue;
        }
        const QList<QByteArray> fields = lines[i].split('\t');
        bool okLat = false;
        bool okLon = false;
        bool okPopulation = false;
        GeneratorCity city;
        city.country = countryIndex.value(QString::fromUtf8(fields.value(0)), -1);
        city.lat = fields.value(4).toDouble(&okLat);
        city.lon = fields.value(5).toDouble(&okLon);
        city.population = fields.value(6).toULongLong(&okPopulation);
        if (fields.size() < 7 || city.country < 0 || !okLat || !okLon || !okPopulation ||
            city.population == 0) {
            return QStringLiteral("the built-in file %1 is damaged at line %2").arg(path).arg(i + 1);
        }
        const QString name = QString::fromUtf8(fields[1]);
        city.name = fields[1].toStdString();
        city.nameAr = fields[2].toStdString();
        city.asciiName = foldToAscii(name);
        city.admin1 =
            admin1Names.value(QString::fromUtf8(fields[0] + '/' + fields[3])).toUtf8().toStdString();
        m_cities.push_back(std::move(city));
    }
    if (m_cities.empty()) {
        return QStringLiteral("the built-in file %1 lists no city").arg(path);
    }
    for (std::size_t i = 0; i < m_cities.size(); ++i) {
        const GeneratorCity& city = m_cities[i];
        for (Weighted* weighted : {&m_all, &m_byCountry[std::size_t(city.country)]}) {
            weighted->cities.push_back(int(i));
            weighted->cumulative.push_back((weighted->cumulative.empty() ? 0 : weighted->cumulative.back()) +
                                           city.population);
        }
    }
    return {};
}

} // namespace dalil
