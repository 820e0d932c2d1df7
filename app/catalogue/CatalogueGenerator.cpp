#include "catalogue/CatalogueGenerator.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/GeneratorPlaces.h"
#include "catalogue/GeneratorRandom.h"
#include "catalogue/OrganisationNameMaker.h"
#include "catalogue/RtreeBulkLoader.h"
#include "catalogue/SampleCatalogue.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchIndex.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace dalil {

namespace {

// 2026-01-01T00:00:00Z: the physical time of every generated id and revision.
constexpr qint64 kBaseMs = 1767225600000;
constexpr double kPi = 3.14159265358979323846;
constexpr double kMaxJitterKm = 1.95;

enum class Table : quint64
{
    Organisation = 1,
    Location,
    Contact,
    Partnership,
    Membership
};

const char kHex[] = "0123456789abcdef";

void appendHex(std::string& out, quint64 value, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        out += kHex[(value >> shift) & 0xf];
    }
}

void appendNumber(std::string& out, qint64 value, int width)
{
    char buffer[24];
    int length = 0;
    do {
        buffer[length++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = length; i < width; ++i) {
        out += '0';
    }
    while (length > 0) {
        out += buffer[--length];
    }
}

// Days since 1970-01-01 → civil date (H. Hinnant's algorithm), so updated_at needs no QDateTime.
void appendIsoTime(std::string& out, qint64 ms)
{
    const qint64 days = ms / 86400000;
    const qint64 msOfDay = ms % 86400000;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2);
    appendNumber(out, year, 4);
    out += '-';
    appendNumber(out, month, 2);
    out += '-';
    appendNumber(out, day, 2);
    out += 'T';
    appendNumber(out, msOfDay / 3600000, 2);
    out += ':';
    appendNumber(out, msOfDay / 60000 % 60, 2);
    out += ':';
    appendNumber(out, msOfDay / 1000 % 60, 2);
    out += '.';
    appendNumber(out, msOfDay % 1000, 3);
    out += 'Z';
}

// Parameters 1–4 are id, rev, updated_at and change_seq (GeneratorRun::stamp), the data follows.
// change_seq is given, not left to the sync trigger of migration 4, which would number each row
// with a second write (an UPDATE per inserted row).
const char* const kInsertOrganisation =
    "INSERT INTO organisation (id, rev, updated_at, deleted, dirty, name_ar, name_en, name_fr, "
    "acronym, type, sectors, countries, description_ar, description_en, founded, website, "
    "registration_id, languages, source, change_seq) "
    "VALUES (?1, ?2, ?3, 0, 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 'generated', ?4)";
const char* const kInsertLocation =
    "INSERT INTO location (id, rev, updated_at, deleted, dirty, organisation_id, name_ar, name_en, "
    "country, admin1, city, lat, lon, change_seq) VALUES (?1, ?2, ?3, 0, 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
    "?12, ?4)";
const char* const kInsertContact =
    "INSERT INTO contact (id, rev, updated_at, deleted, dirty, organisation_id, name, role, emails, "
    "phones, languages, private, change_seq) VALUES (?1, ?2, ?3, 0, 1, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?4)";
const char* const kInsertPartnership =
    "INSERT INTO partnership (id, rev, updated_at, deleted, dirty, org_a, org_b, kind, since, until, "
    "change_seq) VALUES (?1, ?2, ?3, 0, 1, ?5, ?6, ?7, ?8, ?9, ?4)";
const char* const kInsertMembership =
    "INSERT INTO membership (id, rev, updated_at, deleted, dirty, network_id, member_id, role, since, "
    "change_seq) VALUES (?1, ?2, ?3, 0, 1, ?5, ?6, ?7, ?8, ?4)";

struct VocabularyItem
{
    std::string code;
    std::string label; // English, lower case
};

struct ContactRole
{
    const char* nameAr;
    const char* nameEn;
    const char* role;
    const char* mailbox;
};

const ContactRole kContactRoles[] = {
    {"فريق الاستعلامات", "Information desk", "General enquiries", "info"},
    {"فريق البرامج", "Programmes team", "Programmes", "programmes"},
    {"فريق الشراكات", "Partnerships team", "Partnerships", "partnerships"},
    {"فريق الإعلام والتواصل", "Communications team", "Communications", "media"},
    {"المكتب التنفيذي", "Executive office", "Executive director's office", "director"},
    {"فريق المتطوعين", "Volunteer team", "Volunteering", "volunteer"},
    {"الشؤون المالية والإدارية", "Finance and administration", "Finance", "finance"},
};

