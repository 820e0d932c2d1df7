#pragma once

#include "catalogue/RecordTable.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace dalil {

// One live office with coordinates, as the map draws it.
struct OfficePoint
{
    QString organisationId;
    QString name;    // the organisation's name in the requested language, or its best other name
    QString country; // of the office (ISO alpha-2), may be empty
    double lat = 0;
    double lon = 0;
};

// Which offices the map shows when no search engine decides it (the CLI's filters). Lists mean
// "any of these"; different lists combine with AND.
struct OfficeFilter
{
    QStringList countries; // office in, or organisation operating in, one of these (ISO alpha-2)
    QStringList sectors;   // organisation sector codes
    QStringList types;     // organisation type codes
    bool hasBox = false;   // office inside west, south, east, north (west > east: across 180°)
    double west = 0, south = 0, east = 0, north = 0;
};

class LocationRepository : public RecordTable
{
public:
    explicit LocationRepository(Database& db);
    QList<FieldError> validate(const QJsonObject& record) const override;

    // Every live office with coordinates of a live organisation, in rowid order (stable between
    // runs, so clustering is reproducible). `language` is "ar", "en" or "fr".
    void forEachPoint(const QString& language, const OfficeFilter& filter,
                      const std::function<void(const OfficePoint&)>& visit) const;
};

} // namespace dalil
