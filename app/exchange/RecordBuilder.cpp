#include "exchange/RecordBuilder.h"

#include "catalogue/Catalogue.h"
#include "catalogue/Validation.h"
#include "exchange/CountryNames.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::RecordBuilder", text);
}

using F = ImportField;

bool hasArabic(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF) {
            return true;
        }
    }
    return false;
}

QString toAsciiDigits(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669) {
            c = QChar(u'0' + (u - 0x0660));
        } else if (u >= 0x06F0 && u <= 0x06F9) {
            c = QChar(u'0' + (u - 0x06F0));
        }
    }
    return out;
}

QStringList splitList(const QString& text, bool commas)
{
    static const QRegularExpression separators(QStringLiteral("[;\\x{061B}|\\n\\r]+"));
    static const QRegularExpression separatorsAndCommas(QStringLiteral("[;\\x{061B}|\\n\\r,\\x{060C}]+"));
    QStringList items;
    for (const QString& part : text.split(commas ? separatorsAndCommas : separators, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty()) {
            items.append(item);
        }
    }
    return items;
}

void setIfEmpty(QJsonObject& record, const char* field, const QJsonValue& value)
{
    const QJsonValue current = record.value(QLatin1String(field));
    if (current.isUndefined() || current.isNull() || (current.isString() && current.toString().isEmpty())) {
        record.insert(QLatin1String(field), value);
    }
}

QString languageCode(const QString& text)
{
    const QString key = ArabicText::normalise(text);
    static const struct
    {
        const char* code;
        std::initializer_list<const char*> names;
    } languages[] = {
        {"ar", {"ar", "arabic", "arabe", "عربي", "العربية", "عربية"}},
        {"en", {"en", "english", "anglais", "انجليزي", "الانجليزية", "انكليزي"}},
        {"fr", {"fr", "french", "francais", "فرنسي", "الفرنسية"}},
        {"ku", {"ku", "kurdish", "kurde", "كردي", "الكردية"}},
        {"tr", {"tr", "turkish", "turc", "تركي", "التركية"}},
        {"fa", {"fa", "persian", "farsi", "persan", "فارسي", "الفارسية"}},
        {"he", {"he", "hebrew", "hebreu", "عبري", "العبرية"}},
        {"am", {"am", "amharic", "amharique", "أمهري"}},
        {"so", {"so", "somali", "somalien", "صومالي"}},
        {"ber", {"ber", "tamazight", "berber", "amazigh", "أمازيغي", "الأمازيغية"}},
    };
    for (const auto& language : languages) {
        for (const char* name : language.names) {
            if (key == ArabicText::normalise(QString::fromUtf8(name))) {
                return QLatin1String(language.code);
            }
        }
    }
    return {};
}

// IATI organisation types (DESIGN.md "Catalogue"), recognised by code or by label in ar/en/fr when
// the catalogue has no organisation_type vocabulary.
void addBuiltInTypes(QHash<QString, QString>& types)
{
    static const struct
    {
        const char* code;
        std::initializer_list<const char*> labels;
    } builtIn[] = {
        {"10", {"government", "gouvernement", "حكومي", "جهة حكومية", "حكومة"}},
        {"21", {"international ngo", "ingo", "ong internationale", "منظمة غير حكومية دولية", "منظمة دولية"}},
        {"22",
         {"national ngo", "nngo", "local ngo", "ong nationale", "ong locale", "منظمة غير حكومية وطنية",
          "جمعية محلية", "منظمة محلية", "منظمة وطنية"}},
        {"23", {"regional ngo", "ong regionale", "منظمة غير حكومية إقليمية", "منظمة إقليمية"}},
        {"24", {"partner country based ngo", "ong du pays partenaire"}},
        {"40",
         {"multilateral", "un agency", "un", "multilaterale", "agence des nations unies", "متعدد الأطراف",
          "وكالة أممية", "الأمم المتحدة"}},
        {"60", {"foundation", "fondation", "مؤسسة خيرية", "مؤسسة"}},
        {"70", {"private sector", "secteur prive", "قطاع خاص", "القطاع الخاص"}},
        {"80",
         {"academic", "academic training and research", "university", "universite", "اكاديمي", "جامعة",
          "مؤسسة بحثية"}},
        {"90", {"other", "autre", "أخرى", "غير ذلك"}},
        {"network", {"network", "alliance", "network/alliance", "reseau", "شبكة", "تحالف"}},
    };
    for (const auto& type : builtIn) {
        const QString code = QLatin1String(type.code);
        types.insert(ArabicText::normalise(code), code);
        for (const char* label : type.labels) {
            types.insert(ArabicText::normalise(QString::fromUtf8(label)), code);
        }
    }
}