// Used only when the catalogue's vocabularies are missing; the codes of DESIGN.md's sector list.
const char* const kFallbackSectors[][2] = {
    {"child-protection", "child protection"},
    {"education", "education"},
    {"health", "health"},
    {"wash", "water, sanitation and hygiene (wash)"},
    {"food-security", "food security"},
    {"livelihoods", "livelihoods"},
    {"shelter", "shelter"},
    {"protection", "protection"},
    {"gbv", "gender-based violence (gbv)"},
    {"mhpss", "mental health and psychosocial support (mhpss)"},
    {"climate", "climate and environment"},
    {"peacebuilding", "peacebuilding"},
    {"social-protection", "social protection"},
    {"anticipatory-action", "anticipatory action"},
    {"wps", "women, peace and security"},
    {"ecdie", "early childhood development in emergencies"},
};

const char* const kFallbackPartnershipKinds[] = {"implementing", "funding", "technical", "consortium",
                                                 "referral"};

class GeneratorRun
{
public:
    GeneratorRun(Database& db, const CatalogueGenerator::Options& options, const GeneratorPlaces& places)
        : m_db(db)
        , m_options(options)
        , m_places(places)
        , m_names(places)
        , m_random(options.seed)
        , m_seedKey(GeneratorRandom::mix(options.seed ^ 0x64616c696c67656eULL))
    {
        appendHex(m_node, GeneratorRandom::mix(m_seedKey), 16);
    }

    QString loadVocabularies();
    std::string firstOrganisationId() const
    {
        std::string id;
        uuid(id, Table::Organisation, 0);
        return id;
    }
    // The revision of the generator's first row: vocabularies it loaded are stamped with it.
    std::string firstRevision();
    void run();
    // Offices' points are collected for RtreeBulkLoader instead of going through the trigger.
    void collectPoints(std::vector<RtreeBulkLoader::Point>* points) { m_points = points; }
    const CatalogueGenerator::Counts& counts() const { return m_counts; }
    std::string lastRevision() const { return m_lastRevision; }

private:
    void uuid(std::string& out, Table table, quint64 serial) const;
    void stamp(SqlStatement& statement, Table table, quint64 serial);
    void bindText(SqlStatement& statement, int index, const std::string& text);
    void writeOrganisation(quint32 index);
    void writeOffice(quint32 organisation, int city, bool head);
    void writeContacts(quint32 organisation, const GeneratedName& name, const GeneratorCountry& country,
                       const std::string& domain, const char* languages);
    void writePartnerships();
    void writeMemberships();
    std::string sectorsFor(int theme);
    std::vector<int> countriesFor(int primary, GeneratedName::Kind kind);
    const char* typeFor(GeneratedName::Kind kind);
    std::string uniqueDomain(const std::string& domain);
    std::string dateBetween(int fromYear, int toYear);
    quint32 partnerOf(quint32 organisation, double sameCountry);

    Database& m_db;
    const CatalogueGenerator::Options& m_options;
    const GeneratorPlaces& m_places;
    OrganisationNameMaker m_names;
    GeneratorRandom m_random;
    quint64 m_seedKey;
    std::string m_node;

    std::vector<VocabularyItem> m_sectors;
    std::vector<int> m_themeSector; // theme → index into m_sectors, or -1
    std::vector<std::string> m_partnershipKinds;
    std::string m_networkType = "network";
    std::vector<RtreeBulkLoader::Point>* m_points = nullptr;
    qint64 m_changeBase[6] = {}; // per Table: the largest change_seq already there
    SqlStatement* m_insertOrganisation = nullptr;
    SqlStatement* m_insertLocation = nullptr;
    SqlStatement* m_insertContact = nullptr;
    SqlStatement* m_insertPartnership = nullptr;
    SqlStatement* m_insertMembership = nullptr;

    quint64 m_rowSerial = 0; // every row written, for revisions
    std::string m_lastRevision;
    std::vector<quint8> m_orgCountry;
    std::vector<quint32> m_networks;
    std::vector<std::vector<quint32>> m_byCountry;
    std::unordered_map<std::string, int> m_domains;
    CatalogueGenerator::Counts m_counts;

    // Reused buffers: the loop allocates nothing per row once they have grown.
    std::string m_id;
    std::string m_reference[2]; // ids of the rows a row points at
    std::string m_rev;
    std::string m_time;
    std::string m_text[8];
};

void GeneratorRun::uuid(std::string& out, Table table, quint64 serial) const
{
    // UUIDv7 layout (RFC 9562): 48-bit ms, version 7, 12-bit sub-ms counter, variant, 62 bits.
    const quint64 high = (quint64(kBaseMs + qint64(serial >> 12)) << 16) | 0x7000 | (serial & 0xfff);
    const quint64 low =
        0x8000000000000000ULL | (GeneratorRandom::mix(m_seedKey ^ (quint64(table) << 56) ^ serial) >> 2);
    out.clear();
    appendHex(out, high >> 32, 8);
    out += '-';
    appendHex(out, (high >> 16) & 0xffff, 4);
    out += '-';
    appendHex(out, high & 0xffff, 4);
    out += '-';
    appendHex(out, low >> 48, 4);
    out += '-';
    appendHex(out, low & 0xffffffffffffULL, 12);
}

