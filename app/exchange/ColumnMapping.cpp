#include "exchange/ColumnMapping.h"

#include "exchange/HxlTag.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <mutex>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::ColumnMapping", text);
}

using F = ImportField;

struct Synonyms
{
    F field;
    int weight; // 2: a specific word (e-mail, latitude) wins over a generic one (name, organisation)
    std::initializer_list<const char*> words;
};

// Headers as partners write them, in English, French and Arabic. Matched after NameKey
// normalisation, so case, accents, hamza forms and punctuation do not matter.
const std::initializer_list<Synonyms>& dictionary()
{
    static const std::initializer_list<Synonyms> entries = {
        {F::Id, 2, {"id", "dalil id", "organisation_id", "organization id", "organisation id"}},
        // Ids of offices and contacts in Dalil's own exports: not an office name.
        {F::Ignore, 3, {"office_id", "contact_id"}},
        {F::Name,
         1,
         {"name",
          "organisation",
          "organization",
          "organisation name",
          "organization name",
          "org",
          "org name",
          "partner",
          "partner name",
          "agency",
          "ngo",
          "ngo name",
          "implementing partner",
          "nom",
          "organisme",
          "nom de l'organisation",
          "nom de l'organisme",
          "organisation partenaire",
          "partenaire",
          "اسم المنظمة",
          "المنظمة",
          "اسم الجمعية",
          "الجمعية",
          "الجهة",
          "اسم الجهة",
          "المؤسسة",
          "اسم المؤسسة",
          "الشريك",
          "الاسم",
          "اسم"}},
        {F::NameAr, 2, {"name_ar", "arabic name", "nom arabe", "الاسم العربي"}},
        {F::NameEn, 2, {"name_en", "english name", "nom anglais", "الاسم الانجليزي"}},
        {F::NameFr, 2, {"name_fr", "french name", "nom francais", "الاسم الفرنسي"}},
        {F::Acronym,
         2,
         {"acronym", "abbreviation", "short name", "sigle", "acronyme", "الاختصار", "الاسم المختصر",
          "اختصار"}},
        {F::Type,
         2,
         {"type", "organisation type", "organization type", "org type", "type of organisation",
          "type of organization", "type d'organisation", "type de l'organisation", "نوع المنظمة", "نوع الجهة",
          "النوع", "نوع"}},
        {F::Sectors,
         2,
         {"sector", "sectors", "cluster", "clusters", "sector of work", "secteur", "secteurs", "domaine",
          "domaines", "القطاع", "القطاعات", "مجال العمل", "مجالات العمل", "المجال", "sectors_codes"}},
        {F::Countries,
         2,
         {"countries", "countries of operation", "pays d'intervention", "بلدان العمل", "الدول", "البلدان"}},
        {F::Description,
         1,
         {"description", "about", "summary", "الوصف", "نبذة", "نبذة عن المنظمة", "presentation"}},
        {F::DescriptionAr, 2, {"description_ar"}},
        {F::DescriptionEn, 2, {"description_en"}},
        {F::Founded,
         2,
         {"founded", "year founded", "established", "year established", "foundation year",
          "annee de creation", "date de creation", "creation", "سنة التأسيس", "تاريخ التأسيس", "التأسيس"}},
        {F::Website,
         2,
         {"website", "web site", "web", "url", "organisation url", "organization url", "site web",
          "site internet", "الموقع الالكتروني", "الموقع", "رابط الموقع"}},
        {F::RegistrationId,
         2,
         {"registration_id", "registration", "registration number", "registration id", "registration no",
          "reg no", "licence number", "license number", "org id", "org-id", "identifier",
          "numero d'enregistrement", "numero d'agrement", "رقم التسجيل", "رقم الترخيص", "رقم القيد",
          "رقم الإشهار"}},
        {F::Languages,
         2,
         {"languages", "working languages", "langues", "langues de travail", "اللغات", "لغات العمل"}},
        {F::OfficeName, 2, {"office", "office name", "branch", "bureau", "المكتب", "الفرع", "اسم المكتب"}},
        {F::Country,
         2,
         {"country", "country name", "country code", "country_code", "iso", "iso2", "iso3", "pays",
          "code pays", "البلد", "الدولة", "رمز البلد", "القطر"}},
        {F::Admin1,
         2,
         {"admin1", "admin 1", "admin level 1", "adm1", "governorate", "region", "province", "state",
          "muhafaza", "gouvernorat", "wilaya", "المحافظة", "المنطقة", "الولاية", "الاقليم"}},
        {F::Admin1Pcode,
         2,
         {"admin1_pcode", "admin1 pcode", "admin1 p code", "admin1 code", "adm1 pcode", "adm1 code",
          "governorate pcode", "pcode"}},
        {F::Admin2,
         2,
         {"admin2", "admin 2", "admin level 2", "adm2", "district", "caza", "qada", "departement", "القضاء",
          "المديرية", "المركز", "اللواء"}},
        {F::Admin2Pcode,
         2,
         {"admin2_pcode", "admin2 pcode", "admin2 p code", "admin2 code", "adm2 pcode", "adm2 code",
          "district pcode"}},
        {F::City,
         2,
         {"city", "town", "locality", "village", "location", "ville", "localite", "commune", "المدينة",
          "البلدة", "القرية", "الموقع الجغرافي"}},
        {F::Lat, 2, {"lat", "latitude", "lat_deg", "خط العرض", "y"}},
        {F::Lon, 2, {"lon", "long", "lng", "longitude", "lon_deg", "خط الطول", "x"}},
        {F::Coordinates, 2, {"coordinates", "coords", "gps", "gps coordinates", "coordonnees", "الاحداثيات"}},
        {F::ContactName,
         1,
         {"contact", "contact name", "contact person", "contact_name", "focal point", "focal person",
          "personne de contact", "point focal", "nom du contact", "جهة الاتصال", "الشخص المسؤول",
          "اسم المسؤول", "ضابط الارتباط", "مسؤول الاتصال", "اسم جهة الاتصال"}},
        {F::ContactRole,
         2,
         {"role", "position", "job title", "title", "contact_role", "fonction", "poste", "المنصب", "الوظيفة",
          "الصفة", "المسمى الوظيفي"}},
        {F::Email,
         2,
         {"email", "e-mail", "e mail", "mail", "emails", "email address", "contact email", "courriel",
          "adresse email", "adresse e-mail", "البريد الالكتروني", "البريد", "الايميل", "الإيميل"}},
        {F::Phone,
         2,
         {"phone", "phones", "telephone", "tel", "mobile", "phone number", "contact phone", "cell",
          "whatsapp", "portable", "numero de telephone", "الهاتف", "رقم الهاتف", "الجوال", "الموبايل",
          "الهاتف المحمول", "رقم الجوال", "التلفون"}},
        {F::ContactPrivate, 2, {"private", "prive", "خاص"}},
    };
    return entries;
}

