#pragma once

#include "catalogue/IdPairs.h"

#include "catalogue/TableSpec.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace dalil {

class Catalogue;

// The reads the desktop screens need beyond one record at a time: pages of a table for a
// virtualised list, value counts for charts, name twins for the duplicate warning and the
// networks with their sizes. Kept here so that the GUI never runs SQL.
class CatalogueBrowser
{
public:
    explicit CatalogueBrowser(Catalogue& catalogue);

    // Live rows in storage order (rowid), `limit` of them from `offset`.
    QList<QJsonObject> page(const TableSpec& spec, qint64 offset, int limit) const;
    // How many live rows hold each value of a column; a list column counts each of its items.
    QMap<QString, qint64> valueCounts(const TableSpec& spec, const char* column) const;
    // Live organisations other than `excludeId` with this name in any language (case and
    // surrounding spaces ignored), for the "already in the catalogue?" warning.
    QStringList organisationsNamed(const QString& name, const QString& excludeId) const;
    // Network ids with the number of their live members, largest first.
    QList<QPair<QString, qint64>> networks() const;
    // Live funding opportunities per month (yyyy-MM of the UTC deadline) from `from` on, `months` long.
    QMap<QString, qint64> fundingDeadlinesByMonth(const QDate& from, int months) const;

    struct Office
    {
        QString organisationId;
        QString nameAr, nameEn, nameFr; // the organisation's names
        double lon = 0;
        double lat = 0;
    };
    // Every live office with coordinates, with its live organisation's names (for the map).
    void forEachOffice(const std::function<void(const Office&)>& visit) const;
    // Live partnerships between live organisations, as (org_a, org_b).
    IdPairs partnershipPairs() const;

private:
    Catalogue& m_catalogue;
};

} // namespace dalil
