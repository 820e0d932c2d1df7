#include "exchange/GeoJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dalil {

namespace {

QJsonObject point(double lat, double lon, const QJsonObject& properties)
{
    QJsonObject geometry{{QStringLiteral("type"), QStringLiteral("Point")},
                         {QStringLiteral("coordinates"), QJsonArray{lon, lat}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                       {QStringLiteral("geometry"), geometry},
                       {QStringLiteral("properties"), properties}};
}

} // namespace

QJsonObject GeoJsonWriter::officeProperties(const QJsonObject& organisation, const QJsonObject& office)
{
    QJsonObject properties;
    properties.insert(QStringLiteral("organisation_id"), organisation.value(QLatin1String("id")));
    properties.insert(QStringLiteral("office_id"), office.value(QLatin1String("id")));
    for (const char* field : {"name_ar", "name_en", "name_fr", "acronym", "type", "website"}) {
        const QJsonValue value = organisation.value(QLatin1String(field));
        if (value.isString() && !value.toString().isEmpty()) {
            properties.insert(QLatin1String(field), value);
        }
    }
    QStringList sectors;
    for (const QJsonValue& v : organisation.value(QLatin1String("sectors")).toArray()) {
        sectors.append(v.toString());
    }
    properties.insert(QStringLiteral("sectors"), sectors.join(QStringLiteral("; ")));
    for (const char* field : {"country", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "city"}) {
        const QJsonValue value = office.value(QLatin1String(field));
        if (value.isString() && !value.toString().isEmpty()) {
            properties.insert(QLatin1String(field), value);
        }
    }
    return properties;
}

QByteArray GeoJsonWriter::write(const QList<ExportEntry>& entries, bool events, int* count)
{
    QJsonArray features;
    for (const ExportEntry& entry : entries) {
        if (events) {
            const QJsonObject& event = entry.record;
            if (!event.value(QLatin1String("lat")).isDouble() ||
                !event.value(QLatin1String("lon")).isDouble()) {
                continue;
            }
            QJsonObject properties;
            for (const char* field : {"id", "title_ar", "title_en", "start_utc", "end_utc", "tz", "venue",
                                      "city", "country", "online_link"}) {
                const QJsonValue value = event.value(QLatin1String(field));
                if (value.isString() && !value.toString().isEmpty()) {
                    properties.insert(QLatin1String(field), value);
                }
            }
            features.append(point(event.value(QLatin1String("lat")).toDouble(),
                                  event.value(QLatin1String("lon")).toDouble(), properties));
            continue;
        }
        for (const QJsonObject& office : entry.offices) {
            if (!office.value(QLatin1String("lat")).isDouble() ||
                !office.value(QLatin1String("lon")).isDouble()) {
                continue;
            }
            features.append(point(office.value(QLatin1String("lat")).toDouble(),
                                  office.value(QLatin1String("lon")).toDouble(),
                                  officeProperties(entry.record, office)));
        }
    }
    if (count) {
        *count = int(features.size());
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

} // namespace dalil