std::string GeneratorRun::firstRevision()
{
    m_rev.clear();
    appendNumber(m_rev, kBaseMs, 13);
    m_rev += "-000000-";
    m_rev += m_node;
    return m_rev;
}

// Binds id, rev and updated_at (parameters 1–3) of the next row.
void GeneratorRun::stamp(SqlStatement& statement, Table table, quint64 serial)
{
    // An HLC counter has six digits: a thousand rows per millisecond keeps it well inside them.
    const qint64 physical = kBaseMs + qint64(m_rowSerial / 1000);
    m_rev.clear();
    appendNumber(m_rev, physical, 13);
    m_rev += '-';
    appendNumber(m_rev, qint64(m_rowSerial % 1000), 6);
    m_rev += '-';
    m_rev += m_node;
    m_time.clear();
    appendIsoTime(m_time, physical);
    ++m_rowSerial;
    uuid(m_id, table, serial);
    bindText(statement, 1, m_id);
    bindText(statement, 2, m_rev);
    bindText(statement, 3, m_time);
    statement.bind(4, m_changeBase[int(table)] + qint64(serial) + 1);
}

void GeneratorRun::bindText(SqlStatement& statement, int index, const std::string& text)
{
    if (text.empty()) {
        statement.bindNull(index);
    } else {
        statement.bindStatic(index, text.data(), int(text.size()));
    }
}

QString GeneratorRun::loadVocabularies()
{
    auto read = [&](const char* kind, auto visit) {
        SqlStatement query(m_db.handle(), "SELECT code, lower(coalesce(label_en, '')) FROM vocabulary "
                                          "WHERE kind = ? AND deleted = 0 ORDER BY sort_order, code");
        query.bind(1, kind);
        while (query.step()) {
            visit(query.utf8(0).toStdString(), query.utf8(1).toStdString());
        }
    };
    read("sector", [&](std::string code, std::string label) {
        m_sectors.push_back({std::move(code), std::move(label)});
    });
    if (m_sectors.empty()) {
        for (const auto& sector : kFallbackSectors) {
            m_sectors.push_back({sector[0], sector[1]});
        }
    }
    read("organisation_type", [&](const std::string& code, const std::string& label) {
        if (code.find("network") != std::string::npos || label.find("network") != std::string::npos) {
            m_networkType = code;
        }
    });
    read("partnership_kind",
         [&](std::string code, const std::string&) { m_partnershipKinds.push_back(std::move(code)); });
    if (m_partnershipKinds.empty()) {
        m_partnershipKinds.assign(std::begin(kFallbackPartnershipKinds), std::end(kFallbackPartnershipKinds));
    }
    // Each theme's first hint that names a sector decides the organisation's main sector.
    for (int theme = 0; theme < OrganisationNameMaker::themeCount(); ++theme) {
        int match = -1;
        const QByteArrayList hints = QByteArray(OrganisationNameMaker::themeSectorHints(theme)).split('|');
        // A hint is a sector code, or else words of a sector's English label.
        for (const QByteArray& hint : hints) {
            for (std::size_t i = 0; i < m_sectors.size() && match < 0; ++i) {
                if (m_sectors[i].code == hint.constData()) {
                    match = int(i);
                }
            }
            for (std::size_t i = 0; i < m_sectors.size() && match < 0; ++i) {
                if (m_sectors[i].label.find(hint.constData()) != std::string::npos) {
                    match = int(i);
                }
            }
        }
        m_themeSector.push_back(match);
    }
    return {};
}

void GeneratorRun::run()
{
    // Looked up once: Database::statement() finds a statement by its text.
    m_insertOrganisation = &m_db.statement(kInsertOrganisation);
    m_insertLocation = &m_db.statement(kInsertLocation);
    m_insertContact = &m_db.statement(kInsertContact);
    m_insertPartnership = &m_db.statement(kInsertPartnership);
    m_insertMembership = &m_db.statement(kInsertMembership);
    const std::pair<Table, const char*> changeTables[] = {
        {Table::Organisation, "SELECT coalesce(max(change_seq), 0) FROM organisation"},
        {Table::Location, "SELECT coalesce(max(change_seq), 0) FROM location"},
        {Table::Contact, "SELECT coalesce(max(change_seq), 0) FROM contact"},
        {Table::Partnership, "SELECT coalesce(max(change_seq), 0) FROM partnership"},
        {Table::Membership, "SELECT coalesce(max(change_seq), 0) FROM membership"}};
    for (const auto& [table, sql] : changeTables) {
        SqlStatement query(m_db.handle(), sql);
        query.step();
        m_changeBase[int(table)] = query.int64(0);
    }
    const auto total = quint32(m_options.organisations);
    m_orgCountry.resize(total);
    m_byCountry.assign(GeneratorPlaces::countries().size(), {});
    m_domains.reserve(std::size_t(total));
    const quint32 step = std::max<quint32>(1, total / 20);
    for (quint32 i = 0; i < total; ++i) {
        writeOrganisation(i);
        if (m_options.progress && ((i + 1) % step == 0 || i + 1 == total)) {
            m_options.progress(i + 1, total);
        }
    }
    m_domains = {};
    writePartnerships();
    writeMemberships();
    m_lastRevision = m_rev;
}