struct Lookup
{
    QHash<QString, QPair<F, int>> exact;
    QList<std::tuple<QString, F, int>> all;
    QSet<QString> arabic, english, french, fillers;
};

const Lookup& lookup()
{
    static Lookup l;
    static std::once_flag once;
    std::call_once(once, [] {
        for (const Synonyms& entry : dictionary()) {
            for (const char* word : entry.words) {
                const QString key = ArabicText::normalise(QString::fromUtf8(word));
                if (!l.exact.contains(key)) {
                    l.exact.insert(key, {entry.field, entry.weight});
                }
                l.all.append({key, entry.field, entry.weight});
            }
        }
        auto keys = [](std::initializer_list<const char*> words) {
            QSet<QString> set;
            for (const char* word : words) {
                set.insert(ArabicText::normalise(QString::fromUtf8(word)));
            }
            return set;
        };
        l.arabic = keys({"arabic", "ar", "arabe", "عربي", "بالعربية", "العربية", "بالعربي", "العربي"});
        l.english = keys({"english", "en", "eng", "anglais", "انجليزي", "بالانجليزية", "الانجليزية",
                          "بالإنكليزية", "الانكليزية"});
        l.french = keys({"french", "fr", "francais", "فرنسي", "بالفرنسية", "الفرنسية"});
        l.fillers = keys({"in", "en", "de", "du", "la", "le", "of", "the", "باللغة", "اللغة"});
    });
    return l;
}

