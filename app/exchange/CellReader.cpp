#include "exchange/CellReader.h"

#include "catalogue/Catalogue.h"
#include "catalogue/Validation.h"
#include "exchange/CountryNames.h"
#include "exchange/RecordKeys.h"
#include "search/ArabicText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace dalil {

namespace {

// The messages keep the context they were translated in.
QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::CellReader", text); // lupdate's context
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
    // Splits at runs of ; ؛ | and line breaks (with `commas`, of , and ، too), each item trimmed,
    // empty ones dropped. A character loop, not a regular expression: it runs for three cells of
    // every row of an import.
    auto isSeparator = [commas](char16_t c) {
        return c == u';' || c == u'\u061B' || c == u'|' || c == u'\n' || c == u'\r' ||
               (commas && (c == u',' || c == u'\u060C'));
    };
    const qsizetype size = text.size();
    const char16_t* const data = reinterpret_cast<const char16_t*>(text.utf16());
    qsizetype first = 0;
    while (first < size && !isSeparator(data[first])) {
        ++first;
    }
    QStringList items;
    if (first == size) {
        // One item (most cells): the text itself when it needs no trimming, without a copy.
        QString item = text.trimmed();
        if (!item.isEmpty()) {
            items.append(std::move(item));
        }
        return items;
    }
    qsizetype start = 0;
    for (qsizetype i = first; i <= size; ++i) {
        if (i < size && !isSeparator(data[i])) {
            continue;
        }
        const QStringView item = QStringView(text).mid(start, i - start).trimmed();
        if (!item.isEmpty()) {
            items.append(item.toString());
        }
        start = i + 1;
    }
    return items;
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

CellReader::CellReader(Catalogue* catalogue)
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

bool CellReader::parseNumber(const QString& input, double* value)
{
    // Plain ASCII decimals ("33.89", "-6.83"), as most sheets write coordinates, without the
    // general conversion below; anything else takes it.
    const QStringView plain = QStringView(input).trimmed();
    if (!plain.isEmpty() && plain.size() < 32) {
        char buffer[32];
        qsizetype length = 0;
        for (const QChar c : plain) {
            const char16_t u = c.unicode();
            if (!((u >= u'0' && u <= u'9') || u == u'.' || u == u'-')) {
                length = -1;
                break;
            }
            buffer[length++] = char(u);
        }
        if (length > 0) {
            const auto [end, error] = std::from_chars(buffer, buffer + length, *value);
            if (error == std::errc() && end == buffer + length && std::isfinite(*value)) {
                return true;
            }
        }
    }
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

QString CellReader::normalisePhone(const QString& input, const QString& country, QString* error)
{
    QString digits;
    const QString text = toAsciiDigits(input.trimmed());
    digits.reserve(text.size() + 4);
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

QString CellReader::read(ImportField field, const QString& raw, Cell target, QString* warning) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    ImportRecord& org = *target.organisation;
    ImportRecord& office = *target.office;
    ImportRecord& contact = *target.contact;
    switch (field) {
    case F::Ignore:
        return {};
    case F::Id:
        org.setIfEmpty("id", text);
        return {};
    case F::Name:
        org.setIfEmpty(hasArabic(text) ? "name_ar" : "name_en", text);
        return {};
    case F::NameAr:
        org.setIfEmpty("name_ar", text);
        return {};
    case F::NameEn:
        org.setIfEmpty("name_en", text);
        return {};
    case F::NameFr:
        org.setIfEmpty("name_fr", text);
        return {};
    case F::Acronym:
        org.setIfEmpty("acronym", text);
        return {};
    case F::Type: {
        const QString code = m_types.value(ArabicText::normalise(text));
        if (code.isEmpty()) {
            *warning = tr("“%1” is not a known organisation type; it is kept as written").arg(text);
            org.setIfEmpty("type", text);
        } else {
            org.setIfEmpty("type", code);
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
            org.appendUnique("sectors", code.isEmpty() ? item : code);
        }
        return {};
    case F::Countries:
        for (const QString& item : splitList(text, true)) {
            const CountryNames::Match match = CountryNames::resolve(item);
            if (match.code.isEmpty()) {
                return tr("“%1” is not a country Dalil knows; write its name or its ISO code (such as JO)")
                    .arg(item);
            }
            org.appendUnique("countries", match.code);
        }
        return {};
    case F::Description:
        org.setIfEmpty(hasArabic(text) ? "description_ar" : "description_en", text);
        return {};
    case F::DescriptionAr:
        org.setIfEmpty("description_ar", text);
        return {};
    case F::DescriptionEn:
        org.setIfEmpty("description_en", text);
        return {};
    case F::Founded: {
        static const QRegularExpression year(
            QStringLiteral("^(\\d{4})(?:[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?)?$"));
        const QRegularExpressionMatch match = year.match(toAsciiDigits(text));
        const int value = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (value < 1800 || value > 2100) {
            return tr("“%1” is not a year between 1800 and 2100").arg(text);
        }
        org.setIfEmpty("founded", double(value));
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
        org.setIfEmpty("website", url);
        return {};
    }
    case F::RegistrationId:
        org.setIfEmpty("registration_id", text);
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
            org.appendUnique("languages", code);
        }
        return {};
    case F::OfficeName:
        office.setIfEmpty(hasArabic(text) ? "name_ar" : "name_en", text);
        return {};
    case F::Country: {
        const CountryNames::Match match = CountryNames::resolve(text);
        if (match.code.isEmpty()) {
            *warning =
                tr("“%1” is not a country Dalil knows; the office is kept with that name and no country")
                    .arg(text);
            office.setIfEmpty(hasArabic(text) ? "name_ar" : "name_en", text);
            return {};
        }
        if (match.approximate) {
            *warning = tr("“%1” was read as %2 (%3)")
                           .arg(text, CountryNames::name(match.code, QStringLiteral("en")), match.code);
        }
        office.setIfEmpty("country", match.code);
        return {};
    }
    case F::Admin1:
        office.setIfEmpty("admin1", text);
        return {};
    case F::Admin1Pcode:
        office.setIfEmpty("admin1_pcode", text);
        return {};
    case F::Admin2:
        office.setIfEmpty("admin2", text);
        return {};
    case F::Admin2Pcode:
        office.setIfEmpty("admin2_pcode", text);
        return {};
    case F::City:
        office.setIfEmpty("city", text);
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
        office.setIfEmpty(lat ? "lat" : "lon", value);
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
        office.setIfEmpty("lat", lat);
        office.setIfEmpty("lon", lon);
        return {};
    }
    case F::ContactName:
        contact.setIfEmpty("name", text);
        return {};
    case F::ContactRole:
        contact.setIfEmpty("role", text);
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
                contact.appendUnique("emails", email);
            }
        }
        return {};
    case F::Phone: {
        // The country of the office on the same row, read before or after this cell.
        QString country = office.text("country");
        if (country.isEmpty()) {
            const QStringList countries = org.list("countries");
            if (countries.size() == 1) {
                country = countries.first();
            }
        }
        for (const QString& item : splitList(text, true)) {
            QString error;
            const QString phone = normalisePhone(item, country, &error);
            if (!error.isEmpty()) {
                return error;
            }
            contact.appendUnique("phones", phone);
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
            contact.setBool("private", true);
        } else if (no.contains(key)) {
            contact.setBool("private", false);
        } else {
            return tr("“%1” is not yes or no").arg(text);
        }
        return {};
    }
    }
    return {};
}

} // namespace dalil
