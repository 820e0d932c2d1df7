#include "exchange/VCardReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::VCardReader", text);
}

// Column order of the table this reader makes; the headers are field keys the mapping knows.
enum Column
{
    Id,
    NameAr,
    NameEn,
    NameFr,
    Acronym,
    Website,
    ContactName,
    Role,
    Emails,
    Phones,
    OfficeName,
    City,
    Admin1,
    Country,
    Lat,
    Lon,
    ColumnCount
};

const char* const kHeaders[ColumnCount] = {
    "id",     "name_ar", "name_en", "name_fr", "acronym", "website", "contact_name", "role",
    "emails", "phones",  "office",  "city",    "admin1",  "country", "lat",          "lon"};

struct Property
{
    QString name;
    QMultiHash<QString, QString> parameters;
    QString value;
};

Property parse(const QString& line)
{
    Property property;
    // The value starts at the first colon outside a quoted parameter value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"') {
            quoted = !quoted;
        } else if (line[i] == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0) {
        return property;
    }
    const QStringList head = line.left(colon).split(u';');
    property.name = head.first().section(u'.', -1).toUpper(); // drop a group prefix ("item1.")
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString key = head[i].section(u'=', 0, 0).toUpper();
        QString value = head[i].section(u'=', 1);
        value.remove(u'"');
        if (head[i].contains(u'=')) {
            for (const QString& part : value.split(u',')) {
                property.parameters.insert(key, part);
            }
        } else {
            property.parameters.insert(QStringLiteral("TYPE"), key); // vCard 2.1: TEL;WORK;VOICE
        }
    }
    property.value = line.mid(colon + 1);
    return property;
}

QString unescape(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            out += next == u'n' || next == u'N' ? QChar(u'\n') : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

// Splits a structured value (ORG, ADR, N) at unescaped semicolons.
QStringList components(const QString& value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            current += value[i];
            current += value[++i];
        } else if (value[i] == u';') {
            parts.append(unescape(current));
            current.clear();
        } else {
            current += value[i];
        }
    }
    parts.append(unescape(current));
    return parts;
}

QString decodeQuotedPrintable(const QString& value)
{
    QByteArray bytes;
    const QByteArray in = value.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size() + 0 && i + 2 <= in.size() - 1) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes.append(char(byte));
                i += 2;
                continue;
            }
        }
        bytes.append(in[i]);
    }
    return QString::fromUtf8(bytes);
}

bool hasArabic(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF) {
            return true;
        }
    }
    return false;
}

int nameColumn(const Property& property, const QString& text)
{
    const QString language = property.parameters.value(QStringLiteral("LANGUAGE")).toLower().left(2);
    if (language == QLatin1String("ar")) {
        return NameAr;
    }
    if (language == QLatin1String("fr")) {
        return NameFr;
    }
    if (language == QLatin1String("en")) {
        return NameEn;
    }
    return hasArabic(text) ? NameAr : NameEn;
}

void append(QStringList& row, int column, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    row[column] = row[column].isEmpty() ? value : row[column] + QStringLiteral("; ") + value;
}

} // namespace

QStringList VCardReader::unfold(const QString& text)
{
    QStringList lines;
    for (const QString& raw : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")))) {
        if ((raw.startsWith(u' ') || raw.startsWith(u'\t')) && !lines.isEmpty()) {
            lines.last() += raw.mid(1);
        } else if (!lines.isEmpty() && lines.last().endsWith(u'=') &&
                   lines.last().contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive)) {
            lines.last().chop(1); // a quoted-printable soft line break
            lines.last() += raw;
        } else {
            lines.append(raw);
        }
    }
    return lines;
}