F withLanguage(F field, const QString& language)
{
    if (field == F::Name || field == F::NameAr || field == F::NameEn || field == F::NameFr) {
        if (language == QLatin1String("ar")) {
            return F::NameAr;
        }
        if (language == QLatin1String("en")) {
            return F::NameEn;
        }
        if (language == QLatin1String("fr")) {
            return F::NameFr;
        }
    }
    if (field == F::Description) {
        if (language == QLatin1String("ar")) {
            return F::DescriptionAr;
        }
        if (language == QLatin1String("en")) {
            return F::DescriptionEn;
        }
    }
    return field;
}

bool containsWords(const QString& text, const QString& words)
{
    const QString padded = u' ' + text + u' ';
    return padded.contains(u' ' + words + u' ');
}

} // namespace

ImportField ColumnMapping::recogniseHeader(const QString& header)
{
    const Lookup& l = lookup();
    const QString key = ArabicText::normalise(header);
    if (key.isEmpty()) {
        return F::Ignore;
    }
    // Own exports use the field keys ("name_ar"), which NameKey turns into "name ar".
    if (auto it = l.exact.constFind(key); it != l.exact.cend()) {
        return it.value().first;
    }
    QStringList tokens = key.split(u' ', Qt::SkipEmptyParts);
    QString language;
    for (const QString& token : tokens) {
        if (l.arabic.contains(token)) {
            language = QStringLiteral("ar");
        } else if (l.french.contains(token) && language.isEmpty()) {
            language = QStringLiteral("fr");
        } else if (l.english.contains(token) && token != QLatin1String("en") && language.isEmpty()) {
            language = QStringLiteral("en");
        }
    }
    QStringList base;
    for (const QString& token : tokens) {
        if (!l.arabic.contains(token) && !(l.english.contains(token) && token != QLatin1String("en")) &&
            !l.french.contains(token) && !l.fillers.contains(token)) {
            base.append(token);
        }
    }
    if (base.isEmpty()) {
        return F::Ignore;
    }
    const QString baseKey = base.join(u' ');
    if (auto it = l.exact.constFind(baseKey); it != l.exact.cend()) {
        return withLanguage(it.value().first, language);
    }
    // Longer headers ("Contact person e-mail", "رقم هاتف المسؤول"): the most specific word inside.
    F best = F::Ignore;
    int bestWeight = 0;
    qsizetype bestLength = 0;
    for (const auto& [words, field, weight] : l.all) {
        if (words.size() < 3 || !containsWords(baseKey, words)) {
            continue;
        }
        if (weight > bestWeight || (weight == bestWeight && words.size() > bestLength)) {
            best = field;
            bestWeight = weight;
            bestLength = words.size();
        }
    }
    return withLanguage(best, language);
}

