#pragma once

#include "exchange/ExportEntry.h"

#include <QByteArray>
#include <QList>

namespace dalil {

// Offices (or events) with coordinates as a GeoJSON FeatureCollection of points (RFC 7946:
// longitude first, WGS 84), each with the organisation's names, acronym, sectors and the place.
class GeoJsonWriter
{
public:
    static QByteArray write(const QList<ExportEntry>& entries, bool events, int* features = nullptr);
    // The properties of one office's feature; shared with the KML writer.
    static QJsonObject officeProperties(const QJsonObject& organisation, const QJsonObject& office);
};

} // namespace dalil
