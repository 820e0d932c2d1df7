#include "exchange/VCardWriter.h"

#include <QJsonArray>

namespace dalil {

namespace {

bool hasArabic(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF) {
            return true;
        }
    }
    return false;
}

QString text(const QJsonObject& record, const char* field)
{
    return record.value(QLatin1String(field)).toString().trimmed();
}

class Card
{
public:
    explicit Card(const char* kind)
    {
        line("BEGIN:VCARD");
        line("VERSION:4.0");
        line(QByteArray("KIND:") + kind);
    }
    void line(const QByteArray& content) { m_out += VCardWriter::fold(content) + "\r\n"; }
    void property(const QByteArray& name, const QString& value)
    {
        if (!value.isEmpty()) {
            line(name + ':' + VCardWriter::escape(value).toUtf8());
        }
    }
    // The same property in several languages, as alternatives of one another.
    void names(const QByteArray& name, const QList<QPair<QString, QString>>& byLanguage, int altId)
    {
        QList<QPair<QString, QString>> present;
        for (const auto& item : byLanguage) {
            if (!item.second.isEmpty()) {
                present.append(item);
            }
        }
        if (present.size() == 1) {
            line(name + ";LANGUAGE=" + present.first().first.toLatin1() + ':' +
                 VCardWriter::escape(present.first().second).toUtf8());
            return;
        }
        for (const auto& [language, value] : present) {
            line(name + ";ALTID=" + QByteArray::number(altId) + ";LANGUAGE=" + language.toLatin1() + ':' +
                 VCardWriter::escape(value).toUtf8());
        }
    }
    QByteArray finish()
    {
        line("END:VCARD");
        return m_out;
    }

private:
    QByteArray m_out;
};

QList<QPair<QString, QString>> orgNames(const QJsonObject& org)
{
    return {{QStringLiteral("ar"), text(org, "name_ar")},
            {QStringLiteral("en"), text(org, "name_en")},
            {QStringLiteral("fr"), text(org, "name_fr")}};
}

} // namespace

QString VCardWriter::escape(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray& line)
{
    if (line.size() <= 75) {
        return line;
    }
    QByteArray out;
    qsizetype start = 0;
    int limit = 75; // the first line; continuation lines start with a space, leaving 74
    while (start < line.size()) {
        qsizetype end = std::min<qsizetype>(start + limit, line.size());
        // Never cut inside a UTF-8 sequence: step back over continuation bytes (10xxxxxx).
        while (end < line.size() && end > start && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) {
            --end;
        }
        if (start > 0) {
            out += "\r\n ";
        }
        out += line.mid(start, end - start);
        start = end;
        limit = 74;
    }
    return out;
}

QByteArray VCardWriter::write(const QList<ExportEntry>& entries, bool organisations)
{
    QByteArray out;
    int altId = 1;
    for (const ExportEntry& entry : entries) {
        const QJsonObject& org = entry.record;
        if (organisations) {
            Card card("org");
            card.names("FN", orgNames(org), altId);
            card.names("ORG", orgNames(org), altId + 1);
            card.property("NICKNAME", text(org, "acronym"));
            card.property("URL", text(org, "website"));
            QStringList sectors;
            for (const QJsonValue& v : org.value(QLatin1String("sectors")).toArray()) {
                sectors.append(escape(v.toString()));
            }
            if (!sectors.isEmpty()) {
                card.line("CATEGORIES:" + sectors.join(u',').toUtf8());
            }
            for (const QJsonObject& office : entry.offices) {
                // ADR: post office box; extended; street; locality; region; postal code; country.
                const QStringList parts = {QString(),
                                           escape(text(office, "name_ar").isEmpty()
                                                      ? text(office, "name_en")
                                                      : text(office, "name_ar")),
                                           QString(),
                                           escape(text(office, "city")),
                                           escape(text(office, "admin1")),
                                           QString(),
                                           escape(text(office, "country"))};
                QByteArray adr = "ADR;TYPE=work";
                if (office.value(QLatin1String("lat")).isDouble()) {
                    adr += ";GEO=\"geo:" +
                           QByteArray::number(office.value(QLatin1String("lat")).toDouble(), 'f', 6) + ',' +
                           QByteArray::number(office.value(QLatin1String("lon")).toDouble(), 'f', 6) + '"';
                }
                card.line(adr + ':' + parts.join(u';').toUtf8());
            }
            card.property("NOTE", text(org, "description_ar").isEmpty() ? text(org, "description_en")
                                                                        : text(org, "description_ar"));
            card.line("UID:urn:uuid:" + text(org, "id").toUtf8());
            out += card.finish();
            altId += 2;
        }
        for (const QJsonObject& contact : entry.contacts) {
            Card card("individual");
            const QString name = text(contact, "name");
            const QString fn = name.isEmpty() ? text(contact, "role") : name;
            if (!fn.isEmpty()) {
                card.line("FN;LANGUAGE=" + QByteArray(hasArabic(fn) ? "ar" : "en") + ':' +
                          escape(fn).toUtf8());
            } else {
                card.line("FN:" +
                          escape(text(org, "name_en").isEmpty() ? text(org, "name_ar") : text(org, "name_en"))
                              .toUtf8());
            }
            card.names("ORG", orgNames(org), altId);
            card.property("TITLE", text(contact, "role"));
            for (const QJsonValue& email : contact.value(QLatin1String("emails")).toArray()) {
                card.line("EMAIL;TYPE=work:" + email.toString().toUtf8());
            }
            for (const QJsonValue& phone : contact.value(QLatin1String("phones")).toArray()) {
                card.line("TEL;VALUE=uri;TYPE=work,voice:tel:" + phone.toString().toUtf8());
            }
            QStringList languages;
            for (const QJsonValue& v : contact.value(QLatin1String("languages")).toArray()) {
                languages.append(v.toString());
            }
            for (int i = 0; i < languages.size(); ++i) {
                card.line("LANG;PREF=" + QByteArray::number(i + 1) + ':' + languages[i].toUtf8());
            }
            card.line("RELATED;TYPE=colleague:urn:uuid:" + text(org, "id").toUtf8());
            card.line("UID:urn:uuid:" + text(contact, "id").toUtf8());
            out += card.finish();
            ++altId;
        }
    }
    return out;
}

} // namespace dalil