const char* GeneratorRun::typeFor(GeneratedName::Kind kind)
{
    using Kind = GeneratedName::Kind;
    const int draw = int(m_random.below(100));
    switch (kind) {
    case Kind::Network:
        return m_networkType.c_str();
    case Kind::International:
        return "21";
    case Kind::Regional:
        return "23";
    case Kind::Foundation:
        return draw < 70 ? "60" : "22";
    case Kind::Centre:
        return draw < 30 ? "80" : "22";
    case Kind::Association:
        break;
    }
    // IATI organisation types of national civil society, most of them national NGOs.
    static const std::pair<int, const char*> kShares[] = {{72, "22"}, {84, "24"}, {89, "90"}, {93, "70"},
                                                          {96, "10"}, {99, "23"}, {100, "40"}};
    for (const auto& [limit, code] : kShares) {
        if (draw < limit) {
            return code;
        }
    }
    return "22";
}

std::string GeneratorRun::sectorsFor(int theme)
{
    int chosen[4];
    int count = 0;
    if (m_themeSector[std::size_t(theme)] >= 0) {
        chosen[count++] = m_themeSector[std::size_t(theme)];
    }
    const int extra = int(m_random.below(3));
    for (int i = 0; i < extra || count == 0; ++i) {
        const int candidate = int(m_random.below(quint32(m_sectors.size())));
        if (std::find(chosen, chosen + count, candidate) == chosen + count) {
            chosen[count++] = candidate;
        }
    }
    std::string json = "[";
    for (int i = 0; i < count; ++i) {
        json += i ? ",\"" : "\"";
        json += m_sectors[std::size_t(chosen[i])].code;
        json += '"';
    }
    json += ']';
    return json;
}

std::vector<int> GeneratorRun::countriesFor(int primary, GeneratedName::Kind kind)
{
    using Kind = GeneratedName::Kind;
    int extra = 0;
    if (kind == Kind::International) {
        extra = m_random.between(3, 8);
    } else if (kind == Kind::Regional) {
        extra = m_random.between(2, 6);
    } else if (m_random.chance(0.15)) {
        extra = 1;
    }
    std::vector<int> chosen{primary};
    for (int i = 0; i < extra; ++i) {
        const int candidate = int(m_random.below(quint32(GeneratorPlaces::countries().size())));
        if (std::find(chosen.begin(), chosen.end(), candidate) == chosen.end()) {
            chosen.push_back(candidate);
        }
    }
    return chosen;
}

std::string GeneratorRun::uniqueDomain(const std::string& domain)
{
    const int seen = ++m_domains[domain];
    if (seen == 1) {
        return domain;
    }
    const std::size_t dot = domain.find('.');
    return domain.substr(0, dot) + std::to_string(seen) + domain.substr(dot);
}

std::string GeneratorRun::dateBetween(int fromYear, int toYear)
{
    std::string date;
    appendNumber(date, m_random.between(fromYear, toYear), 4);
    date += '-';
    appendNumber(date, m_random.between(1, 12), 2);
    date += '-';
    appendNumber(date, m_random.between(1, 28), 2);
    return date;
}