// A vocabulary label as people shorten it: without "and", "of", "et", and without plural s.
QString looseKey(const QString& key)
{
    static const QStringList stop = {QStringLiteral("and"), QStringLiteral("et"), QStringLiteral("of"),
                                     QStringLiteral("the"), QStringLiteral("de"), QStringLiteral("des"),
                                     QStringLiteral("la"),  QStringLiteral("le"), QStringLiteral("du")};
    QStringList words;
    for (QString word : key.split(u' ', Qt::SkipEmptyParts)) {
        if (stop.contains(word)) {
            continue;
        }
        if (word.size() > 3 && word.endsWith(u's')) {
            word.chop(1);
        }
        words.append(word);
    }
    return words.join(u' ');
}

} // namespace

QString RecordBuilder::placeKey(const QJsonObject& office)
{
    QStringList parts;
    for (const char* field :
         {"name_ar", "name_en", "country", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "city"}) {
        parts.append(ArabicText::normalise(office.value(QLatin1String(field)).toString()));
    }
    for (const char* field : {"lat", "lon"}) {
        const QJsonValue v = office.value(QLatin1String(field));
        parts.append(v.isDouble() ? QString::number(v.toDouble(), 'f', 5) : QString());
    }
    return parts.join(u'\x1f');
}

QString RecordBuilder::contactKey(const QJsonObject& contact)
{
    QStringList parts{ArabicText::normalise(contact.value(QLatin1String("name")).toString())};
    for (const char* field : {"emails", "phones"}) {
        QStringList items;
        for (const QJsonValue& v : contact.value(QLatin1String(field)).toArray()) {
            items.append(v.toString().toLower());
        }
        items.sort();
        parts.append(items.join(u','));
    }
    return parts.join(u'\x1f');
}

bool RecordBuilder::appendUnique(QJsonObject& record, const char* field, const QString& value)
{
    QJsonArray list = record.value(QLatin1String(field)).toArray();
    for (const QJsonValue& existing : list) {
        if (existing.toString() == value) {
            return false;
        }
    }
    list.append(value);
    record.insert(QLatin1String(field), list);
    return true;
}

void RecordBuilder::markRejected(int tableIndex, const ImportIssue& issue)
{
    m_rejected[tableIndex][issue.row].append(
        issue.column.isEmpty() ? issue.message : tr("%1: %2").arg(issue.column, issue.message));
}

RecordBuilder::RecordBuilder(Catalogue* catalogue)
    : m_catalogue(catalogue)
{
    addBuiltInTypes(m_types);
    if (!catalogue) {
        return;
    }
    catalogue->vocabularies().forEach([this](const QJsonObject& row) {
        const QString kind = row.value(QLatin1String("kind")).toString();
        QHash<QString, QString>* target = kind == QLatin1String("sector")              ? &m_sectors
                                          : kind == QLatin1String("organisation_type") ? &m_types
                                                                                       : nullptr;
        if (!target) {
            return;
        }
        const QString code = row.value(QLatin1String("code")).toString();
        static const QRegularExpression parenthesis(QStringLiteral("\\(([^)]*)\\)"));
        for (const char* field : {"code", "label_ar", "label_en", "label_fr"}) {
            const QString label = row.value(QLatin1String(field)).toString();
            // "Gender-based violence (GBV)" is also known as "Gender-based violence" and "GBV".
            QStringList forms{label, QString(label).remove(parenthesis)};
            const QRegularExpressionMatch inner = parenthesis.match(label);
            if (inner.hasMatch()) {
                forms.append(inner.captured(1));
            }
            for (const QString& form : forms) {
                const QString key = ArabicText::normalise(form);
                if (!key.isEmpty()) {
                    target->insert(key, code);
                    target->insert(looseKey(key), code);
                }
            }
        }
    });
}

