#pragma once

#include "exchange/ExportEntry.h"

#include <QByteArray>
#include <QList>

namespace dalil {

// Offices (or events) with coordinates as KML 2.2 placemarks, for Google Earth and GIS programs:
// the organisation's name as the placemark name, the other properties as ExtendedData.
class KmlWriter
{
public:
    static QByteArray write(const QList<ExportEntry>& entries, bool events, const QString& title,
                            int* placemarks = nullptr);
};

} // namespace dalil
