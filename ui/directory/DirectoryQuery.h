#pragma once

#include "geo/AreaFilter.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace dalil {

// What the directory is asked to show: the text typed and the filters ticked, one list of codes per
// facet ("country", "sector", "type", "network"); codes of one facet combine with OR, facets with AND.
struct DirectoryQuery
{
    QString text;
    QMap<QString, QStringList> filters;
    AreaFilter area; // drawn on the map, or the visible area

    bool isEmpty() const
    {
        for (const QStringList& codes : filters) {
            if (!codes.isEmpty()) {
                return false;
            }
        }
        return text.trimmed().isEmpty() && !area.isActive();
    }
};

// Facet → value → how many results that value would give.
using FacetCounts = QMap<QString, QMap<QString, qint64>>;

} // namespace dalil