ColumnMapping ColumnMapping::detect(const SourceTable& table, ImportIssues* issues)
{
    ColumnMapping mapping;
    const int columns = table.columnCount();
    mapping.m_columns.resize(columns);
    auto warn = [&](int column, const QString& message) {
        if (!issues) {
            return;
        }
        ImportIssue issue;
        issue.severity = ImportIssue::Severity::Warning;
        issue.file = table.file;
        issue.sheet = table.sheet;
        issue.rowNoun = table.rowNoun;
        issue.row = table.hxlRow > 0 ? table.hxlRow : table.headerRow;
        issue.column = table.columnLabel(column);
        issue.message = message;
        issues->append(issue);
    };
    for (int column = 0; column < columns; ++column) {
        Column& c = mapping.m_columns[column];
        const QString tagText = column < table.hxlTags.size() ? table.hxlTags[column].trimmed() : QString();
        bool unknownTag = false;
        if (!tagText.isEmpty()) {
            const HxlTag tag = HxlTag::parse(tagText);
            HxlTag::Use use = HxlTag::Use::Unknown;
            const F field = tag.isValid() ? tag.field(&use) : F::Ignore;
            if (use == HxlTag::Use::Imported) {
                c.field = field;
                c.source = Source::Hxl;
                continue;
            }
            if (use == HxlTag::Use::NotUsed) {
                continue; // a proper HXL column that a directory has no place for
            }
            unknownTag = true;
        }
        const QString header = column < table.headers.size() ? table.headers[column] : QString();
        const F field = recogniseHeader(header);
        if (field != F::Ignore) {
            c.field = field;
            c.source = Source::Header;
        }
        if (unknownTag) {
            warn(column, field == F::Ignore
                             ? tr("unknown HXL hashtag “%1”: the column is not imported (choose a field for "
                                  "it in the mapping if it should be)")
                                   .arg(tagText)
                             : tr("unknown HXL hashtag “%1”: the column is read as “%2” from its header")
                                   .arg(tagText, importFields::label(field)));
        } else if (field == F::Ignore && !header.trimmed().isEmpty()) {
            bool hasData = false;
            for (const SourceTable::Row& row : table.rows) {
                if (column < row.cells.size() && !row.cells[column].trimmed().isEmpty()) {
                    hasData = true;
                    break;
                }
            }
            if (hasData) {
                warn(column, tr("the header is not recognised: the column is not imported (choose a field "
                                "for it in the mapping if it should be)"));
            }
        }
    }
    return mapping;
}

ImportField ColumnMapping::field(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].field : F::Ignore;
}

ColumnMapping::Source ColumnMapping::source(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].source : Source::None;
}

void ColumnMapping::set(int column, ImportField field)
{
    if (column < 0) {
        return;
    }
    if (column >= m_columns.size()) {
        m_columns.resize(column + 1);
    }
    m_columns[column] = {field, Source::User};
}

bool ColumnMapping::maps(ImportField field) const
{
    for (const Column& c : m_columns) {
        if (c.field == field) {
            return true;
        }
    }
    return false;
}

bool ColumnMapping::hasOrganisationKey() const
{
    return maps(F::Name) || maps(F::NameAr) || maps(F::NameEn) || maps(F::NameFr) || maps(F::Id) ||
           maps(F::RegistrationId) || maps(F::Acronym);
}

QJsonObject ColumnMapping::toJson(const SourceTable& table) const
{
    QJsonArray columns;
    for (int i = 0; i < m_columns.size(); ++i) {
        QJsonObject column;
        column.insert(QStringLiteral("header"), i < table.headers.size() ? table.headers[i] : QString());
        column.insert(QStringLiteral("hxl"), i < table.hxlTags.size() ? table.hxlTags[i] : QString());
        column.insert(QStringLiteral("field"), QLatin1String(importFields::info(m_columns[i].field).key));
        columns.append(column);
    }
    QJsonObject root;
    root.insert(QStringLiteral("columns"), columns);
    return root;
}

int ColumnMapping::applySaved(const QJsonObject& saved, const SourceTable& table)
{
    int applied = 0;
    const QJsonArray columns = saved.value(QLatin1String("columns")).toArray();
    QSet<int> used;
    for (const QJsonValue& value : columns) {
        const QJsonObject column = value.toObject();
        const QString header = column.value(QLatin1String("header")).toString();
        const QString hxl = column.value(QLatin1String("hxl")).toString();
        const F field = importFields::fromKey(column.value(QLatin1String("field")).toString());
        for (int i = 0; i < table.columnCount(); ++i) {
            const QString tableHxl = i < table.hxlTags.size() ? table.hxlTags[i] : QString();
            if (!used.contains(i) && table.headers[i] == header && tableHxl == hxl) {
                set(i, field);
                used.insert(i);
                ++applied;
                break;
            }
        }
    }
    return applied;
}

QString ColumnMapping::signature(const SourceTable& table)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (int i = 0; i < table.columnCount(); ++i) {
        hash.addData(ArabicText::normalise(table.headers[i]).toUtf8());
        hash.addData(QByteArrayView("\x1f"));
        hash.addData((i < table.hxlTags.size() ? table.hxlTags[i] : QString()).toUtf8());
        hash.addData(QByteArrayView("\x1e"));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace dalil