void GeneratorRun::writeOrganisation(quint32 index)
{
    const bool network = index % 200 == 100;
    const int headCity = m_places.weightedCity(m_random);
    const GeneratorCity& city = m_places.cities()[std::size_t(headCity)];
    const GeneratorCountry& country = GeneratorPlaces::countries()[std::size_t(city.country)];
    const GeneratedName name = m_names.make(m_random, headCity, network);
    const bool international = name.kind == GeneratedName::Kind::International;

    const char* type = network ? m_networkType.c_str() : typeFor(name.kind);
    std::string sectors = sectorsFor(name.theme);
    const std::vector<int> countries = countriesFor(city.country, name.kind);
    std::string countriesJson = "[";
    for (std::size_t i = 0; i < countries.size(); ++i) {
        countriesJson += i ? ",\"" : "\"";
        countriesJson += GeneratorPlaces::countries()[std::size_t(countries[i])].code;
        countriesJson += '"';
    }
    countriesJson += ']';
    const int founded = m_random.chance(0.85) ? 2024 - int(74 * std::pow(m_random.unit(), 2.0)) : 0;
    const std::string domain = uniqueDomain(name.domain);

    std::string& descriptionAr = m_text[0];
    std::string& descriptionEn = m_text[1];
    std::string& website = m_text[2];
    std::string& registration = m_text[3];
    descriptionAr.clear();
    descriptionEn.clear();
    website.clear();
    registration.clear();
    if (m_random.chance(0.55)) {
        if (!name.nameAr.empty()) {
            descriptionAr = name.feminine ? "تعمل في مجال " : "يعمل في مجال ";
            descriptionAr += OrganisationNameMaker::themeAr(name.theme);
            descriptionAr += " في ";
            descriptionAr += international ? "المنطقة العربية" : country.nameAr;
            if (founded) {
                descriptionAr += " منذ عام ";
                descriptionAr += std::to_string(founded);
            }
            descriptionAr += '.';
        }
        if (!name.nameEn.empty()) {
            descriptionEn = "Works on ";
            descriptionEn += OrganisationNameMaker::themeEnLower(name.theme);
            descriptionEn += " in ";
            descriptionEn += international ? "the Middle East and North Africa" : country.nameEn;
            if (founded) {
                descriptionEn += " since " + std::to_string(founded);
            }
            descriptionEn += '.';
        }
    }
    if (m_random.chance(0.7)) {
        website = "https://www." + domain;
    }
    if (!international && m_random.chance(0.45)) {
        registration = std::string(country.code) + '-' + country.registry + '-' +
                       std::to_string(m_random.between(1, 99999));
    }
    const char* languages = international ? R"(["en","ar","fr"])" : country.languages;

    SqlStatement& insert = *m_insertOrganisation;
    stamp(insert, Table::Organisation, index);
    bindText(insert, 5, name.nameAr);
    bindText(insert, 6, name.nameEn);
    bindText(insert, 7, name.nameFr);
    bindText(insert, 8, name.acronym);
    insert.bind(9, type);
    bindText(insert, 10, sectors);
    bindText(insert, 11, countriesJson);
    bindText(insert, 12, descriptionAr);
    bindText(insert, 13, descriptionEn);
    if (founded) {
        insert.bind(14, founded);
    }
    bindText(insert, 15, website);
    bindText(insert, 16, registration);
    insert.bind(17, languages);
    insert.exec();
    ++m_counts.organisations;

    m_orgCountry[index] = quint8(city.country);
    m_byCountry[std::size_t(city.country)].push_back(index);
    if (network) {
        m_networks.push_back(index);
        ++m_counts.networks;
    }

    writeOffice(index, headCity, true);
    const int draw = int(m_random.below(100));
    const int offices = draw < 55 ? 1 : draw < 85 ? 2 : 3;
    for (int i = 1; i < offices; ++i) {
        // Most second offices are in the same country; some in another country of operation.
        const int officeCountry =
            countries.size() > 1 && m_random.chance(0.35) ? m_random.pick(countries) : city.country;
        writeOffice(index, m_places.weightedCityIn(officeCountry, m_random), false);
    }
    writeContacts(index, name, country, domain, languages);
}

void GeneratorRun::writeOffice(quint32 organisation, int cityIndex, bool head)
{
    const GeneratorCity& city = m_places.cities()[std::size_t(cityIndex)];
    // A point within 2 km of the city centre, uniform over the disc, rounded to 6 decimals (~0.1 m).
    const double distance = kMaxJitterKm * std::sqrt(m_random.unit());
    const double bearing = 2 * kPi * m_random.unit();
    const double lat = std::round((city.lat + distance * std::cos(bearing) / 110.574) * 1e6) / 1e6;
    const double lon =
        std::round((city.lon + distance * std::sin(bearing) / (111.320 * std::cos(city.lat * kPi / 180))) *
                   1e6) /
        1e6;
    std::string& nameAr = m_text[5];
    std::string& nameEn = m_text[6];
    if (head) {
        nameAr = "المقر الرئيسي";
        nameEn = "Head office";
    } else {
        nameAr = city.nameAr.empty() ? std::string() : "مكتب " + city.nameAr;
        nameEn = city.name + " office";
    }
    SqlStatement& insert = *m_insertLocation;
    stamp(insert, Table::Location, quint64(m_counts.locations));
    uuid(m_reference[0], Table::Organisation, organisation);
    bindText(insert, 5, m_reference[0]);
    bindText(insert, 6, nameAr);
    bindText(insert, 7, nameEn);
    insert.bind(8, GeneratorPlaces::countries()[std::size_t(city.country)].code);
    bindText(insert, 9, city.admin1);
    bindText(insert, 10, city.name);
    insert.bind(11, lat);
    insert.bind(12, lon);
    insert.exec();
    if (m_points) {
        m_points->push_back({sqlite3_last_insert_rowid(m_db.handle()), lon, lat});
    }
    ++m_counts.locations;
}

