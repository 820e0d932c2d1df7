#pragma once

#include <QJsonObject>
#include <QList>

namespace dalil {

// One record to export with what hangs off it: an organisation with its offices and the contacts
// that may leave the machine; for funding, resources and events only the record.
struct ExportEntry
{
    QJsonObject record;
    QList<QJsonObject> offices;
    QList<QJsonObject> contacts;
};

// A table ready for CSV or XLSX: header keys, an optional HXL row, and text or number cells.
struct ExportTable
{
    QStringList headers;
    QStringList hxl;
    QList<bool> numeric; // per column: write as a number in XLSX
    QList<bool> dates;   // per column: ISO dates and date-times written as dates in XLSX
    QList<QStringList> rows;
};

} // namespace dalil