bool RecordBuilder::parseNumber(const QString& input, double* value)
{
    QString text = toAsciiDigits(input.trimmed());
    text.replace(QChar(0x066B), u'.'); // Arabic decimal separator
    text.replace(QChar(0x2212), u'-'); // minus sign
    if (text.count(u',') == 1 && !text.contains(u'.')) {
        text.replace(u',', u'.');
    }
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value);
}

QString RecordBuilder::normalisePhone(const QString& input, const QString& country, QString* error)
{
    QString digits;
    const QString text = toAsciiDigits(input.trimmed());
    bool plus = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        } else if (c == u'+' && digits.isEmpty()) {
            plus = true;
        } else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/' ||
                   c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x00A0)) {
            continue;
        } else {
            *error = tr("“%1” is not a phone number").arg(input);
            return {};
        }
    }
    if (!plus && digits.startsWith(QLatin1String("00"))) {
        digits = digits.mid(2);
        plus = true;
    }
    if (!plus) {
        const QString code = CountryNames::callingCode(country);
        if (code.isEmpty()) {
            *error =
                tr("“%1” has no country code; write it in the international form, such as +962 6 1234567")
                    .arg(input);
            return {};
        }
        while (digits.startsWith(u'0')) {
            digits.remove(0, 1);
        }
        digits.prepend(code);
    }
    const QString phone = u'+' + digits;
    if (!validation::isE164Phone(phone)) {
        *error = tr("“%1” is not a complete international phone number").arg(input);
        return {};
    }
    return phone;
}