void GeneratorRun::writeContacts(quint32 organisation, const GeneratedName& name,
                                 const GeneratorCountry& country, const std::string& domain,
                                 const char* languages)
{
    const int count = int(m_random.below(4));
    if (count == 0) {
        return;
    }
    uuid(m_reference[0], Table::Organisation, organisation);
    int first = int(m_random.below(quint32(std::size(kContactRoles))));
    for (int i = 0; i < count; ++i) {
        const ContactRole& role = kContactRoles[std::size_t(first + i) % std::size(kContactRoles)];
        const bool arabic = !name.nameAr.empty() && (name.nameEn.empty() || m_random.chance(0.5));
        std::string emails = std::string("[\"") + role.mailbox + '@' + domain + '"';
        if (std::strcmp(role.mailbox, "info") != 0 && m_random.chance(0.2)) {
            emails += ",\"info@" + domain + '"';
        }
        emails += ']';
        std::string phones = "[";
        const int phoneCount = m_random.chance(0.75) ? (m_random.chance(0.2) ? 2 : 1) : 0;
        for (int p = 0; p < phoneCount; ++p) {
            phones += p ? ",\"+" : "\"+";
            phones += country.callingCode;
            phones += char('2' + m_random.below(8));
            for (int d = 1; d < country.nationalDigits; ++d) {
                phones += char('0' + m_random.below(10));
            }
            phones += '"';
        }
        phones += ']';
        SqlStatement& insert = *m_insertContact;
        stamp(insert, Table::Contact, quint64(m_counts.contacts));
        bindText(insert, 5, m_reference[0]);
        insert.bind(6, arabic ? role.nameAr : role.nameEn);
        insert.bind(7, role.role);
        bindText(insert, 8, emails);
        bindText(insert, 9, phones);
        insert.bind(10, languages);
        insert.exec();
        ++m_counts.contacts;
    }
}

quint32 GeneratorRun::partnerOf(quint32 organisation, double sameCountry)
{
    if (m_random.chance(sameCountry)) {
        const std::vector<quint32>& neighbours = m_byCountry[m_orgCountry[organisation]];
        return neighbours[m_random.below(quint32(neighbours.size()))];
    }
    return m_random.below(quint32(m_orgCountry.size()));
}

void GeneratorRun::writePartnerships()
{
    const auto organisations = quint32(m_orgCountry.size());
    if (organisations < 2) {
        return;
    }
    const quint32 wanted = organisations / 2;
    std::unordered_set<quint64> pairs;
    pairs.reserve(wanted);
    for (quint32 attempt = 0; attempt < wanted; ++attempt) {
        const quint32 a = m_random.below(organisations);
        const quint32 b = partnerOf(a, 0.6);
        const quint64 key = (quint64(std::min(a, b)) << 32) | std::max(a, b);
        if (a == b || !pairs.insert(key).second) {
            continue; // ~0.5 per organisation is a target, not a promise
        }
        const int since = m_random.between(2005, 2025);
        const std::string sinceDate = dateBetween(since, since);
        const std::string untilDate = m_random.chance(0.15) ? dateBetween(since + 1, 2026) : std::string();
        SqlStatement& insert = *m_insertPartnership;
        stamp(insert, Table::Partnership, quint64(m_counts.partnerships));
        uuid(m_reference[0], Table::Organisation, a);
        uuid(m_reference[1], Table::Organisation, b);
        bindText(insert, 5, m_reference[0]);
        bindText(insert, 6, m_reference[1]);
        bindText(insert, 7, m_random.pick(m_partnershipKinds));
        bindText(insert, 8, sinceDate);
        bindText(insert, 9, untilDate);
        insert.exec();
        ++m_counts.partnerships;
    }
}

void GeneratorRun::writeMemberships()
{
    const auto organisations = quint32(m_orgCountry.size());
    for (const quint32 network : m_networks) {
        uuid(m_reference[0], Table::Organisation, network);
        const quint32 wanted = std::min<quint32>(organisations - 1, 5 + m_random.below(36));
        const int leads = m_random.chance(0.3) ? 2 : 1;
        std::vector<quint32> members;
        for (quint32 attempt = 0; members.size() < wanted && attempt < wanted * 4; ++attempt) {
            const quint32 member = partnerOf(network, 0.5);
            if (member == network || std::find(members.begin(), members.end(), member) != members.end()) {
                continue;
            }
            members.push_back(member);
            uuid(m_reference[1], Table::Organisation, member);
            const std::string since = dateBetween(2010, 2025);
            SqlStatement& insert = *m_insertMembership;
            stamp(insert, Table::Membership, quint64(m_counts.memberships));
            bindText(insert, 5, m_reference[0]);
            bindText(insert, 6, m_reference[1]);
            insert.bind(7, int(members.size()) <= leads ? "co-lead" : "member");
            bindText(insert, 8, since);
            insert.exec();
            ++m_counts.memberships;
        }
    }
}

