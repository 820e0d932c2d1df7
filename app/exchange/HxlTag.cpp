#include "exchange/HxlTag.h"

#include <QRegularExpression>
#include <QSet>

namespace dalil {

namespace {

bool isName(QStringView text)
{
    if (text.isEmpty() || !(text[0].isLetter() && text[0].unicode() < 128)) {
        return false;
    }
    for (const QChar c : text) {
        if (!(c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_'))) {
            return false;
        }
    }
    return true;
}

// HXL 1.1 core hashtags a directory has no field for: a column with one is left out without a
// warning, since it is a proper HXL column, only not about the organisation.
const QSet<QString>& knownUnused()
{
    static const QSet<QString> tags = {
        QStringLiteral("access"),      QStringLiteral("activity"), QStringLiteral("adm3"),
        QStringLiteral("adm4"),        QStringLiteral("adm5"),     QStringLiteral("affected"),
        QStringLiteral("beneficiary"), QStringLiteral("capacity"), QStringLiteral("cause"),
        QStringLiteral("channel"),     QStringLiteral("crisis"),   QStringLiteral("currency"),
        QStringLiteral("date"),        QStringLiteral("event"),    QStringLiteral("financial"),
        QStringLiteral("frequency"),   QStringLiteral("group"),    QStringLiteral("impact"),
        QStringLiteral("indicator"),   QStringLiteral("inneed"),   QStringLiteral("item"),
        QStringLiteral("meta"),        QStringLiteral("modality"), QStringLiteral("need"),
        QStringLiteral("operations"),  QStringLiteral("output"),   QStringLiteral("population"),
        QStringLiteral("reached"),     QStringLiteral("region"),   QStringLiteral("respondee"),
        QStringLiteral("service"),     QStringLiteral("severity"), QStringLiteral("status"),
        QStringLiteral("targeted"),    QStringLiteral("value"),    QStringLiteral("geo"),
        QStringLiteral("loc"),         QStringLiteral("reported"),
    };
    return tags;
}

} // namespace

HxlTag HxlTag::parse(const QString& text)
{
    HxlTag result;
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'#')) {
        return result;
    }
    // Spaces may stand around the "+" of an attribute, never inside a name.
    QStringList parts = trimmed.mid(1).toLower().split(u'+');
    for (QString& part : parts) {
        part = part.trimmed();
    }
    if (parts.isEmpty() || !isName(parts.first())) {
        return result;
    }
    QStringList attributes;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (!isName(parts[i])) {
            return result;
        }
        attributes.append(parts[i]);
    }
    result.m_tag = parts.first();
    result.m_attributes = attributes;
    return result;
}

bool HxlTag::isHashtagRow(const QStringList& cells)
{
    int nonEmpty = 0;
    int tags = 0;
    for (const QString& cell : cells) {
        if (cell.trimmed().isEmpty()) {
            continue;
        }
        ++nonEmpty;
        tags += parse(cell).isValid() ? 1 : 0;
    }
    return tags > 0 && tags * 2 > nonEmpty;
}

bool HxlTag::has(const char* attribute) const
{
    return m_attributes.contains(QLatin1String(attribute));
}

QString HxlTag::language() const
{
    for (const QString& attribute : m_attributes) {
        if (attribute.startsWith(QLatin1String("i_")) && attribute.size() > 2) {
            return attribute.mid(2);
        }
    }
    return {};
}

QString HxlTag::toString() const
{
    if (m_tag.isEmpty()) {
        return {};
    }
    QString text = u'#' + m_tag;
    for (const QString& attribute : m_attributes) {
        text += u'+' + attribute;
    }
    return text;
}

ImportField HxlTag::field(Use* use) const
{
    using F = ImportField;
    Use dummy;
    Use& how = use ? *use : dummy;
    how = Use::Imported;
    const QString lang = language();
    auto byLanguage = [&](F ar, F en, F fr, F any) {
        if (lang == QLatin1String("ar")) {
            return ar;
        }
        if (lang == QLatin1String("en")) {
            return en;
        }
        if (lang == QLatin1String("fr")) {
            return fr;
        }
        return any;
    };

    if (m_tag == QLatin1String("org")) {
        if (has("acronym")) {
            return F::Acronym;
        }
        if (has("type")) {
            return F::Type;
        }
        if (has("code") || has("id")) {
            return F::RegistrationId;
        }
        if (has("url")) {
            return F::Website;
        }
        return byLanguage(F::NameAr, F::NameEn, F::NameFr, F::Name);
    }
    if (m_tag == QLatin1String("sector") || m_tag == QLatin1String("subsector")) {
        return F::Sectors;
    }
    if (m_tag == QLatin1String("country")) {
        return has("list") ? F::Countries : F::Country; // +list: the countries of operation, several
    }
    if (m_tag == QLatin1String("adm1")) {
        return has("code") ? F::Admin1Pcode : F::Admin1;
    }
    if (m_tag == QLatin1String("adm2")) {
        return has("code") ? F::Admin2Pcode : F::Admin2;
    }
    if (m_tag == QLatin1String("loc") && !has("code")) {
        return F::City;
    }
    if (m_tag == QLatin1String("geo")) {
        if (has("lat")) {
            return F::Lat;
        }
        if (has("lon")) {
            return F::Lon;
        }
        if (has("coord")) {
            return F::Coordinates;
        }
    }
    if (m_tag == QLatin1String("contact")) {
        if (has("email")) {
            return F::Email;
        }
        if (has("phone")) {
            return F::Phone;
        }
        if (has("url")) {
            return F::Website;
        }
        if (has("role") || has("title")) {
            return F::ContactRole;
        }
        return F::ContactName;
    }
    if (m_tag == QLatin1String("description")) {
        return byLanguage(F::DescriptionAr, F::DescriptionEn, F::Ignore, F::Description);
    }
    // HXL 1.0 (2014) tags, still found in older 3W sheets.
    static const struct
    {
        const char* tag;
        F field;
    } legacy[] = {
        {"lat_deg", F::Lat},
        {"lon_deg", F::Lon},
        {"country_code", F::Country},
        {"adm1_code", F::Admin1Pcode},
        {"adm1_id", F::Admin1Pcode},
        {"adm2_code", F::Admin2Pcode},
        {"adm2_id", F::Admin2Pcode},
        {"org_id", F::RegistrationId},
        {"org_type", F::Type},
        {"sector_id", F::Sectors},
        {"contact_name", F::ContactName},
        {"contact_email", F::Email},
        {"contact_phone", F::Phone},
        {"loc_name", F::City},
        {"adm1_name", F::Admin1},
        {"adm2_name", F::Admin2},
        {"org_name", F::Name},
        {"country_name", F::Country},
    };
    for (const auto& entry : legacy) {
        if (m_tag == QLatin1String(entry.tag)) {
            return entry.field;
        }
    }
    static const QRegularExpression legacySuffix(
        QStringLiteral("^[a-z0-9]+_(num|pct|date|id|code|name|deg|dms|text|link|url)$"));
    if (knownUnused().contains(m_tag) || legacySuffix.match(m_tag).hasMatch()) {
        how = Use::NotUsed;
        return F::Ignore;
    }
    how = Use::Unknown;
    return F::Ignore;
}

} // namespace dalil
