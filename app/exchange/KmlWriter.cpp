#include "exchange/KmlWriter.h"

#include "exchange/GeoJsonWriter.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

namespace dalil {

namespace {

void placemark(QXmlStreamWriter& xml, const QString& name, const QJsonObject& properties, double lat,
               double lon)
{
    xml.writeStartElement(QStringLiteral("Placemark"));
    xml.writeTextElement(QStringLiteral("name"), name);
    xml.writeStartElement(QStringLiteral("ExtendedData"));
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (it.value().toString().isEmpty()) {
            continue;
        }
        xml.writeStartElement(QStringLiteral("Data"));
        xml.writeAttribute(QStringLiteral("name"), it.key());
        xml.writeTextElement(QStringLiteral("value"), it.value().toString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Point"));
    xml.writeTextElement(
        QStringLiteral("coordinates"),
        QStringLiteral("%1,%2").arg(QString::number(lon, 'f', 6), QString::number(lat, 'f', 6)));
    xml.writeEndElement();
    xml.writeEndElement();
}

QString firstOf(const QJsonObject& record, std::initializer_list<const char*> fields)
{
    for (const char* field : fields) {
        const QString value = record.value(QLatin1String(field)).toString();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return {};
}

} // namespace

QByteArray KmlWriter::write(const QList<ExportEntry>& entries, bool events, const QString& title, int* count)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("kml"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeTextElement(QStringLiteral("name"), title);
    int placemarks = 0;
    for (const ExportEntry& entry : entries) {
        if (events) {
            const QJsonObject& event = entry.record;
            if (!event.value(QLatin1String("lat")).isDouble()) {
                continue;
            }
            QJsonObject properties;
            for (const char* field :
                 {"id", "title_ar", "title_en", "start_utc", "end_utc", "venue", "city", "country"}) {
                properties.insert(QLatin1String(field), event.value(QLatin1String(field)));
            }
            placemark(xml, firstOf(event, {"title_ar", "title_en"}), properties,
                      event.value(QLatin1String("lat")).toDouble(),
                      event.value(QLatin1String("lon")).toDouble());
            ++placemarks;
            continue;
        }
        for (const QJsonObject& office : entry.offices) {
            if (!office.value(QLatin1String("lat")).isDouble() ||
                !office.value(QLatin1String("lon")).isDouble()) {
                continue;
            }
            placemark(xml, firstOf(entry.record, {"name_ar", "name_en", "name_fr", "acronym"}),
                      GeoJsonWriter::officeProperties(entry.record, office),
                      office.value(QLatin1String("lat")).toDouble(),
                      office.value(QLatin1String("lon")).toDouble());
            ++placemarks;
        }
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (count) {
        *count = placemarks;
    }
    return out;
}

} // namespace dalil