QString RecordBuilder::readCell(ImportField field, const QString& raw, Cell target, QString* warning) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    QJsonObject& org = *target.organisation;
    QJsonObject& office = *target.office;
    QJsonObject& contact = *target.contact;
    switch (field) {
    case F::Ignore:
        return {};
    case F::Id:
        setIfEmpty(org, "id", text);
        return {};
    case F::Name:
        setIfEmpty(org, hasArabic(text) ? "name_ar" : "name_en", text);
        return {};
    case F::NameAr:
        setIfEmpty(org, "name_ar", text);
        return {};
    case F::NameEn:
        setIfEmpty(org, "name_en", text);
        return {};
    case F::NameFr:
        setIfEmpty(org, "name_fr", text);
        return {};
    case F::Acronym:
        setIfEmpty(org, "acronym", text);
        return {};
    case F::Type: {
        const QString code = m_types.value(ArabicText::normalise(text));
        if (code.isEmpty()) {
            *warning = tr("“%1” is not a known organisation type; it is kept as written").arg(text);
            setIfEmpty(org, "type", text);
        } else {
            setIfEmpty(org, "type", code);
        }
        return {};
    }
    case F::Sectors:
        for (const QString& item : splitList(text, false)) {
            const QString key = ArabicText::normalise(item);
            QString code = m_sectors.value(key);
            if (code.isEmpty()) {
                code = m_sectors.value(looseKey(key));
            }
            RecordBuilder::appendUnique(org, "sectors", code.isEmpty() ? item : code);
        }
        return {};
    case F::Countries:
        for (const QString& item : splitList(text, true)) {
            const CountryNames::Match match = CountryNames::resolve(item);
            if (match.code.isEmpty()) {
                return tr("“%1” is not a country Dalil knows; write its name or its ISO code (such as JO)")
                    .arg(item);
            }
            RecordBuilder::appendUnique(org, "countries", match.code);
        }
        return {};
    case F::Description:
        setIfEmpty(org, hasArabic(text) ? "description_ar" : "description_en", text);
        return {};
    case F::DescriptionAr:
        setIfEmpty(org, "description_ar", text);
        return {};
    case F::DescriptionEn:
        setIfEmpty(org, "description_en", text);
        return {};
    case F::Founded: {
        static const QRegularExpression year(
            QStringLiteral("^(\\d{4})(?:[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?)?$"));
        const QRegularExpressionMatch match = year.match(toAsciiDigits(text));
        const int value = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (value < 1800 || value > 2100) {
            return tr("“%1” is not a year between 1800 and 2100").arg(text);
        }
        setIfEmpty(org, "founded", value);
        return {};
    }
    case F::Website: {
        QString url = text;
        // A web address holds no spaces; sheets typed by hand do ("http:// www.goal.ie").
        if (url.contains(u' ')) {
            url.remove(u' ');
            *warning = tr("“%1” was read as %2").arg(text, url);
        }
        if (!url.contains(QLatin1String("://")) && url.contains(u'.') && !url.contains(u' ')) {
            url.prepend(QLatin1String("https://"));
        }
        if (!validation::isWebUrl(url)) {
            return tr("“%1” is not a web address").arg(text);
        }
        setIfEmpty(org, "website", url);
        return {};
    }
    case F::RegistrationId:
        setIfEmpty(org, "registration_id", text);
        return {};
    case F::Languages:
        for (const QString& item : splitList(text, true)) {
            QString code = languageCode(item);
            static const QRegularExpression isoCode(QStringLiteral("^[A-Za-z]{2,3}$"));
            if (code.isEmpty() && isoCode.match(item).hasMatch()) {
                code = item.toLower(); // an ISO 639 code Dalil has no name for ("es", "ckb")
            }
            if (code.isEmpty()) {
                return tr("“%1” is not a language Dalil knows (such as Arabic, English or ar, en)").arg(item);
            }
            RecordBuilder::appendUnique(org, "languages", code);
        }
        return {};
    case F::OfficeName:
        setIfEmpty(office, hasArabic(text) ? "name_ar" : "name_en", text);
        return {};
    case F::Country: {
        const CountryNames::Match match = CountryNames::resolve(text);
        if (match.code.isEmpty()) {
            *warning =
                tr("“%1” is not a country Dalil knows; the office is kept with that name and no country")
                    .arg(text);
            setIfEmpty(office, hasArabic(text) ? "name_ar" : "name_en", text);
            return {};
        }
        if (match.approximate) {
            *warning = tr("“%1” was read as %2 (%3)")
                           .arg(text, CountryNames::name(match.code, QStringLiteral("en")), match.code);
        }
        setIfEmpty(office, "country", match.code);
        return {};
    }
    case F::Admin1:
        setIfEmpty(office, "admin1", text);
        return {};
    case F::Admin1Pcode:
        setIfEmpty(office, "admin1_pcode", text);
        return {};
    case F::Admin2:
        setIfEmpty(office, "admin2", text);
        return {};
    case F::Admin2Pcode:
        setIfEmpty(office, "admin2_pcode", text);
        return {};
    case F::City:
        setIfEmpty(office, "city", text);
        return {};
    case F::Lat:
    case F::Lon: {
        double value = 0;
        if (!parseNumber(text, &value)) {
            return tr("“%1” is not a number").arg(text);
        }
        const bool lat = field == F::Lat;
        if (lat ? (value < -90 || value > 90) : (value < -180 || value > 180)) {
            return lat ? tr("latitude %1 is outside -90 to 90").arg(text)
                       : tr("longitude %1 is outside -180 to 180").arg(text);
        }
        setIfEmpty(office, lat ? "lat" : "lon", value);
        return {};
    }
    case F::Coordinates: {
        static const QRegularExpression split(QStringLiteral("\\s*[,;\\s]\\s*"));
        const QStringList parts =
            toAsciiDigits(text).replace(QChar(0x060C), u',').split(split, Qt::SkipEmptyParts);
        double lat = 0, lon = 0;
        if (parts.size() != 2 || !parseNumber(parts[0], &lat) || !parseNumber(parts[1], &lon) || lat < -90 ||
            lat > 90 || lon < -180 || lon > 180) {
            return tr("“%1” is not a latitude and longitude such as 33.89, 35.50").arg(text);
        }
        setIfEmpty(office, "lat", lat);
        setIfEmpty(office, "lon", lon);
        return {};
    }
    case F::ContactName:
        setIfEmpty(contact, "name", text);
        return {};
    case F::ContactRole:
        setIfEmpty(contact, "role", text);
        return {};
    case F::Email:
        for (QString item : splitList(text, true)) {
            for (QString email : item.split(u' ', Qt::SkipEmptyParts)) {
                if (email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
                    email = email.mid(7);
                }
                if (!validation::isEmail(email)) {
                    return tr("“%1” is not an e-mail address").arg(item);
                }
                RecordBuilder::appendUnique(contact, "emails", email);
            }
        }
        return {};
    case F::Phone: {
        // The country of the office on the same row, read before or after this cell.
        QString country = office.value(QLatin1String("country")).toString();
        if (country.isEmpty() && org.value(QLatin1String("countries")).toArray().size() == 1) {
            country = org.value(QLatin1String("countries")).toArray().first().toString();
        }
        for (const QString& item : splitList(text, true)) {
            QString error;
            const QString phone = normalisePhone(item, country, &error);
            if (!error.isEmpty()) {
                return error;
            }
            RecordBuilder::appendUnique(contact, "phones", phone);
        }
        return {};
    }
    case F::ContactPrivate: {
        const QString key = ArabicText::normalise(text);
        static const QStringList yes = {QStringLiteral("1"),   QStringLiteral("true"),
                                        QStringLiteral("yes"), QStringLiteral("oui"),
                                        QStringLiteral("x"),   ArabicText::normalise(QStringLiteral("نعم"))};
        static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                       QStringLiteral("non"), ArabicText::normalise(QStringLiteral("لا"))};
        if (yes.contains(key)) {
            contact.insert(QStringLiteral("private"), true);
        } else if (no.contains(key)) {
            contact.insert(QStringLiteral("private"), false);
        } else {
            return tr("“%1” is not yes or no").arg(text);
        }
        return {};
    }
    }
    return {};
}