SourceTable VCardReader::read(const QString& text, const QString& file, ImportIssues& issues)
{
    SourceTable table;
    table.file = file;
    table.format = QStringLiteral("vcf");
    table.rowNoun = QStringLiteral("card");
    for (const char* header : kHeaders) {
        table.headers.append(QLatin1String(header));
    }
    QStringList row;
    QList<Property> properties;
    int card = 0;
    bool inside = false;
    for (const QString& line : unfold(text)) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        Property property = parse(line);
        if (property.parameters.contains(QStringLiteral("ENCODING")) &&
            property.parameters.value(QStringLiteral("ENCODING"))
                    .compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0) {
            property.value = decodeQuotedPrintable(property.value);
        }
        if (property.name == QLatin1String("BEGIN") &&
            property.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            inside = true;
            properties.clear();
            ++card;
            continue;
        }
        if (property.name == QLatin1String("END") && inside) {
            inside = false;
            QStringList cells(ColumnCount);
            QString kind, fn, organisation;
            QList<QStringList> offices;
            for (const Property& p : properties) {
                if (p.name == QLatin1String("KIND")) {
                    kind = p.value.trimmed().toLower();
                } else if (p.name == QLatin1String("FN")) {
                    fn = unescape(p.value).trimmed();
                } else if (p.name == QLatin1String("ORG")) {
                    organisation = components(p.value).value(0).trimmed();
                }
            }
            const bool isOrganisation = kind == QLatin1String("org") ||
                                        kind == QLatin1String("organization") ||
                                        (!fn.isEmpty() && fn == organisation);
            for (const Property& p : properties) {
                const QString value = unescape(p.value).trimmed();
                if (p.name == QLatin1String("ORG")) {
                    const QString name = components(p.value).value(0).trimmed();
                    const int column = nameColumn(p, name);
                    if (cells[column].isEmpty()) {
                        cells[column] = name;
                    }
                } else if (p.name == QLatin1String("FN") && isOrganisation) {
                    const int column = nameColumn(p, value);
                    if (cells[column].isEmpty()) {
                        cells[column] = value;
                    }
                } else if (p.name == QLatin1String("FN")) {
                    cells[ContactName] = value;
                } else if (p.name == QLatin1String("NICKNAME") && isOrganisation) {
                    cells[Acronym] = value;
                } else if (p.name == QLatin1String("TITLE") || p.name == QLatin1String("ROLE")) {
                    cells[Role] = value;
                } else if (p.name == QLatin1String("EMAIL")) {
                    append(cells, Emails, value);
                } else if (p.name == QLatin1String("TEL")) {
                    QString phone = value;
                    if (phone.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
                        phone = phone.mid(4);
                    }
                    append(cells, Phones, phone.section(u';', 0, 0));
                } else if (p.name == QLatin1String("URL") && isOrganisation) {
                    cells[Website] = value;
                } else if (p.name == QLatin1String("UID")) {
                    const QString uid = value.startsWith(QLatin1String("urn:uuid:")) ? value.mid(9) : value;
                    if (isOrganisation) {
                        cells[Id] = uid;
                    }
                } else if (p.name == QLatin1String("RELATED") && !isOrganisation &&
                           value.startsWith(QLatin1String("urn:uuid:"))) {
                    cells[Id] = value.mid(9); // the organisation this person belongs to
                } else if (p.name == QLatin1String("ADR")) {
                    const QStringList adr = components(p.value);
                    QStringList office(ColumnCount);
                    office[OfficeName] = adr.value(1).trimmed();
                    office[City] = adr.value(3).trimmed();
                    office[Admin1] = adr.value(4).trimmed();
                    office[Country] = adr.value(6).trimmed();
                    static const QRegularExpression geo(QStringLiteral("geo:([-0-9.]+),([-0-9.]+)"));
                    const QRegularExpressionMatch match =
                        geo.match(p.parameters.value(QStringLiteral("GEO")));
                    if (match.hasMatch()) {
                        office[Lat] = match.captured(1);
                        office[Lon] = match.captured(2);
                    }
                    offices.append(office);
                } else if (p.name == QLatin1String("GEO") && cells[Lat].isEmpty()) {
                    static const QRegularExpression geo(QStringLiteral("(?:geo:)?([-0-9.]+)[,;]([-0-9.]+)"));
                    const QRegularExpressionMatch match = geo.match(value);
                    if (match.hasMatch()) {
                        cells[Lat] = match.captured(1);
                        cells[Lon] = match.captured(2);
                    }
                }
            }
            // One row per address: the import folds them back into one organisation with offices.
            for (int i = 0; i < std::max<qsizetype>(1, offices.size()); ++i) {
                QStringList line = cells;
                if (i < offices.size()) {
                    for (int column :
                         {int(OfficeName), int(City), int(Admin1), int(Country), int(Lat), int(Lon)}) {
                        if (!offices[i][column].isEmpty()) {
                            line[column] = offices[i][column];
                        }
                    }
                }
                if (i > 0) {
                    line[ContactName].clear();
                    line[Role].clear();
                    line[Emails].clear();
                    line[Phones].clear();
                }
                table.rows.append({card, line});
            }
            continue;
        }
        if (!inside) {
            ImportIssue issue;
            issue.file = file;
            issue.rowNoun = table.rowNoun;
            issue.row = card + 1;
            issue.message = tr("text outside BEGIN:VCARD … END:VCARD; this is not a vCard file");
            issues.append(issue);
            return table;
        }
        if (!property.name.isEmpty()) {
            properties.append(property);
        }
    }
    if (inside) {
        ImportIssue issue;
        issue.file = file;
        issue.rowNoun = table.rowNoun;
        issue.row = card;
        issue.message = tr("the card has no END:VCARD; the file is cut short");
        issues.append(issue);
    }
    return table;
}

} // namespace dalil
