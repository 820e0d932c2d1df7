#pragma once

#include <QString>

namespace dalil {

// A longitude/latitude box as the CLI writes it: west, south, east, north in degrees. West greater
// than east means the box crosses the antimeridian (e.g. 170,-20,-170,-10 around Fiji).
struct GeoBounds
{
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;

    bool crossesAntimeridian() const { return west > east; }
    bool contains(double lon, double lat) const;
    // Width in degrees, counting across the antimeridian when the box crosses it.
    double widthDegrees() const;
    double centreLon() const;
    double centreLat() const { return (south + north) / 2.0; }
    bool operator==(const GeoBounds& other) const;

    // Parses "W,S,E,N"; on failure returns false and says in `error` what is wrong with which value.
    static bool parse(const QString& text, GeoBounds& bounds, QString& error);
    QString toString() const; // "W,S,E,N", as parse() reads it
};

} // namespace dalil