void RecordBuilder::reject(int tableIndex, const SourceTable& table, int row, const QString& column,
                           const QString& reason)
{
    ImportIssue issue;
    issue.file = table.file;
    issue.sheet = table.sheet;
    issue.rowNoun = table.rowNoun;
    issue.row = row;
    issue.column = column;
    issue.message = reason;
    m_issues.append(issue);
    m_rejected[tableIndex][row].append(column.isEmpty() ? reason : tr("%1: %2").arg(column, reason));
}

void RecordBuilder::fold(ImportedOrganisation& into, const QJsonObject& organisation,
                         const QJsonObject& office, const QJsonObject& contact)
{
    for (auto it = organisation.begin(); it != organisation.end(); ++it) {
        if (it.value().isArray()) {
            for (const QJsonValue& item : it.value().toArray()) {
                appendUnique(into.organisation, it.key().toLatin1().constData(), item.toString());
            }
        } else {
            setIfEmpty(into.organisation, it.key().toLatin1().constData(), it.value());
        }
    }
    const QString country = office.value(QLatin1String("country")).toString();
    if (!country.isEmpty()) {
        appendUnique(into.organisation, "countries", country);
    }
    if (!office.isEmpty()) {
        const QString key = placeKey(office);
        bool known = false;
        for (const QJsonObject& existing : into.offices) {
            known = known || placeKey(existing) == key;
        }
        if (!known) {
            into.offices.append(office);
        }
    }
    if (!contact.isEmpty() && !(contact.size() == 1 && contact.contains(QLatin1String("private")))) {
        const QString key = contactKey(contact);
        bool known = false;
        for (const QJsonObject& existing : into.contacts) {
            known = known || contactKey(existing) == key;
        }
        if (!known) {
            into.contacts.append(contact);
        }
    }
}

void RecordBuilder::addTable(const SourceTable& table, const ColumnMapping& mapping, int tableIndex)
{
    SourceTable head = table;
    head.rows.clear();
    m_tables.insert(tableIndex, head);
    m_mappings.insert(tableIndex, mapping);
    const int columns = table.columnCount();
    // Offices' countries are read first so a phone on the same row can use them.
    QList<int> order;
    for (int c = 0; c < columns; ++c) {
        if (mapping.field(c) == F::Country || mapping.field(c) == F::Countries) {
            order.append(c);
        }
    }
    for (int c = 0; c < columns; ++c) {
        if (!order.contains(c)) {
            order.append(c);
        }
    }
    for (const SourceTable::Row& row : table.rows) {
        ++m_rowsRead;
        if (m_rejected.value(tableIndex).contains(row.number)) {
            continue;
        }
        QJsonObject org, office, contact;
        bool failed = false;
        for (int c : order) {
            const F field = mapping.field(c);
            if (field == F::Ignore || c >= row.cells.size()) {
                continue;
            }
            QString warning;
            const QString error = readCell(field, row.cells[c], {&org, &office, &contact}, &warning);
            if (!error.isEmpty()) {
                reject(tableIndex, table, row.number, table.columnLabel(c), error);
                failed = true;
            } else if (!warning.isEmpty()) {
                ImportIssue issue;
                issue.severity = ImportIssue::Severity::Warning;
                issue.file = table.file;
                issue.sheet = table.sheet;
                issue.rowNoun = table.rowNoun;
                issue.row = row.number;
                issue.column = table.columnLabel(c);
                issue.message = warning;
                m_issues.append(issue);
            }
        }
        if (failed) {
            continue;
        }
        QString key;
        if (!org.value(QLatin1String("id")).toString().isEmpty()) {
            key = QStringLiteral("id:") + org.value(QLatin1String("id")).toString();
        } else if (!org.value(QLatin1String("registration_id")).toString().isEmpty()) {
            key = QStringLiteral("reg:") +
                  ArabicText::normalise(org.value(QLatin1String("registration_id")).toString());
        } else {
            for (const char* field : {"name_en", "name_ar", "name_fr", "acronym"}) {
                const QString name = org.value(QLatin1String(field)).toString().simplified();
                if (!name.isEmpty()) {
                    key = QStringLiteral("name:") + name;
                    break;
                }
            }
        }
        if (key.isEmpty()) {
            reject(tableIndex, table, row.number, QString(),
                   tr("the row names no organisation (its name column is empty)"));
            continue;
        }
        auto it = m_byKey.constFind(key);
        int index = 0;
        if (it == m_byKey.cend()) {
            index = int(m_organisations.size());
            ImportedOrganisation created;
            created.key = key;
            created.table = tableIndex;
            m_organisations.append(created);
            m_byKey.insert(key, index);
        } else {
            index = it.value();
        }
        ImportedOrganisation& target = m_organisations[index];
        target.rows.append(row.number);
        fold(target, org, office, contact);
    }
}

