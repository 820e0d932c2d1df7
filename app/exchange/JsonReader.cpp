#include "exchange/JsonReader.h"

#include "exchange/JsonCell.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::JsonReader", text);
}

const char* const kOrganisation[] = {
    "id",      "name_ar", "name_en",         "name_fr",        "acronym",
    "type",    "sectors", "countries",       "description_ar", "description_en",
    "founded", "website", "registration_id", "languages"};
// Office and contact columns, under headers the mapping knows.
const struct
{
    const char* header;
    const char* field;
    bool office;
} kChildren[] = {
    {"office", "name_en", true}, {"country", "country", true},
    {"admin1", "admin1", true},  {"admin1_pcode", "admin1_pcode", true},
    {"admin2", "admin2", true},  {"admin2_pcode", "admin2_pcode", true},
    {"city", "city", true},      {"lat", "lat", true},
    {"lon", "lon", true},        {"contact_name", "name", false},
    {"role", "role", false},     {"emails", "emails", false},
    {"phones", "phones", false}, {"private", "private", false},
};

ImportIssue fileIssue(const QString& file, const QString& message)
{
    return ImportIssue::fileError(file, message);
}

QJsonDocument parse(const QByteArray& bytes, const QString& file, ImportIssues& issues)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        issues.append(
            fileIssue(file, QCoreApplication::translate("dalil", "not valid JSON at character %1: %2")
                                .arg(error.offset)
                                .arg(error.errorString())));
    }
    return document;
}

} // namespace

SourceTable JsonReader::readDalil(const QByteArray& bytes, const QString& file, ImportIssues& issues)
{
    SourceTable table;
    table.file = file;
    table.format = QStringLiteral("json");
    table.rowNoun = QStringLiteral("record");
    for (const char* header : kOrganisation) {
        table.headers.append(QLatin1String(header));
    }
    for (const auto& child : kChildren) {
        table.headers.append(QLatin1String(child.header));
    }
    const QJsonDocument document = parse(bytes, file, issues);
    if (document.isNull()) {
        return table;
    }
    QJsonArray records;
    if (document.isArray()) {
        records = document.array();
    } else if (document.isObject()) {
        records.append(document.object()); // one `show --json` profile
    }
    for (int i = 0; i < records.size(); ++i) {
        if (!records[i].isObject()) {
            ImportIssue issue;
            issue.file = file;
            issue.rowNoun = table.rowNoun;
            issue.row = i + 1;
            issue.message = tr("this record is not an object");
            issues.append(issue);
            continue;
        }
        QJsonObject record = records[i].toObject();
        QJsonArray offices = record.value(QLatin1String("offices")).toArray();
        QJsonArray contacts = record.value(QLatin1String("contacts")).toArray();
        if (record.value(QLatin1String("organisation")).isObject()) {
            // A contact exported with `--kind contacts`: the organisation is nested.
            contacts = QJsonArray{record};
            record = record.value(QLatin1String("organisation")).toObject();
        }
        const qsizetype lines = std::max<qsizetype>({1, offices.size(), contacts.size()});
        for (qsizetype line = 0; line < lines; ++line) {
            QStringList cells;
            for (const char* field : kOrganisation) {
                cells.append(jsonCellText(record.value(QLatin1String(field))));
            }
            const QJsonObject office = offices.at(line).toObject();
            const QJsonObject contact = contacts.at(line).toObject();
            for (const auto& child : kChildren) {
                cells.append(
                    jsonCellText((child.office ? office : contact).value(QLatin1String(child.field))));
            }
            table.rows.append({i + 1, cells});
        }
    }
    return table;
}

SourceTable JsonReader::readGeoJson(const QByteArray& bytes, const QString& file, ImportIssues& issues)
{
    SourceTable table;
    table.file = file;
    table.format = QStringLiteral("geojson");
    table.rowNoun = QStringLiteral("feature");
    const QJsonDocument document = parse(bytes, file, issues);
    if (document.isNull()) {
        return table;
    }
    const QJsonObject root = document.object();
    QJsonArray features;
    if (root.value(QLatin1String("type")).toString() == QLatin1String("FeatureCollection")) {
        features = root.value(QLatin1String("features")).toArray();
    } else if (root.value(QLatin1String("type")).toString() == QLatin1String("Feature")) {
        features.append(root);
    } else {
        issues.append(fileIssue(file, tr("not GeoJSON: no FeatureCollection or Feature at the top")));
        return table;
    }
    // Columns: every property name in the order first seen, then the coordinates.
    QStringList keys;
    for (const QJsonValue& feature : features) {
        const QJsonObject properties = feature.toObject().value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!keys.contains(it.key()) && it.key() != QLatin1String("lat") &&
                it.key() != QLatin1String("lon")) {
                keys.append(it.key());
            }
        }
    }
    table.headers = keys;
    table.headers.append(QStringLiteral("lat"));
    table.headers.append(QStringLiteral("lon"));
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features[i].toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        if (geometry.value(QLatin1String("type")).toString() != QLatin1String("Point") ||
            coordinates.size() < 2 || !coordinates[0].isDouble() || !coordinates[1].isDouble()) {
            ImportIssue issue;
            issue.file = file;
            issue.rowNoun = table.rowNoun;
            issue.row = i + 1;
            issue.message = tr("only points are imported (offices); this feature is a %1")
                                .arg(geometry.value(QLatin1String("type")).toString());
            issues.append(issue);
            continue;
        }
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        QStringList cells;
        for (const QString& key : keys) {
            cells.append(jsonCellText(properties.value(key)));
        }
        cells.append(QString::number(coordinates[1].toDouble(), 'g', 12)); // GeoJSON is longitude first
        cells.append(QString::number(coordinates[0].toDouble(), 'g', 12));
        table.rows.append({i + 1, cells});
    }
    return table;
}

} // namespace dalil