// Into empty tables, the generator writes faster without maintaining the secondary indexes row by
// row: they are dropped and created again from their own SQL at the end (one sort each, instead of
// millions of B-tree descents), and the spatial index is packed by RtreeBulkLoader instead of its
// insert trigger (14 µs an office). Insert triggers known to do nothing for generated rows are set
// aside too (running a trigger program that only tests its WHEN clause still costs ~1 µs a row);
// a trigger this code does not know keeps running. CPU for 100,000 organisations: 6.6 s as plain
// inserts, 4.3 s with indexes and R*Tree in bulk, 3.8 s with the no-op triggers set aside.
// Everything happens inside the caller's transaction, so a failure puts the schema back as it was.
struct BulkLoad
{
    bool active = false;
    std::vector<QByteArray> indexes;  // CREATE INDEX statements as the schema has them
    std::vector<QByteArray> triggers; // CREATE TRIGGER statements, put back after the R*Tree
    bool packRtree = false;

    // An insert trigger of `table` that does nothing for the generator's rows.
    static bool isQuietForGenerator(const QByteArray& name, const QByteArray& table, const QByteArray& sql)
    {
        // Search (migration 3): silent while SearchIndex::BulkScope has set meta search_bulk.
        if (name == "search_queue_" + table + "_insert" && sql.contains("search_bulk")) {
            return true;
        }
        // Sync (migration 4): numbers rows whose change_seq is NULL; the generator gives it.
        return name == table + "_change_insert" && sql.contains("WHEN NEW.change_seq IS NULL");
    }

    static BulkLoad begin(Database& db)
    {
        BulkLoad bulk;
        {
            SqlStatement empty(db.handle(), "SELECT NOT EXISTS (SELECT 1 FROM organisation) AND NOT EXISTS "
                                            "(SELECT 1 FROM location) AND NOT EXISTS (SELECT 1 FROM contact) "
                                            "AND NOT EXISTS (SELECT 1 FROM partnership) AND NOT EXISTS "
                                            "(SELECT 1 FROM membership) AND NOT EXISTS (SELECT 1 FROM "
                                            "location_rtree_rowid)");
            bulk.active = empty.step() && empty.int64(0) == 1;
        }
        if (!bulk.active) {
            return bulk;
        }
        std::vector<QByteArray> drops;
        {
            SqlStatement schema(
                db.handle(), "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
                             "type IN ('index', 'trigger') AND tbl_name IN ('organisation', 'location', "
                             "'contact', 'partnership', 'membership') ORDER BY name");
            while (schema.step()) {
                const QByteArray type = schema.utf8(0);
                const QByteArray name = schema.utf8(1);
                const QByteArray sql = schema.utf8(3);
                if (type == "index") {
                    bulk.indexes.push_back(sql);
                } else if (name == "location_rtree_insert") {
                    bulk.packRtree = true;
                    bulk.triggers.push_back(sql);
                } else if (isQuietForGenerator(name, schema.utf8(2), sql)) {
                    bulk.triggers.push_back(sql);
                } else {
                    continue;
                }
                drops.push_back("DROP " + type.toUpper() + " \"" + name + '"');
            }
        }
        for (const QByteArray& drop : drops) {
            db.execute(drop.constData());
        }
        return bulk;
    }

    void finish(Database& db, std::vector<RtreeBulkLoader::Point> points)
    {
        if (!active) {
            return;
        }
        for (const QByteArray& sql : indexes) {
            db.execute(sql.constData());
        }
        if (packRtree) {
            RtreeBulkLoader::load(db, "location_rtree", std::move(points));
        }
        for (const QByteArray& sql : triggers) {
            db.execute(sql.constData());
        }
    }
};

QString usageError(const CatalogueGenerator::Options& options)
{
    if (options.organisations < 1 || options.organisations > CatalogueGenerator::kMaxOrganisations) {
        return QStringLiteral("the number of organisations must be between 1 and %1")
            .arg(CatalogueGenerator::kMaxOrganisations);
    }
    return {};
}

} // namespace

