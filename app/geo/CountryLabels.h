#pragma once

#include "geo/MapStyle.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <atomic>

class QPainter;

namespace dalil {

class Basemap;
class CountryNames;
class MapViewport;

// Country names placed on a view: MENA countries first (this is their map), then by area, so the
// big and relevant names win; a name is skipped where it would overlap one already placed, leave
// the screen, or be much wider than its country.
class CountryLabels
{
public:
    struct Label
    {
        QString iso2;
        QString text;
        QRectF box;
        bool mena = false;
    };

    // In drawing order, with their boxes (never overlapping). `language` is "ar", "en" or "fr".
    static QList<Label> place(const MapViewport& view, const Basemap& basemap, const CountryNames& names,
                              const QString& language, const QFont& baseFont);
    // Stops early (returning false) once `cancel` is true.
    static bool draw(QPainter& painter, const QList<Label>& labels, const MapStyle& style,
                     const std::atomic<bool>* cancel = nullptr);
};

} // namespace dalil
