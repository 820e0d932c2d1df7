#include "geo/GeoBounds.h"

#include "geo/Mercator.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace dalil {

bool GeoBounds::contains(double lon, double lat) const
{
    if (lat < south || lat > north) {
        return false;
    }
    if (crossesAntimeridian()) {
        return lon >= west || lon <= east;
    }
    return lon >= west && lon <= east;
}

double GeoBounds::widthDegrees() const
{
    return crossesAntimeridian() ? east + 360.0 - west : east - west;
}

double GeoBounds::centreLon() const
{
    return Mercator::wrapLongitude(west + widthDegrees() / 2.0);
}

bool GeoBounds::operator==(const GeoBounds& other) const
{
    return west == other.west && south == other.south && east == other.east && north == other.north;
}

bool GeoBounds::parse(const QString& text, GeoBounds& bounds, QString& error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) {
        error = QCoreApplication::translate(
                    "dalil::GeoBounds",
                    "\"%1\" is not a box: write four numbers W,S,E,N (degrees), e.g. 34,29,43,38")
                    .arg(text);
        return false;
    }
    // "the west edge": the name of each edge, then the sentence around it (%1).
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("dalil::GeoBounds", "west"), QT_TRANSLATE_NOOP("dalil::GeoBounds", "south"),
        QT_TRANSLATE_NOOP("dalil::GeoBounds", "east"), QT_TRANSLATE_NOOP("dalil::GeoBounds", "north")};
    auto edge = [](int i) { return QCoreApplication::translate("dalil::GeoBounds", names[i]); };
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(values[i])) {
            error = QCoreApplication::translate("dalil::GeoBounds",
                                                "the %1 edge \"%2\" in \"%3\" is not a number")
                        .arg(edge(i), parts[i], text);
            return false;
        }
    }
    for (int i : {0, 2}) {
        if (values[i] < -180.0 || values[i] > 180.0) {
            error = QCoreApplication::translate("dalil::GeoBounds",
                                                "the %1 edge %2 is not a longitude (-180 to 180)")
                        .arg(edge(i), parts[i].trimmed());
            return false;
        }
    }
    for (int i : {1, 3}) {
        if (values[i] < -90.0 || values[i] > 90.0) {
            error = QCoreApplication::translate("dalil::GeoBounds",
                                                "the %1 edge %2 is not a latitude (-90 to 90)")
                        .arg(edge(i), parts[i].trimmed());
            return false;
        }
    }
    if (values[1] >= values[3]) {
        error = QCoreApplication::translate("dalil::GeoBounds",
                                            "the south edge %1 must be below the north edge %2")
                    .arg(parts[1].trimmed(), parts[3].trimmed());
        return false;
    }
    if (values[0] == values[2]) {
        error = QCoreApplication::translate("dalil::GeoBounds",
                                            "the west and east edges are the same (%1): the box has no width")
                    .arg(parts[0].trimmed());
        return false;
    }
    bounds = GeoBounds{values[0], values[1], values[2], values[3]};
    return true;
}

QString GeoBounds::toString() const
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(QString::number(west, 'g', 10), QString::number(south, 'g', 10), QString::number(east, 'g', 10),
             QString::number(north, 'g', 10));
}

} // namespace dalil
