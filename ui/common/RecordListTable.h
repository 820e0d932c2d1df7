#pragma once

#include <QString>
#include <QStringList>
#include <QTableWidget>

namespace dalil {

// A read-only list of records, one row each, chosen a row at a time; the first column's item
// carries the record's id, so the view finds the record back whatever the sorting.
class RecordListTable : public QTableWidget
{
    Q_OBJECT
public:
    RecordListTable(int columns, int firstColumnWidth, QWidget* parent = nullptr);

    // Appends a row whose first cell is `first`, standing for the record `id`; returns the row.
    int appendRecord(QTableWidgetItem* first, const QString& id);
    QString idAt(int row) const;
    // The id of the current row; empty when none.
    QString selectedId() const;
    // Ids of the rows shown, top to bottom.
    QStringList shownIds() const;
};

} // namespace dalil