void RecordBuilder::validateRecords()
{
    if (!m_catalogue) {
        return;
    }
    auto columnFor = [this](int tableIndex, const QString& fieldName, bool office, bool contact) {
        const ColumnMapping& mapping = m_mappings[tableIndex];
        const SourceTable& table = m_tables[tableIndex];
        for (int c = 0; c < mapping.size(); ++c) {
            const QString key = QLatin1String(importFields::info(mapping.field(c)).key);
            const QString prefix = office    ? QStringLiteral("office.")
                                   : contact ? QStringLiteral("contact.")
                                             : QStringLiteral("organisation.");
            if (key.startsWith(prefix) &&
                (key.mid(prefix.size()) == fieldName || key.mid(prefix.size()) + u's' == fieldName ||
                 (fieldName.startsWith(QLatin1String("name")) &&
                  key.mid(prefix.size()).startsWith(QLatin1String("name"))))) {
                return table.columnLabel(c);
            }
        }
        return QString();
    };
    QList<ImportedOrganisation> kept;
    for (ImportedOrganisation& imported : m_organisations) {
        QStringList reasons;
        QString column;
        for (const FieldError& error : m_catalogue->organisations().validate(imported.organisation)) {
            column = columnFor(imported.table, error.field, false, false);
            reasons.append(error.message);
        }
        for (QJsonObject& office : imported.offices) {
            QJsonObject probe = office;
            probe.insert(QStringLiteral("organisation_id"), QStringLiteral("-"));
            for (const FieldError& error : m_catalogue->locations().validate(probe)) {
                column = columnFor(imported.table, error.field, true, false);
                reasons.append(error.message);
            }
        }
        for (QJsonObject& contact : imported.contacts) {
            QJsonObject probe = contact;
            probe.insert(QStringLiteral("organisation_id"), QStringLiteral("-"));
            for (const FieldError& error : m_catalogue->contacts().validate(probe)) {
                column = columnFor(imported.table, error.field, false, true);
                reasons.append(error.message);
            }
        }
        if (reasons.isEmpty()) {
            kept.append(imported);
            continue;
        }
        const SourceTable& table = m_tables[imported.table];
        for (int row : imported.rows) {
            for (const QString& reason : reasons) {
                reject(imported.table, table, row, column, reason);
            }
        }
    }
    m_organisations = kept;
    m_byKey.clear();
    for (int i = 0; i < m_organisations.size(); ++i) {
        m_byKey.insert(m_organisations[i].key, i);
    }
}

const QMap<int, QStringList>& RecordBuilder::rejected(int tableIndex) const
{
    static const QMap<int, QStringList> none;
    auto it = m_rejected.constFind(tableIndex);
    return it == m_rejected.cend() ? none : it.value();
}

int RecordBuilder::rowsRejected() const
{
    int count = 0;
    for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it) {
        count += int(it.value().size());
    }
    return count;
}

} // namespace dalil