CatalogueGenerator::Result CatalogueGenerator::fill(Catalogue& catalogue, const Options& options)
{
    Result result;
    if (QString error = usageError(options); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    GeneratorPlaces places;
    if (QString error = places.load(); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    Database& db = catalogue.database();
    try {
        const bool loadVocabularies = catalogue.vocabularies().count(true) == 0;
        if (loadVocabularies) {
            if (QString error = SampleCatalogue::loadVocabularies(catalogue); !error.isEmpty()) {
                result.error = error;
                return result;
            }
        }
        GeneratorRun run(db, options, places);
        run.loadVocabularies();
        bool alreadyGenerated = false;
        {
            SqlStatement exists(db.handle(), "SELECT 1 FROM organisation WHERE id = ?");
            exists.bind(1, QByteArray::fromStdString(run.firstOrganisationId()));
            alreadyGenerated = exists.step();
        }
        if (alreadyGenerated) {
            result.error = QStringLiteral("%1: already holds the organisations generated with seed %2; "
                                          "choose another --seed or a new file")
                               .arg(catalogue.path())
                               .arg(options.seed);
            return result;
        }
        db.transaction([&] {
            // The search index is not fed row by row: its triggers stay quiet and it is marked
            // stale, to be rebuilt in one pass (SearchIndex::rebuild) by whoever searches first.
            SearchIndex::BulkScope quietSearch(db);
            if (loadVocabularies) {
                // Vocabularies the generator loaded belong to the generated catalogue: stamped with
                // its first revision, so that the whole file depends on the seed only.
                const std::string revision = run.firstRevision();
                db.statement("UPDATE vocabulary SET rev = ?, updated_at = '2026-01-01T00:00:00.000Z'")
                    .bind(1, QByteArray::fromStdString(revision))
                    .exec();
            }
            BulkLoad bulk = BulkLoad::begin(db);
            std::vector<RtreeBulkLoader::Point> points;
            if (bulk.packRtree) {
                points.reserve(std::size_t(options.organisations) * 2);
                run.collectPoints(&points);
            }
            run.run();
            bulk.finish(db, std::move(points));
            db.clock().observe(QString::fromStdString(run.lastRevision()));
            db.setMeta(QStringLiteral("hlc_last"), db.clock().last());
            db.setMeta(QStringLiteral("generated_seed"), QString::number(options.seed));
        });
        result.counts = run.counts();
    } catch (const DbError& e) {
        result.error = QStringLiteral("%1: %2").arg(catalogue.path(), e.message());
    }
    return result;
}

CatalogueGenerator::Result CatalogueGenerator::createAt(const QString& path, const Options& options)
{
    Result result;
    if (QString error = usageError(options); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (QFileInfo::exists(path)) {
        result.error = QStringLiteral("%1: already exists").arg(path);
        return result;
    }
    const QString temporary = path + QStringLiteral(".generating");
    for (const QString& leftover :
         {temporary, temporary + QStringLiteral("-wal"), temporary + QStringLiteral("-shm"),
          temporary + QStringLiteral("-journal")}) {
        QFile::remove(leftover);
    }
    auto discard = [&](const QString& error) {
        for (const QString& leftover :
             {temporary, temporary + QStringLiteral("-wal"), temporary + QStringLiteral("-shm")}) {
            QFile::remove(leftover);
        }
        // Name the file the user asked for, not the temporary one.
        result.error = QString(error).replace(temporary, path);
        return result;
    };
    {
        Catalogue::OpenResult created = Catalogue::open(temporary, Database::Mode::CreateIfMissing);
        if (!created.catalogue) {
            return discard(created.error);
        }
        Database& db = created.catalogue->database();
        try {
            // Nothing in a file that is not yet renamed needs a journal: a failure deletes it.
            db.execute("PRAGMA journal_mode = OFF");
            db.execute("PRAGMA synchronous = OFF");
            db.execute("PRAGMA cache_size = -262144");
        } catch (const DbError& e) {
            return discard(QStringLiteral("%1: %2").arg(temporary, e.message()));
        }
        result = fill(*created.catalogue, options);
        if (!result.error.isEmpty()) {
            created.catalogue.reset();
            return discard(result.error);
        }
        try {
            db.execute("PRAGMA cache_size = -65536");
            db.execute("PRAGMA journal_mode = WAL");
            db.execute("PRAGMA synchronous = NORMAL");
        } catch (const DbError& e) {
            created.catalogue.reset();
            return discard(QStringLiteral("%1: %2").arg(temporary, e.message()));
        }
    }
#ifdef Q_OS_UNIX
    // synchronous = OFF wrote through the page cache only: make the file durable before it gets the
    // name that says it is complete.
    QFile file(temporary);
    if (file.open(QIODevice::ReadWrite)) {
        ::fsync(file.handle());
    }
    file.close();
#endif
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    if (!QFile::rename(temporary, path)) {
        return discard(QStringLiteral("%1: could not be written").arg(path));
    }
    return result;
}

} // namespace dalil
